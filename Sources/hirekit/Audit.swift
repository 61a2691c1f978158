import ArgumentParser
import Foundation
import HireKitAudit
import HireKitPipeline

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bias audit of the pipeline: selection and scoring rates by sex and race/ethnicity, impact ratios, four-fifths flags.",
        discussion: """
        Selection rate: share of a category's applications that reached --selected-at or a later stage. Scoring rate: share \
        scoring above the median of all audited applications. Impact ratio: a category's rate over the highest category's; \
        below 0.8 is flagged (the four-fifths rule), with a two-sided Fisher exact test against the rest. Uses the \
        self-identification imported with `hirekit candidates demographics`. Not a substitute for the independent audit NYC \
        Local Law 144 requires.
        """)

    @OptionGroup var database: PipelineOptions

    @Option(help: "Role id to audit, or 'all'.")
    var role: String

    @Option(help: "The stage that counts as selected (it or any later stage): \(Stage.sequence.map(\.rawValue).joined(separator: ", ")).")
    var selectedAt: Stage = .phoneScreen

    @Option(help: ArgumentHelp("Only applications made on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only applications made on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Output format: table, json, html (one self-contained file).")
    var format: AuditReport.Format = .table

    @Option(help: "Folder of role definition files (for their digests in the report header).")
    var roles = "Roles"

    func validate() throws {
        guard Stage.sequence.contains(selectedAt) else {
            throw ValidationError("--selected-at must be one of \(Stage.sequence.map(\.rawValue).joined(separator: ", ")).")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, AuditRun.day(value) == nil { throw ValidationError("\(name) must be a date written YYYY-MM-DD, e.g. 2026-01-31.") }
        }
    }

    func run() throws {
        let store = try database.open()
        let run = AuditRun(role: role == "all" ? nil : role, selectedAt: selectedAt, from: from, to: to, rolesFolder: roles,
                           hirekitVersion: HireKit.version)
        let audit = try pipeline { try run.audit(store) }
        print(AuditReport.render(audit, as: format), terminator: "")
    }
}

extension AuditReport.Format: ExpressibleByArgument {}
