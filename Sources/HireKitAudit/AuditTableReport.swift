/// The terminal view: the header, then for each grouping and measure an aligned plain-text table.
struct AuditTableReport {
    let audit: BiasAudit

    func render() -> String {
        let header = audit.header
        var out = "Bias audit of HireKit screening\n\n"
        // One role per line: an audit of every role can list hundreds, each with a 64-digit digest.
        let roles = header.roles.isEmpty ? [["Roles:", "none"]]
            : header.roles.enumerated().map { [$0.offset == 0 ? "Roles:" : "", "\(plain($0.element.id)) (\(plain($0.element.digest)))"] }
        out += aligned([["Period:", plain(header.period)]] + roles + [
            ["HireKit:", plain(header.hirekitVersion)],
            ["Selected at:", plain(AuditReport.selectedAt(header))],
            ["Applications:", AuditReport.totals(audit)],
            ["Flags:", AuditReport.flags(audit)],
        ])
        out += "\n" + wrapped(AuditReport.explanation) + "\n" + wrapped(AuditReport.notice)
        for grouping in audit.groupings {
            for measure in AuditMeasure.allCases {
                out += "\n\(grouping.kind.title): \(measure.title.lowercased()) (\(AuditReport.coverage(grouping)))\n"
                guard !grouping.rows.isEmpty else { out += "(no rows)\n"; continue }
                out += aligned([AuditReport.header(measure)] + grouping.rows.map { row in
                    AuditReport.cells(row, measure).enumerated().map { $0.offset == 0 ? plain($0.element) : $0.element }
                }, numeric: 1...5)
            }
        }
        return out
    }

    /// Rows padded to their columns' widths, two spaces apart; `numeric` columns aligned right.
    private func aligned(_ rows: [[String]], numeric: ClosedRange<Int>? = nil) -> String {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            var line = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric?.contains(column) == true ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// `text` broken into lines of at most `width` characters at spaces, each ending in a newline.
    private func wrapped(_ text: String, width: Int = 100) -> String {
        var out = "", line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width { out += line + "\n"; line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return out + line + "\n"
    }

    /// Control characters replaced: role ids and versions come from the caller, and an escape
    /// sequence in one must not drive the terminal the report is printed on.
    private func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
    }
}
