/// The first two bytes (case-insensitive) of a list of literals, as a bit set: a literal can
/// start where a line's next two bytes are none of them only if it is one byte long. The
/// pattern scanners ask this before trying each literal of a list in turn at a word start
/// (`AchievementScanner` tried its score, time and lead words at most word starts of every line
/// with a digit). `LiteralStartsTests` compare it with trying every literal.
struct LiteralStarts: Sendable {
    /// Bit `first << 8 | second` of the lower-cased pair.
    private let pairs: [UInt64]
    /// Whether a literal of one byte starts with each byte (it then needs no second byte).
    private let singles: [Bool]

    init(_ lists: [StaticString]...) {
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [Bool](repeating: false, count: 256)
        for literal in lists.joined() {
            let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            guard let first = bytes.first else { continue }
            guard bytes.count > 1 else {
                singles[Int(Self.lower(first))] = true
                continue
            }
            let pair = Int(Self.lower(first)) << 8 | Int(Self.lower(bytes[1]))
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.pairs = pairs
        self.singles = singles
    }

    /// Whether one of the literals may start at `index` of `line`: false when none has its first
    /// two bytes there (in either case).
    func mayStart(at index: Int, in line: ASCIIPatternLine) -> Bool {
        let first = line.lower(index)
        if singles[Int(first)] { return true }
        let pair = Int(first) << 8 | Int(line.lower(index + 1))
        return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
