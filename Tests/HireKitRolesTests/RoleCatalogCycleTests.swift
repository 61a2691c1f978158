import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitRoles

/// Advancement cycles are found over the roles' numbers; on seeded graphs with cycles, self-links,
/// duplicate ids and links to unknown roles they must be reported as the id-keyed walk reported them:
/// the same cycles, in the same order, with the same lines.
@Suite("Advancement cycles")
struct RoleCatalogCycleTests {
    @Test func seededGraphsReportTheCyclesTheyReportedBefore() throws {
        var generator = SeededGenerator(seed: 29)
        var compared = 0, withCycles = 0
        for _ in 0..<150 {
            let count = Int.random(in: 1...14, using: &generator)
            let loaded = try (0..<count).map { index in
                // A few ids repeat; links go anywhere, including to the role itself and to no role.
                let id = "role-\(Int.random(in: 0..<5, using: &generator) == 0 ? Int.random(in: 0..<count, using: &generator) : index)"
                let links = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    Int.random(in: 0..<8, using: &generator) == 0 ? "missing-\(index)" : "role-\(Int.random(in: 0..<count, using: &generator))"
                }
                var decoder = RoleFileDecoder(file: "\(index).yml")
                let decoded = decoder.decode(yaml: roleYAML(id: id, advancement: links))
                let role = try #require(decoded)
                return RoleCatalog.LoadedRole(role: role, file: "\(index).yml", positions: decoder.positions)
            }
            let cycles = RoleCatalog.cycleProblems(in: loaded)
            #expect(cycles == Self.cyclesByID(in: loaded))
            compared += 1
            if !cycles.isEmpty { withCycles += 1 }
        }
        #expect(withCycles > compared / 3 && withCycles < compared)
    }

    /// The walk as first written, keyed by id: the oracle.
    private static func cyclesByID(in loaded: [RoleCatalog.LoadedRole]) -> [RoleDiagnostic] {
        let byID = Dictionary(loaded.map { ($0.role.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Bool] = [:]
        var problems: [RoleDiagnostic] = []
        var reported = Set<String>()
        func visit(_ id: String, path: [String]) {
            guard let item = byID[id] else { return }
            state[id] = false
            for (index, next) in item.role.advancement.enumerated() where byID[next] != nil {
                if state[next] == false {
                    let cycle = Array(path.drop { $0 != next }) + [id, next]
                    if reported.insert(Set(cycle).sorted().joined(separator: ",")).inserted {
                        let mark = index < item.positions.advancement.count ? item.positions.advancement[index] : nil
                        problems.append(RoleDiagnostic(file: item.file, line: mark?.line, column: mark?.column,
                            problem: "advancement cycle \(cycle.joined(separator: " → "))",
                            fix: "Remove one of these links so that advancement only leads upwards."))
                    }
                } else if state[next] == nil {
                    visit(next, path: path + [id])
                }
            }
            state[id] = true
        }
        for id in byID.keys.sorted() where state[id] == nil { visit(id, path: []) }
        return problems
    }
}
