import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

@Suite("Publishing the site folder")
struct SiteWriterTests {
    private func site(_ files: [String: String]) -> SiteOutput {
        SiteOutput(files: files.mapValues { Data($0.utf8) })
    }

    @Test func aFirstBuildCreatesTheFolderWithAManifest() throws {
        let folder = try TempFolder("site")
        let output = folder.path + "/site"
        _ = try SiteWriter(outputDirectory: output).publish(site(["index.html": "one", "roles/a.html": "a"]))
        #expect(folder.read("site/index.html") == "one")
        #expect(folder.read("site/.hirekit-manifest") == "index.html\nroles/a.html\n")
    }

    @Test func pagesOfDeletedRolesAreRemoved() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one", "roles/a.html": "a", "roles/b.html": "b"]))
        let result = try writer.publish(site(["index.html": "two", "roles/a.html": "a"]))
        #expect(result.removed == ["roles/b.html"])
        #expect(folder.read("site/roles/b.html") == nil)
        #expect(folder.read("site/index.html") == "two")
    }

    @Test func filesHireKitDidNotWriteAreKept() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one"]))
        try folder.write("site/CNAME", "careers.example.org")
        _ = try writer.publish(site(["index.html": "two"]))
        #expect(folder.read("site/CNAME") == "careers.example.org")
    }

    @Test func aFileHireKitDidNotWriteIsNeverOverwritten() throws {
        let folder = try TempFolder("site")
        try folder.write("site/index.html", "my own page")
        #expect(throws: SiteError.self) {
            _ = try SiteWriter(outputDirectory: folder.path + "/site").publish(site(["index.html": "generated"]))
        }
        #expect(folder.read("site/index.html") == "my own page")
    }

    @Test func anUnchangedSiteIsNotRewritten() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one"]))
        #expect(try writer.publish(site(["index.html": "one"])).unchanged)
    }

    /// A site built twice: "one" then "two" on the index, roles/a.html unchanged, so the spare holds
    /// the first build and shares roles/a.html with the live site.
    private func siteWithASpare() throws -> (TempFolder, SiteWriter) {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one", "roles/a.html": "a"]))
        _ = try writer.publish(site(["index.html": "two", "roles/a.html": "a"]))
        return (folder, writer)
    }

    @Test func theSiteSwappedOutIsKeptBesideTheOutputAsTheSpare() throws {
        let (folder, writer) = try siteWithASpare()
        #expect(folder.read(".site.hirekit-spare/index.html") == "one")
        #expect(folder.read(".site.hirekit-spare/roles/a.html") == "a")
        #expect(folder.read("site/index.html") == "two")
    }

    @Test func aPageChangedInTheSpareNeverChangesTheLiveSiteItIsLinkedTo() throws {
        // The second build links the unchanged page: the live site and the spare share roles/a.html.
        let (folder, writer) = try siteWithASpare()
        _ = try writer.publish(site(["index.html": "two", "roles/a.html": "b"]))
        #expect(folder.read("site/roles/a.html") == "b")
        #expect(folder.read(".site.hirekit-spare/roles/a.html") == "a", "the page was written through the link")
    }

    @Test func nothingInTheSpareButTheLiveSitesOwnFilesReachesTheNextSite() throws {
        let (folder, writer) = try siteWithASpare()
        // Someone else's files in the spare: a page with the right name but other bytes, a stray
        // page and folder, and a link in place of a page.
        try FileManager.default.removeItem(atPath: folder.path + "/.site.hirekit-spare/roles/a.html")
        _ = try folder.write(".site.hirekit-spare/roles/a.html", "x")
        _ = try folder.write(".site.hirekit-spare/roles/stray.html", "stray")
        _ = try folder.write(".site.hirekit-spare/old/page.html", "old")
        try FileManager.default.removeItem(atPath: folder.path + "/.site.hirekit-spare/index.html")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/.site.hirekit-spare/index.html",
                                                   withDestinationPath: folder.path + "/elsewhere.html")
        _ = try folder.write("elsewhere.html", "not mine")

        _ = try writer.publish(site(["index.html": "three", "roles/a.html": "a"]))
        let published = FolderSnapshot.of(URL(fileURLWithPath: folder.path + "/site"))
        #expect(published == ["index.html": Data("three".utf8), "roles/a.html": Data("a".utf8),
                              ".hirekit-manifest": Data("index.html\nroles/a.html\n".utf8)])
        #expect(folder.read("elsewhere.html") == "not mine")
    }

    @Test func aStagingFolderLeftByAKilledBuildIsCheckedLikeASpare() throws {
        let (folder, writer) = try siteWithASpare()
        // A build killed while staging: the spare became the staging folder, half rewritten.
        try FileManager.default.moveItem(atPath: folder.path + "/.site.hirekit-spare", toPath: folder.path + "/.site.hirekit-staging")
        try FileManager.default.removeItem(atPath: folder.path + "/.site.hirekit-staging/roles/a.html")
        _ = try folder.write(".site.hirekit-staging/roles/a.html", "half")
        _ = try writer.publish(site(["index.html": "three", "roles/a.html": "a"]))
        #expect(folder.read("site/index.html") == "three")
        #expect(folder.read("site/roles/a.html") == "a")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.site.hirekit-staging"))
    }

    @Test func aSiteBuiltWhereThereWasNoneLeavesAnOldSpareAlone() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one"]))
        _ = try writer.publish(site(["index.html": "two"]))
        try FileManager.default.removeItem(atPath: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "three"]))
        #expect(folder.read("site/index.html") == "three")
        #expect(folder.read(".site.hirekit-spare/index.html") == "one")
    }

    /// `files` with the index as a late file (`LateFile`), made only when the publish asks for it.
    private func siteWithALateIndex(_ index: String, _ files: [String: String]) -> SiteOutput {
        var output = site(files)
        output.late["index.html"] = LateFile { Data(index.utf8) }
        return output
    }

    @Test func aLateIndexIsPublishedWithTheOtherFiles() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one", "roles/a.html": "a"]))
        let result = try writer.publish(siteWithALateIndex("two", ["roles/a.html": "a"]))
        #expect(folder.read("site/index.html") == "two")
        #expect(folder.read("site/.hirekit-manifest") == "index.html\nroles/a.html\n")
        #expect(result.written == 1 && result.reused == 1)
    }

    @Test func aLateIndexWithThePreviousBytesLeavesTheSiteUnchanged() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one", "roles/a.html": "a"]))
        #expect(try writer.publish(siteWithALateIndex("one", ["roles/a.html": "a"])).unchanged)
    }

    @Test func aLateIndexWithThePreviousBytesIsLinkedWhenOtherFilesChange() throws {
        let folder = try TempFolder("site")
        let writer = SiteWriter(outputDirectory: folder.path + "/site")
        _ = try writer.publish(site(["index.html": "one", "roles/a.html": "a"]))
        let before = try FileManager.default.attributesOfItem(atPath: folder.path + "/site/index.html")[.systemFileNumber]
        let result = try writer.publish(siteWithALateIndex("one", ["roles/a.html": "b"]))
        #expect(result.written == 1 && result.reused == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path + "/site/index.html")[.systemFileNumber] as? Int == before as? Int)
    }

    @Test func thePublishedStampIsTheStampOfTheFilesOnDisk() throws {
        let (folder, writer) = try siteWithASpare()
        let site = siteWithALateIndex("three", ["roles/a.html": "a", "roles/b.html": "b"])
        _ = try writer.publish(site, state: SiteBuildState(inputs: "inputs", fileKeys: [:], shares: [:], roles: Data()))
        let output = URL(fileURLWithPath: folder.path + "/site")
        let state = SiteBuildState.head(decoding: SiteBuildState.headBytes(in: output))
        #expect(state.outputs != nil)
        #expect(state.outputs == OutputStamp.of(SiteWriter.readManifest(in: output), in: output))
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        let folder = try TempFolder("site")
        let rolesFolder = folder.path + "/Roles"
        try FileManager.default.createDirectory(atPath: rolesFolder, withIntermediateDirectories: true)
        try folder.write("site/index.html", "index")
        try folder.write("site/.hirekit-manifest", "index.html\n")
        try "id: broken\ntitel: x\n".write(toFile: rolesFolder + "/broken.yml", atomically: true, encoding: .utf8)
        let inputs = SiteBuild.Inputs(rolesDirectory: rolesFolder, templatesDirectory: repositoryRoot.appendingPathComponent("Templates").path,
                                      configPath: folder.path + "/none.yml")
        #expect(throws: SiteError.self) { _ = try SiteBuild.build(inputs, outputDirectory: folder.path + "/site") }
        #expect(folder.read("site/index.html") == "index")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Roles", "site"])
    }
}
