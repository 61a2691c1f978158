import CLibXML2
import Foundation

/// A parsed element tree from libxml2, used to check the XML and HTML the site emits the way a
/// browser or feed reader would read it.
struct Element {
    let name: String
    let attributes: [String: String]
    let children: [Element]
    let text: String

    func all(_ name: String) -> [Element] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    var allElements: [Element] { [self] + children.flatMap(\.allElements) }
}

enum LibXML {
    enum ParseError: Error { case malformed(String) }

    /// Strict XML parsing: any well-formedness error fails. Network and entity loading are off.
    static func parseXML(_ data: Data) throws -> Element {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document else {
            let message = xmlGetLastError().map { String(cString: $0.pointee.message) } ?? "unknown error"
            throw ParseError.malformed(message)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError.malformed("no root element") }
        return element(root)
    }

    /// HTML parsing as browsers do it (libxml2's HTML parser).
    static func parseHTML(_ data: Data) throws -> Element {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document else { throw ParseError.malformed("unparseable HTML") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError.malformed("no root element") }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
                attributes[name] = String(cString: value)
                hirekit_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [Element] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                children.append(element(current))
            } else if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                      let content = xmlNodeGetContent(current) {
                text += String(cString: content)
                hirekit_xmlFree(content)
            }
            child = current.pointee.next
        }
        return Element(name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text)
    }
}
