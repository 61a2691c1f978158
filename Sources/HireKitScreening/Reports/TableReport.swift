/// The terminal view: one aligned row per candidate, then (with `--explain`) every requirement with
/// its evidence. Colour only when asked (a TTY without NO_COLOR).
struct TableReport {
    let report: ScreeningReport
    let explain: Bool
    let color: Bool

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func render() -> String {
        var out = "Screening for \(report.roleLabel): \(report.screenedCount) CV\(report.screenedCount == 1 ? "" : "s") ranked"
        out += report.blind ? " (blind: personal details redacted)\n\n" : "\n\n"
        var rows = [["#", "Score", "Candidate"] + (report.allRoles ? ["Best role"] : []) + ["Required", "Preferred", "Years", "Education", "Note"]]
        for (index, candidate) in report.candidates.enumerated() {
            let best = candidate.best
            let required = ScreeningReport.met(best, .requiredSkill), preferred = ScreeningReport.met(best, .preferredSkill)
            rows.append(["\(index + 1)", ScreeningReport.number(best.score), report.label(candidate, rank: index + 1)]
                + (report.allRoles ? [best.roleID] : [])
                + ["\(required.met)/\(required.total)", "\(preferred.met)/\(preferred.total)",
                   ScreeningReport.number(best.yearsOfExperience), best.educationLevel.rawValue,
                   best.knockedOut ? "missing: " + best.missingKnockouts.joined(separator: ", ") : ""])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for (number, row) in rows.enumerated() {
            var line = zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            if number == 0 { line = paint(line, "1") }
            else if report.candidates[number - 1].best.knockedOut { line = paint(line, "2") }
            out += line + "\n"
        }
        if report.candidates.isEmpty { out += "(no candidate matches the filters)\n" }
        if explain {
            for (index, candidate) in report.candidates.enumerated() {
                out += "\n" + paint("\(index + 1). \(report.label(candidate, rank: index + 1)) — \(ScreeningReport.number(candidate.best.score)) for \(candidate.best.roleTitle)", "1") + "\n"
                out += explanation(candidate.best)
            }
        }
        if !report.failures.isEmpty {
            out += "\n" + paint("Could not read \(report.failures.count) file\(report.failures.count == 1 ? "" : "s"):", "33") + "\n"
            for failure in report.failures { out += "  \(failure)\n" }
        }
        return out
    }

    private func explanation(_ result: ScreeningResult) -> String {
        var out = ""
        for requirement in result.requirements {
            let mark = requirement.met ? paint("✓", "32") : paint("✗", "31")
            let knockout = requirement.knockout ? " [knockout]" : ""
            out += "   \(mark) \(requirement.kind.rawValue): \(requirement.name)\(knockout) — \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) pts; \(requirement.detail)\n"
            for evidence in requirement.evidence {
                out += "       line \(evidence.line): \(evidence.text)\n"
            }
        }
        if !result.achievements.isEmpty {
            out += "   Quantified achievements:\n"
            for achievement in result.achievements.prefix(5) { out += "       line \(achievement.line): \(achievement.text)\n" }
        }
        return out
    }
}
