import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("The automaton's transitions in arrays")
struct TransitionTableTests {
    /// Random automata shaped as `PhraseMatcher` builds them (a dense root, a few transitions per
    /// other state, none back to the root, empty states): every look-up, ids past the largest
    /// included, gives what the dictionaries give.
    @Test func everyLookUpGivesTheDictionarysAnswer() {
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<300 {
            let states = Int.random(in: 1...60, using: &generator)
            let idCount = Int.random(in: 1...40, using: &generator)
            let transitions: [[Int: Int]] = (0..<states).map { state in
                guard states > 1 else { return [:] }
                let edges = state == 0 ? Int.random(in: 0...idCount, using: &generator) : Int.random(in: 0...4, using: &generator)
                var map: [Int: Int] = [:]
                for _ in 0..<edges { map[Int.random(in: 0..<idCount, using: &generator)] = Int.random(in: 1..<states, using: &generator) }
                return map
            }
            let table = TransitionTable(transitions)
            for state in 0..<states {
                for id in 0..<(idCount + 3) {
                    #expect(table.next(from: state, on: id) == transitions[state][id], "state \(state), id \(id)")
                }
            }
        }
    }

    /// An automaton of no terms (the root alone) leaves the root on no id.
    @Test func anEmptyAutomatonHasNoTransitions() {
        let table = TransitionTable([[:]])
        #expect(table.next(from: 0, on: 0) == nil)
        #expect(table.next(from: 0, on: 7) == nil)
    }
}
