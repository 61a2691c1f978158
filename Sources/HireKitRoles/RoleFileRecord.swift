import Foundation

/// One role file as a load found it: its name in the roles folder, a digest of its bytes, and the
/// role it holds. A later load of the same folder reuses the role of a file whose name and digest
/// are unchanged instead of parsing it again (`RoleLoader.load(directory:reusing:)`).
public struct RoleFileRecord: Sendable, Equatable {
    public let name: String
    public let digest: String
    public let role: Role

    public init(name: String, digest: String, role: Role) {
        self.name = name; self.digest = digest; self.role = role
    }

    /// `StableHash` of the file's bytes: the same in every run, so it can be stored.
    public static func digest(of data: Data) -> String {
        var hash = StableHash()
        hash.mix(data)
        return hash.text
    }
}
