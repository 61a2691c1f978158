import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GRDB
import GRDBSQLite
import HireKitScreening

/// The pipeline in one SQLite file (GRDB on the system's SQLite).
///
/// - Opening never alters a file that is not already a HireKit pipeline of this version or older:
///   it is checked read-only first (SQLite header, tables, migrations) and refused with a
///   `PipelineError` if it is something else, damaged, or from a newer HireKit.
/// - A new file is created with mode 0600 (it holds personal data); SQLite gives its -wal and -shm
///   files the same mode.
/// - WAL mode with a busy timeout, and every change in an IMMEDIATE transaction, so that two
///   `hirekit` processes can write at once: one waits for the other rather than failing.
/// - `secure_delete` is on, and an erasure checkpoints the WAL, so erased data does not linger in
///   free pages or old WAL frames.
public final class SQLitePipelineStore: PipelineStore, @unchecked Sendable {
    public let path: String
    private let queue: DatabaseQueue
    private let now: @Sendable () -> Date

    /// Opens (creating it if absent) the pipeline at `path`. `now` is the clock used for every
    /// timestamp, so that tests and back-dated imports can set it.
    public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.now = now
        if FileManager.default.fileExists(atPath: path) {
            try Self.checkExisting(path)
        } else {
            try Self.create(path)
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw PipelineError.storage(path: path, detail: Self.words(error))
        }
        try migrate()
    }

    // MARK: Opening

    private static func create(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            // Another process may have created it a moment ago: then it is checked as any other.
            if errno == EEXIST { return try checkExisting(path) }
            throw PipelineError.cannotCreate(path: path, detail: String(cString: strerror(errno)))
        }
        Glibc.close(descriptor)
    }

    /// Reads the file without writing to it: the header, the tables, the migrations.
    private static func checkExisting(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PipelineError.storage(path: path, detail: "cannot read the file. Check its permissions.")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        // An empty file is an empty database (SQLite's own view); anything else must say so.
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else { throw PipelineError.notADatabase(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        // Another process may be writing or checkpointing: wait for it, as writers do.
        configuration.busyMode = .timeout(60)
        do {
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? reader.close() }
            try reader.read { db in
                let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
                if tables.isEmpty { return }
                guard tables.contains("grdb_migrations") else { throw PipelineError.foreignDatabase(path: path) }
                // Newer first: a newer HireKit's tables are not foreign.
                let migrator = PipelineSchema.migrator
                let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
                if !unknown.isEmpty { throw PipelineError.newerSchema(path: path, unknownMigrations: unknown) }
                guard tables.isSubset(of: PipelineSchema.tables.union(["sqlite_sequence"])) else {
                    throw PipelineError.foreignDatabase(path: path)
                }
                // Reading a table's b-tree shows damage to the schema or its pages before anything is written.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM history")
            }
        } catch let error as PipelineError {
            throw error
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw PipelineError.corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        } catch {
            throw PipelineError.storage(path: path, detail: words(error))
        }
    }

    private func migrate() throws {
        let migrator = PipelineSchema.migrator
        do {
            try migrator.migrate(queue)
        } catch {
            // Two processes opening a new pipeline at once: the second's migration fails because
            // the first's is already there. That is success.
            if (try? queue.read(migrator.hasCompletedMigrations)) == true { return }
            throw PipelineError.storage(path: path, detail: "cannot prepare the database: \(Self.words(error))")
        }
    }

    /// Closes the database; the store cannot be used afterwards.
    public func close() throws { try queue.close() }

    // MARK: Changes

    public func add(_ submission: Submission, command: String) throws -> ImportOutcome {
        let at = Timestamp.string(now())
        return try write { db in
            // The same CV file, or the same e-mail, is the same candidate.
            var candidateID = try Int64.fetchOne(db, sql: "SELECT candidate_id FROM cv WHERE sha256 = ? ORDER BY id LIMIT 1",
                                                 arguments: [submission.sha256])
            var reason = ImportOutcome.DuplicateReason.sameCV
            if candidateID == nil, let email = submission.contact.email {
                candidateID = try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE email = ? ORDER BY id LIMIT 1", arguments: [email])
                reason = .sameEmail
            }
            if let candidateID, let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM application WHERE candidate_id = ? AND role_id = ?", arguments: [candidateID, submission.roleID]) {
                try Self.log(db, at: at, command: command, action: .duplicate, candidate: candidateID, application: existing,
                             detail: "\(submission.source) not added: \(reason.rawValue) already applied to \(submission.roleID)")
                return .duplicate(application: existing, candidate: candidateID, reason: reason)
            }
            let contact = submission.contact
            let candidate: Int64
            if let candidateID {
                candidate = candidateID
                try Self.touch(db, candidate, at)
            } else {
                try db.execute(sql: "INSERT INTO candidate (name, email, phone, created_at, last_activity_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [contact.name, contact.email, contact.phone, at, at])
                candidate = db.lastInsertedRowID
            }
            try db.execute(sql: "INSERT INTO cv (candidate_id, sha256, source, format, text, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [candidate, submission.sha256, submission.source, submission.format, Data(submission.text.utf8), at])
            let cv = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO application (candidate_id, cv_id, role_id, role_digest, score, stage, furthest_stage, stage_since, applied_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [candidate, cv, submission.roleID, submission.roleDigest, submission.result.score,
                                 Stage.applied.rawValue, Stage.applied.rawValue, at, at])
            let application = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO application_screening (application_id, screening) VALUES (?, ?)",
                           arguments: [application, try Self.encode(submission.result)])
            try Self.log(db, at: at, command: command, action: .applied, candidate: candidate, application: application,
                         detail: "applied to \(submission.roleID) with \(submission.source), score \(PlainText.score(submission.result.score))")
            return .added(application: application, candidate: candidate)
        }
    }

    public func move(applicationID: Int64, to stage: Stage, reason: String?, command: String) throws -> Stage {
        let at = Timestamp.string(now())
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try write { db in
            let (candidate, from) = try Self.application(db, applicationID)
            guard from.canMove(to: stage) else { throw PipelineError.moveRefused(application: applicationID, from: from, to: stage) }
            if stage == .rejected, reason?.isEmpty ?? true { throw PipelineError.reasonRequired(application: applicationID) }
            try db.execute(sql: "UPDATE application SET stage = ?, stage_since = ? WHERE id = ?", arguments: [stage.rawValue, at, applicationID])
            if Stage.sequence.contains(stage) {
                try db.execute(sql: "UPDATE application SET furthest_stage = ? WHERE id = ?", arguments: [stage.rawValue, applicationID])
            }
            try Self.touch(db, candidate, at)
            let because = reason.flatMap { $0.isEmpty ? nil : ": \($0)" } ?? ""
            try Self.log(db, at: at, command: command, action: .moved, candidate: candidate, application: applicationID,
                         detail: "\(from.rawValue) → \(stage.rawValue)\(because)")
            return from
        }
    }

    public func addNote(applicationID: Int64, text: String, command: String) throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw PipelineError.emptyNote }
        let at = Timestamp.string(now())
        try write { db in
            let (candidate, _) = try Self.application(db, applicationID)
            try db.execute(sql: "INSERT INTO note (application_id, text, created_at) VALUES (?, ?, ?)", arguments: [applicationID, text, at])
            try db.execute(sql: "UPDATE application SET last_note = ? WHERE id = ?", arguments: [text, applicationID])
            try Self.touch(db, candidate, at)
            try Self.log(db, at: at, command: command, action: .noted, candidate: candidate, application: applicationID, detail: text)
        }
    }

    public func rescore(applicationID: Int64, result: ScreeningResult, roleDigest: String, command: String) throws -> Double {
        let at = Timestamp.string(now())
        return try write { db in
            let (candidate, _) = try Self.application(db, applicationID)
            let old = try Double.fetchOne(db, sql: "SELECT score FROM application WHERE id = ?", arguments: [applicationID]) ?? 0
            try db.execute(sql: "UPDATE application SET score = ?, role_digest = ? WHERE id = ?",
                           arguments: [result.score, roleDigest, applicationID])
            try db.execute(sql: "UPDATE application_screening SET screening = ? WHERE application_id = ?",
                           arguments: [try Self.encode(result), applicationID])
            // Not activity for retention: re-scoring every open application must not restart every
            // candidate's retention period.
            try Self.log(db, at: at, command: command, action: .rescreened, candidate: candidate, application: applicationID,
                         detail: "score \(PlainText.score(old)) → \(PlainText.score(result.score)) (role file \(roleDigest.prefix(12)))")
            return old
        }
    }

    public func forget(candidate key: String, command: String) throws -> Int64 {
        let at = Timestamp.string(now())
        let id: Int64 = try write { db in
            guard let found = try Self.candidate(db, matching: key) else { throw PipelineError.unknownCandidate(key) }
            try Self.erase(db, [found])
            try Self.log(db, at: at, command: command, action: .erased, candidate: nil, application: nil,
                         detail: "a candidate and everything about them were erased on request")
            return found
        }
        checkpoint()
        return id
    }

    public func purge(inactiveSince date: Date, command: String) throws -> Int {
        let at = Timestamp.string(now())
        let count: Int = try write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM candidate WHERE last_activity_at < ?", arguments: [Timestamp.string(date)])
            guard !ids.isEmpty else { return 0 }
            try Self.erase(db, ids)
            try Self.log(db, at: at, command: command, action: .purged, candidate: nil, application: nil,
                         detail: "\(ids.count) candidate(s) inactive since before \(Timestamp.string(date)) erased")
            return ids.count
        }
        if count > 0 { checkpoint() }
        return count
    }

    /// Deletes the candidates and their rows; foreign keys cascade to CVs, applications and notes.
    private static func erase(_ db: Database, _ ids: [Int64]) throws {
        for id in ids {
            try db.execute(sql: "DELETE FROM history WHERE candidate_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM candidate WHERE id = ?", arguments: [id])
        }
    }

    /// Copies the WAL into the database and empties it, so erased rows are not left in old frames.
    /// Best effort: with another process reading, the next checkpoint does it.
    private func checkpoint() {
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    // MARK: Reading

    private static let summaryColumns = """
        a.id, a.candidate_id, c.name, c.email, c.phone, a.role_id, a.stage, a.score, a.applied_at, a.stage_since,
        a.last_note
        """

    public func applications(role: String?, stage: Stage?) throws -> [ApplicationSummary] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let role { conditions.append("a.role_id = ?"); arguments += [role] }
        if let stage { conditions.append("a.stage = ?"); arguments += [stage.rawValue] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            // Ranked here rather than by SQLite: its sorter copies every column of every row, and
            // was half the time of listing 25,000 applications.
            try Self.summaries(db, sql: """
                SELECT \(Self.summaryColumns) FROM application a JOIN candidate c ON c.id = a.candidate_id \(filter)
                """, arguments: arguments)
            .rankedByScore()
        }
    }

    /// Summaries read with SQLite's own column calls: GRDB's generic `Row` decoding was half the
    /// time of listing 25,000 applications.
    private static func summaries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ApplicationSummary] {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            return String(cString: bytes)
        }
        func date(_ column: Int32) -> Date {
            guard let bytes = sqlite3_column_text(handle, column) else { return Timestamp.date("") }
            return Timestamp.date(utf8: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))))
        }
        // Role ids and stages repeat row after row: the string of the row before is reused.
        var roles = Recent(), stages = Recent()
        var summaries: [ApplicationSummary] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            summaries.append(ApplicationSummary(
                id: sqlite3_column_int64(handle, 0), candidateID: sqlite3_column_int64(handle, 1),
                contact: CandidateContact(name: text(2), email: text(3), phone: text(4)), roleID: roles.string(handle, 5),
                stage: Stage(rawValue: stages.string(handle, 6)) ?? .applied, score: sqlite3_column_double(handle, 7),
                appliedAt: date(8), stageSince: date(9), lastNote: text(10)))
        }
        return summaries
    }

    public func candidateFile(applicationID: Int64) throws -> CandidateFile {
        try read { db in
            guard let candidate = try Row.fetchOne(db, sql: """
                SELECT c.id, c.name, c.email, c.phone, c.created_at FROM candidate c
                JOIN application a ON a.candidate_id = c.id WHERE a.id = ?
                """, arguments: [applicationID]) else { throw PipelineError.unknownApplication(applicationID) }
            let candidateID: Int64 = candidate[0]
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns), a.role_digest, v.source, v.sha256, s.screening, v.text
                FROM application a JOIN candidate c ON c.id = a.candidate_id JOIN cv v ON v.id = a.cv_id
                JOIN application_screening s ON s.application_id = a.id
                WHERE a.candidate_id = ? ORDER BY a.id
                """, arguments: [candidateID])
            let applications = try rows.map { row in
                let summary = Self.summary(row)
                let notes = try Self.notes(db, where: "application_id = ?", [summary.id])
                let text: Data = row[15]
                return CandidateFile.Application(summary: summary, roleDigest: row[11], source: row[12], cvSHA256: row[13],
                                                 result: try Self.decode(row[14]), cvText: String(decoding: text, as: UTF8.self),
                                                 notes: notes)
            }
            let history = try Self.history(db, where: "candidate_id = ?", [candidateID])
            return CandidateFile(candidateID: candidateID, contact: CandidateContact(name: candidate[1], email: candidate[2], phone: candidate[3]),
                                 createdAt: Timestamp.date(candidate[4]), applications: applications, history: history)
        }
    }

    public func openApplications(role: String) throws -> [StoredCV] {
        let closed = [Stage.hired, .rejected, .withdrawn].map(\.rawValue)
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, v.source, v.format, v.text, a.score FROM application a JOIN cv v ON v.id = a.cv_id
                WHERE a.role_id = ? AND a.stage NOT IN (?, ?, ?) ORDER BY a.id
                """, arguments: [role] + StatementArguments(closed)).map { row in
                let text: Data = row[3]
                return StoredCV(applicationID: row[0], source: row[1], format: row[2], text: String(decoding: text, as: UTF8.self), score: row[4])
            }
        }
    }

    public func snapshot() throws -> PipelineSnapshot {
        try read { db in
            let applications = try Self.summaries(db, sql: """
                SELECT \(Self.summaryColumns) FROM application a JOIN candidate c ON c.id = a.candidate_id ORDER BY a.id
                """, arguments: [])
            let notes = Dictionary(grouping: try Self.notes(db, where: "1", []), by: \.applicationID)
            return PipelineSnapshot(applications: applications, notes: notes, history: try Self.history(db, where: "1", []))
        }
    }

    /// The stored CV text of an application, byte for byte as it was submitted.
    public func cvText(applicationID: Int64) throws -> String {
        try read { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT v.text FROM cv v JOIN application a ON a.cv_id = v.id WHERE a.id = ?",
                                               arguments: [applicationID]) else { throw PipelineError.unknownApplication(applicationID) }
            return String(decoding: data, as: UTF8.self)
        }
    }

    // MARK: Self-identification and audits

    public func candidateID(matching key: String) throws -> Int64? {
        try read { db in try Self.candidate(db, matching: key) }
    }

    /// A candidate named by id or by e-mail address (any case).
    private static func candidate(_ db: Database, matching key: String) throws -> Int64? {
        if let number = Int64(key) {
            return try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE id = ?", arguments: [number])
        }
        return try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE email = ? ORDER BY id LIMIT 1", arguments: [key.lowercased()])
    }

    public func recordSelfIdentification(_ answers: [SelfIdentification], command: String) throws {
        let at = Timestamp.string(now())
        try write { db in
            for answer in answers {
                try db.execute(sql: """
                    INSERT INTO self_identification (candidate_id, sex, race_ethnicity, recorded_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (candidate_id) DO UPDATE SET sex = excluded.sex, race_ethnicity = excluded.race_ethnicity,
                    recorded_at = excluded.recorded_at
                    """, arguments: [answer.candidateID, answer.sex, answer.raceEthnicity, at])
            }
            try Self.log(db, at: at, command: command, action: .selfIdentified, candidate: nil, application: nil,
                         detail: "self-identification recorded for \(answers.count) candidate(s)")
        }
    }

    public func auditRows(roles: [String]?, from: Date?, to: Date?) throws -> [AuditInput] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let roles {
            conditions.append("a.role_id IN (\(roles.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(roles)
        }
        // Days are whole: --to 2026-12-31 takes in everything applied that day.
        if let from { conditions.append("substr(a.applied_at, 1, 10) >= ?"); arguments += [Timestamp.day(from)] }
        if let to { conditions.append("substr(a.applied_at, 1, 10) <= ?"); arguments += [Timestamp.day(to)] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.role_id, a.role_digest, a.score, a.furthest_stage, a.applied_at, s.sex, s.race_ethnicity
                FROM application a LEFT JOIN self_identification s ON s.candidate_id = a.candidate_id
                \(filter) ORDER BY a.id
                """, arguments: arguments).map { row in
                AuditInput(applicationID: row[0], roleID: row[1], roleDigest: row[2], score: row[3],
                         furthestStage: Stage(rawValue: row[4]) ?? .applied, appliedAt: Timestamp.date(row[5]), sex: row[6],
                         raceEthnicity: row[7])
            }
        }
    }

    // MARK: Helpers

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(db)
                    return .commit
                }
                return value!
            }
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError.storage(path: path, detail: Self.words(error))
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError.storage(path: path, detail: Self.words(error))
        }
    }

    /// The text of a column, reusing the last string made when the bytes are the same.
    private struct Recent {
        var bytes: [UInt8] = []
        var value = ""

        mutating func string(_ handle: SQLiteStatement, _ column: Int32) -> String {
            guard let text = sqlite3_column_text(handle, column) else { return "" }
            let current = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
            if !current.elementsEqual(bytes) {
                bytes = Array(current)
                value = String(decoding: current, as: UTF8.self)
            }
            return value
        }
    }

    private static func application(_ db: Database, _ id: Int64) throws -> (candidate: Int64, stage: Stage) {
        guard let row = try Row.fetchOne(db, sql: "SELECT candidate_id, stage FROM application WHERE id = ?", arguments: [id]) else {
            throw PipelineError.unknownApplication(id)
        }
        return (row[0], Stage(rawValue: row[1]) ?? .applied)
    }

    private static func touch(_ db: Database, _ candidate: Int64, _ at: String) throws {
        try db.execute(sql: "UPDATE candidate SET last_activity_at = ? WHERE id = ?", arguments: [at, candidate])
    }

    private static func log(_ db: Database, at: String, command: String, action: HistoryEntry.Action,
                            candidate: Int64?, application: Int64?, detail: String) throws {
        try db.execute(sql: "INSERT INTO history (at, command, action, candidate_id, application_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [at, command, action.rawValue, candidate, application, detail])
    }

    private static func summary(_ row: Row) -> ApplicationSummary {
        ApplicationSummary(id: row[0], candidateID: row[1], contact: CandidateContact(name: row[2], email: row[3], phone: row[4]),
                           roleID: row[5], stage: Stage(rawValue: row[6]) ?? .applied, score: row[7],
                           appliedAt: Timestamp.date(row[8]), stageSince: Timestamp.date(row[9]), lastNote: row[10])
    }

    private static func notes(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Note] {
        try Row.fetchAll(db, sql: "SELECT id, application_id, text, created_at FROM note WHERE \(condition) ORDER BY id", arguments: arguments)
            .map { Note(id: $0[0], applicationID: $0[1], text: $0[2], createdAt: Timestamp.date($0[3])) }
    }

    private static func history(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [HistoryEntry] {
        try Row.fetchAll(db, sql: """
            SELECT id, at, command, action, candidate_id, application_id, detail FROM history WHERE \(condition) ORDER BY id
            """, arguments: arguments).map { row in
            HistoryEntry(id: row[0], at: Timestamp.date(row[1]), command: row[2], action: HistoryEntry.Action(rawValue: row[3]) ?? .noted,
                         candidateID: row[4], applicationID: row[5], detail: row[6])
        }
    }

    private static func encode(_ result: ScreeningResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }

    private static func decode(_ json: String) throws -> ScreeningResult {
        try JSONDecoder().decode(ScreeningResult.self, from: Data(json.utf8))
    }

    private static func words(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}

extension Array where Element == ApplicationSummary {
    /// Highest score first, then oldest application. Sorts positions, not the summaries
    /// themselves, which are large to move.
    func rankedByScore() -> [ApplicationSummary] {
        indices.sorted { (self[$0].score, self[$1].id) > (self[$1].score, self[$0].id) }.map { self[$0] }
    }
}
