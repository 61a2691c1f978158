import ArgumentParser
import HireKitPipeline

struct MoveCandidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move an application to another stage.",
        discussion: """
        Stages: applied → screened → phone-screen → interview → offer → hired; an application may skip ahead but not go back. \
        From any open stage: rejected (needs --reason) or withdrawn. hired, rejected and withdrawn are final.
        """)

    @OptionGroup var database: PipelineOptions

    @Argument(help: "Application id.")
    var id: Int64

    @Argument(help: "New stage: \(Stage.names).")
    var stage: Stage

    @Option(help: "Why (required for rejected); kept in the history.")
    var reason: String?

    func run() throws {
        let store = try database.open()
        let from = try pipeline { try store.move(applicationID: id, to: stage, reason: reason, command: "candidates move") }
        print("Application \(id): \(from.rawValue) → \(stage.rawValue).")
    }
}
