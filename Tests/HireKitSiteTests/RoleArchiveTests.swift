import Foundation
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// The parsed roles a build keeps for the next one read back exactly, and anything damaged or
/// written by another hirekit is ignored rather than trusted.
@Suite("Role archive")
struct RoleArchiveTests {
    static func shippedRecords() throws -> [RoleFileRecord] {
        try RoleLoader().load(directory: repositoryRoot.appendingPathComponent("Roles").path, reusing: [:]).files
    }

    @Test func everyShippedRoleReadsBackEqual() throws {
        let records = try Self.shippedRecords()
        let decoded = try #require(RoleArchive.decode(RoleArchive.encode(records))?.records)
        #expect(decoded.count == records.count)
        for record in records { #expect(decoded[record.name] == record) }
    }

    @Test func anArchiveMadeReusingThePreviousOneReadsBackAsOneMadeAfresh() throws {
        let records = try Self.shippedRecords()
        let previous = try #require(RoleArchive.decode(RoleArchive.encode(records)))
        // One role edited (new digest), one file removed, one added: the rest are copied.
        var changed = records
        var edited = changed[1].role
        edited.summary += " Edited."
        changed[1] = RoleFileRecord(name: changed[1].name, digest: "edited", role: edited)
        changed.remove(at: 2)
        changed.append(RoleFileRecord(name: "zz-new.yml", digest: "new", role: records[0].role))
        let reused = try #require(RoleArchive.decode(RoleArchive.encode(changed, reusing: previous)))
        let fresh = try #require(RoleArchive.decode(RoleArchive.encode(changed)))
        #expect(reused.records == fresh.records)
        #expect(reused.records[changed[1].name]?.role.summary == edited.summary)
        // The copied records still point into the previous table, which the new one extends.
        #expect(reused.base == previous.base && reused.tableCount > previous.tableCount)
    }

    @Test func textRepeatedAcrossRolesIsStoredOnce() throws {
        let role = try #require(try Self.shippedRecords().first).role
        func archive(_ copies: Int) -> Data {
            RoleArchive.encode((0..<copies).map { RoleFileRecord(name: "copy-\($0).yml", digest: "\($0)", role: role) })
        }
        // A hundred more copies add their names, digests and references, not the role's text again.
        #expect(archive(200).count - archive(100).count < 100 * archive(1).count / 4)
    }

    @Test func aTableGrownByEditsIsWrittenAfreshPastItsLimit() throws {
        var records = try Self.shippedRecords()
        var archive = try #require(RoleArchive.decode(RoleArchive.encode(records)))
        var compacted = false
        for edit in 1...200 {
            var role = records[0].role
            role.summary = "Edit \(edit): " + role.summary
            records[0] = RoleFileRecord(name: records[0].name, digest: "edit-\(edit)", role: role)
            let next = try #require(RoleArchive.decode(RoleArchive.encode(records, reusing: archive)))
            #expect(next.records[records[0].name] == records[0])
            #expect(next.tableCount <= 2 * next.base + RoleArchive.tableSlack + 200)
            if next.tableCount < archive.tableCount { compacted = true }
            archive = next
        }
        #expect(compacted, "200 edits of a role add more strings than the limit allows")
        #expect(archive.records.count == records.count)
    }

    @Test func aRoleWithEveryOptionalFieldEmptyReadsBackEqual() throws {
        var role = try #require(try Self.shippedRecords().first).role
        role.salary = nil; role.datePosted = nil; role.validThrough = nil; role.onetCode = nil
        role.education.preferred = nil; role.employment.schedule = nil; role.alsoKnownAs = []
        let record = RoleFileRecord(name: "x.yml", digest: "0", role: role)
        #expect(RoleArchive.decode(RoleArchive.encode([record]))?.records["x.yml"] == record)
    }

    @Test func textBeyondASCIIReadsBackEqual() throws {
        var role = try #require(try Self.shippedRecords().first).role
        role.summary = "Réceptionniste bilingue — accueil des clients, 日本語 et emoji 🙂."
        role.alsoKnownAs = ["Empfangsmitarbeiter:in", "recepción", ""]
        let record = RoleFileRecord(name: "é.yml", digest: "0", role: role)
        #expect(RoleArchive.decode(RoleArchive.encode([record]))?.records["é.yml"] == record)
    }

    @Test func aStringThatIsNotUTF8IsRefused() throws {
        var role = try #require(try Self.shippedRecords().first).role
        role.summary = "Summary é"
        var data = RoleArchive.encode([RoleFileRecord(name: "x.yml", digest: "0", role: role)])
        // "é" is C3 A9; a lone C3 followed by "!" is not UTF-8.
        let at = try #require(data.firstRange(of: Data([0xC3, 0xA9])))
        data.replaceSubrange(at, with: [0xC3, 0x21])
        #expect(RoleArchive.decode(data) == nil)
    }

    @Test func anArchiveCutShortAnywhereIsRefused() throws {
        let data = RoleArchive.encode(Array(try Self.shippedRecords().prefix(2)))
        for length in stride(from: 0, to: data.count, by: 7) {
            #expect(RoleArchive.decode(data.prefix(length)) == nil, "cut at \(length) bytes")
        }
    }

    @Test func anArchiveFromAnotherHireKitIsRefused() throws {
        let data = RoleArchive.encode(try Self.shippedRecords(), identity: "/usr/bin/hirekit|1|2")
        #expect(RoleArchive.decode(data) == nil)
    }

    @Test func damagedLengthsAreRefusedWithoutReadingPastTheEnd() throws {
        var data = RoleArchive.encode(Array(try Self.shippedRecords().prefix(1)))
        // Every 4-byte window set to a huge length, in turn.
        for offset in stride(from: 0, to: data.count - 4, by: 13) {
            var damaged = data
            damaged.replaceSubrange(offset..<offset + 4, with: [0xff, 0xff, 0xff, 0x7f])
            _ = RoleArchive.decode(damaged) // must return (nil or a record), never crash or hang
        }
        data.append(0)
        #expect(RoleArchive.decode(data) == nil, "trailing bytes")
    }
}
