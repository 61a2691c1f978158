import Foundation
import HireKitRoles

/// The parsed role files of a build, stored in `.hirekit-state` so that the next build parses only
/// the files that changed (parsing YAML was the largest cost of rebuilding after one edit).
///
/// A compact binary form written and read by hand: decoding JSON or a property list of 10,000 roles
/// would cost as much as parsing them. The archive starts with the identity of the hirekit that wrote
/// it (`InputDigest.executableIdentity`), as another version may parse the same file differently.
/// Reading checks every length and reference against the bytes and the table, and returns nil for
/// anything malformed, so a damaged archive only costs a full parse.
///
/// Every string is stored once, in a table the records refer to by number: a large site repeats most
/// of its text (the same skills, synonyms and duties in role after role), and making a `String` per
/// occurrence was most of the cost of reading the archive back. Roles decoded from it share those
/// strings' storage.
enum RoleArchive {
    /// After edits the table keeps strings no record uses any more (an edited summary's old text):
    /// once it holds more than twice what the last full encode wrote, plus this, it is written afresh.
    static let tableSlack = 4096

    /// `reusing` is the previous archive: a record with the same file name and digest as one there
    /// holds the role decoded from it, so its bytes, and the previous table they refer to, are copied
    /// rather than encoded again (encoding 10,000 roles was a visible, serial part of rebuilding after
    /// one edit). New records' strings are added to the end of that table.
    static func encode(_ records: [RoleFileRecord], reusing previous: Decoded? = nil,
                       identity: String = InputDigest.executableIdentity) -> Data {
        let reused = previous.flatMap { $0.tableCount <= 2 * $0.base + tableSlack ? $0 : nil }
        var writer = Writer(table: reused.map(Table.init(extending:)) ?? Table())
        writer.bytes.reserveCapacity(reused?.recordsSize ?? 0)
        for record in records {
            if let reused, let span = reused.spans[record.name], reused.records[record.name]?.digest == record.digest {
                reused.bytes.withUnsafeBytes { writer.bytes.append(contentsOf: $0[span]) }
            } else {
                // Each record starts with its length, so a reader can find every record before
                // decoding any, and decode them on all cores.
                let start = writer.bytes.count
                writer.count(0)
                writer.string(record.name); writer.string(record.digest); writer.role(record.role)
                withUnsafeBytes(of: UInt32(writer.bytes.count - start - 4).littleEndian) { length in
                    writer.bytes.replaceSubrange(start..<start + 4, with: length)
                }
            }
        }
        var header = Writer(table: Table())
        header.text(identity)
        header.count(reused?.base ?? writer.table.count)
        header.count(writer.table.count)
        var data = Data(capacity: header.bytes.count + writer.table.bytes.count + 4 + writer.bytes.count)
        data.append(contentsOf: header.bytes)
        data.append(contentsOf: writer.table.bytes)
        withUnsafeBytes(of: UInt32(records.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: writer.bytes)
        return data
    }

    /// A decoded archive, with the place of each record's bytes and of the string table in it.
    struct Decoded {
        /// File name → record.
        var records: [String: RoleFileRecord] = [:]
        fileprivate var spans: [String: Range<Int>] = [:]
        fileprivate var bytes = Data()
        /// The table's entries in `bytes`, how many there are, and how many the last full encode wrote.
        fileprivate var tableSpan: Range<Int> = 0..<0
        fileprivate(set) var tableCount = 0
        fileprivate(set) var base = 0
        fileprivate var recordsSize = 0
    }

    /// The records and where each sits in `data`, for `encode(_:reusing:)`; nil when the bytes are
    /// not an archive of this hirekit.
    static func decode(_ data: Data, identity: String = InputDigest.executableIdentity) -> Decoded? {
        data.withUnsafeBytes { buffer -> Decoded? in
            var reader = Reader(bytes: buffer, table: [])
            // Each table entry takes at least its 4-byte length.
            guard reader.text() == identity, let base = reader.count(), let tableCount = reader.count(),
                  base <= tableCount, tableCount <= (buffer.count - reader.offset) / 4 else { return nil }
            let tableStart = reader.offset
            var entries: [Range<Int>] = []
            entries.reserveCapacity(tableCount)
            for _ in 0..<tableCount {
                guard let length = reader.count(), length <= buffer.count - reader.offset else { return nil }
                entries.append(reader.offset..<reader.offset + length)
                reader.offset += length
            }
            let tableSpan = tableStart..<reader.offset
            // Read only, and only while `data` is held here.
            nonisolated(unsafe) let bytes = buffer
            guard let table = strings(at: entries, in: bytes) else { return nil }
            reader.table = table
            guard let count = reader.count() else { return nil }
            let recordsStart = reader.offset
            // The records' places first, then the records on all cores (decoding 10,000 roles was a
            // visible, serial part of a rebuild).
            var spans: [Range<Int>] = []
            spans.reserveCapacity(min(count, buffer.count / 4))
            for _ in 0..<count {
                guard let length = reader.count(), length <= buffer.count - reader.offset else { return nil }
                spans.append(reader.offset - 4..<reader.offset + length)
                reader.offset += length
            }
            guard reader.atEnd else { return nil }
            let slots = Slots<RoleFileRecord?>(count: spans.count)
            let places = spans
            DispatchQueue.concurrentPerform(iterations: places.count) { index in
                var record = Reader(bytes: UnsafeRawBufferPointer(rebasing: bytes[(places[index].lowerBound + 4)..<places[index].upperBound]),
                                    table: table)
                guard let name = record.string(), let digest = record.string(), let role = record.role(), record.atEnd else {
                    slots.set(index, nil)
                    return
                }
                slots.set(index, RoleFileRecord(name: name, digest: digest, role: role))
            }
            var decoded = Decoded(bytes: data, tableSpan: tableSpan, tableCount: tableCount, base: base,
                                  recordsSize: buffer.count - recordsStart)
            decoded.records.reserveCapacity(spans.count)
            decoded.spans.reserveCapacity(spans.count)
            for (record, span) in zip(slots.values, spans) {
                guard let record else { return nil }
                decoded.records[record.name] = record
                decoded.spans[record.name] = span
            }
            return decoded
        }
    }

    /// The table's strings, made on all cores in runs of entries; nil if one is not UTF-8.
    private static func strings(at entries: [Range<Int>], in bytes: UnsafeRawBufferPointer) -> [String]? {
        let run = 2048
        let runs = (entries.count + run - 1) / run
        let slots = Slots<[String]?>(count: runs)
        // Read only, and only during this call.
        nonisolated(unsafe) let bytes = bytes
        DispatchQueue.concurrentPerform(iterations: runs) { index in
            var made: [String] = []
            made.reserveCapacity(run)
            for entry in entries[(index * run)..<min(entries.count, (index + 1) * run)] {
                guard let text = Reader.utf8String(UnsafeRawBufferPointer(rebasing: bytes[entry]).bindMemory(to: UInt8.self)) else {
                    slots.set(index, nil)
                    return
                }
                made.append(text)
            }
            slots.set(index, made)
        }
        var table: [String] = []
        table.reserveCapacity(entries.count)
        for made in slots.values {
            guard let made else { return nil }
            table += made
        }
        return table
    }

    /// The string table being written: each distinct string once, numbered in order of first use.
    struct Table {
        var bytes: [UInt8] = []
        var count = 0
        /// Strings added by this encode; a table extending a previous one does not look its old
        /// entries up, so a string may appear again among the new ones, which costs only its bytes.
        private var numbers: [String: Int] = [:]

        init() {}

        /// The previous archive's table, to which its copied records refer.
        init(extending previous: Decoded) {
            previous.bytes.withUnsafeBytes { bytes.append(contentsOf: $0[previous.tableSpan]) }
            count = previous.tableCount
        }

        mutating func number(of value: String) -> Int {
            if let number = numbers[value] { return number }
            let number = count
            count += 1
            numbers[value] = number
            withUnsafeBytes(of: UInt32(value.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: value.utf8)
            return number
        }
    }

    struct Writer {
        var bytes: [UInt8] = []
        var table: Table

        mutating func count(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) } }
        /// A string written where it stands (the archive's identity).
        mutating func text(_ value: String) { count(value.utf8.count); bytes.append(contentsOf: value.utf8) }
        /// A string as its number in the table.
        mutating func string(_ value: String) { count(table.number(of: value)) }
        mutating func strings(_ values: [String]) {
            count(values.count)
            for value in values { string(value) }
        }
        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }
        mutating func number(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        mutating func optional(_ value: String?) { flag(value != nil); if let value { string(value) } }

        mutating func skills(_ values: [Skill]) {
            count(values.count)
            for skill in values { string(skill.name); strings(skill.synonyms); flag(skill.knockout) }
        }

        mutating func role(_ role: Role) {
            for text in [role.id, role.title, role.department, role.track, role.summary] { string(text) }
            strings(role.alsoKnownAs); strings(role.industries); strings(role.responsibilities)
            skills(role.skills.required); skills(role.skills.preferred)
            string(role.education.minimum.rawValue); optional(role.education.preferred?.rawValue); strings(role.education.fields)
            number(role.experience.minimumYears); strings(role.experience.backgrounds)
            strings(role.advancement)
            strings(role.employment.types.map(\.rawValue))
            count(role.employment.locations.count)
            for place in role.employment.locations {
                string(place.city); string(place.region); string(place.country); optional(place.postalCode); optional(place.street)
            }
            flag(role.employment.remote); optional(role.employment.schedule)
            flag(role.salary != nil)
            if let salary = role.salary {
                string(salary.currency); number(salary.minimum); number(salary.maximum); string(salary.unit.rawValue)
            }
            optional(role.datePosted); optional(role.validThrough); optional(role.onetCode)
            let policy = role.screening
            for weight in [policy.requiredSkillsWeight, policy.preferredSkillsWeight, policy.experienceWeight,
                           policy.educationWeight, policy.knockoutCap] { number(weight) }
        }
    }

    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var table: [String]
        var offset = 0

        init(bytes: UnsafeRawBufferPointer, table: [String]) { self.bytes = bytes; self.table = table }

        var atEnd: Bool { offset == bytes.count }

        mutating func count() -> Int? {
            guard bytes.count - offset >= 4 else { return nil }
            var value: UInt32 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 4])) }
            offset += 4
            return Int(UInt32(littleEndian: value))
        }

        /// A string written where it stands (the archive's identity).
        mutating func text() -> String? {
            guard let length = count(), bytes.count - offset >= length else { return nil }
            defer { offset += length }
            return Self.utf8String(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]).bindMemory(to: UInt8.self))
        }

        /// A string given by its number in the table.
        mutating func string() -> String? {
            guard let number = count(), number < table.count else { return nil }
            return table[number]
        }

        static func utf8String(_ text: UnsafeBufferPointer<UInt8>) -> String? {
            // `String(validating:)` looks up generic type metadata on every call, which cost more than
            // the string itself for short strings. ASCII, nearly all of a role's text, is valid UTF-8
            // as it is.
            if isASCII(text) { return String(decoding: text, as: UTF8.self) }
            return String(validating: text, as: UTF8.self)
        }

        private static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            var any: UInt8 = 0
            for byte in text { any |= byte }
            return any < 0x80
        }

        mutating func strings() -> [String]? {
            // Each string takes at least its 4-byte length: a count beyond that is damage, not a list.
            guard let count = count(), count <= (bytes.count - offset) / 4 else { return nil }
            var values: [String] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = string() else { return nil }
                values.append(value)
            }
            return values
        }

        mutating func flag() -> Bool? {
            guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
            defer { offset += 1 }
            return bytes[offset] == 1
        }

        mutating func number() -> Double? {
            guard bytes.count - offset >= 8 else { return nil }
            var value: UInt64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 8])) }
            offset += 8
            return Double(bitPattern: UInt64(littleEndian: value))
        }

        mutating func optional() -> String?? {
            guard let present = flag() else { return nil }
            guard present else { return .some(nil) }
            guard let value = string() else { return nil }
            return .some(value)
        }

        mutating func skills() -> [Skill]? {
            guard let count = count(), count <= (bytes.count - offset) / 9 else { return nil }
            var values: [Skill] = []
            for _ in 0..<count {
                guard let name = string(), let synonyms = strings(), let knockout = flag() else { return nil }
                values.append(Skill(name: name, synonyms: synonyms, knockout: knockout))
            }
            return values
        }

        mutating func role() -> Role? {
            guard let id = string(), let title = string(), let department = string(), let track = string(), let summary = string(),
                  let alsoKnownAs = strings(), let industries = strings(), let responsibilities = strings(),
                  let required = skills(), let preferred = skills(),
                  let minimum = string().flatMap(EducationLevel.init(rawValue:)), let preferredLevel = optional(),
                  let fields = strings(), let years = number(), let backgrounds = strings(), let advancement = strings(),
                  let typeNames = strings(), let locationCount = count(), locationCount <= (bytes.count - offset) / 12
            else { return nil }
            var educationPreferred: EducationLevel?
            if let level = preferredLevel {
                guard let parsed = EducationLevel(rawValue: level) else { return nil }
                educationPreferred = parsed
            }
            var types: [EmploymentType] = []
            for name in typeNames {
                guard let type = EmploymentType(rawValue: name) else { return nil }
                types.append(type)
            }
            var locations: [Location] = []
            for _ in 0..<locationCount {
                guard let city = string(), let region = string(), let country = string(),
                      let postalCode = optional(), let street = optional() else { return nil }
                locations.append(Location(city: city, region: region, country: country, postalCode: postalCode, street: street))
            }
            guard let remote = flag(), let schedule = optional(), let hasSalary = flag() else { return nil }
            var salary: Salary?
            if hasSalary {
                guard let currency = string(), let low = number(), let high = number(),
                      let unit = string().flatMap(Salary.Unit.init(rawValue:)) else { return nil }
                salary = Salary(currency: currency, minimum: low, maximum: high, unit: unit)
            }
            guard let datePosted = optional(), let validThrough = optional(), let onetCode = optional(),
                  let requiredWeight = number(), let preferredWeight = number(), let experienceWeight = number(),
                  let educationWeight = number(), let knockoutCap = number() else { return nil }
            return Role(
                id: id, title: title, department: department, track: track, summary: summary, alsoKnownAs: alsoKnownAs,
                industries: industries, responsibilities: responsibilities,
                skills: Skills(required: required, preferred: preferred),
                education: Education(minimum: minimum, preferred: educationPreferred, fields: fields),
                experience: Experience(minimumYears: years, backgrounds: backgrounds), advancement: advancement,
                employment: Employment(types: types, locations: locations, remote: remote, schedule: schedule),
                salary: salary, datePosted: datePosted, validThrough: validThrough, onetCode: onetCode,
                screening: ScreeningPolicy(requiredSkillsWeight: requiredWeight, preferredSkillsWeight: preferredWeight,
                                           experienceWeight: experienceWeight, educationWeight: educationWeight,
                                           knockoutCap: knockoutCap))
        }
    }
}
