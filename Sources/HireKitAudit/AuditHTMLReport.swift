import Foundation
import HireKitMarkup

/// One self-contained HTML file to publish or forward: the header, then per grouping and measure a
/// table and a bar chart (inline SVG) of the rates with a marker at four-fifths of the highest.
///
/// No scripts, fonts or external resources. Every piece of text goes through `HTMLEscaping`:
/// category names come from candidates' own CSV answers and must not become markup. Void elements
/// are self-closed so that the file is also well-formed XML, which is how the tests check that no
/// text broke out. Flags are spelled out ("below 4/5"), not shown by colour alone, tables scroll in
/// their own box on a phone, and the charts scale to the page width.
struct AuditHTMLReport {
    let audit: BiasAudit

    private let e = HTMLEscaping.escape

    static let style = """
    body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d2430;line-height:1.5}
    h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #d3dbe6}h3{font-size:1.05rem;margin-bottom:.3rem}
    .notice{border-left:4px solid #b7791f;background:#fff8e6;padding:.4rem .8rem}
    dl.header{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
    dd ul{margin:0;padding-left:1.1rem}code{font-family:ui-monospace,monospace;word-break:break-all}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;min-width:100%}th,td{border-bottom:1px solid #d3dbe6;padding:.3rem .5rem;text-align:left;white-space:nowrap}th[scope=row],td:last-child{white-space:normal;min-width:8rem}
    th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
    tr.flagged td{background:#fdecea}.flag{font-weight:700;color:#8a1c1c}tr.excluded td{color:#5a6472}
    figure{margin:.5rem 0 1.5rem}figcaption{font-size:.9rem;color:#4a5568}
    svg{display:block;width:100%;max-width:34rem;height:auto}svg text{font-size:13px;fill:#1d2430}
    svg .bar{fill:#0b5cad}svg .bar.flagged{fill:#b42318}svg .bar.excluded{fill:#9aa5b4}
    svg .marker{stroke:#1d2430;stroke-width:1.5;stroke-dasharray:4 3}
    @media print{body{max-width:none;padding:0;font-size:10pt}.scroll{overflow:visible}th,td{white-space:normal}
    section,figure,table,tr{break-inside:avoid}.notice,tr.flagged td{background:none}}
    """

    func render() -> String {
        let header = audit.header
        let roleList = header.roles.map { "<li><code>\(e($0.id))</code> <code>\(e($0.digest))</code></li>" }.joined()
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Bias audit: \(e(Self.rolesInTitle(header.roles))), \(e(header.period))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <main>
        <h1>Bias audit of HireKit screening</h1>
        <p class="notice">\(e(AuditReport.notice))</p>
        <dl class="header">
        <dt>Period</dt><dd>\(e(header.period))</dd>
        <dt>Roles</dt><dd>\(roleList.isEmpty ? "none" : "<ul>\(roleList)</ul>")</dd>
        <dt>HireKit version</dt><dd>\(e(header.hirekitVersion))</dd>
        <dt>Selected at</dt><dd>\(e(AuditReport.selectedAt(header)))</dd>
        <dt>Applications</dt><dd>\(e(AuditReport.totals(audit)))</dd>
        <dt>Flags</dt><dd>\(e(AuditReport.flags(audit)))</dd>
        </dl>
        <p>\(e(AuditReport.explanation))</p>

        """
        for grouping in audit.groupings {
            html += "<section id=\"\(grouping.kind.rawValue)\">\n<h2>\(e(grouping.kind.title))</h2>\n"
            html += "<p>\(e(AuditReport.coverage(grouping))).</p>\n"
            if grouping.rows.isEmpty {
                html += "<p>No rows.</p>\n</section>\n"
                continue
            }
            for measure in AuditMeasure.allCases {
                html += "<h3>\(e(grouping.kind.title)): \(e(measure.title.lowercased()))</h3>\n"
                html += table(grouping, measure) + chart(grouping, measure)
            }
            html += "</section>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    private func table(_ grouping: AuditGrouping, _ measure: AuditMeasure) -> String {
        let numeric = 1...5
        // A box that scrolls on a phone must be reachable by keyboard, and says what it holds.
        let label = "\(grouping.kind.title): \(measure.title.lowercased())"
        var html = "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(label))\"><table>\n<thead><tr>"
        for (column, title) in AuditReport.header(measure).enumerated() {
            html += numeric.contains(column) ? "<th class=\"num\" scope=\"col\">\(e(title))</th>" : "<th scope=\"col\">\(e(title))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in grouping.rows {
            let flagged = row.rate(measure).belowFourFifths
            html += "<tr\(flagged ? " class=\"flagged\"" : row.excluded ? " class=\"excluded\"" : "")>"
            for (column, cell) in AuditReport.cells(row, measure).enumerated() {
                if column == 0 {
                    html += "<th scope=\"row\">\(e(cell))</th>"
                } else if numeric.contains(column) {
                    html += "<td class=\"num\">\(e(cell))</td>"
                } else {
                    html += flagged ? "<td><span class=\"flag\">\(e(cell))</span></td>" : "<td>\(e(cell))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// Horizontal bars, one per category with its name above, scaled to the highest rate shown;
    /// a dashed line marks four-fifths of the highest rate among the categories not excluded.
    private func chart(_ grouping: AuditGrouping, _ measure: AuditMeasure) -> String {
        let width = 400.0, barSpace = 220.0, top = 22.0, rowHeight = 38.0
        let height = top + Double(grouping.rows.count) * rowHeight + 4
        let largest = grouping.rows.map { $0.rate(measure).rate }.max() ?? 0
        let scale = largest > 0 ? barSpace / largest : 0
        let label = "\(grouping.kind.title): \(measure.title.lowercased()) by category"
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded(.up)))\" role=\"img\" aria-label=\"\(e(label))\">\n"
        svg += "<title>\(e(label))</title>\n"
        for (index, row) in grouping.rows.enumerated() {
            let rate = row.rate(measure)
            let y = top + Double(index) * rowHeight
            let barWidth = rate.rate * scale
            let kind = rate.belowFourFifths ? "bar flagged" : row.excluded ? "bar excluded" : "bar"
            let note = AuditReport.note(row, measure)
            // Short enough to fit beside the longest bar: "100.0 %, below 4/5".
            let value = AuditReport.percent(rate.rate) + (row.excluded ? ", excluded" : rate.significant ? ", below 4/5, p < 0.05"
                : rate.belowFourFifths ? ", below 4/5" : "")
            svg += "<g><title>\(e(row.name)): \(e(AuditReport.percent(rate.rate)))\(note.isEmpty ? "" : ", " + e(note))</title>"
            svg += "<text x=\"0\" y=\"\(Self.coordinate(y + 12))\">\(e(Self.shortened(row.name)))</text>"
            svg += "<rect class=\"\(kind)\" x=\"0\" y=\"\(Self.coordinate(y + 17))\" width=\"\(Self.coordinate(barWidth))\" height=\"14\"/>"
            svg += "<text x=\"\(Self.coordinate(barWidth + 6))\" y=\"\(Self.coordinate(y + 29))\">\(e(value))</text></g>\n"
        }
        if let best = grouping.topRate(measure), best > 0 {
            let x = BiasAudit.fourFifths * best * scale
            let anchor = x > width / 2 ? "end" : "start"
            svg += "<line class=\"marker\" x1=\"\(Self.coordinate(x))\" y1=\"16\" x2=\"\(Self.coordinate(x))\" y2=\"\(Self.coordinate(height))\"/>"
            svg += "<text x=\"\(Self.coordinate(x))\" y=\"12\" text-anchor=\"\(anchor)\">4/5 of highest: \(e(AuditReport.percent(BiasAudit.fourFifths * best)))</text>\n"
        }
        svg += "</svg>\n<figcaption>\(e(measure.title)) per category; the dashed line is four-fifths of the highest rate "
        svg += "among categories not excluded; a category whose impact ratio is under 0.8 is marked \u{201C}below 4/5\u{201D}.</figcaption></figure>\n"
        return svg
    }

    /// A few role ids, or how many: the whole list is in the page, not the tab's title.
    static func rolesInTitle(_ roles: [AuditHeader.Role]) -> String {
        roles.count <= 3 ? roles.map(\.id).joined(separator: ", ") : "\(roles.count) roles"
    }

    /// Long names (an intersectional pair, a free-text sex value) cut to fit the chart; the full
    /// name is in the table and in the bar's tooltip.
    static func shortened(_ name: String) -> String {
        name.count > 54 ? name.prefix(53) + "…" : name
    }

    static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }
}
