/// A Markdown shortlist to paste into a ticket or a wiki; table cells are escaped so CV text can't
/// break the table or inject links.
struct MarkdownReport {
    let report: ScreeningReport
    let explain: Bool

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]()<>#|!".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    func render() -> String {
        let e = Self.escape
        var out = "# Screening: \(e(report.roleLabel))\n\n\(report.screenedCount) CVs ranked\(report.blind ? " (blind)" : "").\n\n"
        out += "| # | Score | Candidate |\(report.allRoles ? " Best role |" : "") Required | Preferred | Years | Education |\n"
        out += "|---:|---:|---|\(report.allRoles ? "---|" : "")---:|---:|---:|---|\n"
        for (index, candidate) in report.candidates.enumerated() {
            let best = candidate.best
            let required = ScreeningReport.met(best, .requiredSkill), preferred = ScreeningReport.met(best, .preferredSkill)
            out += "| \(index + 1) | \(ScreeningReport.number(best.score))\(best.knockedOut ? " (knocked out)" : "") | \(e(report.label(candidate, rank: index + 1))) |"
            out += report.allRoles ? " \(best.roleID) |" : ""
            out += " \(required.met)/\(required.total) | \(preferred.met)/\(preferred.total) | \(ScreeningReport.number(best.yearsOfExperience)) | \(best.educationLevel.rawValue) |\n"
        }
        if explain {
            for (index, candidate) in report.candidates.enumerated() {
                out += "\n## \(index + 1). \(e(report.label(candidate, rank: index + 1))) — \(ScreeningReport.number(candidate.best.score))\n\n"
                for requirement in candidate.best.requirements {
                    out += "- \(requirement.met ? "✅" : "❌") **\(e(requirement.name))** (\(requirement.kind.rawValue)\(requirement.knockout ? ", knockout" : "")): \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) — \(e(requirement.detail))\n"
                    for evidence in requirement.evidence { out += "  - line \(evidence.line): \(e(evidence.text))\n" }
                }
            }
        }
        if !report.failures.isEmpty {
            out += "\n## Files that could not be read\n\n" + report.failures.map { "- \(e($0.description))\n" }.joined()
        }
        return out
    }
}
