/// A cheap necessary condition for a regular expression: an ASCII line can match only if one of
/// the pattern's literal triggers starts a word in it (case-insensitively). Every alternative of
/// the education patterns begins with `\b` and a literal, so a line with none of their triggers at
/// a word start cannot match, and the ICU regex (most of the cost of reading education) is skipped.
///
/// Lines with any non-ASCII byte always pass: ICU's case-insensitive matching folds Unicode case
/// ("ſ", "K") in ways a byte comparison would not.
struct WordStartPrefilter: Sendable {
    private let triggers: [[UInt8]]

    /// `triggers` are lower-case ASCII.
    init(_ triggers: [String]) {
        self.triggers = triggers.map { Array($0.utf8) }
    }

    /// False only when `line` is ASCII and no trigger starts at a word boundary.
    func mayMatch(_ line: String) -> Bool {
        var result = true
        line.utf8.withContiguousStorageIfAvailable { bytes in
            result = mayMatch(bytes)
        }
        return result
    }

    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
        for start in bytes.indices where start == 0 || !Self.isWordByte(bytes[start - 1]) {
            for trigger in triggers where start + trigger.count <= bytes.count {
                var index = 0
                while index < trigger.count, Self.lowered(bytes[start + index]) == trigger[index] { index += 1 }
                if index == trigger.count { return true }
            }
        }
        return false
    }

    /// ICU's `\w` on ASCII: letters, digits and the underscore.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
