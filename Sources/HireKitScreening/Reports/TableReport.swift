/// The terminal view: one aligned row per candidate, then (with `--explain`) every requirement with
/// its evidence. Colour only when asked (a TTY without NO_COLOR).
struct TableReport {
    let report: ScreeningReport

    private var color: Bool { report.options.color }

    private static func paint(_ text: String, _ code: String, color: Bool) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func paint(_ text: String, _ code: String) -> String { Self.paint(text, code, color: color) }

    private var header: [String] {
        ["#", "Score", "Candidate"] + (report.allRoles ? ["Best role"] : []) + ["Required", "Preferred", "Years", "Education", "Note"]
    }

    private func cells(_ candidate: CandidateSummary, rank: Int) -> [String] {
        ["\(rank)", ScreeningReport.number(candidate.score), report.label(candidate, rank: rank)]
            + (report.allRoles ? [candidate.roleID] : [])
            + ["\(candidate.requiredMet)/\(candidate.requiredTotal)", "\(candidate.preferredMet)/\(candidate.preferredTotal)",
               ScreeningReport.number(candidate.yearsOfExperience), candidate.educationLevel.rawValue,
               candidate.knockedOut ? "missing: " + candidate.missingKnockouts.joined(separator: ", ") : ""]
    }

    func write(to output: ReportOutput) {
        let count = report.screenedCount
        output.write("Screening for \(report.roleLabel): \(count) CV\(count == 1 ? "" : "s") ranked")
        output.write(report.blind ? " (blind: personal details redacted)\n\n" : "\n\n")
        // Column widths need every row; the rows are made twice rather than held.
        var widths = header.map(\.count)
        for (index, candidate) in report.candidates.enumerated() {
            for (column, cell) in cells(candidate, rank: index + 1).enumerated() {
                widths[column] = max(widths[column], Self.isPlainASCII(cell) ? cell.utf8.count : cell.count)
            }
        }
        func line(_ row: [String]) -> String { Self.line(row, widths: widths) }
        output.write(paint(line(header), "1") + "\n")
        for (index, candidate) in report.candidates.enumerated() {
            let row = line(cells(candidate, rank: index + 1))
            output.write((candidate.knockedOut ? paint(row, "2") : row) + "\n")
        }
        if report.candidates.isEmpty { output.write("(no candidate matches the filters)\n") }
        if report.options.explain {
            for (index, candidate) in report.candidates.enumerated() {
                output.write("\n" + paint("\(index + 1). \(report.label(candidate, rank: index + 1)) — \(ScreeningReport.number(candidate.score)) for \(candidate.roleTitle)", "1") + "\n")
                output.write(report.details(of: candidate))
            }
        }
        if !report.failures.isEmpty {
            output.write("\n" + paint("Could not read \(report.failures.count) file\(report.failures.count == 1 ? "" : "s"):", "33") + "\n")
            for failure in report.failures { output.write("  \(failure)\n") }
        }
    }

    /// `row`'s cells each padded to its column's width (`padded`), joined by two spaces, without
    /// the spaces the row ends with (`droppingTrailingSpaces`). Written as bytes into one buffer and
    /// made into a `String` once: an ASCII cell is copied with its padding (or cut) in place, instead
    /// of each padded cell, the array of them and their join being made for every row, and of a
    /// `String` append (and a string of spaces) per cell. When the row is ASCII the trailing spaces
    /// are dropped from the bytes. `TableCellTests` compare it with the join.
    static func line(_ row: [String], widths: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(widths.reduce(2 * widths.count, +))
        var ascii = true
        for (column, (cell, width)) in zip(row, widths).enumerated() {
            if column > 0 { bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
            var cell = cell
            let plain = cell.withUTF8 { utf8 -> Bool in
                guard isPlainASCII(bytes: utf8) else { return false }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8.prefix(width)))
                if utf8.count < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - utf8.count)) }
                return true
            }
            if !plain {
                ascii = false
                bytes.append(contentsOf: padded(cell, toWidth: width).utf8)
            }
        }
        guard ascii else { return droppingTrailingSpaces(String(decoding: bytes, as: UTF8.self)) }
        // Every byte is a Character of its own: the trailing spaces are the trailing " " bytes.
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// `cell.padding(toLength: width, withPad: " ", startingAt: 0)`: Foundation's, which counts
    /// UTF-16 units, for cells with anything but ASCII; an ASCII cell (nearly all of them) is
    /// padded or cut here, without bridging every cell of every row to NSString.
    static func padded(_ cell: String, toWidth width: Int) -> String {
        guard isPlainASCII(cell) else { return cell.padding(toLength: width, withPad: " ", startingAt: 0) }
        let count = cell.utf8.count
        return count >= width ? String(cell.utf8.prefix(width))! : cell + String(repeating: " ", count: width - count)
    }

    /// `line` without the " " Characters it ends with. A row's last cell is padded, and removing the
    /// spaces one Character at a time cost more than making the row. The trailing space bytes are
    /// dropped at once when an ASCII byte (or nothing) comes before them: each is then a Character
    /// of its own. Otherwise the first of them may belong to the grapheme before it, and the
    /// Characters are removed one by one. `TableCellTests` compare both ways.
    static func droppingTrailingSpaces(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        guard end == bytes.startIndex || bytes[bytes.index(before: end)] < 0x80 else {
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        return end == bytes.endIndex ? line : String(Substring(bytes[..<end]))
    }

    /// ASCII without "\r" (which joins a "\n" after it into one Character): its Characters, UTF-16
    /// units and bytes are then one and the same.
    private static func isPlainASCII(_ text: String) -> Bool { isPlainASCII(bytes: text.utf8) }

    /// The same for a text's UTF-8.
    private static func isPlainASCII(bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// A candidate's best result, requirement by requirement with evidence (`--explain`).
    static func explanation(_ result: ScreeningResult, color: Bool) -> String {
        var out = ""
        for requirement in result.requirements {
            let mark = requirement.met ? paint("✓", "32", color: color) : paint("✗", "31", color: color)
            let knockout = requirement.knockout ? " [knockout]" : ""
            out += "   \(mark) \(requirement.kind.rawValue): \(requirement.name)\(knockout) — \(ScreeningReport.number(requirement.points))/\(ScreeningReport.number(requirement.maxPoints)) pts; \(requirement.detail)\n"
            for evidence in requirement.evidence {
                out += "       line \(evidence.line): \(evidence.text)\n"
            }
        }
        if !result.achievements.isEmpty {
            out += "   Quantified achievements:\n"
            for achievement in result.achievements.prefix(5) { out += "       line \(achievement.line): \(achievement.text)\n" }
        }
        return out
    }
}
