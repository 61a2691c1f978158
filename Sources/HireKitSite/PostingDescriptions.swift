import Foundation
import HireKitRoles

/// Each role's HTML description (`JobPostingJSONLD.descriptionHTML`), made once per build and shared by
/// the three files that carry it: the role page's JSON-LD, the Atom feed and the aggregators' feed.
final class PostingDescriptions: @unchecked Sendable {
    private var made: [String: String] = [:]
    private let lock = NSLock()

    /// Keyed by role id, which a validated catalog holds once.
    func html(for role: Role) -> String {
        lock.lock()
        if let html = made[role.id] {
            lock.unlock()
            return html
        }
        lock.unlock()
        let html = JobPostingJSONLD.descriptionHTML(role)
        lock.lock()
        made[role.id] = html
        lock.unlock()
        return html
    }
}
