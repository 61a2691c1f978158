import HireKitMarkup
import Mustache

/// HTML escaping for `{{name}}` in the templates: the same `HTMLEscaping` as the HTML and XML
/// HireKit writes itself, over UTF-8 bytes, so `<`, `>`, `&`, `"` and `'` become entities wherever
/// they appear.
///
/// swift-mustache's own HTML content type replaces them Character by Character, so a quote that a
/// combining mark joins into one Character (`"` + U+0301) is not escaped, and in an attribute value
/// it would end the attribute: role text could then add attributes to the page. Escaping bytes has
/// no such gap (and was the largest single cost of rendering a page done the other way). It also
/// drops the control characters XML forbids, which role text can only carry as YAML escapes.
/// TemplateSet gives every template this content type (`pragma`).
struct MustacheHTML: MustacheContentType {
    static let name = "HIREKIT_HTML"
    /// Put first in each template's source: it sets the content type, and being alone on its line
    /// it leaves no trace in the output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    static let registered: Void = MustacheContentTypes.register(MustacheHTML(), named: name)

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
