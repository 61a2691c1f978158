import Foundation
import HireKitAudit

/// `hirekit audit`: the pipeline's applications and self-identification, handed to HireKitAudit.
public struct AuditRun: Sendable {
    public var role: String?
    public var selectedAt: Stage
    public var from: String?
    public var to: String?
    /// Where the role files are, for their digests in the report's header.
    public var rolesFolder: String
    public var hirekitVersion: String

    public init(role: String?, selectedAt: Stage, from: String?, to: String?, rolesFolder: String, hirekitVersion: String) {
        self.role = role; self.selectedAt = selectedAt; self.from = from; self.to = to
        self.rolesFolder = rolesFolder; self.hirekitVersion = hirekitVersion
    }

    public func audit(_ store: any PipelineStore) throws -> BiasAudit {
        let rows = try store.auditRows(roles: role.map { [$0] }, from: from.flatMap(Self.day), to: to.flatMap(Self.day))
        if let role, rows.isEmpty { throw PipelineError.noApplications(role: role) }
        let roleIDs = Set(rows.map(\.roleID)).union(role.map { [$0] } ?? []).sorted()
        let header = AuditHeader(from: from, to: to, roles: roleIDs.map { AuditHeader.Role(id: $0, digest: digest(of: $0)) },
                                 hirekitVersion: hirekitVersion, selectedAt: selectedAt.rawValue)
        let applications = rows.map {
            AuditedApplication(applicationID: $0.applicationID, roleID: $0.roleID, score: $0.score, selected: $0.reached(selectedAt),
                               sex: $0.sex, raceEthnicity: $0.raceEthnicity)
        }
        do {
            return try BiasAudit(header: header, applications: applications)
        } catch {
            throw PipelineError.storage(path: "", detail: "the stored data cannot be audited: \(error)")
        }
    }

    /// The role file's SHA-256 now; "(no role file)" when it was deleted since the applications came in.
    private func digest(of role: String) -> String {
        SHA256Digest.roleFile(role, in: rolesFolder) ?? "(no role file)"
    }

    /// A calendar day, YYYY-MM-DD, at midnight UTC.
    public static func day(_ text: String) -> Date? {
        guard text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else { return nil }
        return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }
}
