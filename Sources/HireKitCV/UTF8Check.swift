/// One pass over the bytes of what may be a UTF-8 text CV: whether they are well-formed UTF-8
/// (as `String(validating:)` has it: no overlong forms, surrogates or scalars past U+10FFFF, no
/// sequence cut short), and whether they hold any character `TextDecoder.looksLikeText` counts
/// against a text (C0 controls but tab and line breaks, DEL, U+0080…U+009F, U+FFFD).
///
/// Validating to build a String, then looking for those characters, read a text CV twice, and
/// the standard library's validation cost about 8 instructions a byte on CVs with a non-ASCII
/// character every line or so. Here eight bytes are taken at a time while they are printable ASCII.
enum UTF8Check {
    enum Outcome: Equatable {
        case invalid
        /// Well-formed, with none of the characters counted against a text.
        case clean
        /// Well-formed, with at least one of them.
        case suspicious
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard let base = bytes.baseAddress else { return .clean }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        let count = bytes.count
        var suspicious = false
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // With no high bit set, adding 0x80 - n to a byte sets its high bit exactly when
                // it is n or more, and never carries into the next byte.
                let printable = (word &+ ones &* 0x60) & highs, fromTab = (word &+ ones &* 0x77) & highs
                let pastReturn = (word &+ ones &* 0x72) & highs, delete = (word &+ ones) & highs
                let lineControls = fromTab & ~pastReturn
                // The high bit of each byte that is not ASCII, or a control other than tab and line breaks, or DEL.
                let stops = (word & highs) | (~printable & ~lineControls & highs) | delete
                if stops == 0 {
                    index += 8
                    continue
                }
                // Bytes below the first marked one are clean ASCII; with a non-ASCII byte among
                // them, all marks but the lowest may be wrong, so only it is used.
                index += stops.trailingZeroBitCount / 8
            }
            // The scalar there, and those up to eight bytes on (a sequence may run past them).
            let stop = min(index + 8, count)
            repeat {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead < 0x20 && !(0x09...0x0D).contains(lead) || lead == 0x7F { suspicious = true }
                    index += 1
                    continue
                }
                // The second byte's range depends on the lead (Unicode's table 3-7); the rest are 80…BF.
                let length: Int, low: UInt8, high: UInt8
                switch lead {
                case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
                case 0xED: (length, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
                default: return .invalid
                }
                guard index + length <= count, (low...high).contains(bytes[index + 1]) else { return .invalid }
                for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return .invalid }
                if lead == 0xC2 && bytes[index + 1] < 0xA0 || lead == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
                    suspicious = true
                }
                index += length
            } while index < stop
        }
        return suspicious ? .suspicious : .clean
    }
}
