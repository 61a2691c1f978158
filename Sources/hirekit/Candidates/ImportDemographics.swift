import ArgumentParser
import HireKitAudit
import HireKitPipeline

struct ImportDemographics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demographics",
        abstract: "Import voluntary self-identification (sex, race/ethnicity) for bias audits; all rows or none.",
        discussion: """
        Columns: candidate (id or e-mail; also accepted as 'id' or 'email'), sex, race_ethnicity. Empty, 'unknown' or \
        'declined' is allowed. The answers are kept apart: only `hirekit audit` reads them, and `forget` erases them.
        """)

    @OptionGroup var database: PipelineOptions

    @Argument(help: "Self-identification CSV file.")
    var file: String

    func run() throws {
        let rows: [DemographicsCSV.Row]
        do {
            rows = try DemographicsCSV.read(path: file)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let store = try database.open()
        let answers = try pipeline { try SelfIdentificationImport.resolve(rows, file: file, in: store) }
        try pipeline { try store.recordSelfIdentification(answers, command: "candidates demographics") }
        print("Self-identification recorded for \(answers.count) candidate\(answers.count == 1 ? "" : "s").")
    }
}
