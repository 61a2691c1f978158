import Foundation
import HireKitRoles
import Testing
@testable import HireKitSite

/// A whole-site file rebuilt from the previous one's unchanged shares has exactly the bytes a full
/// build makes, and takes those shares from the previous file as ranges rather than as bytes.
@Suite("Spliced whole-site files")
struct SplicedFileTests {
    private static func file(_ roles: [Role], context: String = "c") -> SharedFile {
        SharedFile(path: "list.txt", head: Array("[head]\n".utf8), separator: Array(",\n".utf8), tail: Array("\n[tail]\n".utf8),
                   roles: roles, context: context, share: { Array("<\($0.id): \($0.summary)>".utf8) })
    }

    private static let roles = (1...6).map { sampleRole(id: "role-\($0)", summary: "Summary \($0).") }
    private static let digests = Dictionary(uniqueKeysWithValues: roles.map { ($0.id, "d-\($0.id)") })

    /// The full build's file written to a temporary folder, and what the next build may take from it.
    private static func published(_ roles: [Role] = roles, context: String = "c") throws -> SharedFile.Previous {
        let (full, index) = file(roles, context: context).assemble(digests: digests)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spliced-\(UUID().uuidString).txt").path
        let bytes = try #require(full.newBytesOnly)
        try bytes.write(to: URL(fileURLWithPath: path))
        return SharedFile.Previous(index: index, path: path, size: bytes.count)
    }

    private static func ranges(_ file: SplicedFile) -> Int {
        file.pieces.count { if case .previous = $0 { true } else { false } }
    }

    @Test func aFullBuildMakesTheWholeFileAsNewBytes() throws {
        let (full, _) = Self.file(Self.roles).assemble(digests: Self.digests)
        let text = String(decoding: try #require(full.newBytesOnly), as: UTF8.self)
        #expect(text.hasPrefix("[head]\n<role-1: Summary 1.>,\n<role-2: Summary 2.>"))
        #expect(text.hasSuffix("<role-6: Summary 6.>\n[tail]\n"))
    }

    @Test func oneEditedRoleGivesTheBytesOfAFullBuildWithTheRestAsTwoRanges() throws {
        let previous = try Self.published()
        defer { try? FileManager.default.removeItem(atPath: previous.path) }
        var roles = Self.roles
        roles[2].summary = "Edited, and longer than before."
        var digests = Self.digests
        digests["role-3"] = "edited"

        let (spliced, index) = Self.file(roles).assemble(digests: digests, previous: previous)
        let (full, fullIndex) = Self.file(roles).assemble(digests: digests)
        #expect(try spliced.data() == full.newBytesOnly)
        #expect(index == fullIndex)
        #expect(Self.ranges(spliced) == 2, "the roles before and after the edited one, each one range")
    }

    @Test func writingASplicedFileCopiesTheRangesFromThePreviousFile() throws {
        let previous = try Self.published()
        defer { try? FileManager.default.removeItem(atPath: previous.path) }
        let roles = Array(Self.roles.reversed().dropFirst()) + [sampleRole(id: "role-new")]
        let (spliced, _) = Self.file(roles).assemble(digests: Self.digests, previous: previous)
        let target = previous.path + ".new"
        defer { try? FileManager.default.removeItem(atPath: target) }
        try spliced.write(to: target)
        #expect(FileManager.default.contents(atPath: target) == Self.file(roles).bytes)
    }

    @Test func anUnchangedFileMatchesThePreviousOneAndAnEditedOneDoesNot() throws {
        let previous = try Self.published()
        defer { try? FileManager.default.removeItem(atPath: previous.path) }
        let (same, _) = Self.file(Self.roles).assemble(digests: Self.digests, previous: previous)
        #expect(same.matchesSource(size: previous.size))
        var roles = Self.roles
        roles[0].summary = "Summary 0." // same length, other bytes
        var digests = Self.digests
        digests["role-1"] = "edited"
        let (edited, _) = Self.file(roles).assemble(digests: digests, previous: previous)
        #expect(!edited.matchesSource(size: previous.size))
    }

    @Test func anotherContextTakesNothingFromThePreviousFile() throws {
        let previous = try Self.published(context: "old configuration")
        defer { try? FileManager.default.removeItem(atPath: previous.path) }
        let (spliced, _) = Self.file(Self.roles, context: "new configuration").assemble(digests: Self.digests, previous: previous)
        #expect(Self.ranges(spliced) == 0)
        #expect(spliced.newBytesOnly == Self.file(Self.roles).bytes)
    }

    @Test func aPlaceBeyondTheEndOfThePreviousFileIsMadeAgain() throws {
        var previous = try Self.published()
        defer { try? FileManager.default.removeItem(atPath: previous.path) }
        previous = SharedFile.Previous(index: previous.index, path: previous.path, size: 40) // the file as if cut short
        let (spliced, _) = Self.file(Self.roles).assemble(digests: Self.digests, previous: previous)
        #expect(try spliced.data() == Self.file(Self.roles).bytes)
    }

    @Test func aMissingPreviousFileIsAnErrorNamingIt() throws {
        let previous = try Self.published()
        try FileManager.default.removeItem(atPath: previous.path)
        let (spliced, _) = Self.file(Self.roles).assemble(digests: Self.digests, previous: previous)
        let target = previous.path + ".new"
        defer { try? FileManager.default.removeItem(atPath: target) }
        #expect { try spliced.write(to: target) } throws: { error in
            (error as NSError).localizedDescription.contains(previous.path)
        }
    }
}
