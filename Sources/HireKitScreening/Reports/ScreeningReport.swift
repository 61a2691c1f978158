import Foundation
import HireKitCV

/// A ranked shortlist ready to print: the candidates kept after `--top`/`--min-score`, the files
/// that could not be read, and how the run was made. Rendering is deterministic.
///
/// A report holds a `CandidateSummary` per kept candidate and reads the rest of what it prints
/// (explanations, JSON results) back from its `DetailSpill` one candidate at a time, so writing
/// the report of 25,000 CVs takes no more memory than writing the report of 25.
public struct ScreeningReport: @unchecked Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, jsonl, csv, markdown, html
    }

    /// What to print and which candidates to keep. The format is chosen before screening because
    /// what it prints of each candidate is rendered as soon as the candidate is screened.
    public struct Options: Sendable {
        public var roleLabel: String
        public var format: Format
        public var explain: Bool
        public var color: Bool
        public var top: Int?
        public var minScore: Double?
        public var blind: Bool
        /// True when each candidate is ranked against every role (`--role all`).
        public var allRoles: Bool

        public init(roleLabel: String, format: Format = .table, explain: Bool = false, color: Bool = false,
                    top: Int? = nil, minScore: Double? = nil, blind: Bool = false, allRoles: Bool = false) {
            self.roleLabel = roleLabel; self.format = format; self.explain = explain; self.color = color
            self.top = top; self.minScore = minScore; self.blind = blind; self.allRoles = allRoles
        }

        /// The results of each candidate the format prints: every role's for JSON, the best one's
        /// otherwise (see `details(of:options:)` and `CandidateSummary`).
        public var results: ScreeningBatch.Results {
            format == .json || format == .jsonl ? .all : .best
        }
    }

    public let options: Options
    /// The kept candidates, best first.
    public let candidates: [CandidateSummary]
    public let failures: [CVReadError]
    /// CVs screened, including those `--top`/`--min-score` left out.
    public let screenedCount: Int
    let spill: DetailSpill

    var roleLabel: String { options.roleLabel }
    var blind: Bool { options.blind }
    var allRoles: Bool { options.allRoles }

    init(options: Options, candidates: [CandidateSummary], failures: [CVReadError], screenedCount: Int, spill: DetailSpill) {
        self.options = options; self.candidates = candidates; self.failures = failures
        self.screenedCount = screenedCount; self.spill = spill
    }

    /// The report of an outcome already in memory (small batches and tests).
    public init(outcome: ScreeningBatch.Outcome, options: Options) {
        let collector = ReportCollector(options: options, spillToDisk: false)
        for (index, candidate) in outcome.candidates.enumerated() { collector.add(index, .success(candidate)) }
        for (index, failure) in outcome.failures.enumerated() { collector.add(outcome.candidates.count + index, .failure(failure)) }
        self = collector.collected()
    }

    /// The whole report as one string.
    public func render() -> String {
        let output = ReportOutput()
        write(to: output)
        return output.text
    }

    /// Writes the report to `output` piece by piece.
    public func write(to output: ReportOutput) {
        switch options.format {
        case .table: TableReport(report: self).write(to: output)
        case .json: JSONReport.write(self, lines: false, to: output)
        case .jsonl: JSONReport.write(self, lines: true, to: output)
        case .csv: CSVReport.write(self, to: output)
        case .markdown: MarkdownReport(report: self).write(to: output)
        case .html: HTMLReport(report: self).write(to: output)
        }
    }

    /// What the format prints of one candidate beyond its summary row, rendered when the candidate is
    /// screened (on the worker thread); nil when the format prints nothing more. It must not depend on
    /// the candidate's rank, which is not known yet.
    static func details(of candidate: ScreeningBatch.Candidate, options: Options) -> String? {
        switch options.format {
        case .table: options.explain ? TableReport.explanation(candidate.best, color: options.color) : nil
        case .markdown: options.explain ? MarkdownReport.requirements(candidate.best) : nil
        case .html: HTMLReport.requirements(candidate.best)
        case .json: JSONReport.results(of: candidate, lines: false, blind: options.blind)
        case .jsonl: JSONReport.results(of: candidate, lines: true, blind: options.blind)
        case .csv: nil
        }
    }

    /// The details rendered for `candidate` ("" when the format has none).
    func details(of candidate: CandidateSummary) -> String {
        candidate.details.map(spill.read) ?? ""
    }

    /// The candidate's name as shown: its file, unless screening is blind, when the file name may
    /// itself carry the person's name.
    func label(_ candidate: CandidateSummary, rank: Int) -> String {
        blind ? "Candidate \(rank)" : candidate.source
    }

    static func met(_ result: ScreeningResult, _ kind: RequirementOutcome.Kind) -> (met: Int, total: Int) {
        let items = result.requirements.filter { $0.kind == kind }
        return (items.filter(\.met).count, items.count)
    }

    static func number(_ value: Double) -> String {
        Tenths.text(value)
    }
}
