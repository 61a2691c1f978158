import ArgumentParser
import Foundation
import HireKitPipeline

/// The pipeline database every `candidates` command works on.
struct PipelineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Pipeline database file (default: $HIREKIT_DB, else hirekit.sqlite).", valueName: "file"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["HIREKIT_DB"] ?? "hirekit.sqlite" }

    /// The clock: HIREKIT_NOW (ISO 8601, e.g. 2026-12-01T09:00:00Z) fixes it, for reproducible
    /// reports and for back-dated imports; otherwise the system clock.
    static let now: @Sendable () -> Date = {
        if let text = ProcessInfo.processInfo.environment["HIREKIT_NOW"],
           let date = try? Date(text, strategy: .iso8601) { return date }
        return Date()
    }

    func open() throws -> SQLitePipelineStore {
        do {
            return try SQLitePipelineStore(path: path, now: Self.now)
        } catch {
            printError(error)
            throw ExitCode(2)
        }
    }
}

/// Runs a pipeline call; a `PipelineError` is printed and exits 2.
func pipeline<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(error)
        throw ExitCode(2)
    }
}

extension ListingFormat: ExpressibleByArgument {}
extension PipelineExport.Format: ExpressibleByArgument {}
extension CandidateFileReport.Format: ExpressibleByArgument {}

extension Stage: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
