import Foundation

/// `PhraseMatcher`'s vocabulary, match key → token id, found by the key's UTF-8 bytes: each
/// distinct key of every CV is looked up once per matcher, and hashing it as a `String` (SipHash
/// over a `Hasher`) cost several times what a byte hash and a byte comparison cost, a third of
/// matching all roles.
///
/// Open addressing over FNV-1a hashes, as `WordTable` finds words. `KeyVocabularyTests` compare
/// every look-up with the dictionary it is built from.
struct KeyVocabulary: Sendable {
    /// Key `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`, its id `values[i]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let values: [Int]
    private let hashes: [UInt32]
    /// Key numbers (-1: empty), a power of two at most half full.
    private let slots: [Int32]

    init(_ dictionary: [String: Int]) {
        var bytes: [UInt8] = [], starts = [0], values: [Int] = [], hashes: [UInt32] = []
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (key, value) in dictionary {
            let hash = Self.hash(Array(key.utf8))
            var slot = Int(hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(values.count)
            bytes += key.utf8
            starts.append(bytes.count)
            values.append(value)
            hashes.append(hash)
        }
        self.bytes = bytes
        self.starts = starts
        self.values = values
        self.hashes = hashes
        self.slots = slots
    }

    /// The id of `key`, or nil when it is not in the vocabulary: `dictionary[key]`.
    subscript(key: String) -> Int? {
        key.utf8.withContiguousStorageIfAvailable(value(of:)) ?? Array(key.utf8).withUnsafeBufferPointer(value(of:))
    }

    private func value(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let found = Int(slots[slot])
                if found < 0 { return nil }
                let start = starts[found]
                if hashes[found] == hash, starts[found + 1] - start == key.count,
                   key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return values[found]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a: keys are a few bytes long, so a byte at a time is cheap enough.
    private static func hash(_ key: some Collection<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
