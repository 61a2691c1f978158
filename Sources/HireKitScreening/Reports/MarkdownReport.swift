/// A Markdown shortlist to paste into a ticket or a wiki; table cells are escaped so CV text can't
/// break the table or inject links.
struct MarkdownReport {
    let report: ScreeningReport

    /// Backslash before every character Markdown gives meaning to; line breaks become spaces so a
    /// table row stays on one line.
    ///
    /// Works on the UTF-8 bytes, like `HTMLEscaping`: every character acted on is ASCII, and going
    /// Character by Character would miss a `|` or `[` that a combining mark joins into a larger
    /// Character (`|` + U+0301), or the one Character "\r\n".
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): out.append(UInt8(ascii: " "))
            case _ where specials.contains(byte): out.append(UInt8(ascii: "\\")); out.append(byte)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let specials = Set("\\`*_{}[]()<>#|!".utf8)

    func write(to output: ReportOutput) {
        let e = Self.escape
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
        let e = escape
        var out = ""
        for requirement in result.requirements {
            out += "- \(requirement.met ? "✅" : "❌") **\(e(requirement.name))** (\(requirement.kind.rawValue)\(requirement.knockout ? ", knockout" : "")): \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) — \(e(requirement.detail))\n"
            for evidence in requirement.evidence { out += "  - line \(evidence.line): \(e(evidence.text))\n" }
        }
        return out
    }
}
