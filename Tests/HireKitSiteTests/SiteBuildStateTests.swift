import Foundation
import Testing
@testable import HireKitSite

/// What a build leaves for the next one reads back exactly, and a damaged line costs only what it
/// described, never the rest of the state.
@Suite("Build state files")
struct SiteBuildStateTests {
    private static func sample() -> SiteBuildState {
        var state = SiteBuildState(
            inputs: "input-digest", fileKeys: ["roles/cashier.html": "key-1", "assets/track-retail.js": "key-2"],
            shares: ["jobs.json": SharedFile.Index(context: "ctx", places: [
                "cashier": SharedFile.Place(digest: "d1", offset: 2, length: 300),
                "greeter": SharedFile.Place(digest: "d2", offset: 304, length: 0),
            ])],
            roles: Data([0, 9, 10, 255, 10]))
        state.outputs = "stamp"
        state.files = InputFiles(scanned: 1_764_000_000.25, entries: [
            "roles/cashier.yml": InputFiles.Entry(stat: InputFiles.Stat(size: 1234, modifiedSeconds: 1_764_000_000, modifiedNanoseconds: 999_999_999,
                                                                      inode: UInt64.max), digest: "f1"),
            "hirekit.yml": InputFiles.Entry(stat: InputFiles.Stat(size: 0, modifiedSeconds: -1, modifiedNanoseconds: 0, inode: 7), digest: "f2"),
        ])
        return state
    }

    private static func folder(head: Data, body: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try head.write(to: folder.appendingPathComponent(SiteBuildState.fileName))
        try body.write(to: folder.appendingPathComponent(SiteBuildState.cacheFileName))
        return folder
    }

    @Test func bothFilesReadBackAsWritten() throws {
        let state = Self.sample()
        let folder = try Self.folder(head: state.encodedHead, body: state.encodedBody)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(SiteBuildState(in: folder) == state)
    }

    @Test func roleDigestsAreThoseOfFilesDirectlyInTheRolesFolder() {
        let entry = { (digest: String) in InputFiles.Entry(stat: InputFiles.Stat(size: 1, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 1), digest: digest) }
        let files = InputFiles(entries: [
            "roles/cashier.yml": entry("a"), "roles/caf\u{E9}-host.yml": entry("b"), "roles/old/greeter.yml": entry("c"),
            "templates/roles/x.yml": entry("d"), "hirekit.yml": entry("e"), "roles.yml": entry("f"),
        ])
        #expect(files.roleDigests == ["cashier.yml": "a", "caf\u{E9}-host.yml": "b"])
    }

    @Test func aCacheReadInTwoPartsEqualsTheCacheReadAtOnce() throws {
        let state = Self.sample()
        let folder = try Self.folder(head: state.encodedHead, body: state.encodedBody)
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = SiteBuildState.head(in: folder)
        let reading = head.readingCache(in: folder)
        #expect(reading.roles == state.roles)
        #expect(reading.state() == head.withCache(in: folder))
        #expect(reading.state() == state)
    }

    @Test func aFolderWithoutACacheReadsAsItsHeadWithNoArchive() throws {
        let state = Self.sample()
        let folder = try Self.folder(head: state.encodedHead, body: Data())
        try FileManager.default.removeItem(at: folder.appendingPathComponent(SiteBuildState.cacheFileName))
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = SiteBuildState.head(in: folder)
        let reading = head.readingCache(in: folder)
        #expect(reading.roles.isEmpty)
        #expect(reading.state() == head)
        #expect(reading.state().fileKeys.isEmpty)
    }

    @Test func aDamagedPlaceLineLosesOnlyThatPlace() throws {
        let state = Self.sample()
        let body = String(decoding: state.encodedBody, as: UTF8.self)
            .replacingOccurrences(of: "place\tgreeter\td2\t304\t0", with: "place\tgreeter\td2\t3x4\t0")
        let folder = try Self.folder(head: state.encodedHead, body: Data(body.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let read = SiteBuildState(in: folder)
        #expect(read.shares["jobs.json"]?.places["greeter"] == nil)
        #expect(read.shares["jobs.json"]?.places["cashier"] == state.shares["jobs.json"]?.places["cashier"])
        #expect(read.fileKeys == state.fileKeys)
    }

    @Test func aFilesBlockLongerThanTheFileIsIgnoredWithWhatFollows() throws {
        let state = Self.sample()
        let head = String(decoding: state.encodedHead, as: UTF8.self)
        let damaged = head.replacingOccurrences(of: #"files\t([0-9.e+]+)\t[0-9]+"#, with: "files\t$1\t99999", options: .regularExpression)
        #expect(damaged != head)
        let folder = try Self.folder(head: Data(damaged.utf8), body: state.encodedBody)
        defer { try? FileManager.default.removeItem(at: folder) }
        let read = SiteBuildState(in: folder)
        #expect(read.files.entries.isEmpty)
        #expect(read.inputs == "input-digest")
    }
}
