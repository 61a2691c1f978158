import Foundation
import HireKitRoles
import Testing
@testable import HireKitScreening

/// `hirekit screen` streams a batch: each CV is summarised as soon as it is screened and its details
/// parked on disk (`ReportCollector`), instead of every CV's full results being held until the report
/// prints. What a user sees must not change: every candidate, ranked as before, with the same details.
@Suite("Streaming reports")
struct StreamingReportTests {
    static let roles: [Role] = {
        var cashier = Fixtures.role(required: [Skill(name: "Cash handling", synonyms: ["point of sale"])], title: "Cashier")
        cashier.id = "cashier"
        return [Fixtures.serviceRole, cashier]
    }()

    /// A batch of `count` generated CVs whose scores vary (each shows a different subset of skills),
    /// with ties on score so the file-name tie-break is exercised too.
    static func batch(_ count: Int, in folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = ["Handled customer support by phone", "Used Salesforce and Zendesk daily", "Known for de-escalation",
                     "Cash handling at the point of sale", "Bilingual: Spanish and English", "Retail, 2015 - 2019",
                     "Associate of Science in Business"]
        return try (0..<count).map { index in
            let chosen = lines.indices.filter { index & (1 << ($0 % 7)) != 0 || $0 == index % 7 }.map { lines[$0] }
            let url = folder.appendingPathComponent(String(format: "cv-%04d.txt", (index * 7919) % count))
            try Data((["Candidate \(index)", "EXPERIENCE"] + chosen).joined(separator: "\n").utf8).write(to: url)
            return url
        }
    }

    static func screening(_ files: [URL], _ options: ScreeningReport.Options, concurrency: Int = 4) throws -> ScreeningReport {
        let batch = ScreeningBatch(roles: roles, referenceDate: Date(timeIntervalSince1970: 1_717_200_000), concurrency: concurrency)
        let collector = ReportCollector(options: options)
        batch.screenEach(files: files) { index, result in collector.add(index, result) }
        return try collector.report()
    }

    static func inMemory(_ files: [URL], _ options: ScreeningReport.Options) -> ScreeningReport {
        let batch = ScreeningBatch(roles: roles, referenceDate: Date(timeIntervalSince1970: 1_717_200_000), concurrency: 1)
        return ScreeningReport(outcome: batch.run(files: files), options: options)
    }

    @Test(arguments: [ScreeningReport.Format.jsonl, .json, .csv, .table, .markdown, .html])
    func aLargeStreamedBatchComesOutCompleteInTheSameOrderAsInMemory(format: ScreeningReport.Format) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-stream-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.batch(600, in: folder)
        for blind in [false, true] {
            let options = ScreeningReport.Options(roleLabel: "all roles", format: format, explain: true, blind: blind, allRoles: true)
            let streamed = try Self.screening(files, options)
            let expected = Self.inMemory(files, options)
            #expect(streamed.screenedCount == 600)
            #expect(streamed.candidates.count == 600)
            #expect(streamed.candidates.map(\.source) == expected.candidates.map(\.source))
            #expect(streamed.render() == expected.render())
            // Ranked best first, ties by file name: a total order, whatever order workers finished in.
            #expect(zip(streamed.candidates, streamed.candidates.dropFirst()).allSatisfy { a, b in
                a.score > b.score || (a.score == b.score && a.source < b.source)
            })
        }
    }

    @Test func jsonLinesHaveOneEntryPerCandidateWithItsRank() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-stream-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.batch(300, in: folder)
        let report = try Self.screening(files, .init(roleLabel: "all roles", format: .jsonl, allRoles: true))
        let entries = try report.render().split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(entries.count == 300)
        #expect(entries.map { $0["rank"] as? Int } == (1...300).map { $0 })
        #expect(entries.allSatisfy { ($0["results"] as? [Any])?.count == 2 })
        #expect(Set(entries.compactMap { $0["candidate"] as? String }).count == 300)
    }

    @Test func aBoundedTopNKeepsTheBestN() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-stream-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.batch(500, in: folder)
        let all = try Self.screening(files, .init(roleLabel: "all roles", format: .csv, allRoles: true))
        for top in [1, 7, 50] {
            let options = ScreeningReport.Options(roleLabel: "all roles", format: .table, explain: true, top: top, allRoles: true)
            let best = try Self.screening(files, options)
            #expect(best.screenedCount == 500)
            #expect(best.candidates.map(\.source) == all.candidates.prefix(top).map(\.source))
            #expect(best.render() == Self.inMemory(files, options).render())
        }
    }

    @Test func candidatesArrivingInAnyOrderGiveTheSameReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-stream-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.batch(120, in: folder)
        let options = ScreeningReport.Options(roleLabel: "all roles", format: .json, explain: true, minScore: 20, allRoles: true)
        let outcome = ScreeningBatch(roles: Self.roles, referenceDate: Date(timeIntervalSince1970: 1_717_200_000)).run(files: files)
        let forwards = ReportCollector(options: options), backwards = ReportCollector(options: options)
        let byPath = Dictionary(uniqueKeysWithValues: outcome.candidates.map { ($0.source, $0) })
        let ordered = files.map { byPath[$0.relativePath]! }
        for (index, candidate) in ordered.enumerated() { forwards.add(index, .success(candidate)) }
        for (index, candidate) in ordered.enumerated().reversed() { backwards.add(index, .success(candidate)) }
        #expect(try forwards.report().render() == backwards.report().render())
        #expect(try forwards.report().candidates.allSatisfy { $0.score >= 20 })
    }
}
