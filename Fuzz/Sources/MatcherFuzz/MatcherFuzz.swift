import Foundation
import FuzzSupport
import HireKitCV
import HireKitMarkup
import HireKitRoles
import HireKitScreening

/// Fuzzes phrase matching and screening. Input: newline-separated phrases, a NUL byte, then CV text.
/// 1. The phrases are compiled into a `PhraseMatcher` (the Aho–Corasick automaton, abbreviation variants and
///    hyphen groupings) and matched against the text: every match must point at real tokens and lines.
/// 2. The text is screened against the shipped cashier role (with its peer roles' titles, as `hirekit screen`
///    does), normally and blind: scores stay within 0–100, evidence quotes existing lines, and redaction keeps
///    every line where it was.
/// 3. The result is rendered as the HTML report: every evidence line is quoted escaped.
@_cdecl("LLVMFuzzerTestOneInput")
public func matcherFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let fields = FuzzInput.fields(FuzzInput.data(start, count), maxFields: 2)
    let phrases = FuzzInput.text(fields[0]).split(separator: "\n").prefix(32).map(String.init)
    let text = fields.count > 1 ? FuzzInput.text(fields[1]) : FuzzInput.text(fields[0])

    let matcher = PhraseMatcher(terms: phrases.enumerated().map { .init(phrase: $0.element, target: $0.offset) })
    let tokens = MatchNormalizer.tokenize(text)
    let lineCount = MatchNormalizer.lines(of: text).count
    for match in matcher.matches(in: tokens, stemmer: Stemmer()) {
        precondition(!match.tokens.isEmpty && match.tokens.lowerBound >= 0 && match.tokens.upperBound <= tokens.count,
                     "match tokens \(match.tokens) outside 0..<\(tokens.count)")
        precondition(match.line == tokens[match.tokens.lowerBound].line, "match line is not its first token's line")
        precondition(phrases.indices.contains(match.target) && match.phrase == phrases[match.target], "match for an unknown term")
    }

    precondition(MatchNormalizer.lines(of: Redactor.redact(text)).count == lineCount, "redaction moved lines")
    for blind in [false, true] {
        let result = Screening.cashier.screen(text: text, source: "fuzz.txt", blind: blind)
        precondition(result.score.isFinite && (0...100).contains(result.score), "score \(result.score) outside 0–100")
        precondition(result.yearsOfExperience.isFinite && result.yearsOfExperience >= 0,
                     "years of experience \(result.yearsOfExperience)")
        for requirement in result.requirements {
            precondition(requirement.points.isFinite && requirement.points <= requirement.maxPoints + 1e-9,
                         "requirement \(requirement.name) scored \(requirement.points) of \(requirement.maxPoints)")
            for evidence in requirement.evidence {
                precondition((1...max(lineCount, 1)).contains(evidence.line), "evidence on line \(evidence.line) of \(lineCount)")
            }
        }
        checkReports(result)
    }
    return 0
}

/// Renders `result` as the HTML report and checks that every evidence line is quoted escaped, as
/// `HTMLEscaping` (the escaper of the pages too) writes it: a `<`, `"` or `&` from the CV never
/// reaches the page as markup.
func checkReports(_ result: ScreeningResult) {
    let outcome = ScreeningBatch.Outcome(
        candidates: [.init(source: "fuzz.txt", format: .plainText, results: [result])], failures: [])
    let options = ScreeningReport.Options(roleLabel: "Cashier", format: .html, explain: true, blind: result.blind)
    let report = ScreeningReport(outcome: outcome, options: options).render()
    for evidence in result.requirements.flatMap(\.evidence) {
        precondition(report.contains("line \(evidence.line): \(HTMLEscaping.escape(evidence.text))</blockquote>"),
                     "the HTML report does not quote evidence line \(evidence.line) escaped: \(evidence.text.debugDescription)")
    }
}

enum Screening {
    static let cashier: RoleScreener = {
        let path = FuzzInput.repositoryRoot.appendingPathComponent("Roles/cashier.yml").path
        do {
            let catalog = try RoleLoader().load(directory: FuzzInput.repositoryRoot.appendingPathComponent("Roles").path)
            guard let role = catalog.role(id: "cashier") else { fatalError("no cashier role in \(path)") }
            return RoleScreener(role: role, reference: YearMonth(year: 2026, month: 6), peerTitles: catalog.peerTitles(of: role))
        } catch {
            fatalError("MatcherFuzz needs Roles/cashier.yml (set HIREKIT_ROOT): \(error)")
        }
    }()
}

@main enum Main {
    static func main() {
        _ = Screening.cashier
        runFuzzer()
    }
}
