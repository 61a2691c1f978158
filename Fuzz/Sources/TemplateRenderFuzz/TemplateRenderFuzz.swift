import Foundation
import FuzzSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import HireKitRoles
import HireKitSite

/// Fuzzes rendering of hostile role text: the input is a role file (seeded with the shipped `Roles/*.yml`);
/// whatever the loader accepts is rendered through the shipped `Templates/` into a whole site, beside two shipped
/// roles so the career graph, "comes from" and related-role sections have something to draw, and as a posting in
/// every format. Role text must never become markup: the dictionary plants `<hk-inject>` in role text, and no HTML
/// page or HTML posting may contain it unescaped (JSON-LD included); the XML feeds must stay well-formed and
/// `jobs.json` and the JSON-LD must stay valid JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func templateRenderFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(start, count)
    guard data.count <= 1_000_000, let yaml = String(data: data, encoding: .utf8),
          var role = try? RoleLoader().decode(yaml: yaml, file: "Roles/fuzz.yml") else { return 0 }
    let fixed = Fixtures.shared
    var others = fixed.neighbours.filter { $0.id != role.id }
    let ids = Set(others.map(\.id) + [role.id])
    role.advancement = role.advancement.filter { ids.contains($0) && $0 != role.id }
    others = others.map { neighbour in
        var neighbour = neighbour
        neighbour.advancement = neighbour.advancement.filter(ids.contains)
        return neighbour
    }
    let catalog: RoleCatalog
    if let checked = try? RoleCatalog(validating: others + [role]) {
        catalog = checked
    } else {
        role.advancement = []  // a cycle through the fuzzed role; the catalog check is fuzzed by RoleLoaderFuzz
        guard let checked = try? RoleCatalog(validating: others + [role]) else { return 0 }
        catalog = checked
    }

    let site = SiteBuilder(catalog: catalog, templates: fixed.templates, config: fixed.config).render()
    for (path, bytes) in site.files {
        if path.hasSuffix(".html") {
            Oracle.noInjectedMarkup(bytes, in: path)
            if path == "roles/\(role.id).html" { Oracle.jsonLDParses(bytes, in: path) }
        } else if path.hasSuffix(".xml") {
            Oracle.wellFormedXML(bytes, in: path)
        } else if path == "jobs.json" {
            precondition((try? JSONSerialization.jsonObject(with: bytes)) != nil, "jobs.json is not valid JSON")
        }
    }
    let posting = JobPostingDocument(role: role, catalog: catalog, config: fixed.config)
    for format in PostingFormat.allCases {
        let text = posting.render(format)
        if format == .html { Oracle.noInjectedMarkup(Data(text.utf8), in: "posting.html") }
    }
    return 0
}

/// Templates, configuration and neighbour roles, loaded once from the repository.
final class Fixtures: Sendable {
    static let shared = Fixtures()
    let templates: TemplateSet
    let config: SiteConfig
    let neighbours: [Role]

    private init() {
        let root = FuzzInput.repositoryRoot
        do {
            templates = try TemplateSet(directory: root.appendingPathComponent("Templates").path)
            config = try SiteConfig.load(path: root.appendingPathComponent("hirekit.yml").path)
            neighbours = try ["cashier", "head-cashier"].map { id in
                let path = root.appendingPathComponent("Roles/\(id).yml").path
                return try RoleLoader().decode(yaml: String(contentsOfFile: path, encoding: .utf8), file: path)
            }
        } catch {
            fatalError("TemplateRenderFuzz needs the repository's Templates/, Roles/ and hirekit.yml (set HIREKIT_ROOT): \(error)")
        }
    }
}

enum Oracle {
    static func noInjectedMarkup(_ bytes: Data, in path: String) {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        precondition(!text.contains("<hk-inject") && !text.contains("</hk-inject"), "role text became markup in \(path)")
        precondition(!text.contains("<script>hk"), "role text became a script in \(path)")
    }

    static func jsonLDParses(_ bytes: Data, in path: String) {
        let page = String(decoding: bytes, as: UTF8.self)
        guard let open = page.range(of: #"<script type="application/ld+json">"#),
              let close = page.range(of: "</script>", range: open.upperBound..<page.endIndex) else {
            preconditionFailure("\(path) has no complete JSON-LD script element")
        }
        let json = Data(page[open.upperBound..<close.lowerBound].utf8)
        precondition((try? JSONSerialization.jsonObject(with: json)) != nil, "the JSON-LD in \(path) is not valid JSON")
    }

    static func wellFormedXML(_ bytes: Data, in path: String) {
        let parser = XMLParser(data: bytes)
        parser.shouldResolveExternalEntities = false
        precondition(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
    }
}

@main enum Main {
    static func main() {
        _ = Fixtures.shared
        runFuzzer()
    }
}
