import ArgumentParser
import Foundation
import HireKitCV
import HireKitRoles
import HireKitScreening

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure screening quality on labelled CVs, next to a TF-IDF baseline.",
        discussion: "Prints precision@10, precision@50 and ROC-AUC for each role and for any customer-service role, with the whole CV text and title-blind (first line removed).")

    @Option(help: "Folder with labels.csv and cvs/ (see ../shared/eval/README.md).")
    var evalDir = "../shared/eval"

    @Option(help: "Folder of role definition files.")
    var roles = "Roles"

    @Option(parsing: .upToNextOption, help: "Roles to evaluate (default: the seven customer-service entry roles).")
    var role: [String] = ["customer-service-representative", "call-center-agent", "receptionist", "concierge",
                          "member-services-representative", "greeter", "cashier"]

    @Option(help: "What 'Present' means in CV date ranges, as YYYY-MM; fixed so runs are comparable.")
    var asOf = "2026-11"

    func run() throws {
        let catalog: RoleCatalog
        do { catalog = try RoleLoader().load(directory: roles) } catch { printError(error); throw ExitCode(2) }
        let selected = try role.map { id in
            guard let found = catalog.role(id: id) else {
                printError("error: no role '\(id)' in \(roles)/. Run `hirekit roles` to list them.")
                throw ExitCode(2)
            }
            return found
        }
        guard let reference = Screen.month(asOf).map(YearMonth.init) else {
            throw ValidationError("--as-of must be written YYYY-MM.")
        }
        let folder = URL(fileURLWithPath: evalDir)
        let started = Date()
        let documents: [LabelledEvaluation.Document], unreadable: [CVReadError]
        do {
            (documents, unreadable) = try LabelledEvaluation.load(labels: folder.appendingPathComponent("labels.csv"),
                                                                  cvFolder: folder.appendingPathComponent("cvs"))
        } catch {
            printError(error)
            throw ExitCode(2)
        }
        let relevant = documents.filter(\.relevant).count
        print("Labelled CVs: \(documents.count) read (\(relevant) customer-service), \(unreadable.count) unreadable.")
        let rows = LabelledEvaluation(roles: selected, catalog: catalog, reference: reference).evaluate(documents)
        print("")
        print(pad("role", 34) + pad("text", 12) + pad("method", 9) + pad("P@10", 7) + pad("P@50", 7) + pad("ROC-AUC", 9) + "ROC-AUC − TF-IDF [95% CI]")
        for row in rows {
            print(pad(row.target, 34) + pad(row.titleBlind ? "title-blind" : "full", 12) + pad(row.method, 9)
                  + pad(String(format: "%.2f", row.precisionAt10), 7) + pad(String(format: "%.2f", row.precisionAt50), 7)
                  + pad(String(format: "%.3f", row.rocAUC), 9)
                  + (row.versusBaseline.map { String(format: "%+.3f [%+.3f, %+.3f]", $0.difference, $0.low, $0.high) } ?? ""))
        }
        print("\nThe interval is a paired bootstrap (1,000 resamples): where it spans 0, the data cannot tell the methods apart.")
        print(String(format: "Evaluated in %.1f s.", Date().timeIntervalSince(started)))
    }

    private func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
}
