import ArgumentParser
import Foundation
import HireKitCV

/// How CVs are read: the limits that keep a hostile file from stalling a batch, and the workers.
/// Shared by `screen` and `candidates import`.
struct ReaderOptions: ParsableArguments {
    @Option(help: "Largest CV file read, in megabytes.")
    var maxFileMB = 20

    @Option(help: "Time limit per CV, in seconds.")
    var timeout: Double = 15

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if maxFileMB < 1 || timeout <= 0 { throw ValidationError("--max-file-mb and --timeout must be positive.") }
    }

    var limits: ReaderLimits { ReaderLimits(maxFileBytes: maxFileMB * 1024 * 1024, timeoutSeconds: timeout) }
    var concurrency: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}
