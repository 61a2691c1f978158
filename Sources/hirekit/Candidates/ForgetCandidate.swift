import ArgumentParser
import HireKitPipeline

struct ForgetCandidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a candidate and everything about them (right to erasure).",
        discussion: "CV text, contact details, applications, evidence and notes are deleted; the history keeps one anonymous line saying an erasure happened.")

    @OptionGroup var database: PipelineOptions

    @Argument(help: "Candidate id (as `candidates show` prints it) or e-mail address.")
    var candidate: String

    func run() throws {
        let store = try database.open()
        let id = try pipeline { try store.forget(candidate: candidate, command: "candidates forget") }
        print("Candidate \(id) and everything about them erased.")
    }
}
