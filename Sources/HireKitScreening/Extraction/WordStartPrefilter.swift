/// A cheap necessary condition for a regular expression: an ASCII line can match only if one of
/// the pattern's literal triggers starts a word in it (case-insensitively). Every alternative of
/// the education patterns begins with `\b` and a literal, so a line with none of their triggers at
/// a word start cannot match, and the ICU regex (most of the cost of reading education) is skipped.
///
/// Lines with a non-ASCII character outside `CaseSafeScalars` always pass: ICU's case-insensitive
/// matching folds Unicode case ("ſ", "K") in ways a byte comparison would not. A case-safe
/// non-ASCII character counts as a possible word boundary before a trigger (it may not be a word
/// character), so the filter stays a necessary condition on such lines too.
struct WordStartPrefilter: Sendable {
    /// A trigger's bytes, and whether white space must follow them.
    private struct Trigger: Sendable {
        var bytes: [UInt8]
        var blankAfter: Bool
    }

    /// The triggers filed under their first byte: at each word start only those starting with its
    /// letter are compared (a CV line has a dozen word starts, the filters forty-odd triggers).
    private let triggersByFirstByte: [[Trigger]]

    /// `triggers` are lower-case ASCII. A trigger ending in a space stands for the word followed by
    /// white space, as in "ma" of `ma\s+in` (which "manager" is not): a byte up to 0x20, or any
    /// non-ASCII byte, since the line may hold a non-ASCII space there.
    init(_ triggers: [String]) {
        var table = Array(repeating: [Trigger](), count: 256)
        for trigger in triggers {
            let blankAfter = trigger.hasSuffix(" ")
            table[Int(trigger.utf8.first!)].append(Trigger(bytes: Array(trigger.utf8.dropLast(blankAfter ? 1 : 0)), blankAfter: blankAfter))
        }
        triggersByFirstByte = table
    }

    /// False only when `line`'s non-ASCII characters are all case-safe and no trigger starts at a
    /// word boundary. `caseSafe` is `CaseSafeScalars.allNonASCIICaseSafe(line)`, found once for the
    /// several filters a line goes through.
    func mayMatch(_ line: String, caseSafe: Bool) -> Bool {
        guard caseSafe else { return true }
        var result = true
        line.utf8.withContiguousStorageIfAvailable { bytes in
            result = mayMatch(caseSafe: bytes)
        }
        return result
    }

    /// `bytes`: a line whose non-ASCII characters are all case-safe. A byte of one of those is never
    /// a word byte here, so a trigger after it counts as starting a word.
    private func mayMatch(caseSafe bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices where start == 0 || !Self.isWordByte(bytes[start - 1]) {
            for trigger in triggersByFirstByte[Int(Self.lowered(bytes[start]))] {
                let count = trigger.bytes.count
                guard start + count + (trigger.blankAfter ? 1 : 0) <= bytes.count else { continue }
                var index = 1
                while index < count, Self.lowered(bytes[start + index]) == trigger.bytes[index] { index += 1 }
                if index == count, !trigger.blankAfter || bytes[start + count] <= 0x20 || bytes[start + count] >= 0x80 { return true }
            }
        }
        return false
    }

    /// ICU's `\w` on ASCII: letters, digits and the underscore (false for every non-ASCII byte).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}
