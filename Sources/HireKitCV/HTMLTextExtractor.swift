import CLibXML2
import Foundation

/// Extracts the visible text of an HTML CV: block elements start new lines, table cells are joined with " | ",
/// list items get "- ", and non-content (head, scripts, styles) is skipped.
enum HTMLTextExtractor {
    static func extract(_ html: String, source: String) throws(CVReadError) -> String {
        guard let document = LibXML.parseHTML(withoutInternalSubset(html)) else {
            throw .corrupt(path: source, format: .html, detail: "the HTML could not be parsed")
        }
        defer { xmlFreeDoc(document) }
        var walker = HTMLWalker()
        if let root = xmlDocGetRootElement(document) { walker.walk(root, depth: 0) }
        return walker.finish()
    }

    /// HTML has no use for a DOCTYPE internal subset (`<!DOCTYPE html [ <!ENTITY ...> ]>`); libxml2's HTML parser
    /// ignores the entities but leaks the subset's tail ("]>") into the text, so drop it before parsing.
    static func withoutInternalSubset(_ html: String) -> String {
        let start = html.drop { $0.isWhitespace }
        guard start.prefix(9).lowercased() == "<!doctype",
              let open = start.firstIndex(of: "["), let close = start.firstIndex(of: ">"), open < close,
              let end = start.range(of: "]>") else { return html }
        return String(start[..<open]) + ">" + String(start[end.upperBound...])
    }
}

struct HTMLWalker {
    private static let skipped: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "select", "option", "input", "button", "meta", "link", "base",
    ]
    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup",
        "hr", "html", "legend", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    ]
    /// Alt texts that describe nothing a recruiter needs ("image", a file name); everything else is kept.
    private static let uselessAlt: Set<String> = [
        "image", "img", "photo", "picture", "pic", "logo", "icon", "spacer", "avatar", "headshot", "profile picture",
    ]
    /// Pathological nesting is flattened past this depth instead of recursing without bound.
    private static let maxDepth = 200

    private var lines: [String] = []
    private var current = ""

    mutating func walk(_ node: xmlNodePtr, depth: Int, preformatted: Bool = false) {
        for child in LibXML.children(node) {
            if let text = LibXML.text(child) {
                append(text, preformatted: preformatted)
                continue
            }
            guard LibXML.isElement(child) else { continue }  // comments, entity references, processing instructions
            let name = LibXML.localName(child).lowercased()
            if Self.skipped.contains(name) { continue }
            let nextDepth = depth + 1
            switch name {
            case "br":
                breakLine()
            case "img":
                if let alt = LibXML.attribute(child, "alt").map(Self.collapse), Self.isUseful(alt) {
                    // Its own line, bracketed, so `--blind` screening can find and redact photo descriptions.
                    breakLine()
                    current = "[photo: \(alt)]"
                    breakLine()
                }
            case "li":
                breakLine()
                current = "- "
                walkChild(child, depth: nextDepth, preformatted: preformatted)
                breakLine()
            case "td", "th":
                if !current.trimmingCharacters(in: .whitespaces).isEmpty { current += " | " }
                walkChild(child, depth: nextDepth, preformatted: preformatted)
            case "pre":
                breakLine()
                walkChild(child, depth: nextDepth, preformatted: true)
                breakLine()
            case "h1", "h2", "h3", "h4", "h5", "h6":
                // A blank line before each heading keeps sections visibly apart, as in the other formats.
                breakLine()
                if !lines.isEmpty { lines.append("") }
                walkChild(child, depth: nextDepth, preformatted: preformatted)
                breakLine()
            default:
                let isBlock = Self.blocks.contains(name)
                if isBlock { breakLine() }
                walkChild(child, depth: nextDepth, preformatted: preformatted)
                if isBlock { breakLine() }
            }
        }
    }

    private mutating func walkChild(_ node: xmlNodePtr, depth: Int, preformatted: Bool) {
        if depth < Self.maxDepth {
            walk(node, depth: depth, preformatted: preformatted)
        } else {
            // Too deep to recurse safely: keep the words, lose the structure.
            if let content = xmlNodeGetContent(node) {
                append(String(cString: content), preformatted: false)
                hirekit_xmlFree(content)
            }
        }
    }

    private mutating func append(_ text: String, preformatted: Bool) {
        if preformatted {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { breakLine() }
                current += part
            }
        } else {
            // Source newlines and indentation in HTML are just spaces.
            current += text.unicodeScalars.contains { $0.properties.isWhitespace } ? Self.collapse(text, keepEdges: true) : text
        }
    }

    /// Ends the current line; whitespace-only lines (indentation between tags) are dropped.
    private mutating func breakLine() {
        if current.contains(where: { !$0.isWhitespace }) { lines.append(current) }
        current = ""
    }

    mutating func finish() -> String {
        breakLine()
        return lines.joined(separator: "\n")
    }

    private static func isUseful(_ alt: String) -> Bool {
        let lowered = alt.lowercased()
        let imageFile = [".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"].contains { lowered.hasSuffix($0) }
        return lowered.filter(\.isLetter).count >= 2 && !uselessAlt.contains(lowered) && !imageFile
    }

    private static func collapse(_ text: String) -> String { collapse(text, keepEdges: false) }

    private static func collapse(_ text: String, keepEdges: Bool) -> String {
        let words = text.split { $0.isWhitespace }
        var result = words.joined(separator: " ")
        guard keepEdges else { return result }
        if text.first?.isWhitespace == true { result = " " + result }
        if text.last?.isWhitespace == true, !words.isEmpty { result += " " }
        return result
    }
}
