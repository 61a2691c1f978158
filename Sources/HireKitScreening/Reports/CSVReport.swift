/// RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with
/// = + - @) are prefixed with an apostrophe: CV-derived text must never execute.
enum CSVReport {
    static func render(_ report: ScreeningReport) -> String {
        var rows = [["rank", "candidate", "best_role", "score", "knocked_out", "missing_knockouts", "required_met",
                     "required_total", "preferred_met", "preferred_total", "years_experience", "education"]]
        for (index, candidate) in report.candidates.enumerated() {
            let best = candidate.best
            let required = ScreeningReport.met(best, .requiredSkill), preferred = ScreeningReport.met(best, .preferredSkill)
            rows.append(["\(index + 1)", report.label(candidate, rank: index + 1), best.roleID, ScreeningReport.number(best.score),
                         best.knockedOut ? "yes" : "no", best.missingKnockouts.joined(separator: "; "),
                         "\(required.met)", "\(required.total)", "\(preferred.met)", "\(preferred.total)",
                         ScreeningReport.number(best.yearsOfExperience), best.educationLevel.rawValue])
        }
        return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { ",\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
