import ArgumentParser
import Foundation
import HireKitPipeline

struct PurgeCandidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge", abstract: "Erase every candidate with no activity in the last DAYS days (retention policy).")

    @OptionGroup var database: PipelineOptions

    @Option(help: "Erase candidates whose last activity is older than this many days.")
    var olderThan: Int

    func validate() throws {
        if olderThan < 0 { throw ValidationError("--older-than must be 0 or more days.") }
    }

    func run() throws {
        let store = try database.open()
        let cutoff = PipelineOptions.now().addingTimeInterval(-Double(olderThan) * 86_400)
        let count = try pipeline { try store.purge(inactiveSince: cutoff, command: "candidates purge") }
        print("\(count) candidate\(count == 1 ? "" : "s") with no activity in \(olderThan) days erased.")
    }
}
