import Foundation
import HireKitTestSupport
import Testing

/// `hirekit screen` as a recruiter runs it, on the CV fixtures (one of them corrupt).
@Suite("hirekit screen")
struct ScreenCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/HireKitCVTests/Fixtures")

    /// A folder of mixed-format CVs like a recruiter's downloads, plus one corrupt PDF.
    final class Applications {
        let url: URL
        init(corrupt: Bool = true) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-apps-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: url.appendingPathComponent("nested"), withIntermediateDirectories: true)
            let files = ["call-center-agent.pdf", "call-center-agent.txt", "customer-support.md", "customer-service-advisor.html",
                         "contact-centre-rep.json", "team-lead-table-header-textbox.docx", "warehouse-forklift-operator.txt"]
            for (index, name) in files.enumerated() {
                let target = index.isMultiple(of: 2) ? url.appendingPathComponent(name) : url.appendingPathComponent("nested/" + name)
                try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
            }
            if corrupt {
                try FileManager.default.copyItem(at: fixtures.appendingPathComponent("truncated.pdf"), to: url.appendingPathComponent("broken.pdf"))
            }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func aMixedFolderWithACorruptFileIsRankedAndTheCorruptFileReported() throws {
        let apps = try Applications()
        let result = try hirekit(["screen", "--role", "call-center-agent", apps.url.path, "--as-of", "2026-11"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Screening for Call Center Agent: 7 CVs ranked"))
        #expect(result.stdout.contains("Could not read 1 file:"))
        #expect(result.stdout.contains("broken.pdf: "))
        let rows = result.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }
        #expect(rows.count == 7)
        #expect(rows.last?.contains("warehouse-forklift-operator.txt") == true, "the forklift operator ranks last")
    }

    @Test func aCleanBatchExitsZero() throws {
        let apps = try Applications(corrupt: false)
        #expect(try hirekit(["screen", "--role", "call-center-agent", apps.url.path]).status == 0)
    }

    @Test func anUnknownRoleIsAUsageErrorWithASuggestion() throws {
        let result = try hirekit(["screen", "--role", "call-centre-agent", Self.fixtures.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Did you mean 'call-center-agent'?"))
    }

    @Test func badArgumentsExitWithTwo() throws {
        #expect(try hirekit(["screen", "--role", "cashier", "--top", "0", Self.fixtures.path]).status == 2)
        #expect(try hirekit(["screen", "--role", "cashier"]).status == 2)
    }

    @Test func explainShowsEachRequirementWithTheCVLineThatMetIt() throws {
        let apps = try Applications(corrupt: false)
        let result = try hirekit(["screen", "--role", "call-center-agent", "--explain", "--top", "1", apps.url.path])
        #expect(result.stdout.contains("✓ required-skill:"))
        #expect(result.stdout.range(of: #"line \d+: "#, options: .regularExpression) != nil)
    }

    @Test func jsonOutputParsesAndIsRankedByScore() throws {
        let apps = try Applications(corrupt: false)
        let result = try hirekit(["screen", "--role", "call-center-agent", "--format", "json", apps.url.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        let scores = candidates.compactMap { $0["score"] as? Double }
        #expect(scores.count == 7 && scores == scores.sorted(by: >))
    }

    @Test func everyFormatsJobDatesCountAsYearsOfExperience() throws {
        let apps = try Applications(corrupt: false)
        let result = try hirekit(["screen", "--role", "call-center-agent", "--format", "json", "--as-of", "2026-11", apps.url.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        let years = Dictionary(uniqueKeysWithValues: candidates.map { candidate in
            (URL(fileURLWithPath: candidate["candidate"] as? String ?? "").lastPathComponent,
             ((candidate["results"] as? [[String: Any]])?.first?["yearsOfExperience"] as? Double) ?? 0)
        })
        // JSON Resume's ISO dates: Mar 2017 to the end of November 2026, and Jun 2015 to Feb 2017.
        #expect(years["contact-centre-rep.json"] == 11.5)
        #expect(years.count == 7 && years.values.allSatisfy { $0 > 0 }, "\(years)")
    }

    @Test func aJobUnderAnotherFrontLineRolesTitleIsRelevantExperience() throws {
        let folder = try TempFolder("peer-cv")
        try folder.write("greeter.txt", "Sam Doe\nExperience\nGreeter, Harbor Mall — Jan 2020 - Dec 2021\nWelcomed visitors.\n")
        let result = try hirekit(["screen", "--role", "cashier", "--explain", "--as-of", "2026-11", folder.path])
        #expect(result.stdout.contains("2 years of relevant experience (2 in all;"), "\(result.stdout)")
    }

    @Test func jsonlHasOneObjectPerCandidate() throws {
        let apps = try Applications(corrupt: false)
        let lines = try hirekit(["screen", "--role", "cashier", "--format", "jsonl", apps.url.path]).stdout.split(separator: "\n")
        #expect(lines.count == 7)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }

    @Test func csvHasAHeaderAndARowPerCandidate() throws {
        let apps = try Applications(corrupt: false)
        let csv = try hirekit(["screen", "--role", "cashier", "--format", "csv", apps.url.path]).stdout
        let rows = csv.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("rank,candidate,best_role,score") == true)
        #expect(rows.count == 8)
    }

    @Test func topAndMinScoreNarrowTheShortlist() throws {
        let apps = try Applications(corrupt: false)
        let top = try hirekit(["screen", "--role", "call-center-agent", "--format", "csv", "--top", "2", apps.url.path]).stdout
        #expect(top.split(separator: "\r\n").count == 3)
        let strong = try hirekit(["screen", "--role", "call-center-agent", "--format", "csv", "--min-score", "50", apps.url.path]).stdout
        #expect(!strong.contains("warehouse-forklift-operator"))
    }

    @Test func roleAllNamesEachCandidatesBestFittingRole() throws {
        let apps = try Applications(corrupt: false)
        let csv = try hirekit(["screen", "--role", "all", "--format", "csv", apps.url.path]).stdout
        let agent = try #require(csv.split(separator: "\r\n").first { $0.contains("call-center-agent.txt") })
        #expect(["call-center-agent", "customer-service-representative", "call-center-supervisor", "customer-service-supervisor"]
            .contains(String(agent.split(separator: ",")[2])))
    }

    @Test func theHTMLReportIsOneSelfContainedFileWithAChart() throws {
        let apps = try Applications(corrupt: false)
        let html = try hirekit(["screen", "--role", "cashier", "--format", "html", apps.url.path]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("<link"))
    }

    @Test func blindModeHidesFileNamesAndPersonalDetailsButKeepsScores() throws {
        let apps = try Applications(corrupt: false)
        let open = try hirekit(["screen", "--role", "call-center-agent", "--format", "csv", "--as-of", "2026-11", apps.url.path]).stdout
        let blind = try hirekit(["screen", "--role", "call-center-agent", "--format", "csv", "--as-of", "2026-11", "--blind", apps.url.path]).stdout
        let scores: (String) -> [String] = { $0.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[3]) } }
        #expect(scores(open) == scores(blind))
        #expect(!blind.contains(apps.url.path))
        let explained = try hirekit(["screen", "--role", "call-center-agent", "--explain", "--blind", apps.url.path]).stdout
        #expect(explained.range(of: #"[\w.+-]+@[\w-]+\.\w+"#, options: .regularExpression) == nil, "no e-mail address survives")
    }

    @Test func colourIsUsedOnlyOnATerminal() throws {
        let apps = try Applications(corrupt: false)
        let piped = try hirekit(["screen", "--role", "cashier", apps.url.path])
        #expect(!piped.stdout.contains("\u{1B}["))
    }

    @Test func identicalRunsGiveIdenticalReports() throws {
        let apps = try Applications()
        let first = try hirekit(["screen", "--role", "all", "--format", "json", "--as-of", "2026-11", apps.url.path])
        let second = try hirekit(["screen", "--role", "all", "--format", "json", "--as-of", "2026-11", apps.url.path])
        #expect(first.stdout == second.stdout)
    }
}
