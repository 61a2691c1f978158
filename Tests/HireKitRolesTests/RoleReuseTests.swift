import Foundation
import Testing
@testable import HireKitRoles

/// A rebuild parses only the role files that changed: the rest are taken from the previous load's
/// records, matched by file name and the digest of the file's bytes.
@Suite("Reusing parsed role files")
struct RoleReuseTests {
    @Test func aFileWhoseBytesAreUnchangedIsNotParsedAgain() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML()])
        let (_, records) = try RoleLoader().load(directory: folder.path, reusing: [:])
        // A record with the same name and digest but another title: if the file were parsed, the
        // title would be the file's.
        var stand = try #require(records.first).role
        stand.title = "Recorded Cashier"
        let recorded = RoleFileRecord(name: "cashier.yml", digest: records[0].digest, role: stand)
        let (catalog, _) = try RoleLoader().load(directory: folder.path, reusing: ["cashier.yml": recorded])
        #expect(catalog.role(id: "cashier")?.title == "Recorded Cashier")
    }

    @Test func anEditedFileIsParsedAgain() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML()])
        let (_, records) = try RoleLoader().load(directory: folder.path, reusing: [:])
        try roleYAML(title: "Till Operator").write(toFile: folder.path + "/cashier.yml", atomically: true, encoding: .utf8)
        let (catalog, newRecords) = try RoleLoader().load(directory: folder.path, reusing: ["cashier.yml": records[0]])
        #expect(catalog.role(id: "cashier")?.title == "Till Operator")
        #expect(newRecords[0].digest != records[0].digest)
    }

    @Test func aRecordUnderAnotherFileNameIsNotUsed() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML()])
        let (_, records) = try RoleLoader().load(directory: folder.path, reusing: [:])
        var stand = records[0].role
        stand.title = "Recorded Cashier"
        let elsewhere = RoleFileRecord(name: "other.yml", digest: records[0].digest, role: stand)
        let (catalog, _) = try RoleLoader().load(directory: folder.path, reusing: ["other.yml": elsewhere])
        #expect(catalog.role(id: "cashier")?.title == "Cashier")
    }

    @Test func aDanglingLinkFromAReusedFileStillPointsAtItsLine() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML(advancement: ["head-cashier"]),
                                     "head-cashier.yml": roleYAML(id: "head-cashier", title: "Head Cashier")])
        let (_, records) = try RoleLoader().load(directory: folder.path, reusing: [:])
        let previous = Dictionary(uniqueKeysWithValues: records.map { ($0.name, $0) })
        try FileManager.default.removeItem(atPath: folder.path + "/head-cashier.yml")

        let expected = folder.diagnostics()
        #expect(expected.first?.line != nil)
        #expect(throws: RoleValidationError.self) { _ = try RoleLoader().load(directory: folder.path, reusing: previous) }
        do {
            _ = try RoleLoader().load(directory: folder.path, reusing: previous)
        } catch {
            #expect(error.diagnostics == expected)
        }
    }

    @Test func aKnownDigestIsTrustedWithoutReadingTheFile() throws {
        let folder = try RoleFolder(["cashier.yml": roleYAML()])
        let (_, records) = try RoleLoader().load(directory: folder.path, reusing: [:])
        // The caller vouches for the file as it was (its stat is unchanged): the loader does not read it.
        try roleYAML(title: "Changed Behind The Stat").write(toFile: folder.path + "/cashier.yml", atomically: true, encoding: .utf8)
        let (catalog, _) = try RoleLoader().load(directory: folder.path, reusing: ["cashier.yml": records[0]],
                                                 knownDigests: ["cashier.yml": records[0].digest])
        #expect(catalog.role(id: "cashier")?.title == "Cashier")
    }
}
