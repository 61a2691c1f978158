import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// A rebuild writes its changed whole-site files, its index and its cache while the rest of the
/// site renders (`EarlyWrites`);
/// what it publishes must be exactly the site a clean build makes, and nothing of it stays behind.
@Suite("Big files written while a rebuild renders")
struct EarlyWritesTests {
    private static let roles = (1...4).map { sampleRole(id: "role-\($0)", summary: "Summary \($0).") }
    private static let digests = Dictionary(uniqueKeysWithValues: roles.map { ($0.id, "d-\($0.id)") })

    private static func file(_ roles: [Role]) -> SharedFile {
        SharedFile(path: "list.txt", head: Array("[\n".utf8), separator: Array(",\n".utf8), tail: Array("\n]\n".utf8),
                   roles: roles, context: "c", share: { Array("<\($0.id): \($0.summary)>".utf8) })
    }

    /// The previous build's file in `folder`, and a rebuild's file spliced from it after `roles[index]`
    /// got `summary` (the same summary: nothing changed).
    private static func spliced(in folder: TempFolder, editing index: Int, to summary: String) throws -> (SplicedFile, size: Int) {
        let (full, fullIndex) = file(roles).assemble(digests: digests)
        let bytes = try #require(full.newBytesOnly)
        try bytes.write(to: folder.url.appendingPathComponent("list.txt"))
        var roles = roles, digests = digests
        if roles[index].summary != summary {
            roles[index].summary = summary
            digests[roles[index].id] = "edited"
        }
        let previous = SharedFile.Previous(index: fullIndex, path: folder.path + "/list.txt", size: bytes.count)
        return (file(roles).assemble(digests: digests, previous: previous).file, bytes.count)
    }

    @Test func aFileWrittenEarlyIsMovedWithTheBytesOfTheSplicedFile() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Edited, and longer.")
        let early = try #require(EarlyWrites(folder: folder.path + "/early"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(early.move("list.txt", to: folder.path + "/moved.txt"))
        #expect(FileManager.default.contents(atPath: folder.path + "/moved.txt") == (try spliced.data()))
        #expect(folder.read("moved.txt")?.contains("<role-2: Edited, and longer.>") == true)
        early.finish()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/early"))
    }

    @Test func aFileMadeOfPartsIsMovedWithThoseBytes() throws {
        let folder = try TempFolder("early")
        let early = try #require(EarlyWrites(folder: folder.path + "/early"))
        early.write("cache") { [Data("one ".utf8), Data("two".utf8)] }
        #expect(early.move("cache", to: folder.path + "/moved"))
        #expect(folder.read("moved") == "one two")
        #expect(!early.move("other", to: folder.path + "/other"), "nothing was handed over as other")
        early.finish()
    }

    @Test func aFileTheSpareHoldsAsItsOwnIsWrittenOverInPlace() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Edited, and longer.")
        try folder.write("spare/list.txt", String(repeating: "stale bytes, longer than the new file\n", count: 20))
        let inode = try FileManager.default.attributesOfItem(atPath: folder.path + "/spare/list.txt")[.systemFileNumber] as? Int
        let early = try #require(EarlyWrites(folder: folder.path + "/early", spare: folder.path + "/spare"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(early.isInSpare("list.txt"))
        #expect(FileManager.default.contents(atPath: folder.path + "/spare/list.txt") == (try spliced.data()))
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path + "/spare/list.txt")[.systemFileNumber] as? Int == inode)
        #expect(!early.move("list.txt", to: folder.path + "/moved.txt"), "nothing beside the spare to move")
        early.finish()
    }

    @Test func aSpareFileSharedWithTheLiveSiteIsNeverWrittenInto() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Edited, and longer.")
        try folder.write("site/list.txt", "the live site's bytes")
        try FileManager.default.createDirectory(atPath: folder.path + "/spare", withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: folder.path + "/site/list.txt", toPath: folder.path + "/spare/list.txt")
        let early = try #require(EarlyWrites(folder: folder.path + "/early", spare: folder.path + "/spare"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(!early.isInSpare("list.txt"))
        #expect(early.move("list.txt", to: folder.path + "/moved.txt"))
        #expect(folder.read("site/list.txt") == "the live site's bytes")
        early.finish()
    }

    @Test func aSpareThatIsALinkToAnotherFolderIsNeverWrittenInto() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Edited, and longer.")
        try folder.write("elsewhere/list.txt", "someone else's file")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/spare", withDestinationPath: folder.path + "/elsewhere")
        let early = try #require(EarlyWrites(folder: folder.path + "/early", spare: folder.path + "/spare"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(!early.isInSpare("list.txt"))
        #expect(folder.read("elsewhere/list.txt") == "someone else's file")
        #expect(early.move("list.txt", to: folder.path + "/moved.txt"), "written beside the spare instead")
        early.finish()
    }

    @Test func aPipeInTheSpareIsRefusedNotWaitedOn() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Edited, and longer.")
        try FileManager.default.createDirectory(atPath: folder.path + "/spare", withIntermediateDirectories: true)
        #expect(mkfifo(folder.path + "/spare/list.txt", 0o644) == 0)
        let early = try #require(EarlyWrites(folder: folder.path + "/early", spare: folder.path + "/spare"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(!early.isInSpare("list.txt"))
        #expect(early.move("list.txt", to: folder.path + "/moved.txt"))
        early.finish()
    }

    @Test func aFileThatHoldsExactlyItsSourceIsNotWrittenEarly() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 1, to: "Summary 2.")
        let early = try #require(EarlyWrites(folder: folder.path + "/early"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(!early.move("list.txt", to: folder.path + "/moved.txt"), "the publish links the previous file instead")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/moved.txt"))
        early.finish()
    }

    @Test func aFileWhoseSourceIsGoneIsLeftToThePublish() throws {
        let folder = try TempFolder("early")
        let (spliced, size) = try Self.spliced(in: folder, editing: 0, to: "Edited.")
        try FileManager.default.removeItem(atPath: folder.path + "/list.txt")
        let early = try #require(EarlyWrites(folder: folder.path + "/early"))
        early.write("list.txt", spliced, sourceSize: size)

        #expect(!early.move("list.txt", to: folder.path + "/moved.txt"))
        early.finish()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/early"))
    }

    @Test func aRebuildAfterAnEditPublishesACleanBuildAndLeavesNoEarlyFolder() throws {
        let project = try IncrementalBuildTests.Project()
        _ = try project.build()
        // The second edit's rebuild has a spare (the first build's site) to write over.
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        _ = try project.build()
        try project.expectOutputIsACleanBuild()
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "  Edited.\n", with: "  Edited twice.\n") }
        let (site, result) = try project.build()
        #expect(Set(site.spliced.keys).isSuperset(of: ["jobs.json", "feed.xml", "jobs-feed.xml", "search-index.js"]))
        #expect(!result.unchanged)
        try project.expectOutputIsACleanBuild()
        #expect(!FileManager.default.fileExists(atPath: project.folder.path + "/.site.hirekit-early"))
        // The cache and state written with it let the next build see that nothing changed.
        #expect(try project.build().1.unchanged)
    }

    @Test func whatAKilledBuildLeftInTheEarlyFolderNeverReachesTheSite() throws {
        let project = try IncrementalBuildTests.Project()
        _ = try project.build()
        try project.folder.write(".site.hirekit-early/jobs.json", "half a file")
        try project.folder.write(".site.hirekit-early/stray.txt", "not the site's")
        try project.edit("Roles/cashier.yml") { $0.replacingOccurrences(of: "summary: >-\n", with: "summary: >-\n  Edited.\n") }
        _ = try project.build()
        try project.expectOutputIsACleanBuild()
        #expect(!FileManager.default.fileExists(atPath: project.output + "/stray.txt"))
        #expect(!FileManager.default.fileExists(atPath: project.folder.path + "/.site.hirekit-early"))
    }
}
