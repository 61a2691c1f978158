/// Plain-text clean-up shared by the posting formats.
enum PostingText {
    /// Role text on one line: YAML block scalars and stray control characters would otherwise break
    /// a list item or heading in the pasted posting.
    static func singleLine(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // Every ASCII space and control character is at or below U+0020, or is DEL; the Unicode
            // properties (a table lookup each) are asked only of the rest.
            let blank = scalar.isASCII ? scalar.value <= 0x20 || scalar.value == 0x7F
                : scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if blank {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(UInt8(ascii: " ")); pendingSpace = false }
            if scalar.isASCII { result.append(UInt8(scalar.value)) } else { result.append(contentsOf: UTF8.encode(scalar)!) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
