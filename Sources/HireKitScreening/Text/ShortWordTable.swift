/// `WordTable`'s words of one to eight bytes (about nine in ten of a CV's words), each found by its
/// bytes packed into one integer: hashed with one multiplication and compared in one instruction,
/// where `KeyVocabulary` hashes a byte at a time and compares with `memcmp`. Looking a word up was
/// a third of reading a CV's tokens. `ShortWordTableTests` compare it with a dictionary.
struct ShortWordTable {
    /// Packed words (0: an empty slot), a power of two at most half full, and each one's value.
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var values = [Int32](repeating: 0, count: 1024)
    private var count = 0
    /// 64 − log₂(slot count): the hash's high bits pick the slot.
    private var shift: UInt64 = 54

    /// `word`'s bytes, the first in the lowest byte; nil for an empty word, one longer than eight
    /// bytes, or one holding a NUL (a word never does), which the packed form could not tell apart
    /// from a shorter word.
    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !word.isEmpty, word.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for index in 0..<word.count {
            let byte = word[index]
            guard byte != 0 else { return nil }
            packed |= UInt64(byte) &<< UInt64(index &* 8)
        }
        return packed
    }

    /// `pack` of the word `line[start..<end]`, read with one eight-byte load when the line holds
    /// eight bytes from `start` (most words of a line): byte by byte this cost more than the look-up.
    /// Inlined into the word loop: called for every word of every CV, it cost as much again in calls.
    @inline(__always)
    static func pack(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
        let count = end - start
        guard count > 0, count <= 8, start >= 0, let base = line.baseAddress else { return nil }
        guard start + 8 <= line.count else { return pack(UnsafeBufferPointer(rebasing: line[start..<end])) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let mask = count == 8 ? UInt64.max : (1 &<< UInt64(count &* 8)) &- 1
        let packed = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) & mask
        // A zero byte among the word's own: the lowest flagged byte is always a true zero, and
        // the bytes past the word, cleared by the mask, are flagged only above the word.
        guard (packed &- ones) & ~packed & (ones &* 0x80) & mask == 0 else { return nil }
        return packed
    }

    /// Where a packed word is: found with its value, or missing, with the slot `file` puts it in
    /// (valid until the table next changes).
    enum Place {
        case found(Int)
        case missing(slot: Int)
    }

    func place(of packed: UInt64) -> Place {
        let mask = keys.count - 1
        var slot = Self.slot(of: packed, shift: shift)
        while true {
            let key = keys[slot]
            if key == packed { return .found(Int(values[slot])) }
            if key == 0 { return .missing(slot: slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Files `packed`, missing at `slot`, with `value` (below 2³¹: `WordTable` starts again long before).
    mutating func file(_ packed: UInt64, value: Int, at slot: Int) {
        keys[slot] = packed
        values[slot] = Int32(value)
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// Fibonacci hashing: the high bits of the product depend on every byte of the word.
    private static func slot(of packed: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// Doubles the slots and files every word again.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
