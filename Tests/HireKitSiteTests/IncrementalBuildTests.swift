import Foundation
import HireKitTestSupport
import Testing
import HireKitRoles
@testable import HireKitSite

/// A rebuild does only the work its changes call for: nothing when nothing changed, an edited
/// role's page and the pages that show it when one role changed, everything when the templates or
/// the configuration changed; and it never skips work because of a build that failed.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A copy of the shipped project that a test may edit.
    struct Project {
        let folder: TempFolder
        var output: String { folder.path + "/site" }
        var inputs: SiteBuild.Inputs {
            SiteBuild.Inputs(rolesDirectory: folder.path + "/Roles", templatesDirectory: folder.path + "/Templates",
                             configPath: folder.path + "/hirekit.yml")
        }

        init() throws {
            folder = try TempFolder("site")
            for item in ["Roles", "Templates", "hirekit.yml"] {
                try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
            }
        }

        func build() throws -> (SiteOutput, SiteWriter.Result) { try SiteBuild.build(inputs, outputDirectory: output) }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let text = try #require(folder.read(relative))
            let changed = change(text)
            #expect(changed != text, "the edit of \(relative) changed nothing")
            try folder.write(relative, changed)
        }

        /// Every file of the site (state and manifest included) → its inode and modification time:
        /// a file rewritten in any way gets a new inode.
        func fileIdentities() throws -> [String: String] {
            var identities: [String: String] = [:]
            for path in SiteWriter.regularFiles(in: URL(fileURLWithPath: output)) {
                let attributes = try FileManager.default.attributesOfItem(atPath: output + "/" + path)
                identities[path] = "\(attributes[.systemFileNumber] ?? "") \(attributes[.modificationDate] ?? "")"
            }
            return identities
        }

        /// The site rendered from scratch in memory, with no previous build to reuse.
        func cleanRender() throws -> SiteOutput { try SiteBuild.prepare(inputs).render() }

        /// Checks that the output folder holds exactly the files of a clean render, byte for byte.
        func expectOutputIsACleanBuild(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let clean = try cleanRender()
            let published = Set(SiteWriter.readManifest(in: URL(fileURLWithPath: output)))
            #expect(published == Set(clean.paths), sourceLocation: sourceLocation)
            for path in clean.paths {
                #expect(FileManager.default.contents(atPath: output + "/" + path) == clean.files[path], "\(path) differs",
                        sourceLocation: sourceLocation)
            }
        }
    }

    private func rolePages(_ paths: some Sequence<String>) -> Set<String> { Set(paths.filter { $0.hasPrefix("roles/") }) }

    @Test func aSecondBuildWithNothingChangedRendersAndWritesNothing() throws {
        let project = try Project()
        let (first, _) = try project.build()
        #expect(first.renderedPages == 15 && first.reusedPages == 0)
        let before = try project.fileIdentities()

        let (second, result) = try project.build()
        #expect(result.unchanged)
        #expect(result.written == 0)
        #expect(second.renderedPages == 0)
        #expect(try project.fileIdentities() == before)
    }

    @Test func editingOneRoleRerendersOnlyItsPageAndThePagesThatShowIt() throws {
        let project = try Project()
        _ = try project.build()
        let before = try project.fileIdentities()
        let old = try project.cleanRender()

        // Head Cashier's title appears on its own page and on the pages that link to it.
        try project.edit("Roles/head-cashier.yml") { $0.replacingOccurrences(of: "title: Head Cashier", with: "title: Lead Cashier") }
        let new = try project.cleanRender()
        let changed = Set(new.paths.filter { new.files[$0] != old.files[$0] })
        #expect(changed.isSuperset(of: ["roles/head-cashier.html", "roles/cashier.html", "index.html", "career-paths.html",
                                        "search-index.js", "feed.xml", "jobs.json", "jobs-feed.xml"]))
        let untouchedRoles = rolePages(new.paths).subtracting(changed)
        #expect(untouchedRoles.count >= 5, "the edit should leave most role pages as they were")

        let (site, result) = try project.build()
        #expect(site.renderedPages == rolePages(changed).count)
        #expect(site.reusedPages == untouchedRoles.count)
        #expect(result.written == changed.count)
        // The same files and bytes as a build from scratch; unchanged pages were carried, not read.
        #expect(site.paths == new.paths)
        #expect(rolePages(site.carried) == untouchedRoles)
        for path in new.paths {
            #expect(FileManager.default.contents(atPath: project.output + "/" + path) == new.files[path], "\(path) differs")
        }
        // On disk, only the changed files were rewritten.
        let after = try project.fileIdentities()
        for path in new.paths {
            if changed.contains(path) {
                #expect(after[path] != before[path], "\(path) changed but was not rewritten")
            } else {
                #expect(after[path] == before[path], "\(path) did not change but was rewritten")
            }
        }
    }

    @Test func anEditThePagesListingEveryRoleDoNotShowCarriesThemOver() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "responsibilities:\n", with: "responsibilities:\n  - Counts the float.\n") }
        let (site, _) = try project.build()
        #expect(site.carried.isSuperset(of: ["index.html", "career-paths.html"]))
        #expect(!site.carried.contains("roles/cashier.html"))
        try project.expectOutputIsACleanBuild()
    }

    @Test func aSummaryEditRendersTheIndexThatShowsItAndCarriesTheCareerPaths() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        let (site, _) = try project.build()
        #expect(!site.carried.contains("index.html"))
        #expect(site.carried.contains("career-paths.html"))
        try project.expectOutputIsACleanBuild()
    }

    @Test func aListingPageIsRenderedWhenItsTemplateShowsTheEditedField() throws {
        let project = try Project()
        try project.edit("Templates/career-paths.mustache") { $0.replacingOccurrences(of: "<a href=\"{{href}}\">{{title}}</a>{{#hasLeadsTo}}",
                                                                                      with: "<a href=\"{{href}}\">{{title}}</a> {{summary}}{{#hasLeadsTo}}") }
        _ = try project.build()
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        let (site, _) = try project.build()
        #expect(!site.carried.contains("career-paths.html"))
        try project.expectOutputIsACleanBuild()
    }

    @Test func aTemplateChangeRerendersEveryPage() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("Templates/role.mustache") { $0 + "\n<!-- edited -->\n" }
        let (site, result) = try project.build()
        #expect(site.renderedPages == 15 && site.reusedPages == 0)
        #expect(!result.unchanged)
        try project.expectOutputIsACleanBuild()
    }

    @Test func aChangeToAPartialRerendersEveryPage() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "Skip to content", with: "Skip to the content") }
        let (site, _) = try project.build()
        #expect(site.renderedPages == 15 && site.reusedPages == 0)
        #expect(String(decoding: try #require(site.files["roles/cashier.html"]), as: UTF8.self).contains("Skip to the content"))
    }

    @Test func aConfigurationChangeRerendersEveryPage() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("hirekit.yml") {
            $0.replacingOccurrences(of: "contact_email: careers@harborandpine.example", with: "contact_email: jobs@harborandpine.example")
        }
        let (site, _) = try project.build()
        #expect(site.renderedPages == 15 && site.reusedPages == 0)
        try project.expectOutputIsACleanBuild()
    }

    @Test func aPageDeletedFromTheOutputIsBuiltAgain() throws {
        let project = try Project()
        _ = try project.build()
        try FileManager.default.removeItem(atPath: project.output + "/roles/cashier.html")
        let (_, result) = try project.build()
        #expect(!result.unchanged)
        #expect(FileManager.default.fileExists(atPath: project.output + "/roles/cashier.html"))
    }

    @Test func aPageEditedByHandInTheOutputIsBuiltAgain() throws {
        let project = try Project()
        _ = try project.build()
        try project.edit("site/roles/cashier.html") { $0 + "<!-- edited by hand -->\n" }

        let (site, result) = try project.build()
        #expect(!result.unchanged && result.written == 1)
        #expect(site.reusedPages == 0, "no page is reused from a folder changed since the last build")
        let expected = try #require(try project.cleanRender().files["roles/cashier.html"])
        #expect(project.folder.read("site/roles/cashier.html") == String(decoding: expected, as: UTF8.self))
        #expect(try project.build().1.unchanged, "the build after that has nothing to do again")
    }

    @Test func aFailedBuildLeavesTheStateOfThePreviousSiteSoTheNextBuildDoesTheWork() throws {
        let project = try Project()
        _ = try project.build()
        let state = project.output + "/" + SiteBuildState.fileName
        let stateBefore = try #require(FileManager.default.contents(atPath: state))

        // A new role whose page path is taken by a file HireKit did not write: the publish fails.
        let cashier = try #require(project.folder.read("Roles/cashier.yml"))
        try project.folder.write("Roles/night-cashier.yml", cashier.replacingOccurrences(of: "id: cashier", with: "id: night-cashier"))
        try project.folder.write("site/roles/night-cashier.html", "hand-made page")
        #expect(throws: SiteError.self) { _ = try project.build() }
        #expect(FileManager.default.contents(atPath: state) == stateBefore)

        // Once the obstacle is gone the same inputs are built, not skipped as up to date.
        try FileManager.default.removeItem(atPath: project.output + "/roles/night-cashier.html")
        let (site, result) = try project.build()
        #expect(!result.unchanged)
        #expect(site.renderedPages >= 1)
        #expect(FileManager.default.fileExists(atPath: project.output + "/roles/night-cashier.html"))
        #expect(FileManager.default.contents(atPath: state) != stateBefore)
    }

    @Test func aRoleThatFailsValidationLeavesTheSiteAndItsStateAsTheyWere() throws {
        let project = try Project()
        _ = try project.build()
        let before = try project.fileIdentities()
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "title: Cashier", with: "titel: Cashier") }
        #expect(throws: SiteError.self) { _ = try project.build() }
        #expect(try project.fileIdentities() == before)
    }

    @Test func theStateIsPublishedInsideTheSiteAndListsEveryRolePage() throws {
        let project = try Project()
        let (site, _) = try project.build()
        let state = SiteBuildState(in: URL(fileURLWithPath: project.output))
        #expect(state.inputs == InputDigest.of(project.inputs).digest)
        #expect(state.fileKeys == site.fileKeys)
        #expect(rolePages(state.fileKeys.keys) == rolePages(site.paths))
        #expect(Set(state.shares.keys) == ["jobs.json", "search-index.js", "feed.xml", "jobs-feed.xml"])
        // HireKit's own files are not in the manifest, so they are never taken for pages.
        #expect(!SiteWriter.readManifest(in: URL(fileURLWithPath: project.output)).contains(SiteBuildState.fileName))
    }

    @Test func anEditThatKeepsTheFileSizeAndTimeIsSeenRightAfterABuild() throws {
        let project = try Project()
        _ = try project.build()
        let role = project.folder.path + "/Roles/cashier.yml"
        var before = stat()
        #expect(stat(role, &before) == 0)
        // The same number of bytes, and the time put back to the nanosecond, as a second write in
        // the same clock tick leaves it: only the content tells the change.
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "title: Cashier", with: "title: Cashiex") }
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, role, &times, 0) == 0)

        let (_, result) = try project.build()
        #expect(!result.unchanged)
        #expect(project.folder.read("site/roles/cashier.html")?.contains("Cashiex") == true)
    }
}
