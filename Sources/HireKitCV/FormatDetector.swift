import Foundation

/// Decides a CV's format from its bytes, using the file extension only to break ties between text formats.
/// Candidates rename files freely ("cv.pdf" that is really a DOCX), so trusting the extension would hand the
/// wrong parser the file and produce a confusing "damaged" error.
enum FormatDetector {
    enum Detection: Equatable {
        case pdf
        case docx
        /// A text-based format, with the already-decoded text so it is decoded only once.
        case text(CVFormat, String)
        /// Plain text whose bytes are its UTF-8 as they are: nothing to decode (see `isPlainUTF8`).
        case plainUTF8
    }

    static func detect(_ data: Data, source: String) throws(CVReadError) -> Detection {
        if data.withUnsafeBytes(hasPDFHeader) { return .pdf }
        let head = [UInt8](data.prefix(1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try zip(data, source: source)
        }
        if let detail = knownUnsupported(head) {
            throw .unsupportedFormat(path: source, detail: detail)
        }
        let plain = data.withUnsafeBytes { buffer in
            Result { () throws(CVReadError) in try isPlainUTF8(buffer.assumingMemoryBound(to: UInt8.self), source: source) }
        }
        if try plain.get() { return .plainUTF8 }
        guard let text = TextDecoder.decode(data) else {
            throw .unsupportedFormat(path: source, detail: "binary data, not a text document")
        }
        return try .text(textFormat(text, source: source), text)
    }

    /// True when `bytes` are what `TextDecoder.decode` would take as they are and `textFormat` would
    /// call plain text, found without building a String: well-formed UTF-8 without a byte-order
    /// mark or NUL (so neither UTF-16 nor binary), with no "{", "<" or "#" (which every JSON, HTML
    /// and Markdown test needs), under a name without a JSON or Markdown extension. Most CVs in a
    /// batch. Throws `decode`'s refusal for well-formed UTF-8 that does not look like text; false
    /// leaves the bytes to `decode` and `textFormat`.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>, source: String) throws(CVReadError) -> Bool {
        guard let base = bytes.baseAddress, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
        for byte in [0, UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "#")] where memchr(base, Int32(byte), bytes.count) != nil {
            return false
        }
        guard !["json", "md", "markdown", "mdown", "mkd"].contains(telling(source)) else { return false }
        switch UTF8Check.check(bytes) {
        case .invalid: return false  // Windows-1252, for `decode`
        case .clean: return true
        case .suspicious:
            guard TextDecoder.looksLikeText(utf8: bytes) else {
                throw .unsupportedFormat(path: source, detail: "binary data, not a text document")
            }
            return true
        }
    }

    private static func zip(_ data: Data, source: String) throws(CVReadError) -> Detection {
        // Entry names sit uncompressed in the central directory, so a byte search finds them without unzipping.
        if data.range(of: Data("word/document.xml".utf8)) != nil { return .docx }
        if data.range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil {
            throw .unsupportedFormat(path: source, detail: "OpenDocument text (.odt); save it as DOCX or PDF")
        }
        throw .unsupportedFormat(path: source, detail: "a ZIP archive that is not a Word .docx document")
    }

    private static func knownUnsupported(_ head: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Word .doc file; save it as DOCX or PDF"),
            (Array("{\\rtf".utf8), "an RTF file; save it as DOCX or PDF"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image; HireKit reads text, not pictures of text"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image; HireKit reads text, not pictures of text"),
            (Array("GIF8".utf8), "a GIF image; HireKit reads text, not pictures of text"),
            ([0x49, 0x49, 0x2A, 0x00], "a TIFF image; HireKit reads text, not pictures of text"),
            ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image; HireKit reads text, not pictures of text"),
        ]
        return signatures.first { head.starts(with: $0.0) }?.1
    }

    static func textFormat(_ text: String, source: String) throws(CVReadError) -> CVFormat {
        let ext = telling(source)
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "{" || ext == "json" {
            if let format = try jsonFormat(text, ext: ext, source: source) { return format }
        }
        // Every HTML test needs a "<": most CVs have none and are answered without lower-casing 4 KB.
        if contains(text, UInt8(ascii: "<")), looksLikeHTML(trimmed.prefix(4096).lowercased(), ext: ext) { return .html }
        if ["md", "markdown", "mdown", "mkd"].contains(ext) || looksLikeMarkdown(text) { return .markdown }
        return .plainText
    }

    /// JSON Resume when the object has the schema's `basics` or `work` keys. Other JSON is refused rather than
    /// screened as text, since its keys and punctuation would read as CV content.
    private static func jsonFormat(_ text: String, ext: String, source: String) throws(CVReadError) -> CVFormat? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
            if ext == "json" { throw .corrupt(path: source, format: .jsonResume, detail: "not valid JSON") }
            return nil  // prose that happens to start with "{"
        }
        guard let resume = object as? [String: Any], resume["basics"] != nil || resume["work"] != nil else {
            throw .unsupportedFormat(path: source, detail: "JSON without the JSON Resume \"basics\" or \"work\" sections")
        }
        return .jsonResume
    }

    private static func looksLikeHTML(_ head: String, ext: String) -> Bool {
        if head.hasPrefix("<!doctype html") || head.contains("<html") { return true }
        guard head.hasPrefix("<") else { return false }
        if ["html", "htm", "xhtml"].contains(ext) { return true }
        let tags = ["<body", "<div", "<p>", "<p ", "<br", "<h1", "<h2", "<h3", "<ul", "<li", "<table", "<span"]
        return tags.filter { head.contains($0) }.count >= 2
    }

    /// Without a .md extension, require two ATX headings ("# ", "## ") at line starts, or a heading plus a
    /// "- " list, so plain-text CVs that mention "#1 in sales" aren't mistaken for Markdown.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        // Both answers need a heading, so a "#": most CVs have none and are not split into lines.
        guard contains(text, UInt8(ascii: "#")) else { return false }
        var tally = MarkdownTally()
        // Without "\r" (a "\r\n" pair is one Character) every "\n" byte is a Character of its own,
        // so lines are found in the bytes, one at a time, and only their first few bytes read.
        if !contains(text, UInt8(ascii: "\r")), let answer = text.utf8.withContiguousStorageIfAvailable({ tally.lines(of: $0, text) }) {
            return answer
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) { tally.count(line) }
        return tally.answer
    }

    /// The headings and bullets of a text's first 400 lines.
    private struct MarkdownTally {
        var headings = 0, bullets = 0
        var answer: Bool { headings >= 2 || (headings >= 1 && bullets >= 1) }

        /// Each line's first Characters, which are its first bytes while those and the byte after
        /// them are ASCII (no combining mark can join them); other lines are read as Characters.
        mutating func lines(of bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
            guard let base = bytes.baseAddress else { return answer }
            var start = 0, lines = 0
            // The answer never turns false again once true.
            while start < bytes.count, lines < 400, !answer {
                let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                let end = newline.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                defer { start = end + 1 }
                guard end > start else { continue }  // empty lines are not lines
                lines += 1
                var hashes = 0
                while start + hashes < end, bytes[start + hashes] == UInt8(ascii: "#") { hashes += 1 }
                let plain = max(hashes + 1, 2)
                guard (start..<min(start + plain + 1, end)).allSatisfy({ bytes[$0] < 0x80 }) else {
                    let utf8 = text.utf8
                    count(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
                    continue
                }
                if (1...6).contains(hashes), start + hashes < end, bytes[start + hashes] == 0x20 { headings += 1 }
                if end - start >= 2, bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*"), bytes[start + 1] == 0x20 {
                    bullets += 1
                }
            }
            return answer
        }

        mutating func count(_ line: Substring) {
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " { headings += 1 }
            if line.hasPrefix("- ") || line.hasPrefix("* ") { bullets += 1 }
        }
    }

    /// Whether `text` holds `byte`, looked for in its contiguous UTF-8 with `memchr`: iterating
    /// String.UTF8View costs several times more per byte, and a loop over the buffer a few
    /// instructions a byte, and this reads every CV whole, twice.
    private static func contains(_ text: String, _ byte: UInt8) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? text.utf8.contains(byte)
    }

    /// Whether "%PDF-" lies wholly inside the first KiB of `bytes`: the PDF spec lets junk precede
    /// the header, and poppler accepts it within the first 1 KiB. Each "%" is found with `memchr`
    /// rather than comparing five bytes at every position.
    static func hasPDFHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let end = min(bytes.count, 1024), header = Array("%PDF-".utf8)
        var start = 0
        while end - start >= header.count, let found = memchr(base + start, Int32(header[0]), end - start - header.count + 1) {
            let offset = base.distance(to: UnsafeRawPointer(found))
            if memcmp(found, header, header.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }

    /// The extensions that break ties between text formats, in every spelling of case.
    private static let tellingExtensions = ["json", "html", "htm", "xhtml", "md", "markdown", "mdown", "mkd"]
    private static let dottedTellingExtensions = tellingExtensions.map { Array(".\($0)".utf8) }

    /// `source`'s path extension, lower-cased, when it is one of `tellingExtensions`, and "" for
    /// any other: the only use of it is to be compared with those. NSString's `pathExtension`
    /// cost about 30,000 instructions a CV; an ASCII name that does not end in "." and one of them
    /// cannot have one, and is answered from its last bytes. Other names (non-ASCII letters
    /// lower-case in their own ways: the Kelvin sign to "k") still ask NSString.
    static func telling(_ source: String) -> String {
        var bytes = source.utf8[...]
        while bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let mayTell = dottedTellingExtensions.contains { dotted in
                bytes.count >= dotted.count && Swift.zip(bytes.suffix(dotted.count), dotted).allSatisfy { byte, wanted in
                    (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == wanted
                }
            }
            guard mayTell else { return "" }
        }
        let ext = (source as NSString).pathExtension.lowercased()
        return tellingExtensions.contains(ext) ? ext : ""
    }
}
