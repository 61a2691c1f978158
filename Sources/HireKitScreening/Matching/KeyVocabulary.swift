import Foundation

/// Match keys numbered, found by their UTF-8 bytes: `PhraseMatcher`'s vocabulary (key → token id),
/// and `WordTable`'s key numbers and its words. Each distinct key of every CV is looked up once per matcher,
/// and each new word's key once in the word table; hashing a key as a `String` (SipHash over a
/// `Hasher`) cost several times what a byte hash and a byte comparison cost: a third of matching
/// all roles, and a sixth of filing a new word.
///
/// Open addressing over FNV-1a hashes, as `WordTable` finds words. `KeyVocabularyTests` compare
/// every look-up and filing with a dictionary.
struct KeyVocabulary: Sendable {
    /// Key `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`, its value `values[i]`.
    private var bytes: [UInt8] = []
    private var starts = [0]
    private var values: [Int] = []
    private var hashes: [UInt32] = []
    /// Key numbers (-1: empty), a power of two at most half full.
    private var slots = [Int32](repeating: -1, count: 16)

    /// An empty vocabulary.
    init() {}

    init(_ dictionary: [String: Int]) {
        for (key, value) in dictionary { _ = self.value(of: key, filingIfMissing: value) }
    }

    /// The value of `key`, or nil when it is not in the vocabulary: `dictionary[key]`.
    subscript(key: String) -> Int? {
        Self.withBytes(of: key) { key in
            let (found, _) = find(key, hash: Self.hash(key))
            return found.map { values[$0] }
        }
    }

    /// The value of the key whose bytes are `key`, or nil when it is not in the vocabulary.
    func value(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key, hash: Self.hash(key)).number.map { values[$0] }
    }

    /// The value of `key`, after filing it with `value` when it is missing: what reading
    /// `dictionary[key, default: value]` through an `inout` access gives, with one look-up.
    mutating func value(of key: String, filingIfMissing value: Int) -> Int {
        Self.withBytes(of: key) { key in
            switch place(of: key) {
            case .found(let found): return found
            case .missing(let place):
                file(key, value: value, at: place)
                return value
            }
        }
    }

    /// Where a key is: found with its value, or missing, with where `file` puts it.
    enum Place {
        case found(Int)
        case missing(Missing)
    }

    /// A missing key's hash and empty slot, valid until the vocabulary next changes.
    struct Missing {
        fileprivate let hash: UInt32
        fileprivate let slot: Int
    }

    /// The key whose bytes are `key`: its value, or where to file it. For a caller that does work
    /// between the look-up and the filing (`WordTable` makes a new word's key), with one hash.
    func place(of key: UnsafeBufferPointer<UInt8>) -> Place {
        let hash = Self.hash(key)
        let (found, slot) = find(key, hash: hash)
        if let found { return .found(values[found]) }
        return .missing(Missing(hash: hash, slot: slot))
    }

    /// Files `key`, missing at `place`, with `value`.
    mutating func file(_ key: UnsafeBufferPointer<UInt8>, value: Int, at place: Missing) {
        slots[place.slot] = Int32(values.count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        values.append(value)
        hashes.append(place.hash)
        if values.count * 2 > slots.count { grow() }
    }

    /// `body` on the key's contiguous UTF-8 (a native `String`'s own bytes).
    private static func withBytes<Result>(of key: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        key.utf8.withContiguousStorageIfAvailable(body) ?? Array(key.utf8).withUnsafeBufferPointer(body)
    }

    /// The number of the key whose bytes are `key` (hashed to `hash`), or nil and the empty slot
    /// it would be filed in.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (number: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let found = Int(slots[slot])
                if found < 0 { return (nil, slot) }
                let start = starts[found]
                if hashes[found] == hash, starts[found + 1] - start == key.count,
                   key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0 {
                    return (found, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Doubles the slots and files every key again by its stored hash.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// FNV-1a: keys are a few bytes long, so a byte at a time is cheap enough.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }
}
