import Foundation
import HireKitTestSupport
import Testing

/// `hirekit candidates demographics` and `hirekit audit` end to end: CVs imported, some moved on,
/// self-identification imported, the audit in every format.
@Suite("hirekit audit")
struct AuditCommandTests {
    typealias Pipeline = CandidatesCommandTests.Pipeline

    /// Three candidates, ids by name; Jordan and Sofia reach the phone screen, Tomasz does not.
    private func audited() throws -> (Pipeline, [String: Int]) {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        var ids: [String: Int] = [:]
        for name in ["Jordan Ellis", "Sofia Marquez", "Tomasz Nowak"] { ids[name] = try pipeline.applicationID(named: name) }
        try pipeline.run(["move", "\(ids["Jordan Ellis"]!)", "phone-screen"])
        try pipeline.run(["move", "\(ids["Sofia Marquez"]!)", "interview"])
        try pipeline.run(["move", "\(ids["Sofia Marquez"]!)", "rejected", "--reason", "took another offer"])
        try pipeline.project.folder.write("self-id.csv", """
            candidate,sex,race_ethnicity
            jordan.ellis@example.com,Male,Asian
            sofia.marquez@example.com,Female,Hispanic or Latino
            tomasz.nowak@example.com,Male,declined

            """)
        let result = try pipeline.run(["demographics", "self-id.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Self-identification recorded for 3 candidates."))
        return (pipeline, ids)
    }

    private func audit(_ pipeline: Pipeline, _ extra: [String] = []) throws -> [String: Any] {
        let result = try pipeline.run(["--role", "call-center-agent", "--format", "json"] + extra, audit: true)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    private func rows(_ audit: [String: Any], _ kind: String) -> [[String: Any]] {
        let groupings = audit["groupings"] as? [[String: Any]] ?? []
        return groupings.first { $0["kind"] as? String == kind }?["rows"] as? [[String: Any]] ?? []
    }

    @Test func aCandidateRejectedAfterTheInterviewStillCountsAsSelectedForThePhoneScreen() throws {
        let (pipeline, _) = try audited()
        let sex = rows(try audit(pipeline), "sex")
        let female = sex.first { $0["category"] as? String == "Female" }
        let male = sex.first { $0["category"] as? String == "Male" }
        #expect((female?["selection"] as? [String: Any])?["rate"] as? Double == 1.0)
        #expect((male?["selection"] as? [String: Any])?["rate"] as? Double == 0.5)
        #expect((male?["selection"] as? [String: Any])?["impactRatio"] as? Double == 0.5)
        #expect((male?["selection"] as? [String: Any])?["belowFourFifths"] as? Bool == true)
    }

    @Test func selectedAtMovesTheLineThatCountsAsSelected() throws {
        let (pipeline, _) = try audited()
        let sex = rows(try audit(pipeline, ["--selected-at", "interview"]), "sex")
        let male = sex.first { $0["category"] as? String == "Male" }
        #expect((male?["selection"] as? [String: Any])?["rate"] as? Double == 0.0)
    }

    @Test func declinedAnswersAreCountedAsUnknownNotDropped() throws {
        let (pipeline, _) = try audited()
        let audit = try audit(pipeline)
        let race = (audit["groupings"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "race_ethnicity" }
        #expect(race?["unknown"] as? Int == 1)
        #expect(race?["known"] as? Int == 2)
    }

    @Test func everyFormatCarriesTheHeaderAndTheTables() throws {
        let (pipeline, _) = try audited()
        let table = try pipeline.run(["--role", "call-center-agent"], audit: true)
        #expect(table.stdout.contains("Selected at:   phone-screen or any later stage"))
        #expect(table.stdout.contains("Hispanic or Latino"))
        #expect(table.stdout.contains("call-center-agent ("))
        let html = try pipeline.run(["--role", "all", "--format", "html"], audit: true)
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains("<svg"))
        #expect(html.stdout.contains("below 4/5"))
        #expect(!html.stdout.contains("<script src") && !html.stdout.contains("<link rel=\"stylesheet\""))
    }

    @Test func thePeriodLimitsTheApplicationsAudited() throws {
        let (pipeline, _) = try audited()
        let before = try pipeline.run(["--role", "call-center-agent", "--to", "2026-11-30"], audit: true)
        #expect(before.status == 2)
        #expect(before.stderr.contains("no applications to 'call-center-agent'"))
        let during = try audit(pipeline, ["--from", "2026-12-01", "--to", "2026-12-01"])
        #expect(during["applications"] as? Int == 3)
    }

    @Test func aBadSelfIdentificationFileIsRefusedWholeWithFileAndLine() throws {
        let (pipeline, _) = try audited()
        try pipeline.project.folder.write("bad.csv", """
            candidate,sex,race_ethnicity
            jordan.ellis@example.com,Female,Martian
            nobody@example.com,Male,White
            sofia.marquez@example.com,Male,White
            sofia.marquez@example.com,Male,White

            """)
        let result = try pipeline.run(["demographics", "bad.csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:2:"))
        #expect(result.stderr.contains("'Martian' is not a race/ethnicity category"))
        #expect(result.stderr.contains("bad.csv:5:"))
        #expect(result.stderr.contains("nothing was imported"))
        // Sofia is still Female, Jordan still Male: nothing of the file was taken.
        let sex = rows(try audit(pipeline), "sex")
        #expect(sex.first { $0["category"] as? String == "Female" }?["count"] as? Int == 1)

        try pipeline.project.folder.write("unknown.csv", "candidate,sex,race_ethnicity\nnobody@example.com,Male,White\n")
        let unknown = try pipeline.run(["demographics", "unknown.csv"])
        #expect(unknown.stderr.contains("unknown.csv:2:1: error: no candidate 'nobody@example.com'"))

        try pipeline.project.folder.write("latin1.csv", Data("candidate,sex,race_ethnicity\n1,F\u{E9}male,White\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }))
        let encoding = try pipeline.run(["demographics", "latin1.csv"])
        #expect(encoding.status == 2)
        #expect(encoding.stderr.contains("latin1.csv:2"))
        #expect(encoding.stderr.contains("UTF-8"))
    }

    @Test func selfIdentificationNeverAppearsOutsideTheAudit() throws {
        let (pipeline, ids) = try audited()
        let id = "\(ids["Sofia Marquez"]!)"
        var outputs = [
            try pipeline.run(["list"]), try pipeline.run(["list", "--format", "json"]), try pipeline.run(["list", "--format", "csv"]),
            try pipeline.run(["show", id]), try pipeline.run(["show", id, "--format", "json"]),
            try pipeline.run(["export", "--format", "csv"]), try pipeline.run(["export", "--format", "json"]),
        ].map(\.stdout)
        outputs.append(try hirekit(["screen", "--role", "call-center-agent", "cvs", "--format", "json", "--explain"], in: pipeline.project.url).stdout)
        for output in outputs {
            for answer in ["Hispanic", "Latino", "Asian", "Female", "declined"] {
                #expect(!output.contains(answer), "\(answer) in \(output.prefix(200))")
            }
        }
    }

    @Test func forgetErasesSelfIdentificationToo() throws {
        let (pipeline, _) = try audited()
        #expect(try pipeline.run(["forget", "sofia.marquez@example.com"]).status == 0)
        let sex = rows(try audit(pipeline), "sex")
        #expect(sex.first { $0["category"] as? String == "Female" } == nil)
        #expect(pipeline.rawBytes().range(of: Data("Hispanic or Latino".utf8)) == nil)
    }
}
