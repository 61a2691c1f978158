import Foundation

/// Reads a voluntary self-identification CSV: a header row, then one row per candidate.
///
///     candidate,sex,race_ethnicity
///     17,Female,Asian
///     sam@example.com,,declined
///
/// The candidate column (also accepted under the name `id` or `email`) holds the candidate's HireKit
/// id or e-mail address; other columns are ignored. Quoting follows RFC 4180; lines may end in CRLF,
/// LF or CR; a UTF-8 byte-order mark is skipped. The file is untrusted input (exported from a survey
/// tool, edited by hand), so every problem is collected, each with its line, before the caller
/// decides anything: an import is all or nothing. Whether each candidate exists is the caller's
/// check; `unknownCandidate(_:file:)` words it like the rest.
public enum DemographicsCSV {
    /// One candidate's answers. `sex` and `raceEthnicity` are canonical category names, `nil` when
    /// unknown or declined.
    public struct Row: Sendable, Equatable {
        public var candidate: String
        public var sex: String?
        public var raceEthnicity: String?
        /// The line the row starts on (the header is line 1).
        public var line: Int
        /// The column the candidate's field starts at, for diagnostics about the candidate.
        public var candidateColumn: Int

        public init(candidate: String, sex: String?, raceEthnicity: String?, line: Int, candidateColumn: Int = 1) {
            self.candidate = candidate; self.sex = sex; self.raceEthnicity = raceEthnicity
            self.line = line; self.candidateColumn = candidateColumn
        }

        /// A problem about this row's candidate, located at its field.
        public func problem(_ kind: DemographicsCSVProblem.Kind, file: String) -> DemographicsCSVProblem {
            DemographicsCSVProblem(file: file, line: line, column: candidateColumn, kind: kind)
        }
    }

    /// Files and lines beyond these are refused: a self-identification file has one short line per
    /// candidate, and an untrusted file must not make the import hold unbounded memory.
    public static let maximumFileSize = 10 * 1024 * 1024
    public static let maximumLineLength = 64 * 1024
    /// Problems listed before giving up, so that a binary file does not yield millions of them.
    public static let maximumProblems = 100

    static let candidateColumns = ["candidate", "id", "email"]
    static let sexColumn = "sex", raceEthnicityColumn = "race_ethnicity"

    /// The problem to report for a row whose candidate is not in the pipeline.
    public static func unknownCandidate(_ row: Row, file: String) -> DemographicsCSVProblem {
        row.problem(.unknownCandidate(row.candidate), file: file)
    }

    /// Reads and parses the file at `path`, refusing it unread past `maximumFileSize` bytes.
    public static func read(path: String) throws(DemographicsCSVError) -> [Row] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DemographicsCSVError(problems: [DemographicsCSVProblem(file: path, kind: .cannotRead(reason: "no such file"))])
        }
        guard !isFolder.boolValue else {
            throw DemographicsCSVError(problems: [DemographicsCSVProblem(file: path, kind: .cannotRead(reason: "it is a folder"))])
        }
        let bytes: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // Reading one byte past the limit, rather than trusting the size the file system reports,
            // also stops a device or pipe that never ends.
            bytes = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            var reason = (error as NSError).localizedDescription
            while reason.hasSuffix(".") { reason.removeLast() }
            throw DemographicsCSVError(problems: [DemographicsCSVProblem(file: path, kind: .cannotRead(reason: reason))])
        }
        return try parse(Array(bytes), file: path)
    }

    /// Parses CSV `bytes`; `file` is the name problems are reported under.
    public static func parse(_ bytes: [UInt8], file: String) throws(DemographicsCSVError) -> [Row] {
        guard bytes.count <= maximumFileSize else {
            throw DemographicsCSVError(problems: [DemographicsCSVProblem(file: file, kind: .fileTooLarge(limit: maximumFileSize))])
        }
        var parser = Parser(bytes: bytes, file: file)
        let rows = parser.rows()
        guard parser.problems.list.isEmpty else { throw DemographicsCSVError(problems: parser.problems.sorted()) }
        return rows
    }
}

extension DemographicsCSV {
    /// A field as read: where its bytes are in the file (quotes included when `quoted`) and where it
    /// starts. Ranges rather than copies, so a 10 MB file of tiny fields costs no allocation per field.
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
        var line: Int
        var lineStart: Int
    }

    struct Record {
        var fields: [Field]
        var line: Int
    }

    /// Problems up to `maximumProblems`, then only a count.
    struct Problems {
        let file: String
        var list: [DemographicsCSVProblem] = []
        var overflowed = false

        mutating func add(line: Int?, column: Int?, _ kind: DemographicsCSVProblem.Kind) {
            guard list.count < DemographicsCSV.maximumProblems else { overflowed = true; return }
            list.append(DemographicsCSVProblem(file: file, line: line, column: column, kind: kind))
        }

        /// In file order, which is how a person fixes them.
        func sorted() -> [DemographicsCSVProblem] {
            var sorted = list.enumerated().sorted { left, right in
                let l = (left.element.line ?? 0, left.element.column ?? 0), r = (right.element.line ?? 0, right.element.column ?? 0)
                return l != r ? l < r : left.offset < right.offset
            }.map(\.element)
            if overflowed { sorted.append(DemographicsCSVProblem(file: file, kind: .tooManyProblems(limit: DemographicsCSV.maximumProblems))) }
            return sorted
        }
    }

    /// Reads records one at a time (only the current one is held) and turns them into rows.
    struct Parser {
        static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        let bytes: [UInt8]
        var problems: Problems
        /// Where the first field with bytes that are not UTF-8 is, and on how many lines there are such.
        var encoding: (line: Int, column: Int?, lines: Int, lastLine: Int)?

        // Reading position.
        var index: Int
        var line = 1
        var lineStart: Int
        var finished = false

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.problems = Problems(file: file)
            index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            lineStart = index
        }

        /// 1-based character column of byte `offset` on the line starting at `lineStart`; `nil` on
        /// a line too long to be worth counting through.
        func column(_ offset: Int, lineStart: Int) -> Int? {
            guard offset - lineStart <= DemographicsCSV.maximumLineLength else { return nil }
            // UTF-8 continuation bytes (10xxxxxx) do not start a character.
            return bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }

        func column(_ field: Field) -> Int? { column(field.start, lineStart: field.lineStart) }

        // MARK: Records (RFC 4180)

        private func isEndOfField(_ position: Int) -> Bool {
            position >= bytes.count || bytes[position] == Self.comma || bytes[position] == Self.cr || bytes[position] == Self.lf
        }

        /// Moves past the line break at `index` (CRLF, LF or CR, or the end), checking the line's
        /// length; `false` when the line is too long.
        private mutating func endLine() -> Bool {
            let fits = index - lineStart <= DemographicsCSV.maximumLineLength
            if !fits { problems.add(line: line, column: nil, .lineTooLong(limit: DemographicsCSV.maximumLineLength)) }
            if index < bytes.count {
                index += bytes[index] == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf ? 2 : 1
            }
            line += 1
            lineStart = index
            return fits
        }

        /// The next record with no problem in its syntax (those are reported and skipped, not
        /// guessed at), skipping blank ones; `nil` at the end of the file.
        mutating func nextRecord() -> Record? {
            while !finished {
                let recordLine = line
                var fields: [Field] = []
                var spoiled = false
                while true {
                    var field = Field(start: index, end: index, quoted: false, line: line, lineStart: lineStart)
                    if index < bytes.count && bytes[index] == Self.quote {
                        field.quoted = true
                        index += 1
                        var closed = false
                        while index < bytes.count {
                            let byte = bytes[index]
                            if byte == Self.quote {
                                if index + 1 < bytes.count && bytes[index + 1] == Self.quote { index += 2; continue }
                                index += 1
                                closed = true
                                break
                            }
                            // A line break inside quotes is part of the value.
                            if byte == Self.cr || byte == Self.lf { if !endLine() { spoiled = true }; continue }
                            index += 1
                        }
                        field.end = index
                        if !closed {
                            problems.add(line: field.line, column: column(field), .unterminatedQuote)
                            spoiled = true
                        } else if !isEndOfField(index) {
                            problems.add(line: line, column: column(index, lineStart: lineStart), .textAfterClosingQuote)
                            spoiled = true
                            while !isEndOfField(index) { index += 1 }
                        }
                    } else {
                        var reported = false
                        while !isEndOfField(index) {
                            if bytes[index] == Self.quote && !reported {
                                problems.add(line: line, column: column(index, lineStart: lineStart), .quoteInUnquotedField)
                                reported = true
                                spoiled = true
                            }
                            index += 1
                        }
                        field.end = index
                    }
                    fields.append(field)
                    if index < bytes.count && bytes[index] == Self.comma { index += 1; continue }
                    break
                }
                // The end of the record: a line break or the end of the file.
                finished = index >= bytes.count
                if !endLine() { spoiled = true }
                // Empty lines, and the ",," rows spreadsheets leave below the data, are not candidates.
                let blank = fields.allSatisfy { !$0.quoted && bytes[$0.start..<$0.end].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
                if !spoiled && !blank { return Record(fields: fields, line: recordLine) }
            }
            return nil
        }

        /// The field's text, unquoted, or `nil` (noting where) when it is not UTF-8.
        mutating func text(_ field: Field) -> String? {
            var slice = bytes[field.start..<field.end]
            var unquoted: [UInt8]?
            if field.quoted {
                // Drop the surrounding quotes (the closing one is always there: unterminated fields
                // spoil their record) and undouble the inner ones.
                slice = slice.dropFirst().dropLast()
                if slice.contains(Self.quote) {
                    var out: [UInt8] = [], previousWasQuote = false
                    for byte in slice {
                        if byte == Self.quote && previousWasQuote { previousWasQuote = false; continue }
                        previousWasQuote = byte == Self.quote
                        out.append(byte)
                    }
                    unquoted = out
                }
            }
            let text = unquoted.map { String(validating: $0, as: UTF8.self) } ?? String(validating: slice, as: UTF8.self)
            if let text { return text }
            if encoding == nil { encoding = (field.line, column(field), 0, 0) }
            if field.line > encoding!.lastLine { encoding!.lines += 1; encoding!.lastLine = field.line }
            return nil
        }

        // MARK: Rows

        mutating func rows() -> [DemographicsCSV.Row] {
            defer {
                if let encoding {
                    problems.add(line: encoding.line, column: encoding.column, .invalidUTF8(lines: encoding.lines))
                }
            }
            guard let header = nextRecord() else {
                if problems.list.isEmpty { problems.add(line: 1, column: nil, .noHeader) }
                return []
            }
            guard let columns = columns(of: header) else {
                // Rows cannot be read without their columns, but their syntax and encoding can be checked.
                while let record = nextRecord() { for field in record.fields { _ = text(field) } }
                return []
            }

            var rows: [DemographicsCSV.Row] = []
            var firstLine: [String: Int] = [:]
            while let record = nextRecord() {
                guard record.fields.count == header.fields.count else {
                    problems.add(line: record.line, column: nil, .wrongFieldCount(expected: header.fields.count, found: record.fields.count))
                    continue
                }
                let candidateField = record.fields[columns.candidate]
                let sexField = record.fields[columns.sex], raceField = record.fields[columns.raceEthnicity]
                guard let candidateText = text(candidateField), let sexText = text(sexField), let raceText = text(raceField) else { continue }
                var valid = true
                let candidate = DemographicCategory.normalized(candidateText)
                if candidate.isEmpty {
                    problems.add(line: candidateField.line, column: column(candidateField), .missingCandidate)
                    valid = false
                } else {
                    // E-mail addresses differ only in case for the same person.
                    let key = candidate.lowercased()
                    if let first = firstLine[key] {
                        problems.add(line: candidateField.line, column: column(candidateField), .duplicateCandidate(candidate, firstLine: first))
                        valid = false
                    } else {
                        firstLine[key] = record.line
                    }
                }
                var sex: String?, race: String?
                do { sex = try DemographicCategory.sex(sexText) } catch {
                    problems.add(line: sexField.line, column: column(sexField), .invalidCategory(error))
                    valid = false
                }
                do { race = try DemographicCategory.raceEthnicity(raceText) } catch {
                    problems.add(line: raceField.line, column: column(raceField), .invalidCategory(error))
                    valid = false
                }
                if valid {
                    rows.append(DemographicsCSV.Row(candidate: candidate, sex: sex, raceEthnicity: race,
                                                    line: record.line, candidateColumn: column(candidateField) ?? 1))
                }
            }
            return rows
        }

        /// Indices of the three columns, or `nil` after reporting what is wrong with the header.
        mutating func columns(of header: Record) -> (candidate: Int, sex: Int, raceEthnicity: Int)? {
            var index: [String: Int] = [:]
            var usable = true
            for (position, field) in header.fields.enumerated() {
                guard let name = text(field).map({ DemographicCategory.normalized($0).lowercased() }) else { usable = false; continue }
                if let first = index[name] {
                    if DemographicsCSV.candidateColumns.contains(name) || name == DemographicsCSV.sexColumn || name == DemographicsCSV.raceEthnicityColumn {
                        problems.add(line: field.line, column: column(field), .duplicateColumn(name, firstColumn: first + 1))
                        usable = false
                    }
                } else {
                    index[name] = position
                }
            }
            guard usable else { return nil }
            let candidates = DemographicsCSV.candidateColumns.filter { index[$0] != nil }
            if candidates.count > 1 {
                problems.add(line: header.line, column: nil, .ambiguousCandidateColumn(candidates))
            } else if candidates.isEmpty {
                problems.add(line: header.line, column: nil, .missingColumn("candidate"))
            }
            for name in [DemographicsCSV.sexColumn, DemographicsCSV.raceEthnicityColumn] where index[name] == nil {
                problems.add(line: header.line, column: nil, .missingColumn(name))
            }
            guard candidates.count == 1, let candidate = index[candidates[0]],
                  let sex = index[DemographicsCSV.sexColumn], let race = index[DemographicsCSV.raceEthnicityColumn] else { return nil }
            return (candidate, sex, race)
        }
    }
}
