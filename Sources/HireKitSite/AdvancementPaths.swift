import HireKitRoles

/// What the advancement graph says around one role, for its page: the roles it is related to and
/// the longer career paths that start from it.
struct AdvancementPaths {
    let catalog: RoleCatalog

    /// Roles that sit beside `role` in the graph: they lead to one of the same roles, or people reach
    /// them from the same role. Roles already linked as a next or previous step are left out. Falls
    /// back to the role's department when the graph gives no neighbours.
    func related(to role: Role, limit: Int = 4) -> [Role] {
        let previous = Set(catalog.roles(leadingTo: role.id).map(\.id))
        let next = Set(role.advancement)
        let excluded = previous.union(next).union([role.id])
        var shared: [String: Int] = [:]
        for other in catalog.roles where !excluded.contains(other.id) {
            let sameNext = Set(other.advancement).intersection(next).count
            let samePrevious = Set(catalog.roles(leadingTo: other.id).map(\.id)).intersection(previous).count
            if sameNext + samePrevious > 0 { shared[other.id] = sameNext + samePrevious }
        }
        var related = catalog.roles.filter { shared[$0.id] != nil }
            .sorted { (shared[$0.id]!, $1.title) > (shared[$1.id]!, $0.title) }
        if related.isEmpty {
            related = catalog.roles.filter { $0.department == role.department && !excluded.contains($0.id) }
                .sorted { $0.title < $1.title }
        }
        return Array(related.prefix(limit))
    }

    /// Every chain of advancement from `role` to a role that leads nowhere further, `role` first,
    /// in the order the links are written. The catalog guarantees there are no cycles.
    func chains(from role: Role, limit: Int = 8) -> [[Role]] {
        var chains: [[Role]] = []
        func walk(_ path: [Role]) {
            guard chains.count < limit, let last = path.last else { return }
            let next = last.advancement.compactMap(catalog.role(id:))
            if next.isEmpty { chains.append(path); return }
            for step in next { walk(path + [step]) }
        }
        walk([role])
        return chains
    }
}
