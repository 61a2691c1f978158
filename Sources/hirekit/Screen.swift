import ArgumentParser
import Foundation
import HireKitCV
import HireKitRoles
import HireKitScreening

struct Screen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank CVs against a role's requirements and explain each score.",
        discussion: """
        Reads plain text, Markdown, PDF, DOCX, HTML and JSON Resume CVs (files and folders, recursively).
        Exit status: 0 done, 1 some files could not be read (listed; the others are still ranked), 2 usage or role error.
        """)

    @Option(help: "Role id to screen for, or 'all' to find each candidate's best-fitting role.")
    var role: String

    @Argument(help: "CV files or folders.")
    var paths: [String]

    @Option(help: "Folder of role definition files.")
    var roles = "Roles"

    @Option(help: "Output format: \(ScreeningReport.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ScreeningReport.Format = .table

    @Option(help: "Show only the best N candidates.")
    var top: Int?

    @Option(help: "Show only candidates scoring at least S (0–100).")
    var minScore: Double?

    @Flag(help: "Show every requirement with the CV lines that support it.")
    var explain = false

    @Flag(help: "Redact names, contact details, addresses, photos and birth dates from all output; scores are unaffected.")
    var blind = false

    @Option(help: "What 'Present' means in CV date ranges, as YYYY-MM (default: this month).")
    var asOf: String?

    @OptionGroup var reading: ReaderOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be between 0 and 100.") }
        if let asOf, Self.month(asOf) == nil { throw ValidationError("--as-of must be written YYYY-MM, e.g. 2026-11.") }
    }

    func run() throws {
        let catalog = try RoleOption.catalog(from: roles)
        let selected = role == "all" ? catalog.roles : [try RoleOption.role(role, in: catalog, folder: roles)]
        // Files are found as workers ask for them (see CVFileWalk): no list of every file is kept.
        let files: CVFileWalk
        do {
            files = try CVFileWalk(paths)
        } catch {
            printError(error)
            throw ExitCode(2)
        }
        // Counted by a second walk, and only when a progress bar can be shown.
        let total = isatty(STDERR_FILENO) == 1 ? CVFileWalk.count(paths) : 0
        let progress = ProgressBar.forStandardError(total: total)
        var update: (@Sendable (Int, Int) -> Void)?
        if let progress { update = { done, total in progress.update(done, of: total) } }
        let color = format == .table && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = ScreeningReport.Options(roleLabel: role == "all" ? "all roles" : selected[0].title, format: format,
                                              explain: explain, color: color, top: top, minScore: minScore,
                                              blind: blind, allRoles: role == "all")
        let batch = ScreeningBatch(roles: selected, catalog: catalog, referenceDate: asOf.flatMap(Self.month) ?? Date(), limits: reading.limits,
                                   blind: blind, concurrency: reading.concurrency, results: options.results)
        // Streamed: each CV is summarised as soon as it is screened (see ReportCollector), so memory
        // does not grow with the number of CVs.
        let collector = ReportCollector(options: options)
        batch.screenEach(files, total: total, progress: update) { index, result in collector.add(index, result) }
        progress?.finish()
        if let error = files.error {
            // A folder that could not be listed: as before streaming, no report rather than part of one.
            printError(error)
            throw ExitCode(2)
        }
        let report: ScreeningReport
        do {
            report = try collector.report()
        } catch {
            printError(error)
            throw ExitCode(2)
        }
        let output = ReportOutput(descriptor: STDOUT_FILENO)
        report.write(to: output)
        output.flush()
        if !report.failures.isEmpty {
            // Machine formats keep stdout clean; the failures are also reported on stderr.
            if format != .table { for failure in report.failures { printError(failure) } }
            throw ExitCode(1)
        }
    }

    static func month(_ text: String) -> Date? {
        guard text.wholeMatch(of: /\d{4}-\d{2}/) != nil else { return nil }
        var components = DateComponents()
        components.year = Int(text.prefix(4)); components.month = Int(text.suffix(2)); components.day = 15
        guard let month = components.month, (1...12).contains(month) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}

extension ScreeningReport.Format: ExpressibleByArgument {}

/// A one-line progress bar on stderr, shown only for long batches on a terminal.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDrawn = -1

    static func forStandardError(total: Int) -> ProgressBar? {
        total >= 20 && isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    func update(_ done: Int, of total: Int) {
        let percent = done * 100 / max(total, 1)
        lock.lock(); defer { lock.unlock() }
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) CVs".utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
