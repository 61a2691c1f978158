import CLibXML2
import Foundation

/// Strict XML parsing with libxml2 (network and entities off), to check that the HTML report is
/// well-formed and that no text became markup.
enum XMLCheck {
    struct Malformed: Error { let message: String }

    struct Element {
        let name: String
        let attributes: [String: String]
        let children: [Element]
        let text: String

        func all(_ name: String) -> [Element] { (self.name == name ? [self] : []) + children.flatMap { $0.all(name) } }
        var allText: String { text + children.map(\.allText).joined() }
    }

    static func parse(_ text: String) throws -> Element {
        let data = Data(text.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let document else {
            throw Malformed(message: xmlGetLastError().map { String(cString: $0.pointee.message) } ?? "unknown error")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw Malformed(message: "no root element") }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(current))) {
                attributes[String(cString: current.pointee.name)] = String(cString: value)
                hirekit_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [Element] = [], text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                children.append(element(current))
            } else if current.pointee.type == XML_TEXT_NODE, let content = xmlNodeGetContent(current) {
                text += String(cString: content)
                hirekit_xmlFree(content)
            }
            child = current.pointee.next
        }
        return Element(name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text)
    }
}
