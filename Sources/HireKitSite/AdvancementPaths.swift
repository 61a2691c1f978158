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
        let previous = catalog.ids(leadingTo: role.id)
        let next = role.advancement
        // A role's links are a handful of ids: scanning the lists costs less than building sets
        // (which was a quarter of making every role's view).
        func isExcluded(_ id: String) -> Bool { id == role.id || next.contains(id) || previous.contains(id) }
        // How many distinct ids of `ids` are in `among`.
        func shared(_ ids: [String], _ among: [String]) -> Int {
            ids.indices.count { index in among.contains(ids[index]) && !ids[..<index].contains(ids[index]) }
        }
        // Only roles that share a next step (other roles leading to one of `next`) or a previous
        // step (other roles reached from one of `previous`) can be related: visit just those.
        var counts: [String: Int] = [:]
        var visited = Set<String>()
        func visit(_ id: String) {
            guard !isExcluded(id), visited.insert(id).inserted, let other = catalog.role(id: id) else { return }
            let count = shared(other.advancement, next) + shared(catalog.ids(leadingTo: other.id), previous)
            if count > 0 { counts[other.id] = count }
        }
        for id in next { catalog.ids(leadingTo: id).forEach(visit) }
        for id in previous { (catalog.role(id: id)?.advancement ?? []).forEach(visit) }
        // In id order first, so roles tied on both count and title stay in catalog order.
        var related = counts.keys.sorted().compactMap(catalog.role(id:))
            .sorted { (counts[$0.id]!, $1.title) > (counts[$1.id]!, $0.title) }
        if related.isEmpty {
            // Only the first `limit` are kept: stop there instead of filtering the whole department.
            related = Array((departmentRoles[role.department] ?? []).lazy.filter { !isExcluded($0.id) }.prefix(limit))
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
