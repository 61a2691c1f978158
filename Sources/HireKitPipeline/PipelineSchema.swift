import GRDB

/// The database's tables, as versioned migrations that run when a store is opened.
///
/// A migration, once released, never changes: a new column or table is a new migration appended
/// here. A database holding a migration this list does not know was written by a newer HireKit
/// and is refused (see `SQLitePipelineStore`).
enum PipelineSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-pipeline") { db in
            // CV text is a BLOB: SQLite's TEXT binding stops at a NUL byte, and the CV must come
            // back byte for byte.
            try db.execute(sql: """
                CREATE TABLE candidate (
                    id INTEGER PRIMARY KEY,
                    name TEXT,
                    email TEXT,
                    phone TEXT,
                    created_at TEXT NOT NULL,
                    last_activity_at TEXT NOT NULL
                );
                CREATE INDEX candidate_email ON candidate(email);
                CREATE INDEX candidate_activity ON candidate(last_activity_at);
                CREATE TABLE cv (
                    id INTEGER PRIMARY KEY,
                    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                    sha256 TEXT NOT NULL,
                    source TEXT NOT NULL,
                    format TEXT NOT NULL,
                    text BLOB NOT NULL,
                    imported_at TEXT NOT NULL
                );
                CREATE INDEX cv_sha256 ON cv(sha256);
                CREATE INDEX cv_candidate ON cv(candidate_id);
                CREATE TABLE application (
                    id INTEGER PRIMARY KEY,
                    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
                    cv_id INTEGER NOT NULL REFERENCES cv(id) ON DELETE CASCADE,
                    role_id TEXT NOT NULL,
                    role_digest TEXT NOT NULL,
                    score REAL NOT NULL,
                    stage TEXT NOT NULL,
                    -- The furthest stage of applied…hired ever reached: a candidate rejected after
                    -- the interview was still selected for it (bias audits count that).
                    furthest_stage TEXT NOT NULL,
                    stage_since TEXT NOT NULL,
                    applied_at TEXT NOT NULL,
                    -- The newest note's text, kept with the application so that list reads no
                    -- note per row; the notes themselves are in note.
                    last_note TEXT,
                    UNIQUE (candidate_id, role_id)
                );
                -- The screening as JSON, several kilobytes an application: a table of its own, so
                -- that the application rows stay small and listing 25,000 of them reads a few
                -- hundred pages, not one page per application.
                CREATE TABLE application_screening (
                    application_id INTEGER PRIMARY KEY REFERENCES application(id) ON DELETE CASCADE,
                    screening TEXT NOT NULL
                );
                CREATE INDEX application_role_stage ON application(role_id, stage);
                CREATE INDEX application_cv ON application(cv_id);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    application_id INTEGER NOT NULL REFERENCES application(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE INDEX note_application ON note(application_id, id);
                -- No foreign keys: an erasure deletes a candidate's rows here itself and leaves one
                -- anonymous row saying that it happened.
                CREATE TABLE history (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    command TEXT NOT NULL,
                    action TEXT NOT NULL,
                    candidate_id INTEGER,
                    application_id INTEGER,
                    detail TEXT NOT NULL
                );
                CREATE INDEX history_candidate ON history(candidate_id);
                CREATE TRIGGER history_is_append_only BEFORE UPDATE ON history
                BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-self-identification") { db in
            // Voluntary self-identification for bias audits: its own table, read only by the
            // audit, erased with the candidate.
            try db.execute(sql: """
                CREATE TABLE self_identification (
                    candidate_id INTEGER PRIMARY KEY REFERENCES candidate(id) ON DELETE CASCADE,
                    sex TEXT,
                    race_ethnicity TEXT,
                    recorded_at TEXT NOT NULL
                );
                """)
        }
        return migrator
    }

    /// Tables a HireKit pipeline has; a database with other tables and none of ours is someone else's.
    static let tables: Set<String> = ["candidate", "cv", "application", "application_screening", "note", "history", "self_identification", "grdb_migrations"]
}
