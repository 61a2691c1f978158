import Crypto
import Foundation

/// Hex SHA-256: of a CV's text and of a role file's bytes, how each is recognised across imports.
public enum SHA256Digest {
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of the role file `<folder>/<id>.yml` as it is now; nil when it cannot be read.
    public static func roleFile(_ id: String, in folder: String) -> String? {
        (try? Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("\(id).yml"))).map(hex)
    }
}
