/// All roles of a careers site, validated as a whole: ids unique, every advancement link resolving,
/// no advancement cycles. Roles are kept sorted by id so every output built from them is deterministic.
public struct RoleCatalog: Sendable, Equatable {
    public let roles: [Role]
    /// id → index in `roles`, and id → indices of the roles that list it in their advancement (in
    /// catalog order): built once, so lookups are O(1) instead of a scan of every role.
    private let position: [String: Int]
    private let incoming: [String: [Int]]

    public static func == (a: RoleCatalog, b: RoleCatalog) -> Bool { a.roles == b.roles }

    private init(sorted roles: [Role]) {
        self.roles = roles
        var position: [String: Int] = [:]
        var incoming: [String: [Int]] = [:]
        for (index, role) in roles.enumerated() {
            if position[role.id] == nil { position[role.id] = index }
            // A role lists a few links: a scan finds a repeated one for less than a set per role.
            let links = role.advancement
            for (at, target) in links.enumerated() where !links[..<at].contains(target) {
                incoming[target, default: []].append(index)
            }
        }
        self.position = position
        self.incoming = incoming
    }

    /// Builds a catalog from roles already validated one by one; use `RoleLoader` for files on disk.
    public init(validating roles: [Role]) throws(RoleValidationError) {
        let sources = roles.map { LoadedRole(role: $0, file: "\($0.id).yml", positions: RolePositions()) }
        let problems = Self.problems(in: sources)
        guard problems.isEmpty else { throw RoleValidationError(diagnostics: problems) }
        self.init(sorted: Self.byID(roles))
    }

    init(unchecked roles: [Role]) { self.init(sorted: Self.byID(roles)) }

    /// Sorted by id through their indices: sorting the roles themselves moves every field of every
    /// role at each step, a visible cost at 10,000 roles.
    private static func byID(_ roles: [Role]) -> [Role] {
        roles.indices.sorted { roles[$0].id < roles[$1].id }.map { roles[$0] }
    }

    public func role(id: String) -> Role? { position[id].map { roles[$0] } }
    public var ids: [String] { roles.map(\.id) }

    /// Roles that list `id` in their advancement: where people come from into this role.
    public func roles(leadingTo id: String) -> [Role] { (incoming[id] ?? []).map { roles[$0] } }

    /// The ids of `roles(leadingTo:)`, without copying the roles (graph walks over thousands of
    /// roles ask this many times).
    public func ids(leadingTo id: String) -> [String] { (incoming[id] ?? []).map { roles[$0].id } }

    /// One role's title and advancement, without copying the whole role.
    public func title(of id: String) -> String? { position[id].map { roles[$0].title } }
    public func advancement(of id: String) -> [String] { position[id].map { roles[$0].advancement } ?? [] }

    /// The other roles on `role`'s career track: the same kind of work at another counter (a
    /// cashier's and a receptionist's jobs are both front-line service), so screening counts a job
    /// under one of their titles as relevant experience.
    public func peers(of role: Role) -> [Role] {
        roles.filter { $0.track == role.track && $0.id != role.id }
    }

    /// The titles, and other names for them, of `role`'s peers.
    public func peerTitles(of role: Role) -> [String] {
        peers(of: role).flatMap { [$0.title] + $0.alsoKnownAs }
    }

    /// Roles grouped by department, departments and roles in a stable order.
    public var byDepartment: [(department: String, roles: [Role])] {
        Dictionary(grouping: roles, by: \.department)
            .map { (department: $0.key, roles: $0.value.sorted { $0.title < $1.title }) }
            .sorted { $0.department < $1.department }
    }

    // MARK: - Cross-file checks

    struct LoadedRole {
        var role: Role
        var file: String
        var positions: RolePositions
    }

    static func problems(in loaded: [LoadedRole]) -> [RoleDiagnostic] {
        var problems: [RoleDiagnostic] = []
        var firstFile: [String: String] = [:]
        for item in loaded {
            if let other = firstFile[item.role.id] {
                problems.append(diagnostic(item, item.positions.id,
                    "duplicate id '\(item.role.id)', already used by \(other)",
                    fix: "Give each role its own id; ids become page names."))
            } else {
                firstFile[item.role.id] = item.file
            }
        }
        // Sorted only when a link is broken: sorting 10,000 ids for the suggestions was a visible part
        // of loading a large, valid site.
        var ids: [String]?
        for item in loaded {
            for (index, target) in item.role.advancement.enumerated() where firstFile[target] == nil {
                let mark = index < item.positions.advancement.count ? item.positions.advancement[index] : nil
                let known = ids ?? Array(firstFile.keys).sorted()
                ids = known
                let hint = Suggestion.closest(to: target, in: known).map { "Did you mean '\($0)'? " } ?? ""
                problems.append(diagnostic(item, mark,
                    "advancement link to '\(target)', but no role has that id",
                    fix: "\(hint)Create Roles/\(target).yml or correct the link."))
            }
        }
        problems += cycleProblems(in: loaded)
        return problems
    }

    /// Advancement must be a ladder, not a loop: a cycle would make "where this role leads" endless.
    ///
    /// Walked over the roles' numbers rather than their ids (string-keyed dictionaries and a copied
    /// path per step were a visible, serial part of loading a large site): the roles are visited in id
    /// order and their links in the order written, so the same cycles are reported in the same order.
    static func cycleProblems(in loaded: [LoadedRole]) -> [RoleDiagnostic] {
        // The first role with each id, numbered in id order.
        var first: [String: Int] = [:]
        for (index, item) in loaded.enumerated() where first[item.role.id] == nil { first[item.role.id] = index }
        let order = first.sorted { $0.key < $1.key }.map(\.value)
        var number = [Int](repeating: -1, count: loaded.count)
        for (position, index) in order.enumerated() { number[index] = position }
        let items = order.map { loaded[$0] }
        let links = items.map { item in item.role.advancement.map { first[$0].map { number[$0] } ?? -1 } }
        enum Mark { case unvisited, onPath, finished }
        var marks = [Mark](repeating: .unvisited, count: items.count)
        var path: [Int] = []
        var problems: [RoleDiagnostic] = []
        var reported = Set<String>()

        func visit(_ node: Int) {
            marks[node] = .onPath
            let item = items[node]
            for (index, next) in links[node].enumerated() where next >= 0 {
                switch marks[next] {
                case .onPath:
                    let ids = (path.drop { $0 != next } + [node, next]).map { items[$0].role.id }
                    let key = Set(ids).sorted().joined(separator: ",")
                    if reported.insert(key).inserted {
                        let mark = index < item.positions.advancement.count ? item.positions.advancement[index] : nil
                        problems.append(diagnostic(item, mark,
                            "advancement cycle \(ids.joined(separator: " → "))",
                            fix: "Remove one of these links so that advancement only leads upwards."))
                    }
                case .unvisited:
                    path.append(node)
                    visit(next)
                    path.removeLast()
                case .finished:
                    break
                }
            }
            marks[node] = .finished
        }
        for node in items.indices where marks[node] == .unvisited { visit(node) }
        return problems
    }

    private static func diagnostic(_ item: LoadedRole, _ mark: YAMLMark?, _ problem: String, fix: String) -> RoleDiagnostic {
        RoleDiagnostic(file: item.file, line: mark?.line, column: mark?.column, problem: problem, fix: fix)
    }
}
