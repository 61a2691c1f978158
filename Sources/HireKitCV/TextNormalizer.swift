/// The one place output text is tidied, so every format yields the same shape: "\n" line ends, single spaces,
/// trimmed lines and at most one blank line in a row. Screening and `--blind` redaction rely on that shape.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var pendingSpace = false, pendingTab = false
        var previous: Unicode.Scalar = "\0"

        func endLine() {
            lines.append(String(line))
            line = String.UnicodeScalarView()
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
                    if pendingTab { line.append("\t") } else if pendingSpace { line.append(" ") }
                }
                pendingSpace = false
                pendingTab = false
                line.append(scalar)
            }
        }
        endLine()

        var output: [String] = []
        for line in lines {
            if line.isEmpty && (output.last?.isEmpty ?? true) { continue }
            output.append(line)
        }
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }
}
