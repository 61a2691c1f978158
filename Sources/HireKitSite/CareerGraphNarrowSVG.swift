import HireKitRoles

/// The career graph for phones: every role in one column, in career-step order, with the arrows run
/// in coloured lanes down the left-hand side, like a metro map. Boxes are full-width tap targets,
/// titles stay at reading size and nothing needs sideways scrolling — the row-per-step layout would
/// need several boxes side by side, which a 390 px screen can only show shrunk to illegibility.
///
/// All links from one role share a lane (a line leaves the role and branches into each role it
/// leads to). A line leaves its role from the lower part of the box and arrives in the upper part,
/// so a lane that ends at a role can be reused by a line starting from it.
extension CareerGraphSVG {
    static let narrowWidth = 340, narrowNodeHeight = 48, narrowRowGap = 12, laneGap = 7, laneColours = 6

    /// Lane of each run (0 = nearest the boxes), a run going from row `from` down to row `to`: runs
    /// whose vertical stretches overlap get different lanes; shorter runs take the inner lanes so
    /// lines nest instead of crossing.
    static func lanes(for links: [(from: Int, to: Int)]) -> [Int] {
        let order = links.indices.sorted {
            let a = links[$0], b = links[$1]
            return (a.to - a.from, a.from, a.to) < (b.to - b.from, b.from, b.to)
        }
        var lanes = Array(repeating: 0, count: links.count)
        var taken: [[(from: Int, to: Int)]] = []
        for index in order {
            let link = links[index]
            // In half rows: a run occupies [from * 2 + 1, to * 2] (out low, in high).
            let lane = taken.firstIndex { spans in
                spans.allSatisfy { link.to * 2 < $0.from * 2 + 1 || $0.to * 2 < link.from * 2 + 1 }
            } ?? taken.count
            if lane == taken.count { taken.append([]) }
            taken[lane].append(link)
            lanes[index] = lane
        }
        return lanes
    }

    public func renderNarrow(root: String) -> String {
        let order = columns().flatMap { $0 }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.id, $0) })
        var links: [(from: Int, to: Int)] = []
        for role in catalog.roles {
            guard let from = position[role.id] else { continue }
            for target in role.advancement { if let to = position[target] { links.append((from, to)) } }
        }
        // One run per role with links, from the role to the furthest role it leads to.
        var furthest: [Int: Int] = [:]
        for link in links { furthest[link.from] = max(furthest[link.from] ?? link.to, link.to) }
        let sources = furthest.keys.sorted()
        let runs = sources.map { source in (from: source, to: furthest[source]!) }
        let runLanes = Self.lanes(for: runs)
        let laneOf = Dictionary(uniqueKeysWithValues: zip(sources, runLanes))
        let lanes = links.map { laneOf[$0.from]! }
        let laneCount = (runLanes.max() ?? -1) + 1
        let nodeX = Self.margin + 10 + laneCount * Self.laneGap
        let nodeWidth = Self.narrowWidth - nodeX - Self.margin
        let height = Self.margin * 2 + order.count * Self.narrowNodeHeight + max(0, order.count - 1) * Self.narrowRowGap
        func top(_ index: Int) -> Int { Self.margin + index * (Self.narrowNodeHeight + Self.narrowRowGap) }

        var svg = Self.header(id: "career-graph-narrow", className: "career-graph career-graph-narrow",
                              width: Self.narrowWidth, height: height)
        svg += "<g class=\"edges\">\n"
        for (link, lane) in zip(links, lanes) {
            let x = nodeX - 10 - lane * Self.laneGap
            let y1 = top(link.from) + Self.narrowNodeHeight * 2 / 3, y2 = top(link.to) + Self.narrowNodeHeight / 3
            let r = 4
            svg += "<path class=\"lane-\(lane % Self.laneColours)\" d=\"M \(nodeX) \(y1) H \(x + r) Q \(x) \(y1) \(x) \(y1 + r) V \(y2 - r) Q \(x) \(y2) \(x + r) \(y2) H \(nodeX - 2)\" marker-start=\"url(#career-graph-narrow-dot)\" marker-end=\"url(#career-graph-narrow-arrow)\"/>\n"
        }
        svg += "</g>\n<g class=\"nodes\">\n"
        for (index, role) in order.enumerated() {
            svg += Self.node(role, x: nodeX, y: top(index), width: nodeWidth, height: Self.narrowNodeHeight, root: root)
        }
        return svg + "</g>\n</svg>"
    }
}
