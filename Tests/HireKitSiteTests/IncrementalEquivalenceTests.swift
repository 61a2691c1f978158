import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// Whatever changes between two builds, the rebuild's output is byte for byte what a clean build of
/// the new inputs gives, and a change to roles makes only part of the site again. The project is the
/// shipped roles plus copies of them on parallel ladders (60 roles), so every role has next steps,
/// previous steps, related roles and peers on its track.
@Suite("Incremental builds equal clean builds")
struct IncrementalEquivalenceTests {
    typealias Project = IncrementalBuildTests.Project

    /// The shipped project with `copies` more ladders: role `x` becomes `x-copyN`, titled "… N",
    /// with its advancement links renamed the same way.
    static func generatedProject(copies: Int = 3) throws -> Project {
        let project = try Project()
        let roles = project.folder.path + "/Roles"
        for name in try FileManager.default.contentsOfDirectory(atPath: roles) where name.hasSuffix(".yml") {
            let text = try String(contentsOfFile: roles + "/" + name, encoding: .utf8)
            for copy in 1...copies {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    if line.hasPrefix("id: ") { return line + "-copy\(copy)" }
                    if line.hasPrefix("title: ") { return line + " \(copy)" }
                    if line.hasPrefix("advancement: [") {
                        let ids = line.dropFirst("advancement: [".count).dropLast().split(separator: ",")
                            .map { $0.trimmingCharacters(in: .whitespaces) + "-copy\(copy)" }
                        return "advancement: [\(ids.joined(separator: ", "))]"
                    }
                    return String(line)
                }
                let stem = (name as NSString).deletingPathExtension
                try project.folder.write("Roles/\(stem)-copy\(copy).yml", lines.joined(separator: "\n"))
            }
        }
        return project
    }

    /// Builds, and checks the output against a clean build; returns the role pages rendered.
    @discardableResult
    func rebuild(_ project: Project, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let (site, _) = try project.build()
        try project.expectOutputIsACleanBuild(sourceLocation: sourceLocation)
        return site.renderedPages
    }

    @Test func editingASummaryRendersOnePage() throws {
        let project = try Self.generatedProject()
        #expect(try rebuild(project) == 60)
        try project.edit("Roles/cashier-copy2.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        #expect(try rebuild(project) == 1)
    }

    @Test func editingATitleRendersThePagesThatShowIt() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("Roles/head-cashier-copy1.yml") { $0.replacingOccurrences(of: "title: Head Cashier 1", with: "title: Lead Cashier 1") }
        let rendered = try rebuild(project)
        #expect(rendered > 1 && rendered < 15)
    }

    @Test func addingARoleAndLinkingToIt() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        let cashier = try #require(project.folder.read("Roles/cashier.yml"))
        try project.folder.write("Roles/night-cashier.yml", cashier
            .replacingOccurrences(of: "id: cashier", with: "id: night-cashier")
            .replacingOccurrences(of: "title: Cashier", with: "title: Night Cashier"))
        try project.edit("Roles/greeter.yml") {
            $0.replacingOccurrences(of: "advancement: [", with: "advancement: [night-cashier, ")
        }
        try rebuild(project)
    }

    @Test func deletingARole() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        // The greeter of the third ladder: nothing leads to it.
        try FileManager.default.removeItem(atPath: project.folder.path + "/Roles/greeter-copy3.yml")
        try rebuild(project)
        #expect(!FileManager.default.fileExists(atPath: project.output + "/roles/greeter-copy3.html"))
    }

    @Test func renamingARole() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        let roles = project.folder.path + "/Roles"
        try FileManager.default.moveItem(atPath: roles + "/cashier-copy1.yml", toPath: roles + "/checkout-associate-copy1.yml")
        try project.edit("Roles/checkout-associate-copy1.yml") { $0.replacingOccurrences(of: "id: cashier-copy1", with: "id: checkout-associate-copy1") }
        try project.edit("Roles/greeter-copy1.yml") { $0.replacingOccurrences(of: "[cashier-copy1,", with: "[checkout-associate-copy1,") }
        try rebuild(project)
    }

    @Test func changingADatePostedReordersTheFeeds() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("Roles/concierge-copy2.yml") {
            $0.replacingOccurrences(of: #"date_posted: "\d{4}-\d{2}-\d{2}""#, with: #"date_posted: "2026-12-01""#, options: .regularExpression)
        }
        try rebuild(project)
    }

    @Test func movingARoleToAnotherTrack() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("Roles/greeter-copy1.yml") { $0.replacingOccurrences(of: "track: frontline", with: "track: hospitality") }
        try rebuild(project)
    }

    @Test func movingARoleToAnotherDepartmentReordersTheCareerGraph() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("Roles/greeter-copy2.yml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("department: ") ? "department: Aaa Front of House" : String($0) }.joined(separator: "\n")
        }
        try rebuild(project)
    }

    @Test func changingATemplate() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("Templates/role.mustache") { $0 + "\n<!-- edited -->\n" }
        #expect(try rebuild(project) == 60)
    }

    @Test func changingTheConfiguration() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        try project.edit("hirekit.yml") { $0.replacingOccurrences(of: "base_url: ", with: "base_url: https://jobs.example/x#") }
        #expect(try rebuild(project) == 60)
    }

    @Test func aDamagedStateOnlyCostsAFullBuild() throws {
        let project = try Self.generatedProject()
        try rebuild(project)
        for name in [SiteBuildState.fileName, SiteBuildState.cacheFileName] {
            let state = URL(fileURLWithPath: project.output + "/" + name)
            var bytes = try Data(contentsOf: state)
            // Flip bytes through the file: digests, stats, keys, share places and the role archive.
            for offset in stride(from: 40, to: bytes.count, by: 997) { bytes[offset] ^= 0x5a }
            try bytes.write(to: state)
        }
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        try rebuild(project)
    }
}
