import CLibXML2
import Foundation

/// Thin helpers over libxml2 shared by the DOCX and HTML extractors: safe parse options and tree navigation.
enum LibXML {
    /// libxml2 must be initialised once before parsing from several threads; a static let runs it exactly once.
    private static let initialised: Void = xmlInitParser()

    /// Parses OOXML safely: no network, and no entity substitution or DTD loading, so external entities
    /// (XXE, e.g. file:///etc/passwd) are never fetched and nested entities (billion laughs) are never expanded.
    /// Entity references stay in the tree as reference nodes, which the walkers skip. Returns nil if malformed.
    static func parseXML(_ data: Data) -> (xmlDocPtr?, String?) {
        _ = initialised
        guard data.count < Int(Int32.max) else { return (nil, "part too large") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                          "part.xml", nil, options)
        }
        return (document, document == nil ? lastErrorMessage() : nil)
    }

    /// Parses HTML leniently (real-world CV pages are rarely valid) without network access. `text` is passed as
    /// UTF-8 and declared so, which keeps a stale `<meta charset>` from re-decoding it.
    static func parseHTML(_ text: String) -> xmlDocPtr? {
        _ = initialised
        let bytes = Array(text.utf8)
        guard bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), "cv.html", "UTF-8", options)
            }
        }
    }

    private static func lastErrorMessage() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func children(_ node: xmlNodePtr) -> UnfoldSequence<xmlNodePtr, xmlNodePtr?> {
        sequence(state: node.pointee.children) { next in
            defer { next = next?.pointee.next }
            return next
        }
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func namespaceURI(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The content of a text or CDATA node (nil for other nodes, including entity references).
    static func text(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
              let content = node.pointee.content else { return nil }
        return String(cString: content)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { hirekit_xmlFree(value) }
        return String(cString: value)
    }
}
