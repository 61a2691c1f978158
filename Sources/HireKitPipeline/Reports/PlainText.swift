import Foundation
import HireKitMarkup
import HireKitScreening

/// Small text helpers shared by the pipeline's reports.
enum PlainText {
    /// Control characters removed, so that text from a CV or a note cannot move the cursor or
    /// recolour a recruiter's terminal; line breaks become spaces in one-line cells.
    static func cell(_ text: String) -> String {
        // Most cells have no control character: check the bytes before rebuilding anything.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? " " : scalar
        }))
    }

    /// RFC 4180 CSV, formula-looking cells as text: the screening report's rule.
    static func csv(_ value: String) -> String { CSVReport.cell(value) }

    /// One decimal, as `String(format: "%.1f")` writes it (scores are stored to one decimal already),
    /// without its cost, which was most of listing 25,000 applications.
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return String(format: "%.1f", value) }
        let tenths = Int((abs(value) * 10).rounded())
        // Concatenated rather than interpolated: interpolating an Int looks up its conformances.
        return (value < 0 && tenths > 0 ? "-" : "") + String(tenths / 10) + "." + String(tenths % 10)
    }

    /// Columns padded to their widest cell (by characters), two spaces apart.
    /// `asciiColumns` hold only ASCII, so their widths are byte counts, which are cheaper to take.
    static func table(_ rows: [[String]], asciiColumns: Set<Int> = []) -> String {
        guard let header = rows.first else { return "" }
        // Widths in Characters (what a terminal shows); the text is assembled as bytes, which is
        // what keeps 25,000 rows fast.
        let ascii = (0..<header.count).map(asciiColumns.contains)
        let lengths = rows.map { row in row.indices.map { ascii[$0] ? row[$0].utf8.count : row[$0].count } }
        var widths = Array(repeating: 0, count: header.count)
        for row in lengths { for (index, length) in row.enumerated() { widths[index] = max(widths[index], length) } }
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: widths.reduce(0, +) + 2 * widths.count)
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        for (row, lengths) in zip(rows, lengths) {
            var pending = 0  // spaces owed before the next non-empty cell, so that none trail a line
            for (index, cell) in row.enumerated() {
                if index > 0 { pending += 2 }
                if !cell.isEmpty {
                    out.append(contentsOf: spaces[0..<pending])
                    out.append(contentsOf: cell.utf8)
                    pending = 0
                }
                pending += widths[index] - lengths[index]
            }
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal (or null), appended as bytes.
    static func appendJSON(_ text: String?, to out: inout [UInt8]) {
        guard let text else { return out.append(contentsOf: "null".utf8) }
        var literal: [UInt8] = []
        if JSONEscaping.appendString(text, to: &literal) {
            out.append(contentsOf: literal)
        } else {
            // Control characters: the general encoder writes them as \u escapes.
            out.append(contentsOf: (try? JSONEncoder().encode(text)) ?? Data("null".utf8))
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self) + "\n"
    }
}
