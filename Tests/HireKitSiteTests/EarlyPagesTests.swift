import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// A build into a folder that does not exist yet writes its pages while it renders (`EarlyPages`);
/// what it publishes must be exactly the site a build into an existing folder publishes.
@Suite("Pages written while the first build renders")
struct EarlyPagesTests {
    @Test func aFirstBuildPublishesExactlyACleanRenderAndNoStagingFolder() throws {
        let project = try IncrementalBuildTests.Project()
        _ = try project.build()
        try project.expectOutputIsACleanBuild()
        #expect(!FileManager.default.fileExists(atPath: project.folder.path + "/.site.hirekit-staging"))
    }

    @Test func aFirstBuildAndABuildIntoAnEmptyFolderWriteTheSameFiles() throws {
        let first = try IncrementalBuildTests.Project(), intoEmpty = try IncrementalBuildTests.Project()
        try FileManager.default.createDirectory(atPath: intoEmpty.output, withIntermediateDirectories: false)
        _ = try first.build()
        _ = try intoEmpty.build()
        let paths = SiteWriter.readManifest(in: URL(fileURLWithPath: first.output))
        #expect(paths == SiteWriter.readManifest(in: URL(fileURLWithPath: intoEmpty.output)))
        #expect(paths.count { $0.hasPrefix("roles/") } >= 10)
        for path in paths {
            #expect(FileManager.default.contents(atPath: first.output + "/" + path)
                    == FileManager.default.contents(atPath: intoEmpty.output + "/" + path), "\(path)")
        }
    }

    @Test func whatAKilledBuildLeftInTheStagingFolderNeverReachesAFirstBuild() throws {
        let project = try IncrementalBuildTests.Project()
        try project.folder.write(".site.hirekit-staging/roles/cashier.html", "half a page")
        try project.folder.write(".site.hirekit-staging/roles/stray.html", "not a role")
        _ = try project.build()
        try project.expectOutputIsACleanBuild()
        #expect(!FileManager.default.fileExists(atPath: project.output + "/roles/stray.html"))
        #expect(!FileManager.default.fileExists(atPath: project.folder.path + "/.site.hirekit-staging"))
    }
}
