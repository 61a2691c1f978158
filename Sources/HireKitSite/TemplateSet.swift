import Foundation
import Mustache

/// The user-editable Mustache templates in `Templates/`, parsed once per build.
///
/// Required pages are `index`, `role` and `career-paths`; other `.mustache` files are partials or
/// layouts they include. Everything under `Templates/assets/` is copied to the site unchanged.
/// swift-mustache HTML-escapes `{{name}}` by default, so role text can never inject markup.
public struct TemplateSet: Sendable {
    public static let requiredPages = ["index", "role", "career-paths"]

    public let directory: String
    let library: MustacheLibrary
    /// Template name → source text, kept for reference checking.
    let sources: [String: String]
    /// Relative path under `assets/` → bytes.
    let assets: [String: Data]

    /// Templates are small; a huge file is a mistake, and parsing it would waste memory.
    static let maxTemplateBytes = 512 * 1024

    public init(directory: String) throws(SiteError) {
        self.directory = directory
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let names = ((try? fileManager.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }
            .sorted()
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let url = root.appendingPathComponent(name)
            guard url.resolvingSymlinksInPath().deletingLastPathComponent().path == root.resolvingSymlinksInPath().path else {
                throw .templateMissing(file: path, detail: "the template links outside the templates folder")
            }
            guard let data = fileManager.contents(atPath: url.path), data.count <= Self.maxTemplateBytes,
                  let text = String(data: data, encoding: .utf8) else {
                throw .templateMissing(file: path, detail: "the template is unreadable, not UTF-8, or over \(Self.maxTemplateBytes) bytes")
            }
            let templateName = String(name.dropLast(".mustache".count))
            do {
                MustacheHTML.registered
                library.register(try MustacheTemplate(string: MustacheHTML.pragma + text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                // Line numbers of the source as written, without the content-type line put before it.
                throw .templateSyntax(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                                      detail: Self.explain(error.error))
            } catch {
                throw .templateSyntax(file: path, line: 1, column: 1, detail: "\(error)")
            }
            sources[templateName] = text
        }
        for page in Self.requiredPages where sources[page] == nil {
            throw .templateMissing(file: (directory as NSString).appendingPathComponent("\(page).mustache"),
                                   detail: "the page template is missing")
        }
        self.library = library
        self.sources = sources
        self.assets = Self.loadAssets(root: root.appendingPathComponent("assets"))
    }

    func render(_ context: Any, page: String) -> String {
        library.render(context, withTemplate: page) ?? ""
    }

    private static func loadAssets(root: URL) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles]) else { return [:] }
        var assets: [String: Data] = [:]
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            // Symlinks are skipped: an asset folder must not pull in files from elsewhere.
            guard values?.isRegularFile == true, values?.isSymbolicLink != true,
                  let data = try? Data(contentsOf: url) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            assets["assets/" + relative] = data
        }
        return assets
    }

    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} overrides are allowed inside {{<parent}}"
        case .textInsideInheritSection: return "text is not allowed directly inside {{<parent}}; put it in a {{$block}}"
        case .invalidConfigVariableSyntax: return "invalid {{% … }} configuration tag"
        case .unrecognisedConfigVariable: return "unknown {{% … }} configuration tag"
        @unknown default: return "\(error)"
        }
    }
}
