import HireKitMarkup
import HireKitRoles

/// Draws the advancement graph as inline SVG at build time: one row per career step (entry roles at
/// the top), each role a link to its page, arrows for "leads to". No script or library needed.
/// `renderNarrow` draws the same graph in one column for phones (see CareerGraphNarrowSVG.swift).
public struct CareerGraphSVG {
    static let nodeWidth = 210, nodeHeight = 52, columnGap = 24, rowGap = 48, margin = 8
    /// Titles longer than this wrap onto a second line inside their box.
    static let charactersPerLine = 24

    public let catalog: RoleCatalog
    /// `columns()`, worked out once for both drawings.
    private let steps: [[Role]]

    public init(catalog: RoleCatalog) {
        self.catalog = catalog
        self.steps = Self.columns(catalog)
    }

    /// Mixes into `hash` everything the two drawings are made from: each role's id, title,
    /// department, track and advancement, in catalog order. Keep it in step with the drawing code:
    /// the career-paths page is carried over while this is unchanged.
    static func mixInputs(of catalog: RoleCatalog, into hash: inout StableHash) {
        hash.mix("graph")
        for role in catalog.roles {
            for text in [role.id, role.title, role.department, role.track] { hash.mix(text) }
            hash.mix(String(role.advancement.count))
            for id in role.advancement { hash.mix(id) }
        }
    }

    /// Career steps: each role's step is the length of the longest advancement chain leading to it.
    func columns() -> [[Role]] { steps }

    private static func columns(_ catalog: RoleCatalog) -> [[Role]] {
        var depth: [String: Int] = [:]
        func depthOf(_ id: String) -> Int {
            if let known = depth[id] { return known }
            let parents = catalog.ids(leadingTo: id)
            let value = parents.isEmpty ? 0 : (parents.map { depthOf($0) }.max() ?? 0) + 1
            depth[id] = value
            return value
        }
        let maxDepth = catalog.roles.map { depthOf($0.id) }.max() ?? 0
        var columns: [[Role]] = Array(repeating: [], count: catalog.roles.isEmpty ? 0 : maxDepth + 1)
        for role in catalog.roles { columns[depthOf(role.id)].append(role) }
        // Order each step by where its parents sit, to keep arrows short and uncrossed.
        var row: [String: Double] = [:]
        for index in columns.indices {
            // Each role's parent position is worked out once, not in every comparison.
            let keyed = columns[index].map { (key: parentPosition($0, row, catalog), role: $0) }
            columns[index] = keyed.sorted { a, b in
                a.key != b.key ? a.key < b.key : (a.role.department, a.role.title) < (b.role.department, b.role.title)
            }.map(\.role)
            for (position, role) in columns[index].enumerated() { row[role.id] = Double(position) }
        }
        return columns
    }

    private static func parentPosition(_ role: Role, _ row: [String: Double], _ catalog: RoleCatalog) -> Double {
        let positions = catalog.ids(leadingTo: role.id).compactMap { row[$0] }
        return positions.isEmpty ? -1 : positions.reduce(0, +) / Double(positions.count)
    }

    /// `root` is the relative path from the page holding the SVG to the site root.
    public func render(root: String) -> String {
        let widest = steps.map(\.count).max() ?? 0
        let width = Self.margin * 2 + widest * Self.nodeWidth + max(0, widest - 1) * Self.columnGap
        let height = Self.margin * 2 + steps.count * Self.nodeHeight + max(0, steps.count - 1) * Self.rowGap
        var origin: [String: (x: Int, y: Int)] = [:]
        for (s, step) in steps.enumerated() {
            let rowWidth = step.count * Self.nodeWidth + max(0, step.count - 1) * Self.columnGap
            for (i, role) in step.enumerated() {
                origin[role.id] = ((width - rowWidth) / 2 + i * (Self.nodeWidth + Self.columnGap),
                                   Self.margin + s * (Self.nodeHeight + Self.rowGap))
            }
        }
        var svg = Self.header(id: "career-graph", className: "career-graph career-graph-wide", width: width, height: height)
        svg += "<g class=\"edges\">\n"
        for role in catalog.roles {
            guard let from = origin[role.id] else { continue }
            for target in role.advancement {
                guard let to = origin[target] else { continue }
                let x1 = from.x + Self.nodeWidth / 2, y1 = from.y + Self.nodeHeight
                let x2 = to.x + Self.nodeWidth / 2, y2 = to.y - 2
                let bend = min(Self.rowGap, (y2 - y1) / 2)
                svg += "<path d=\"M \(x1) \(y1) C \(x1) \(y1 + bend), \(x2) \(y2 - bend), \(x2) \(y2)\" marker-end=\"url(#career-graph-arrow)\"/>\n"
            }
        }
        svg += "</g>\n<g class=\"nodes\">\n"
        for step in steps {
            for role in step {
                guard let at = origin[role.id] else { continue }
                svg += Self.node(role, x: at.x, y: at.y, width: Self.nodeWidth, height: Self.nodeHeight, root: root)
            }
        }
        return svg + "</g>\n</svg>"
    }

    /// No `role="img"` on the SVG: an image's content is hidden from screen readers, and the role
    /// links inside must stay reachable. (The HTML checker rejects `role="group"` on svg.)
    static func header(id: String, className: String, width: Int, height: Int) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="\(className)" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" aria-labelledby="\(id)-title">
        <title id="\(id)-title">Career paths: each arrow leads from a role to a role it can lead to</title>
        <defs><marker id="\(id)-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head"/></marker><marker id="\(id)-dot" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="5" markerHeight="5"><circle cx="5" cy="5" r="4" class="arrow-head"/></marker></defs>

        """
    }

    /// A role's box: a link to its page with the title centred, wrapped onto two lines if long.
    static func node(_ role: Role, x: Int, y: Int, width: Int, height: Int, root: String) -> String {
        let title = HTMLEscaping.escape(role.title)
        let lines = wrap(role.title)
        let lineHeight = 18
        let firstBaseline = y + height / 2 + 5 - (lines.count - 1) * lineHeight / 2
        let text = lines.enumerated().map { index, line in
            "<tspan x=\"\(x + width / 2)\" y=\"\(firstBaseline + index * lineHeight)\">\(HTMLEscaping.escape(line))</tspan>"
        }.joined()
        return """
        <a href="\(RoleViewBuilder.href(for: role.id, root: root))" aria-label="\(title)"><rect x="\(x)" y="\(y)" width="\(width)" height="\(height)" rx="8" class="track-\(HTMLEscaping.escape(role.track))"/><text text-anchor="middle">\(text)</text></a>

        """
    }

    /// Splits a title into at most two lines at the space nearest its middle, when it is long.
    static func wrap(_ title: String) -> [String] {
        guard title.count > charactersPerLine else { return [title] }
        let spaces = title.indices.filter { title[$0] == " " }
        let middle = title.count / 2
        guard let split = spaces.min(by: {
            abs(title.distance(from: title.startIndex, to: $0) - middle) < abs(title.distance(from: title.startIndex, to: $1) - middle)
        }) else { return [title] }
        return [String(title[..<split]), String(title[title.index(after: split)...])]
    }
}
