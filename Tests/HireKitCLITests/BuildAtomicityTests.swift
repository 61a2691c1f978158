import Foundation
import HireKitTestSupport
import Testing

/// `site/` must always be a complete site — the old one or the new one — whatever happens to a build.
@Suite("Builds are atomic", .serialized)
struct BuildAtomicityTests {
    /// Two versions of the same project whose sites differ in every page.
    private func twoVersions() throws -> (ScratchProject, old: [String: Data], new: [String: Data]) {
        let project = try ScratchProject()
        try hirekit(["build", "--output", "new"], in: project.url)
        try project.edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "Skip to content", with: "Skip to the content") }
        try hirekit(["build"], in: project.url)
        let old = FolderSnapshot.of(project.url.appendingPathComponent("site"))
        let new = FolderSnapshot.of(project.url.appendingPathComponent("new"))
        try project.edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "Skip to the content", with: "Skip to content") }
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("new"))
        #expect(old != new)
        return (project, old, new)
    }

    @Test func killingABuildAtAnyMomentLeavesTheOldOrTheNewCompleteSite() throws {
        let (project, old, new) = try twoVersions()
        var sawOld = 0, sawNew = 0
        for attempt in 0..<40 {
            let process = Process()
            process.executableURL = hirekitBinary
            process.arguments = ["build"]
            process.currentDirectoryURL = project.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills across the whole build, from start-up to publishing.
            usleep(UInt32((attempt * 7919) % 120_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = FolderSnapshot.of(project.url.appendingPathComponent("site"))
            if site == old { sawOld += 1 } else if site == new { sawNew += 1 } else {
                Issue.record("attempt \(attempt): site/ is neither the old nor the new site")
            }
            if site == new {
                // Put the old site back so the next kill again races a real change.
                try project.edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "Skip to content", with: "Skip to the content") }
                try hirekit(["build"], in: project.url)
                try project.edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "Skip to the content", with: "Skip to content") }
            }
        }
        #expect(sawOld + sawNew == 40)
        // A build after all those kills still succeeds and cleans up after them.
        #expect(try hirekit(["build"], in: project.url).status == 0)
        #expect(FolderSnapshot.of(project.url.appendingPathComponent("site")) == new)
    }

    @Test func twoBuildsAtOnceEndWithOneCompleteSite() throws {
        let (project, _, new) = try twoVersions()
        let builds = (0..<2).map { _ in
            let process = Process()
            process.executableURL = hirekitBinary
            process.arguments = ["build"]
            process.currentDirectoryURL = project.url
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for build in builds { try build.run() }
        for build in builds { build.waitUntilExit() }
        #expect(builds.allSatisfy { $0.terminationStatus == 0 })
        #expect(FolderSnapshot.of(project.url.appendingPathComponent("site")) == new)
    }
}
