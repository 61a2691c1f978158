import ArgumentParser
import HireKitPipeline

struct ExportCandidates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the whole pipeline for a spreadsheet (csv) or another ATS (json).")

    @OptionGroup var database: PipelineOptions

    @Option(help: "Output format: csv, json.")
    var format: PipelineExport.Format = .csv

    func run() throws {
        let store = try database.open()
        let snapshot = try pipeline { try store.snapshot() }
        print(PipelineExport.render(snapshot, format: format, now: PipelineOptions.now()), terminator: "")
    }
}
