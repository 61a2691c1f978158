import HireKitMarkup

/// One self-contained HTML file a recruiter can open and forward: the ranking, a score chart as
/// inline SVG, and each candidate's evidence. No scripts, no external resources; every piece of
/// CV-derived text is escaped with `HTMLEscaping`, byte by byte: going Character by Character would
/// miss a `"` or `<` that a combining mark joins into a larger Character (`"` + U+0301).
struct HTMLReport {
    let report: ScreeningReport

    func write(to output: ReportOutput) {
        let e = HTMLEscaping.escape
        output.write("""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Screening: \(e(report.roleLabel))</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d2430;line-height:1.5}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d3dbe6;padding:.35rem .5rem;text-align:left;vertical-align:top}
        td.num{text-align:right}.out{color:#8a1c1c}.met{color:#1a6b2f}.missing{color:#8a1c1c}
        .chart rect.bar{fill:#0b5cad}.chart rect.knocked{fill:#9aa5b4}.chart text{font-size:12px;fill:#1d2430}
        details{margin:.5rem 0;border:1px solid #d3dbe6;border-radius:.4rem;padding:.5rem}summary{font-weight:600;cursor:pointer}
        blockquote{margin:.2rem 0 .2rem 1.5rem;color:#4a5568;font-size:.92rem}
        </style>
        </head>
        <body>
        <main>
        <h1>Screening: \(e(report.roleLabel))</h1>
        <p>\(report.screenedCount) CVs ranked\(report.blind ? "; personal details redacted (blind screening)" : "").</p>

        """)
        writeChart(to: output)
        output.write("<h2>Ranking</h2>\n<table>\n<thead><tr><th>#</th><th>Score</th><th>Candidate</th>\(report.allRoles ? "<th>Best role</th>" : "")<th>Required</th><th>Preferred</th><th>Years</th><th>Education</th></tr></thead>\n<tbody>\n")
        for (index, candidate) in report.candidates.enumerated() {
            var html = "<tr\(candidate.knockedOut ? " class=\"out\"" : "")><td class=\"num\">\(index + 1)</td><td class=\"num\">\(ScreeningReport.number(candidate.score))</td>"
            html += "<td><a href=\"#c\(index + 1)\">\(e(report.label(candidate, rank: index + 1)))</a></td>"
            html += report.allRoles ? "<td>\(e(candidate.roleTitle))</td>" : ""
            html += "<td class=\"num\">\(candidate.requiredMet)/\(candidate.requiredTotal)</td><td class=\"num\">\(candidate.preferredMet)/\(candidate.preferredTotal)</td>"
            html += "<td class=\"num\">\(ScreeningReport.number(candidate.yearsOfExperience))</td><td>\(e(candidate.educationLevel.rawValue))</td></tr>\n"
            output.write(html)
        }
        output.write("</tbody>\n</table>\n<h2>Evidence</h2>\n")
        for (index, candidate) in report.candidates.enumerated() {
            output.write("<details id=\"c\(index + 1)\"><summary>\(index + 1). \(e(report.label(candidate, rank: index + 1))) — \(ScreeningReport.number(candidate.score)) for \(e(candidate.roleTitle))\(candidate.knockedOut ? " (knocked out: missing " + e(candidate.missingKnockouts.joined(separator: ", ")) + ")" : "")</summary>\n<ul>\n")
            output.write(report.details(of: candidate))
            output.write("</ul>\n</details>\n")
        }
        if !report.failures.isEmpty {
            output.write("<h2>Files that could not be read</h2>\n<ul>\n" + report.failures.map { "<li>\(e($0.description))</li>\n" }.joined() + "</ul>\n")
        }
        output.write("</main>\n</body>\n</html>\n")
    }

    /// The best result's requirements as list items with evidence, for the candidate's details.
    static func requirements(_ result: ScreeningResult) -> String {
        let e = HTMLEscaping.escape
        var html = ""
        for requirement in result.requirements {
            html += "<li><span class=\"\(requirement.met ? "met" : "missing")\">\(requirement.met ? "✓ met" : "✗ missing")</span> <strong>\(e(requirement.name))</strong> (\(requirement.kind.rawValue)\(requirement.knockout ? ", knockout" : "")) — \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) points; \(e(requirement.detail))"
            for evidence in requirement.evidence { html += "<blockquote>line \(evidence.line): \(e(evidence.text))</blockquote>" }
            html += "</li>\n"
        }
        return html
    }

    /// Horizontal bars, one per candidate, scaled to 100.
    private func writeChart(to output: ReportOutput) {
        let rowHeight = 22, labelWidth = 220, barWidth = 400
        let height = max(1, report.candidates.count) * rowHeight + 10
        output.write("<figure><svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\" role=\"img\" aria-label=\"Scores out of 100\">\n")
        for (index, candidate) in report.candidates.enumerated() {
            let y = index * rowHeight + 5
            let width = Int((candidate.score / 100 * Double(barWidth)).rounded())
            var label = report.label(candidate, rank: index + 1)
            if label.count > 32 { label = "…" + label.suffix(31) }
            var svg = "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLEscaping.escape(label))</text>"
            svg += "<rect class=\"\(candidate.knockedOut ? "knocked" : "bar")\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(ScreeningReport.number(candidate.score))</text>\n"
            output.write(svg)
        }
        output.write("</svg><figcaption>Score out of 100 for each candidate; grey bars are knocked out.</figcaption></figure>\n")
    }
}
