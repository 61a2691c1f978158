import HireKitMarkup

/// A Markdown shortlist to paste into a ticket or a wiki; table cells are escaped so CV text can't
/// break the table or inject links.
struct MarkdownReport {
    let report: ScreeningReport

    func write(to output: ReportOutput) {
        let e = MarkdownEscaping.escapeInline
        output.write("# Screening: \(e(report.roleLabel))\n\n\(report.screenedCount) CVs ranked\(report.blind ? " (blind)" : "").\n\n")
        output.write("| # | Score | Candidate |\(report.allRoles ? " Best role |" : "") Required | Preferred | Years | Education |\n")
        output.write("|---:|---:|---|\(report.allRoles ? "---|" : "")---:|---:|---:|---|\n")
        for (index, candidate) in report.candidates.enumerated() {
            var out = "| \(index + 1) | \(ScreeningReport.number(candidate.score))\(candidate.knockedOut ? " (knocked out)" : "") | \(e(report.label(candidate, rank: index + 1))) |"
            out += report.allRoles ? " \(candidate.roleID) |" : ""
            out += " \(candidate.requiredMet)/\(candidate.requiredTotal) | \(candidate.preferredMet)/\(candidate.preferredTotal) | \(ScreeningReport.number(candidate.yearsOfExperience)) | \(candidate.educationLevel.rawValue) |\n"
            output.write(out)
        }
        if report.options.explain {
            for (index, candidate) in report.candidates.enumerated() {
                output.write("\n## \(index + 1). \(e(report.label(candidate, rank: index + 1))) — \(ScreeningReport.number(candidate.score))\n\n")
                output.write(report.details(of: candidate))
            }
        }
        if !report.failures.isEmpty {
            output.write("\n## Files that could not be read\n\n" + report.failures.map { "- \(e($0.description))\n" }.joined())
        }
    }

    /// The best result's requirements as a list with evidence (`--explain`).
    static func requirements(_ result: ScreeningResult) -> String {
        let e = MarkdownEscaping.escapeInline
        var out = ""
        for requirement in result.requirements {
            out += "- \(requirement.met ? "✅" : "❌") **\(e(requirement.name))** (\(requirement.kind.rawValue)\(requirement.knockout ? ", knockout" : "")): \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) — \(e(requirement.detail))\n"
            for evidence in requirement.evidence { out += "  - line \(evidence.line): \(e(evidence.text))\n" }
        }
        return out
    }
}
