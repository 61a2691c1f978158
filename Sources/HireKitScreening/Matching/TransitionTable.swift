/// `PhraseMatcher`'s transitions, (state, token id) → next state, in arrays rather than one
/// dictionary per state: the automaton reads every token of every CV, and hashing the id into a
/// dictionary (twice for most tokens) was a sixth of the cost of matching.
///
/// Most tokens are read at the root, whose transitions are a dense array indexed by id. The
/// other states have a few transitions each, kept in one flat list per state and searched in
/// order. `TransitionTableTests` compare every look-up with the dictionaries it is built from.
struct TransitionTable: Sendable {
    /// Per token id, the root's next state; 0 when there is none (no transition leads to the root).
    private let root: [Int32]
    /// State `s`'s transitions (s ≥ 1) are `ids[starts[s]..<starts[s + 1]]`, to `targets` at the
    /// same positions.
    private let starts: [Int32]
    private let ids: [Int32]
    private let targets: [Int32]

    /// `transitions[s]` maps the token ids leaving state `s` to their states; state 0 is the root,
    /// and no transition leads back to it.
    init(_ transitions: [[Int: Int]]) {
        var root = [Int32](repeating: 0, count: (transitions.first?.keys.max() ?? -1) + 1)
        for (id, next) in transitions.first ?? [:] { root[id] = Int32(next) }
        var starts: [Int32] = [0, 0]
        var ids: [Int32] = [], targets: [Int32] = []
        for state in transitions.indices.dropFirst() {
            for (id, next) in transitions[state].sorted(by: { $0.key < $1.key }) {
                ids.append(Int32(id))
                targets.append(Int32(next))
            }
            starts.append(Int32(ids.count))
        }
        self.root = root
        self.starts = starts
        self.ids = ids
        self.targets = targets
    }

    /// The state reached from `state` on token id `id` (not negative), or nil when there is no
    /// such transition: `transitions[state][id]`.
    func next(from state: Int, on id: Int) -> Int? {
        if state == 0 {
            guard id < root.count else { return nil }
            let next = root[id]
            return next == 0 ? nil : Int(next)
        }
        guard state + 1 < starts.count else { return nil }
        for edge in Int(starts[state])..<Int(starts[state + 1]) where ids[edge] == id {
            return Int(targets[edge])
        }
        return nil
    }
}
