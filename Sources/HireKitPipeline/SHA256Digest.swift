import Crypto
import Foundation

/// Hex SHA-256 of a file's bytes: how a CV or a role file is recognised across imports.
public enum SHA256Digest {
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
