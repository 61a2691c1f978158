import CLibXML2
import Foundation
import ZIPFoundation

/// Extracts a Word document's text: page headers first (where CV templates put the name and contact details),
/// then the body, then footers. Paragraphs become lines; table rows become "cell | cell" lines; text boxes
/// are read where they are anchored.
enum DOCXTextExtractor {
    static func extract(_ data: Data, source: String, limits: ReaderLimits) throws(CVReadError) -> String {
        var zip = try ZipPartReader(data: data, source: source, limits: limits)
        guard let body = zip.entries(where: { $0 == "word/document.xml" }).first else {
            throw .corrupt(path: source, format: .docx, detail: "word/document.xml is missing")
        }
        let headers = zip.entries(where: { isPart($0, named: "header") }).sorted(by: partOrder)
        let footers = zip.entries(where: { isPart($0, named: "footer") }).sorted(by: partOrder)
        try zip.checkDeclaredSizes(of: [body] + headers + footers)

        var lines: [String] = []
        var seenDecorations = Set<[String]>()
        // Word keeps separate first-page/even-page headers that usually repeat each other; keep each text once.
        func appendDecoration(_ partLines: [String]) {
            guard partLines.contains(where: { !$0.isEmpty }), seenDecorations.insert(partLines).inserted else { return }
            lines += partLines + [""]
        }
        for header in headers {
            appendDecoration(try partLines(zip.read(header), part: header.path, source: source, required: false))
        }
        lines += try partLines(zip.read(body), part: body.path, source: source, required: true)
        lines.append("")
        for footer in footers {
            appendDecoration(try partLines(zip.read(footer), part: footer.path, source: source, required: false))
        }
        return lines.joined(separator: "\n")
    }

    /// word/header1.xml, word/header2.xml ... (not their .rels files).
    private static func isPart(_ path: String, named prefix: String) -> Bool {
        guard path.hasPrefix("word/\(prefix)"), path.hasSuffix(".xml") else { return false }
        return path.dropFirst("word/\(prefix)".count).dropLast(4).allSatisfy(\.isNumber)
    }

    private static func partOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let number = { (path: String) in Int(path.filter(\.isNumber)) ?? 0 }
        return number(lhs.path) < number(rhs.path)
    }

    /// A header or footer that won't parse is dropped (the body is what matters); a broken body is an error.
    private static func partLines(_ xml: Data, part: String, source: String, required: Bool) throws(CVReadError)
        -> [String] {
        let (parsed, message) = LibXML.parseXML(xml)
        guard let document = parsed else {
            if !required { return [] }
            throw .corrupt(path: source, format: .docx, detail: "\(part) is not well-formed XML"
                + (message.map { ": \($0)" } ?? ""))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var walker = WordprocessingWalker()
        walker.blocks(in: root)
        return walker.lines
    }
}

/// Walks WordprocessingML. Only `w:t` text is taken, so deleted revisions (`w:delText`), field codes
/// (`w:instrText`) and unexpanded entity references never reach the output.
struct WordprocessingWalker {
    private(set) var lines: [String] = []

    private static func isWord(_ node: xmlNodePtr) -> Bool {
        guard let uri = LibXML.namespaceURI(node) else { return false }
        return uri.hasSuffix("/wordprocessingml/2006/main") || uri == "http://purl.oclc.org/ooxml/wordprocessingml/main"
    }

    private static func isMarkupCompatibility(_ node: xmlNodePtr) -> Bool {
        LibXML.namespaceURI(node)?.hasSuffix("/markup-compatibility/2006") == true
    }

    /// Block-level content: paragraphs, tables and containers of them (body, content controls, text boxes).
    mutating func blocks(in node: xmlNodePtr) {
        for child in LibXML.children(node) where LibXML.isElement(child) {
            let name = LibXML.localName(child)
            if Self.isWord(child) {
                switch name {
                case "p": paragraph(child)
                case "tbl": table(child)
                case "sectPr", "pPr", "rPr", "tblPr", "del", "moveFrom": continue
                default: blocks(in: child)
                }
            } else if Self.isMarkupCompatibility(child), name == "AlternateContent" {
                if let chosen = Self.alternative(child) { blocks(in: chosen) }
            } else {
                blocks(in: child)
            }
        }
    }

    private mutating func paragraph(_ node: xmlNodePtr) {
        var text = ""
        var anchored: [String] = []
        inline(node, text: &text, anchored: &anchored)
        // Headings get a blank line before them, so sections read apart as in the other formats.
        if Self.isHeading(node), !lines.isEmpty { lines.append("") }
        lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines += anchored
    }

    /// Inline content of a paragraph. Text boxes anchored in the paragraph are collected separately and emitted
    /// as their own lines after it, rather than spliced into the middle of the sentence.
    private func inline(_ node: xmlNodePtr, text: inout String, anchored: inout [String]) {
        for child in LibXML.children(node) where LibXML.isElement(child) {
            let name = LibXML.localName(child)
            if Self.isWord(child) {
                switch name {
                case "t": text += Self.textContent(child)
                case "tab", "ptab": text += "\t"
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "txbxContent":
                    var box = WordprocessingWalker()
                    box.blocks(in: child)
                    anchored += box.lines
                case "delText", "instrText", "del", "moveFrom", "rPr", "pPr", "fldData": continue
                default: inline(child, text: &text, anchored: &anchored)
                }
            } else if Self.isMarkupCompatibility(child), name == "AlternateContent" {
                if let chosen = Self.alternative(child) { inline(chosen, text: &text, anchored: &anchored) }
            } else {
                inline(child, text: &text, anchored: &anchored)
            }
        }
    }

    /// True for paragraphs styled "Heading 1"…"Heading 9" (style ids "Heading1"…) or "Title".
    private static func isHeading(_ paragraph: xmlNodePtr) -> Bool {
        guard let properties = LibXML.children(paragraph).first(where: { LibXML.isElement($0) && LibXML.localName($0) == "pPr" }),
              let style = LibXML.children(properties).first(where: { LibXML.isElement($0) && LibXML.localName($0) == "pStyle" }),
              let value = LibXML.attribute(style, "val") else { return false }
        return value.hasPrefix("Heading") || value == "Title"
    }

    /// Word stores a text box twice, as DrawingML (`mc:Choice`) and a VML copy (`mc:Fallback`); reading both
    /// would duplicate every line, so take the first choice and only fall back when there is none.
    private static func alternative(_ node: xmlNodePtr) -> xmlNodePtr? {
        let options = LibXML.children(node).filter { LibXML.isElement($0) && isMarkupCompatibility($0) }
        return options.first { LibXML.localName($0) == "Choice" } ?? options.first { LibXML.localName($0) == "Fallback" }
    }

    /// Rows of single-line cells (a dates | role | employer grid) read best as one "a | b | c" line. CV templates
    /// also use tables purely for layout (sidebar | main column); when a cell holds several lines, joining them
    /// would glue whole sections into one line, so such rows are emitted cell by cell instead.
    private mutating func table(_ node: xmlNodePtr) {
        for row in Self.descendants(of: node, named: "tr", stoppingAt: "tbl") {
            let cells = Self.descendants(of: row, named: "tc", stoppingAt: "tbl").map { cell in
                var walker = WordprocessingWalker()
                walker.blocks(in: cell)
                return walker.lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            }
            if cells.allSatisfy({ $0.count <= 1 }) {
                let line = cells.map { $0.first ?? "" }.joined(separator: " | ")
                if !cells.allSatisfy(\.isEmpty) { lines.append(line) }
            } else {
                for cell in cells where !cell.isEmpty { lines += cell + [""] }
            }
        }
        lines.append("")
    }

    /// Rows and cells may be wrapped in content controls (`w:sdt`), so search below wrappers but not into
    /// nested tables, whose rows belong to the inner table.
    private static func descendants(of node: xmlNodePtr, named name: String, stoppingAt stop: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        for child in LibXML.children(node) where LibXML.isElement(child) && isWord(child) {
            let childName = LibXML.localName(child)
            if childName == name {
                found.append(child)
            } else if childName != stop, childName != "tblPr", childName != "trPr", childName != "tcPr" {
                found += descendants(of: child, named: name, stoppingAt: stop)
            }
        }
        return found
    }

    /// Text of a `w:t`, ignoring entity reference nodes so an injected entity contributes nothing.
    private static func textContent(_ node: xmlNodePtr) -> String {
        LibXML.children(node).compactMap(LibXML.text).joined()
    }
}
