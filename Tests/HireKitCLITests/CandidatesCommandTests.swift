import Foundation
import HireKitTestSupport
import Testing

/// `hirekit candidates …` end to end, on a temporary database, as a recruiter runs it.
@Suite("hirekit candidates")
struct CandidatesCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/HireKitCVTests/Fixtures")

    /// A scratch project with a folder of CVs: two customer-service CVs, one warehouse CV and one
    /// corrupt PDF.
    final class Pipeline {
        let project: ScratchProject
        var db: String { project.url.appendingPathComponent("pipeline.sqlite").path }
        var environment: [String: String]

        init(now: String = "2026-12-01T09:00:00Z") throws {
            project = try ScratchProject("pipeline")
            environment = ["HIREKIT_NOW": now]
            for name in ["call-center-agent.txt", "customer-support.md", "warehouse-forklift-operator.txt"] {
                try project.folder.write("cvs/\(name)", Data(contentsOf: fixtures.appendingPathComponent(name)))
            }
            try project.folder.write("cvs/broken.pdf", "%PDF-1.4\nthis is not a PDF body\n")
        }

        /// Runs `hirekit candidates ARGUMENTS` (or `hirekit audit ARGUMENTS`) on the pipeline.
        @discardableResult
        func run(_ arguments: [String], now: String? = nil, audit: Bool = false) throws -> CLIResult {
            var environment = self.environment
            if let now { environment["HIREKIT_NOW"] = now }
            return try hirekit([audit ? "audit" : "candidates"] + arguments + ["--db", db], in: project.url, environment: environment)
        }

        func importAll(role: String = "call-center-agent") throws -> CLIResult {
            try run(["import", "--role", role, "cvs"])
        }

        /// The list as JSON objects.
        func list(_ extra: [String] = []) throws -> [[String: Any]] {
            let result = try run(["list", "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        }

        func applicationID(named name: String) throws -> Int {
            try list().first { ($0["candidate"] as? String) == name }?["id"] as? Int ?? -1
        }

        /// The database file and its WAL, as raw bytes.
        func rawBytes() -> Data {
            [db, db + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }.reduce(Data(), +)
        }
    }

    @Test func importScreensEachReadableCVAndListsTheCorruptOneWithoutStoppingTheBatch() throws {
        let pipeline = try Pipeline()
        let result = try pipeline.importAll()
        #expect(result.status == 1)
        #expect(result.stdout.contains("3 added, 0 already applied, 1 failed."))
        #expect(result.stderr.contains("broken.pdf"))
        let rows = try pipeline.list()
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["stage"] as? String == "applied" && $0["role"] as? String == "call-center-agent" })
    }

    @Test func listRanksApplicationsByScoreWithTheCandidateReadFromTheCV() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let rows = try pipeline.list()
        let scores = rows.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect(rows.first?["candidate"] as? String == "Jordan Ellis")
        #expect(rows.first?["email"] as? String == "jordan.ellis@example.com")
        #expect(rows.last?["candidate"] as? String == "Tomasz Nowak")
        let table = try pipeline.run(["list"])
        #expect(table.stdout.contains("Jordan Ellis"))
        #expect(table.stdout.contains("3 applications."))
    }

    @Test func theSameFolderGetsTheSameApplicationIdsWhateverTheThreadsDo() throws {
        var orders: [[String]] = []
        for _ in 0..<3 {
            let pipeline = try Pipeline()
            let result = try pipeline.run(["import", "--role", "call-center-agent", "cvs", "--jobs", "2"])
            orders.append(result.stdout.split(separator: "\n").filter { $0.hasPrefix("added") }.map(String.init))
        }
        #expect(orders[0].count == 3)
        #expect(orders.allSatisfy { $0 == orders[0] })
        #expect(orders[0].first?.contains("call-center-agent.txt: application 1,") == true)
    }

    @Test func theDatabaseIsCreatedReadableByItsOwnerOnly() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let attributes = try FileManager.default.attributesOfItem(atPath: pipeline.db)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func anApplicationMovesThroughEveryStageToHired() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        for stage in ["screened", "phone-screen", "interview", "offer", "hired"] {
            let result = try pipeline.run(["move", id, stage])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try pipeline.list(["--stage", "hired"]).count == 1)
        let show = try pipeline.run(["show", id])
        #expect(show.stdout.contains("offer → hired"))
        #expect(show.stdout.contains("applied → screened"))
    }

    @Test func movesThatMakeNoSenseAreRefusedWithTheAllowedNextStages() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        try pipeline.run(["move", id, "interview"])
        let back = try pipeline.run(["move", id, "screened"])
        #expect(back.status == 2)
        #expect(back.stderr.contains("cannot move from interview to screened. Allowed next stages: offer, hired, rejected, withdrawn."))
        try pipeline.run(["move", id, "hired"])
        let afterHire = try pipeline.run(["move", id, "applied"])
        #expect(afterHire.status == 2)
        #expect(afterHire.stderr.contains("Allowed next stages: none: hired is final."))
        let unknown = try pipeline.run(["move", id, "promoted"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("phone-screen"))
    }

    @Test func rejectingNeedsAReasonAndKeepsItInTheHistory() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Tomasz Nowak"))"
        let bare = try pipeline.run(["move", id, "rejected"])
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("needs a reason"))
        #expect(try pipeline.run(["move", id, "rejected", "--reason", "no customer-facing experience"]).status == 0)
        #expect(try pipeline.run(["show", id]).stdout.contains("applied → rejected: no customer-facing experience"))
    }

    @Test func theSameCVOrTheSameEmailApplyingAgainIsNotASecondApplication() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let again = try pipeline.importAll()
        #expect(again.stdout.contains("0 added, 3 already applied"))
        #expect(again.stdout.contains("duplicate  cvs/call-center-agent.txt: the same CV file already applied"))
        // A new version of the CV, same e-mail address.
        let edited = try String(contentsOf: pipeline.project.url.appendingPathComponent("cvs/call-center-agent.txt"), encoding: .utf8)
            + "\nLanguages: English, Polish\n"
        try pipeline.project.folder.write("v2/jordan-2026.txt", edited)
        let second = try pipeline.run(["import", "--role", "call-center-agent", "v2"])
        #expect(second.stdout.contains("the same e-mail address already applied"))
        #expect(try pipeline.list().count == 3)
        // The same candidate may apply to another role.
        let other = try pipeline.run(["import", "--role", "receptionist", "v2"])
        #expect(other.stdout.contains("1 added"))
        #expect(try pipeline.list(["--role", "receptionist"]).count == 1)
    }

    @Test func notesShowInTheListAndTheCandidateFile() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        try pipeline.run(["note", id, "Strong phone manner; call back Tuesday"])
        #expect(try pipeline.list().first?["last_note"] as? String == "Strong phone manner; call back Tuesday")
        let show = try pipeline.run(["show", id])
        #expect(show.stdout.contains("Strong phone manner; call back Tuesday"))
        // The evidence for each requirement, with the CV line it came from.
        #expect(show.stdout.contains("line "))
        #expect(show.stdout.contains("✓"))
    }

    @Test func daysInStageCountFromTheLastMove() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = try pipeline.applicationID(named: "Jordan Ellis")
        try pipeline.run(["move", "\(id)", "screened"], now: "2026-12-03T09:00:00Z")
        let later = try hirekit(["candidates", "list", "--format", "json", "--db", pipeline.db], in: pipeline.project.url,
                                environment: ["HIREKIT_NOW": "2026-12-10T10:00:00Z"])
        let rows = try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.first { $0["id"] as? Int == id }?["days_in_stage"] as? Int == 7)
        #expect(rows.first { $0["id"] as? Int != id }?["days_in_stage"] as? Int == 9)
    }

    @Test func rescreenScoresOpenApplicationsAgainAfterTheRoleFileChanged() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = try pipeline.applicationID(named: "Jordan Ellis")
        let before = try pipeline.list().first { $0["id"] as? Int == id }?["score"] as? Double ?? -1
        // HR now asks for 15 years; the CV shows 7, so the score must fall.
        try pipeline.project.edit("Roles/call-center-agent.yml") { $0.replacingOccurrences(of: "minimum_years: 0", with: "minimum_years: 15") }
        let result = try pipeline.run(["rescreen", "--role", "call-center-agent"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("open applications to call-center-agent screened again"))
        let after = try pipeline.list().first { $0["id"] as? Int == id }?["score"] as? Double ?? -1
        #expect(after < before)
        let show = try pipeline.run(["show", "\(id)"])
        #expect(show.stdout.contains("rescreened"))
        #expect(show.stdout.contains("score \(String(format: "%.1f", before)) → \(String(format: "%.1f", after))"))
    }

    @Test func forgetErasesTheCandidateDownToTheDatabaseFileBytes() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        try pipeline.run(["note", id, "Prefers the early shift"])
        let cvLine = Data("Handle 80+ inbound calls per day on billing".utf8)
        let email = Data("jordan.ellis@example.com".utf8)
        #expect(pipeline.rawBytes().range(of: email) != nil)
        let result = try pipeline.run(["forget", "jordan.ellis@example.com"])
        #expect(result.status == 0, "\(result.stderr)")
        // No VACUUM needed: deleted pages are zeroed (secure_delete) and the WAL is emptied.
        let bytes = pipeline.rawBytes()
        #expect(bytes.range(of: email) == nil)
        #expect(bytes.range(of: cvLine) == nil)
        #expect(bytes.range(of: Data("Prefers the early shift".utf8)) == nil)
        #expect(bytes.range(of: Data("Jordan Ellis".utf8)) == nil)
        #expect(try pipeline.list().count == 2)
        let export = try pipeline.run(["export", "--format", "json"])
        #expect(export.stdout.contains("erased on request"))
        #expect(!export.stdout.contains("Jordan"))
        #expect(try pipeline.run(["forget", "jordan.ellis@example.com"]).stderr.contains("no candidate 'jordan.ellis@example.com'"))
    }

    @Test func purgeErasesCandidatesWithNoRecentActivity() throws {
        let pipeline = try Pipeline(now: "2026-01-10T09:00:00Z")
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        try pipeline.run(["note", id, "Keep on file"], now: "2026-11-20T09:00:00Z")
        // Re-scoring is the recruiter's doing, not the candidates': it does not restart their retention period.
        try pipeline.run(["rescreen", "--role", "call-center-agent"], now: "2026-11-25T09:00:00Z")
        let result = try pipeline.run(["purge", "--older-than", "180"], now: "2026-12-01T09:00:00Z")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 candidates with no activity in 180 days erased."))
        let left = try pipeline.list()
        #expect(left.count == 1 && left.first?["candidate"] as? String == "Jordan Ellis")
        #expect(pipeline.rawBytes().range(of: Data("tomasz.nowak@example.com".utf8)) == nil)
    }

    @Test func exportWritesEveryApplicationForASpreadsheetAndForAnotherATS() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = "\(try pipeline.applicationID(named: "Jordan Ellis"))"
        try pipeline.run(["note", id, "=HYPERLINK(\"http://evil\")"])
        let csv = try pipeline.run(["export", "--format", "csv"])
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("id,candidate,candidate_id,email,phone,role,stage,score"))
        // A note a spreadsheet would run as a formula is written as text.
        let list = try pipeline.run(["list", "--format", "csv"])
        #expect(list.stdout.contains(",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"))
        let json = try pipeline.run(["export", "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((document?["applications"] as? [Any])?.count == 3)
        #expect(((document?["history"] as? [[String: Any]]) ?? []).contains { $0["action"] as? String == "noted" })
    }

    @Test func blindListAndShowHideNameEmailAndPhone() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let id = try pipeline.applicationID(named: "Jordan Ellis")
        for arguments in [["list", "--blind"], ["list", "--blind", "--format", "json"], ["show", "\(id)", "--blind"],
                          ["show", "\(id)", "--blind", "--format", "json"]] {
            let result = try pipeline.run(arguments)
            #expect(result.status == 0)
            for secret in ["Jordan", "Ellis", "jordan.ellis@example.com", "7700 900456"] {
                #expect(!result.stdout.contains(secret), "\(arguments) shows \(secret)")
            }
            #expect(result.stdout.contains("Candidate "))
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAsItWas() throws {
        let pipeline = try Pipeline()
        let original = Data("name,email\nJane,jane@example.com\n".utf8)
        try original.write(to: URL(fileURLWithPath: pipeline.db))
        let result = try pipeline.run(["list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipeline.sqlite: error: not a HireKit pipeline database"))
        #expect(FileManager.default.contents(atPath: pipeline.db) == original)
        #expect(!FileManager.default.fileExists(atPath: pipeline.db + "-wal"))
    }

    @Test func aDamagedDatabaseIsRefusedAndLeftAsItWas() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        // Checkpointed and closed: the database is one file. Its schema page is overwritten.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: pipeline.db))
        bytes.replaceSubrange(100..<4096, with: Data(repeating: 0xA5, count: 3996))
        try bytes.write(to: URL(fileURLWithPath: pipeline.db))
        let result = try pipeline.run(["list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: the database cannot be read"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pipeline.db)) == bytes)
    }

    @Test func aDatabaseFromANewerHireKitIsRefusedAndLeftAsItWas() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", """
            import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("INSERT INTO grdb_migrations VALUES ('v9-future')"); c.execute("CREATE TABLE interview_slot (id INTEGER)")
            c.commit(); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()
            """, pipeline.db]
        try sqlite.run(); sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: pipeline.db))
        let result = try pipeline.run(["list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("written by a newer HireKit (schema v9-future)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pipeline.db)) == before)
    }

    @Test func anUnknownApplicationIsAnErrorThatSaysWhereToFindIds() throws {
        let pipeline = try Pipeline()
        try pipeline.importAll()
        let result = try pipeline.run(["show", "9999"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no application 9999. Run `hirekit candidates list`"))
    }
}
