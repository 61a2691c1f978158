import Foundation
import HireKitCV

/// Builds a `ScreeningReport` from candidates handed over one at a time, from any number of
/// threads, in any order (`ScreeningBatch.screenEach`).
///
/// Per candidate it keeps a `CandidateSummary` and parks the format's details in a `DetailSpill`;
/// the candidate's full results are dropped on return. `--min-score` is applied on arrival and
/// `--top N` keeps at most 2N summaries, so memory stays bounded by N, not by the batch. The
/// report is the same whatever order candidates arrive in: ranking is a total order (score, file,
/// position in the batch), and failures are listed in batch order.
public final class ReportCollector: @unchecked Sendable {
    public let options: ScreeningReport.Options
    private let spill: DetailSpill
    private let lock = NSLock()
    private var kept: [CandidateSummary] = []
    private var failures: [(order: Int, error: CVReadError)] = []
    private var screened = 0

    /// `spillToDisk: false` keeps the details in memory (small batches, tests).
    public init(options: ScreeningReport.Options, spillToDisk: Bool = true) {
        self.options = options
        self.spill = DetailSpill(inMemory: !spillToDisk)
    }

    /// Adds the outcome of the file at `order` in the batch. Thread-safe.
    public func add(_ order: Int, _ result: Result<ScreeningBatch.Candidate, CVReadError>) {
        switch result {
        case .failure(let error):
            lock.lock(); defer { lock.unlock() }
            failures.append((order, error))
        case .success(let candidate):
            let passes = options.minScore.map { candidate.best.score >= $0 } ?? true
            // Rendered here, outside the lock, so workers render in parallel.
            let details = passes ? ScreeningReport.details(of: candidate, options: options) : nil
            let slice = details.map(spill.append)
            lock.lock(); defer { lock.unlock() }
            screened += 1
            guard passes else { return }
            kept.append(CandidateSummary(order: order, candidate: candidate, details: slice))
            if let top = options.top, kept.count >= 2 * max(top, 1) { keepBest(top) }
        }
    }

    /// The report of everything added so far. Throws when the details could not be written to disk.
    public func report() throws -> ScreeningReport {
        try spill.check()
        return collected()
    }

    /// The report without checking the spill, for in-memory spills, which cannot fail.
    func collected() -> ScreeningReport {
        lock.lock(); defer { lock.unlock() }
        keepBest(options.top ?? kept.count)
        return ScreeningReport(options: options, candidates: kept,
                               failures: failures.sorted { $0.order < $1.order }.map(\.error),
                               screenedCount: screened, spill: spill)
    }

    /// Sorts the kept summaries best first and drops all but the best `count`. Caller holds the lock.
    private func keepBest(_ count: Int) {
        kept.sort(by: CandidateSummary.ranksBefore)
        if kept.count > count { kept.removeLast(kept.count - count) }
    }
}
