import Foundation
import HireKitCV
import HireKitRoles
import HireKitScreening

/// `hirekit candidates import`: reads CVs, screens each against one role, and stores each as an
/// application, one transaction per CV, so that a batch killed half-way holds every CV it stored
/// whole and a second run adds the rest (the ones already there are reported as duplicates).
public struct PipelineImporter: Sendable {
    public let store: any PipelineStore
    public let role: Role
    public let roleDigest: String
    public let batch: ScreeningBatch
    public let command: String

    public init(store: any PipelineStore, role: Role, roleDigest: String, catalog: RoleCatalog?, referenceDate: Date,
                limits: ReaderLimits = .init(), concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                command: String = "candidates import") {
        self.store = store
        self.role = role
        self.roleDigest = roleDigest
        self.batch = ScreeningBatch(roles: [role], catalog: catalog, referenceDate: referenceDate, limits: limits,
                                    concurrency: concurrency)
        self.command = command
    }

    /// What happened to each file, in the order the files were found.
    public struct Report: Sendable {
        public enum Entry: Sendable {
            case stored(source: String, ImportOutcome, score: Double)
            case failed(CVReadError)
            /// Read and screened, but the database refused it.
            case notStored(source: String, PipelineError)
        }

        public var entries: [Entry]
        public var added: Int { entries.count { if case .stored(_, .added, _) = $0 { true } else { false } } }
        public var duplicates: Int { entries.count { if case .stored(_, .duplicate, _) = $0 { true } else { false } } }
        public var failures: Int { entries.count - added - duplicates }
    }

    /// Imports the files: read and screened on `batch.concurrency` threads, and stored in the
    /// order the files were found, so that the same folder gets the same application ids whatever
    /// the threads' timing. `progress` gets (files done, files in all) from worker threads.
    public func run(files: [URL], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Report {
        let entries = Slots<Report.Entry>(count: files.count)
        let next = Counter()
        let done = Counter()
        let queue = InOrder<Screened>()
        DispatchQueue.concurrentPerform(iterations: min(batch.concurrency, max(1, files.count))) { _ in
            while case let index = next.increment() - 1, index < files.count {
                queue.put(index, screen(files[index])) { index, screened in
                    entries.set(index, store(screened))
                    progress?(done.increment(), files.count)
                }
            }
        }
        return Report(entries: entries.values.compactMap { $0 })
    }

    /// Screens an already-read CV and stores it.
    public func importOne(_ document: CVDocument) -> Report.Entry {
        store(.screened(submission(document)))
    }

    /// A file read and screened, or why it could not be.
    enum Screened: Sendable {
        case screened(Submission)
        case failed(CVReadError)
    }

    private func screen(_ file: URL) -> Screened {
        do {
            return .screened(submission(try batch.reader.read(fileAt: file)))
        } catch {
            return .failed(error)
        }
    }

    private func submission(_ document: CVDocument) -> Submission {
        let result = batch.screen(document).best
        let contact = ContactDetails(reading: document.text)
        return Submission(source: document.source, format: document.format.rawValue, text: document.text,
                          sha256: SHA256Digest.hex(Data(document.text.utf8)),
                          contact: CandidateContact(name: contact.name, email: contact.email, phone: contact.phone),
                          roleID: role.id, roleDigest: roleDigest, result: result)
    }

    private func store(_ screened: Screened) -> Report.Entry {
        switch screened {
        case .failed(let error):
            return .failed(error)
        case .screened(let submission):
            do {
                return .stored(source: submission.source, try store.add(submission, command: command), score: submission.result.score)
            } catch let error as PipelineError {
                return .notStored(source: submission.source, error)
            } catch {
                return .notStored(source: submission.source, .storage(path: submission.source, detail: "\(error)"))
            }
        }
    }
}

/// Hands items on in index order although they arrive in any order: each `put` runs `body` for
/// every item that is now next in line, one at a time. Holds only the items that arrived early
/// (about one per worker), so a batch of any size is stored in order in bounded memory.
final class InOrder<Item: Sendable>: @unchecked Sendable {
    private var waiting: [Int: Item] = [:]
    private var next = 0
    private let lock = NSLock()
    /// Held while `body` runs, so items are handed on one at a time, in order.
    private let handing = NSLock()

    func put(_ index: Int, _ item: Item, _ body: (Int, Item) -> Void) {
        lock.lock()
        waiting[index] = item
        lock.unlock()
        // Whoever holds `handing` hands on everything that is ready; the others go back to work.
        while handing.try() {
            while let (index, ready) = takeNext() { body(index, ready) }
            handing.unlock()
            // Another worker may have put the next item after our last look and left it to us
            // because we held `handing`: look once more.
            lock.lock()
            let more = waiting[next] != nil
            lock.unlock()
            if !more { return }
        }
    }

    private func takeNext() -> (Int, Item)? {
        lock.lock()
        defer { lock.unlock() }
        guard let item = waiting.removeValue(forKey: next) else { return nil }
        next += 1
        return (next - 1, item)
    }
}
