import Foundation
import HireKitRoles

/// A whole-site file that lists the roles (jobs.json, the search index, the Atom and job feeds): a
/// head, each role's share in the file's order with a separator between shares, and a tail.
///
/// A share depends only on its role and on the file's `context` (the executable, the configuration,
/// and whatever else the file names). A rebuild therefore takes the share of a role whose file is
/// unchanged from the previous build's file, at the place recorded for it, and makes only the shares
/// of roles that changed: making every share again (JSON encoding above all) was most of the cost of
/// rebuilding a large site after one edit. Full and incremental builds assemble the file the same way.
struct SharedFile: Sendable {
    let path: String
    let head: [UInt8]
    let separator: [UInt8]
    let tail: [UInt8]
    /// The roles in the file's order.
    let roles: [Role]
    /// What the shares depend on besides their roles; a different context makes every share again.
    let context: String
    let share: @Sendable (Role) -> [UInt8]

    /// Where each role's share sits in a published file, for the next build.
    struct Index: Sendable, Equatable {
        var context: String
        /// Role id → its share's place.
        var places: [String: Place]
    }

    struct Place: Sendable, Equatable {
        /// `RoleFileRecord.digest` of the role file the share was made from.
        var digest: String
        var offset: Int
        var length: Int
    }

    /// The previous build's file of this path, as published, with the index of its shares.
    struct Previous {
        let index: Index
        /// The file's path and length.
        let path: String
        let size: Int
    }

    /// The file and the index of its shares. `digests` maps role ids to their files' digests (a role
    /// without one is never reused or recorded). With `previous`, the share of a role whose file is
    /// unchanged is a range of the previous file, and so is the separator before it when the share
    /// before it was too: runs of unchanged roles become one range.
    func assemble(digests: [String: String] = [:], previous: Previous? = nil) -> (file: SplicedFile, index: Index) {
        let reusable = previous.flatMap { $0.index.context == context ? $0 : nil }
        // Sized from the previous file when every share is new, as in a full build: these files run
        // to tens of megabytes, and growing by doubling moved every byte several times.
        var out = SplicedFile(source: previous?.path ?? "", capacity: reusable == nil ? (previous?.size ?? 0) + 65_536 : 65_536)
        out.append(head)
        var places: [String: Place] = [:]
        places.reserveCapacity(roles.count)
        for (position, role) in roles.enumerated() {
            let digest = digests[role.id]
            var kept: Place?
            if let digest, let reusable, let place = reusable.index.places[role.id], place.digest == digest,
               place.offset >= 0, place.length >= 0, place.offset + place.length <= reusable.size {
                kept = place
            }
            if position > 0 {
                if let kept, kept.offset >= separator.count, out.endsInSource(at: kept.offset - separator.count) {
                    out.appendPrevious(offset: kept.offset - separator.count, length: separator.count)
                } else {
                    out.append(separator)
                }
            }
            let start = out.count
            if let kept {
                out.appendPrevious(offset: kept.offset, length: kept.length)
            } else {
                out.append(share(role))
            }
            if let digest { places[role.id] = Place(digest: digest, offset: start, length: out.count - start) }
        }
        out.append(tail)
        return (out.finished(), Index(context: context, places: places))
    }

    /// The file as a full build makes it.
    var bytes: Data { assemble().file.newBytesOnly ?? Data() }
}
