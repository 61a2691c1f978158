import Foundation

/// 64-bit FNV-1a over bytes, for keys that are stored on disk and compared by later builds.
///
/// Swift's `Hasher` is seeded per process, so its values cannot be saved; this one is the same in
/// every run. It is not cryptographic: it detects changes, it does not resist forgery.
public struct StableHash: Sendable {
    public init() {}

    private var state: UInt64 = 0xcbf29ce484222325

    public mutating func mix(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100000001b3 }
        // A separator byte after each part, so ("ab", "c") and ("a", "bc") differ.
        state = (state ^ 0xff) &* 0x100000001b3
    }

    /// The same value as `mix(text.utf8)`, over the string's contiguous bytes (iterating its UTF-8
    /// view a byte at a time was most of the cost of hashing a large page's context).
    public mutating func mix(_ text: String) {
        var text = text
        text.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
    }

    /// The same value as the generic `mix`, over the bytes in place (Data's iterator is slow).
    public mutating func mix(_ data: Data) {
        data.withUnsafeBytes { mix($0) }
    }

    /// 16 hex digits.
    public var text: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
