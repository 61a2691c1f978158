/// Tidies the *layout* of text a reader extracted, so every format yields the same shape: "\n" line
/// ends, single spaces, trimmed lines and at most one blank line in a row; control characters, soft
/// hyphens and zero-width marks are dropped. Every visible character stays as the CV wrote it (case,
/// accents, ligatures), because this is the text recruiters are quoted as evidence.
///
/// Not to be confused with HireKitScreening's `MatchNormalizer`, which *folds* characters (case,
/// NFKC, diacritics) into the form text is compared in, and never changes the number of lines.
/// Screening and `--blind` redaction rely on the shape this one gives.
enum LayoutNormalizer {
    static func normalize(_ text: String) -> String {
        // Built as UTF-8 bytes rather than String.UnicodeScalarView appends (a CV is tens of thousands of
        // characters and this runs for every CV); lines are written straight into the output, dropping a
        // blank line after another blank line or at the start, and a blank line at the end.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var lineCount = 0, lastLineEmpty = true
        var pendingSpace = false, pendingTab = false
        var previous: Unicode.Scalar = "\0"

        func endLine() {
            if !(line.isEmpty && lastLineEmpty) {
                if lineCount > 0 { output.append(UInt8(ascii: "\n")) }
                output.append(contentsOf: line)
                lineCount += 1
                lastLineEmpty = line.isEmpty
            }
            line.removeAll(keepingCapacity: true)
            pendingSpace = false
            pendingTab = false
        }

        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x0A:
                if previous == "\r" { continue }  // second half of "\r\n"
                endLine()
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                endLine()
            case 0x09:
                pendingTab = true
            case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = true
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue  // controls, soft hyphens and zero-width marks carry no words
            default:
                // Runs of blanks collapse to one; a tab survives (as one tab) because DOCX uses it between a job
                // title and its dates, and it is a clearer separator than a space.
                if !line.isEmpty {
                    if pendingTab { line.append(0x09) } else if pendingSpace { line.append(0x20) }
                }
                pendingSpace = false
                pendingTab = false
                if scalar.isASCII { line.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { line.append($0) } }
            }
        }
        endLine()
        // At most one blank line can end the output (blank lines never follow one another): drop it.
        if lineCount > 0, lastLineEmpty { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }
}
