import ArgumentParser
import HireKitPipeline

struct NoteCandidate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to an application.")

    @OptionGroup var database: PipelineOptions

    @Argument(help: "Application id.")
    var id: Int64

    @Argument(help: "The note.")
    var text: String

    func run() throws {
        let store = try database.open()
        try pipeline { try store.addNote(applicationID: id, text: text, command: "candidates note") }
        print("Note added to application \(id).")
    }
}
