import HireKitRoles

/// Draws the advancement graph as inline SVG at build time: one column per career step (entry roles
/// on the left), each role a link to its page, arrows for "leads to". No script or library needed.
public struct CareerGraphSVG {
    static let nodeWidth = 236, nodeHeight = 44, columnGap = 64, rowGap = 14, margin = 8

    public let catalog: RoleCatalog
    public init(catalog: RoleCatalog) { self.catalog = catalog }

    /// Column of each role: the length of the longest advancement chain leading to it.
    func columns() -> [[Role]] {
        var depth: [String: Int] = [:]
        func depthOf(_ id: String) -> Int {
            if let known = depth[id] { return known }
            let parents = catalog.roles(leadingTo: id)
            let value = parents.isEmpty ? 0 : (parents.map { depthOf($0.id) }.max() ?? 0) + 1
            depth[id] = value
            return value
        }
        let maxDepth = catalog.roles.map { depthOf($0.id) }.max() ?? 0
        var columns: [[Role]] = Array(repeating: [], count: catalog.roles.isEmpty ? 0 : maxDepth + 1)
        for role in catalog.roles { columns[depthOf(role.id)].append(role) }
        // Order each column by where its parents sit, to keep arrows short and uncrossed.
        var row: [String: Double] = [:]
        for index in columns.indices {
            columns[index].sort { a, b in
                let ka = parentPosition(a, row), kb = parentPosition(b, row)
                return ka != kb ? ka < kb : (a.department, a.title) < (b.department, b.title)
            }
            for (position, role) in columns[index].enumerated() { row[role.id] = Double(position) }
        }
        return columns
    }

    private func parentPosition(_ role: Role, _ row: [String: Double]) -> Double {
        let positions = catalog.roles(leadingTo: role.id).compactMap { row[$0.id] }
        return positions.isEmpty ? -1 : positions.reduce(0, +) / Double(positions.count)
    }

    /// `root` is the relative path from the page holding the SVG to the site root.
    public func render(root: String) -> String {
        let columns = columns()
        var origin: [String: (x: Int, y: Int)] = [:]
        for (c, column) in columns.enumerated() {
            for (r, role) in column.enumerated() {
                origin[role.id] = (Self.margin + c * (Self.nodeWidth + Self.columnGap),
                                   Self.margin + r * (Self.nodeHeight + Self.rowGap))
            }
        }
        let rows = columns.map(\.count).max() ?? 0
        let width = Self.margin * 2 + columns.count * Self.nodeWidth + max(0, columns.count - 1) * Self.columnGap
        let height = Self.margin * 2 + rows * Self.nodeHeight + max(0, rows - 1) * Self.rowGap
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" class="career-graph" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="career-graph-title">
        <title id="career-graph-title">Career paths: each arrow leads from a role to a role it can lead to</title>
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker></defs>
        <g class="edges">

        """
        for role in catalog.roles {
            guard let from = origin[role.id] else { continue }
            for target in role.advancement {
                guard let to = origin[target] else { continue }
                let x1 = from.x + Self.nodeWidth, y1 = from.y + Self.nodeHeight / 2
                let x2 = to.x - 2, y2 = to.y + Self.nodeHeight / 2
                let bend = (x2 - x1) / 2
                svg += "<path d=\"M \(x1) \(y1) C \(x1 + bend) \(y1), \(x2 - bend) \(y2), \(x2) \(y2)\" marker-end=\"url(#arrow)\"/>\n"
            }
        }
        svg += "</g>\n<g class=\"nodes\">\n"
        for column in columns {
            for role in column {
                guard let at = origin[role.id] else { continue }
                let title = HTMLEscaping.escape(role.title)
                svg += """
                <a href="\(RoleViewBuilder.href(for: role.id, root: root))" aria-label="\(title)"><rect x="\(at.x)" y="\(at.y)" width="\(Self.nodeWidth)" height="\(Self.nodeHeight)" rx="8" class="track-\(HTMLEscaping.escape(role.track))"/><text x="\(at.x + Self.nodeWidth / 2)" y="\(at.y + Self.nodeHeight / 2 + 5)" text-anchor="middle">\(title)</text></a>

                """
            }
        }
        svg += "</g>\n</svg>"
        return svg
    }
}
