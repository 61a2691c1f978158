import Foundation
import HireKitCV

/// A ranked shortlist ready to print: the candidates kept after `--top`/`--min-score`, the files
/// that could not be read, and how the run was made. Rendering is pure and deterministic.
public struct ScreeningReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, jsonl, csv, markdown, html
    }

    public var roleLabel: String
    public var candidates: [ScreeningBatch.Candidate]
    public var failures: [CVReadError]
    public var screenedCount: Int
    public var blind: Bool
    /// True when each candidate was ranked against every role (`--role all`).
    public var allRoles: Bool

    public init(roleLabel: String, outcome: ScreeningBatch.Outcome, top: Int? = nil, minScore: Double? = nil,
                blind: Bool, allRoles: Bool) {
        var kept = outcome.candidates
        if let minScore { kept = kept.filter { $0.best.score >= minScore } }
        if let top { kept = Array(kept.prefix(max(0, top))) }
        self.roleLabel = roleLabel
        self.candidates = kept
        self.failures = outcome.failures
        self.screenedCount = outcome.candidates.count
        self.blind = blind
        self.allRoles = allRoles
    }

    public func render(_ format: Format, explain: Bool = false, color: Bool = false) -> String {
        switch format {
        case .table: TableReport(report: self, explain: explain, color: color).render()
        case .json: JSONReport.render(self, lines: false)
        case .jsonl: JSONReport.render(self, lines: true)
        case .csv: CSVReport.render(self)
        case .markdown: MarkdownReport(report: self, explain: explain).render()
        case .html: HTMLReport(report: self).render()
        }
    }

    /// The candidate's name as shown: its file, unless screening is blind, when the file name may
    /// itself carry the person's name.
    func label(_ candidate: ScreeningBatch.Candidate, rank: Int) -> String {
        blind ? "Candidate \(rank)" : candidate.source
    }

    static func met(_ result: ScreeningResult, _ kind: RequirementOutcome.Kind) -> (met: Int, total: Int) {
        let items = result.requirements.filter { $0.kind == kind }
        return (items.filter(\.met).count, items.count)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
