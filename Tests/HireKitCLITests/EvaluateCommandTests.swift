import Foundation
import HireKitTestSupport
import Testing

/// `hirekit evaluate` on a labelled set of our own (the fixture PDFs), so the harness is tested
/// whether or not `../shared/eval/` is present.
@Suite("hirekit evaluate")
struct EvaluateCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/HireKitCVTests/Fixtures")

    /// labels.csv and cvs/ as the shared eval folder lays them out: two customer-service CVs, one not.
    private func labelledSet() throws -> TempFolder {
        let folder = try TempFolder("eval")
        try folder.write("labels.csv", """
            id,category,headline_title,customer_service,roles
            101,BPO,"CALL CENTER AGENT, INBOUND",1,call-center-agent
            102,BPO,CUSTOMER CONTACT TEAM LEADER,1,call-center-agent
            103,ACCOUNTANT,CHARTERED ACCOUNTANT,0,

            """)
        for (id, name) in [("101", "call-center-agent.pdf"), ("102", "right-aligned-dates.pdf"), ("103", "two-column-accountant.pdf")] {
            try folder.write("cvs/\(id).pdf", Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        }
        return folder
    }

    @Test func printsEachMetricForHireKitAndTheBaselineWithTheWholeTextAndTitleBlind() throws {
        let folder = try labelledSet()
        let result = try hirekit(["evaluate", "--eval-dir", folder.path, "--role", "call-center-agent"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Labelled CVs: 3 read (2 customer-service), 0 unreadable."))
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("call-center-agent") }
        #expect(rows.count == 4)
        // The call-center CVs rank above the accountant, so HireKit's ROC-AUC is 1 in both modes.
        let hirekitRows = rows.filter { $0.contains("HireKit") }
        #expect(hirekitRows.count == 2 && hirekitRows.allSatisfy { $0.contains(" 1.000 ") })
        #expect(rows.contains { $0.contains("title-blind") && $0.contains("TF-IDF") })
    }

    @Test func aMissingEvalFolderIsAUsageErrorThatNamesTheOption() throws {
        let folder = try TempFolder("eval-missing")
        let result = try hirekit(["evaluate", "--eval-dir", folder.file("nowhere").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("labels.csv: error: cannot read the file"))
        #expect(result.stderr.contains("--eval-dir"))
    }
}
