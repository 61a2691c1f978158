import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// `AdvancementPaths.related` scans each role's few links instead of building sets; on seeded
/// career graphs it must name the same related roles, in the same order, as the set-based version.
@Suite("Related roles")
struct AdvancementPathsTests {
    @Test func seededGraphsGiveTheRelatedRolesTheyGaveBefore() throws {
        var generator = SeededGenerator(seed: 16)
        var compared = 0, nonEmpty = 0
        for _ in 0..<60 {
            let count = Int.random(in: 2...24, using: &generator)
            // Links only point to later roles, so the graph has no cycle; some roles share titles, and
            // some list a link twice.
            let roles = (0..<count).map { index in
                var links = (index + 1 < count ? (index + 1)..<count : count..<count)
                    .filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }.map { "role-\($0)" }
                if let link = links.first, Int.random(in: 0..<4, using: &generator) == 0 { links.append(link) }
                var role = sampleRole(id: "role-\(index)", title: "Title \(Int.random(in: 0...5, using: &generator))",
                                      advancement: links)
                role.department = ["Retail", "Front desk", "Contact center"].randomElement(using: &generator)!
                return role
            }
            let catalog = try RoleCatalog(validating: roles)
            let paths = AdvancementPaths(catalog: catalog)
            for role in catalog.roles {
                let limit = Int.random(in: 1...6, using: &generator)
                let related = paths.related(to: role, limit: limit).map(\.id)
                #expect(related == Self.relatedWithSets(to: role, limit: limit, paths: paths).map(\.id), "\(role.id)")
                compared += 1
                if !related.isEmpty { nonEmpty += 1 }
            }
        }
        #expect(compared > 500 && nonEmpty > compared / 2)
    }

    /// `related` as first written, with sets: the oracle.
    private static func relatedWithSets(to role: Role, limit: Int, paths: AdvancementPaths) -> [Role] {
        let catalog = paths.catalog
        let previous = Set(catalog.ids(leadingTo: role.id))
        let next = Set(role.advancement)
        let excluded = previous.union(next).union([role.id])
        var shared: [String: Int] = [:]
        var candidates = Set<String>()
        for id in next { candidates.formUnion(catalog.ids(leadingTo: id)) }
        for id in previous { candidates.formUnion(catalog.role(id: id)?.advancement ?? []) }
        for other in candidates.subtracting(excluded).compactMap(catalog.role(id:)) {
            let sameNext = Set(other.advancement).intersection(next).count
            let samePrevious = Set(catalog.ids(leadingTo: other.id)).intersection(previous).count
            if sameNext + samePrevious > 0 { shared[other.id] = sameNext + samePrevious }
        }
        var related = shared.keys.sorted().compactMap(catalog.role(id:))
            .sorted { (shared[$0.id]!, $1.title) > (shared[$1.id]!, $0.title) }
        if related.isEmpty {
            related = Array((paths.departmentRoles[role.department] ?? []).lazy.filter { !excluded.contains($0.id) }.prefix(limit))
        }
        return Array(related.prefix(limit))
    }
}
