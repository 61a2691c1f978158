import HireKitRoles

/// What the advancement graph says around one role, for its page: the roles it is related to and
/// the longer career paths that start from it.
struct AdvancementPaths {
    let catalog: RoleCatalog
    /// Department → its roles sorted by title (ties in id order), for the fallback of `related`.
    let departmentRoles: [String: [Role]]

    init(catalog: RoleCatalog) {
        self.catalog = catalog
        self.departmentRoles = Dictionary(grouping: catalog.roles, by: \.department).mapValues { $0.sorted { $0.title < $1.title } }
    }

    /// Roles that sit beside `role` in the graph: they lead to one of the same roles, or people reach
    /// them from the same role. Roles already linked as a next or previous step are left out. Falls
    /// back to the role's department when the graph gives no neighbours.
    func related(to role: Role, limit: Int = 4) -> [Role] {
        let previous = Set(catalog.ids(leadingTo: role.id))
        let next = Set(role.advancement)
        let excluded = previous.union(next).union([role.id])
        // Only roles that share a next step (other roles leading to one of `next`) or a previous
        // step (other roles reached from one of `previous`) can be related: visit just those.
        var shared: [String: Int] = [:]
        var candidates = Set<String>()
        for id in next { candidates.formUnion(catalog.ids(leadingTo: id)) }
        for id in previous { candidates.formUnion(catalog.role(id: id)?.advancement ?? []) }
        for other in candidates.subtracting(excluded).compactMap(catalog.role(id:)) {
            let sameNext = Set(other.advancement).intersection(next).count
            let samePrevious = Set(catalog.ids(leadingTo: other.id)).intersection(previous).count
            if sameNext + samePrevious > 0 { shared[other.id] = sameNext + samePrevious }
        }
        // In id order first, so roles tied on both count and title stay in catalog order.
        var related = shared.keys.sorted().compactMap(catalog.role(id:))
            .sorted { (shared[$0.id]!, $1.title) > (shared[$1.id]!, $0.title) }
        if related.isEmpty {
            // Only the first `limit` are kept: stop there instead of filtering the whole department.
            related = Array((departmentRoles[role.department] ?? []).lazy.filter { !excluded.contains($0.id) }.prefix(limit))
        }
        return Array(related.prefix(limit))
    }

    /// Every chain of advancement from `role` to a role that leads nowhere further, as role ids,
    /// `role` first, in the order the links are written. The catalog guarantees there are no cycles.
    func chains(from role: Role, limit: Int = 8) -> [[String]] {
        var chains: [[String]] = []
        func walk(_ path: [String]) {
            guard chains.count < limit, let last = path.last else { return }
            let next = catalog.advancement(of: last).filter { catalog.title(of: $0) != nil }
            if next.isEmpty { chains.append(path); return }
            for step in next { walk(path + [step]) }
        }
        walk([role.id])
        return chains
    }
}
