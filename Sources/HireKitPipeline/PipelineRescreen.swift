import Foundation
import HireKitCV
import HireKitRoles
import HireKitScreening

/// `hirekit candidates rescreen`: after HR edits a role, every open application to it is scored
/// again from its stored CV, one transaction each.
public struct PipelineRescreen: Sendable {
    public let store: any PipelineStore
    public let roleDigest: String
    let batch: ScreeningBatch

    public init(store: any PipelineStore, role: Role, roleDigest: String, catalog: RoleCatalog?, referenceDate: Date) {
        self.store = store
        self.roleDigest = roleDigest
        self.batch = ScreeningBatch(roles: [role], catalog: catalog, referenceDate: referenceDate)
    }

    public struct Change: Sendable, Equatable {
        public var application: Int64
        public var old: Double
        public var new: Double
    }

    public func run(command: String) throws -> [Change] {
        try store.openApplications(role: batch.screeners[0].role.id).map { stored in
            let format = CVFormat(rawValue: stored.format) ?? .plainText
            let result = batch.screen(CVDocument(source: stored.source, format: format, text: stored.text)).best
            let old = try store.rescore(applicationID: stored.applicationID, result: result, roleDigest: roleDigest, command: command)
            return Change(application: stored.applicationID, old: old, new: result.score)
        }
    }
}
