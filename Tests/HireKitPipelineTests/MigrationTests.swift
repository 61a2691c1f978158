import Foundation
import GRDB
@testable import HireKitPipeline
import HireKitTestSupport
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    @Test func aDatabaseFromAnOlderHireKitIsMigratedOnOpenAndKeepsItsApplications() throws {
        let folder = try TempFolder("migrate")
        let path = folder.file("p.sqlite").path
        // A pipeline as the first schema left it, with one application.
        let old = try DatabaseQueue(path: path)
        try PipelineSchema.migrator.migrate(old, upTo: "v1-pipeline")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO candidate (id, name, created_at, last_activity_at) VALUES (1, 'Ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                INSERT INTO cv (id, candidate_id, sha256, source, format, text, imported_at) VALUES (1, 1, 'x', 'a.txt', 'text', X'41', '2026-01-01T00:00:00Z');
                INSERT INTO application (candidate_id, cv_id, role_id, role_digest, score, stage, furthest_stage, stage_since, applied_at)
                VALUES (1, 1, 'greeter', 'd', 50, 'applied', 'applied', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                """)
        }
        try old.close()
        let store = try SQLitePipelineStore(path: path)
        #expect(try store.applications(role: nil, stage: nil).count == 1)
        let check = try DatabaseQueue(path: path)
        #expect(try check.read { try PipelineSchema.migrator.hasCompletedMigrations($0) })
        #expect(try check.read { try $0.tableExists("self_identification") })
    }
}
