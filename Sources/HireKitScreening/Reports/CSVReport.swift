/// RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with
/// = + - @) are prefixed with an apostrophe: CV-derived text must never execute.
package enum CSVReport {
    static func write(_ report: ScreeningReport, to output: ReportOutput) {
        func row(_ cells: [String]) { output.write(cells.map(cell).joined(separator: ",") + "\r\n") }
        row(["rank", "candidate", "best_role", "score", "knocked_out", "missing_knockouts", "required_met",
             "required_total", "preferred_met", "preferred_total", "years_experience", "education"])
        for (index, candidate) in report.candidates.enumerated() {
            row(["\(index + 1)", report.label(candidate, rank: index + 1), candidate.roleID, ScreeningReport.number(candidate.score),
                 candidate.knockedOut ? "yes" : "no", candidate.missingKnockouts.joined(separator: "; "),
                 "\(candidate.requiredMet)", "\(candidate.requiredTotal)", "\(candidate.preferredMet)", "\(candidate.preferredTotal)",
                 ScreeningReport.number(candidate.yearsOfExperience), candidate.educationLevel.rawValue])
        }
    }

    package static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { ",\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
