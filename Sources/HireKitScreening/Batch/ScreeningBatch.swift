import Foundation
import HireKitCV
import HireKitRoles

/// Screens a folder's worth of CVs against one role or every role, on all cores.
///
/// Files are read and screened in parallel; each CV's text is dropped as soon as it is scored, so
/// memory holds results, not documents. Unreadable files become `failures` and the batch goes on.
/// Output order is deterministic: by score, then by file path.
public struct ScreeningBatch: Sendable {
    public private(set) var screeners: [RoleScreener]
    public let reader: CVReader
    public let blind: Bool
    public let concurrency: Int
    /// Which of a candidate's results are explained (see `Results`).
    public let results: Results
    /// Every role's terms in one automaton: each CV is matched once, not once per role.
    private var roleSet: RoleSetMatcher
    /// Compiles the screeners and the automaton again, for a worker thread of its own (see `screenEach`).
    private let compile: @Sendable () -> (screeners: [RoleScreener], roleSet: RoleSetMatcher)

    /// Which results of each candidate a batch makes in full, with every requirement's outcome
    /// explained and its evidence quoted. Every role is scored either way, to rank them.
    public enum Results: Sendable {
        /// One result per role, best fit first (the JSON reports print them all).
        case all
        /// Only the best-fitting role's result: what the table, CSV, Markdown and HTML reports
        /// print. Explaining 15 roles' results to print one was most of the cost of scoring.
        case best
    }

    /// With `catalog`, a job titled as a peer role (same career track) counts as relevant experience.
    public init(roles: [Role], catalog: RoleCatalog? = nil, referenceDate: Date, limits: ReaderLimits = .init(),
                blind: Bool = false, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, results: Results = .all) {
        let peerTitles = roles.map { catalog?.peerTitles(of: $0) ?? [] }
        compile = {
            let screeners = zip(roles, peerTitles).map { RoleScreener(role: $0, referenceDate: referenceDate, peerTitles: $1) }
            return (screeners, RoleSetMatcher(screeners.map(\.matcher)))
        }
        (screeners, roleSet) = compile()
        self.reader = CVReader(limits: limits)
        self.blind = blind
        self.concurrency = max(1, concurrency)
        self.results = results
    }

    /// One candidate's results: against every role screened (or only the best; see `Results`),
    /// best fit first.
    public struct Candidate: Sendable, Equatable, Codable {
        public var source: String
        public var format: CVFormat
        public var results: [ScreeningResult]
        public var best: ScreeningResult { results[0] }

        /// `results` must be best fit first and not empty.
        public init(source: String, format: CVFormat, results: [ScreeningResult]) {
            self.source = source; self.format = format; self.results = results
        }
    }

    public struct Outcome: Sendable {
        /// Ranked best first.
        public var candidates: [Candidate]
        public var failures: [CVReadError]

        public init(candidates: [Candidate], failures: [CVReadError]) {
            self.candidates = candidates; self.failures = failures
        }
    }

    /// Screens every file and keeps every result: for tests and small batches. The CLI streams
    /// through `screenEach` instead, so that memory does not grow with the batch.
    /// `progress` is called from worker threads with (files done, files in all).
    public func run(files: [URL], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Outcome {
        let slots = Slots<Result<Candidate, CVReadError>>(count: files.count)
        screenEach(files: files, progress: progress) { index, result in slots.set(index, result) }
        var candidates: [Candidate] = []
        var failures: [CVReadError] = []
        for slot in slots.values {
            switch slot {
            case .success(let candidate): candidates.append(candidate)
            case .failure(let error): failures.append(error)
            case nil: break
            }
        }
        return Outcome(candidates: Self.ranked(candidates), failures: failures)
    }

    /// Screens every file on `concurrency` worker threads and hands each outcome to `body` as soon
    /// as it is ready, with the file's index in `files`. `body` runs on the worker threads, possibly
    /// several at once, in no particular order; nothing is kept here, so a caller that keeps only a
    /// summary per CV screens any number of files in bounded memory.
    public func screenEach(files: [URL], progress: (@Sendable (Int, Int) -> Void)? = nil,
                           _ body: @Sendable (Int, Result<Candidate, CVReadError>) -> Void) {
        let next = Counter()
        screenEach(total: files.count, workers: min(concurrency, max(1, files.count)), next: {
            let index = next.increment() - 1
            return index < files.count ? (index, files[index]) : nil
        }, progress: progress, body)
    }

    /// The same for files found as they are needed (`CVFileWalk`), so that no list of every file
    /// is held; `total` is only passed to `progress` (0 when not counted).
    public func screenEach(_ walk: CVFileWalk, total: Int = 0, progress: (@Sendable (Int, Int) -> Void)? = nil,
                           _ body: @Sendable (Int, Result<Candidate, CVReadError>) -> Void) {
        screenEach(total: total, workers: concurrency, next: walk.next, progress: progress, body)
    }

    private func screenEach(total: Int, workers: Int, next: @Sendable () -> (order: Int, url: URL)?,
                            progress: (@Sendable (Int, Int) -> Void)?,
                            _ body: @Sendable (Int, Result<Candidate, CVReadError>) -> Void) {
        let done = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var batch = self, screened = 0
            while let (index, file) = next() {
                // In a long batch, every worker but the first goes on with screeners compiled for
                // it alone: with shared ones, the workers retained and released the same objects
                // for every CV, and two cores writing one reference count take turns on its cache
                // line. Compiling every role again costs about as much as screening a few hundred
                // CVs, so a short batch keeps the shared ones.
                if worker > 0 && screened == Self.sharedScreenings { batch = recompiled() }
                screened += 1
                body(index, batch.screen(file))
                let finished = done.increment()
                progress?(finished, total)
            }
        }
    }

    /// How many CVs a worker other than the first screens before compiling screeners of its own.
    static let sharedScreenings = 256

    /// This batch with its screeners and automaton compiled again: equal to them, sharing no object.
    func recompiled() -> ScreeningBatch {
        var batch = self
        (batch.screeners, batch.roleSet) = compile()
        return batch
    }

    func screen(_ file: URL) -> Result<Candidate, CVReadError> {
        do {
            let document = try reader.read(fileAt: file)
            return .success(screen(document))
        } catch {
            return .failure(error)
        }
    }

    public func screen(_ document: CVDocument) -> Candidate {
        guard let first = screeners.first else { return Candidate(source: document.source, format: document.format, results: []) }
        let analysis = CVAnalysis(text: document.text, reference: first.reference, blind: blind)
        let matches = roleSet.matchesByRole(in: analysis)
        // Every role is scored, best first; only the results the report prints are explained.
        let assessed = screeners.indices
            .map { index in (index: index, assessment: screeners[index].assess(analysis, matches: matches[index])) }
        let ranked = self.results == .best ? Self.best(of: assessed) : Self.ranked(assessed)
        let results = ranked.prefix(self.results == .best ? 1 : ranked.count).map { index, assessment in
            screeners[index].result(of: assessment, in: analysis, source: document.source)
        }
        return Candidate(source: document.source, format: document.format, results: results)
    }

    /// A CV's roles, best first: highest score, then role ID.
    static func ranked(_ assessed: [(index: Int, assessment: RoleAssessment)]) -> [(index: Int, assessment: RoleAssessment)] {
        assessed.sorted(by: precedes)
    }

    /// Whether `a` ranks before `b`: a higher score, or the same score and a lower role ID.
    private static func precedes(_ a: (index: Int, assessment: RoleAssessment), _ b: (index: Int, assessment: RoleAssessment)) -> Bool {
        (b.assessment.score, a.assessment.roleID) < (a.assessment.score, b.assessment.roleID)
    }

    /// The first of `ranked(assessed)` found in one pass rather than by sorting every role's
    /// assessment (a batch that prints only the best does this for every CV). Should another role
    /// tie it on both score and ID, which only the sort's order would settle, or a score not be a
    /// number, it is left to the sort.
    static func best(of assessed: [(index: Int, assessment: RoleAssessment)]) -> [(index: Int, assessment: RoleAssessment)] {
        guard var best = assessed.indices.first else { return [] }
        var settled = !assessed[best].assessment.score.isNaN
        for index in assessed.indices.dropFirst() {
            if assessed[index].assessment.score.isNaN { settled = false }
            if precedes(assessed[index], assessed[best]) {
                best = index
            } else if !precedes(assessed[best], assessed[index]) {
                settled = false
            }
        }
        return settled ? [assessed[best]] : Array(ranked(assessed).prefix(1))
    }

    static func ranked(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted { a, b in
            a.best.score != b.best.score ? a.best.score > b.best.score : a.source < b.source
        }
    }
}
