/// HireKitSite owns the careers site: it renders validated roles through the user's Mustache
/// templates into pages (with schema.org JobPosting JSON-LD and the career-paths SVG) plus the
/// sitemap, robots.txt, Atom feed, jobs.json and the aggregators' XML job feed, and publishes the result atomically (`SiteWriter`).
/// Rendering is pure — roles, templates and configuration in, file bytes out — so it is tested
/// without touching the disk and gives byte-identical output for identical inputs.
import Foundation
import HireKitRoles

/// The rendered site: relative path → bytes.
public struct SiteOutput: Sendable, Equatable {
    public var files: [String: Data]
    public var paths: [String] { files.keys.sorted() }
}

public struct SiteBuilder: Sendable {
    public let catalog: RoleCatalog
    public let templates: TemplateSet
    public let config: SiteConfig
    /// Built once per build: the advancement graph's indexes are shared by every page.
    let views: RoleViewBuilder
    /// Every role's view as seen from the site root (index, career paths), made once and shared by
    /// the template check and the render.
    private let rootViewCache = RootViewCache()

    public init(catalog: RoleCatalog, templates: TemplateSet, config: SiteConfig) {
        self.catalog = catalog; self.templates = templates; self.config = config
        self.views = RoleViewBuilder(catalog: catalog)
    }

    var rootViews: [RoleView] { rootViewCache.get { catalog.roles.map { views.view($0, root: "") } } }

    /// Keys of the pages in the previous build's output, for reuse.
    public struct Reuse: Sendable {
        public var directory: URL
        public var keys: [String: String]
        public init(directory: URL) {
            self.directory = directory
            var keys: [String: String] = [:]
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(PageKey.fileName).path) {
                for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                    let parts = line.split(separator: "\t")
                    if parts.count == 2 { keys[String(parts[0])] = String(parts[1]) }
                }
            }
            self.keys = keys
        }
    }

    public func render(reuse: Reuse? = nil) -> SiteOutput {
        var files: [String: Data] = templates.assets
        func put(_ path: String, _ text: String) { files[path] = Data(text.utf8) }

        put("index.html", templates.render(indexContext(rootViews), page: "index"))
        put(SearchIndex.path, SearchIndex.script(catalog))
        put("career-paths.html", templates.render(careerPathsContext(rootViews), page: "career-paths"))
        // Role pages are independent: render them on all cores. A page whose key (everything it
        // shows) matches the previous build's is read back from the output instead of rendered.
        let roles = catalog.roles
        let pages = PageSlots(count: roles.count)
        let keys = KeySlots(count: roles.count)
        let global = "\(config)|\(templates.sources.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })|\(catalog.roles.count)"
        let globalHash = { var key = PageKey(); key.mix(global); return key }()
        DispatchQueue.concurrentPerform(iterations: roles.count) { index in
            let role = roles[index]
            let path = RoleViewBuilder.path(for: role.id)
            let view = views.view(role, root: "../")
            var key = globalHash
            key.mix(String(describing: role))
            key.mix("\(view.leadsTo.map(\.href))\(view.leadsTo.map(\.title))\(view.comesFrom.map(\.href))\(view.comesFrom.map(\.title))")
            key.mix("\(view.related.map(\.href))\(view.related.map(\.title))\(view.paths.map { $0.steps.map { "\($0.title)\($0.href ?? "")" } })")
            let text = key.text
            keys.set(index, text)
            if let reuse, reuse.keys[path] == text,
               let data = FileManager.default.contents(atPath: reuse.directory.appendingPathComponent(path).path) {
                pages.set(index, data)
            } else {
                pages.set(index, Data(templates.render(roleContext(role), page: "role").utf8))
            }
        }
        var pageKeys = ""
        for (index, role) in roles.enumerated() { pageKeys += "\(RoleViewBuilder.path(for: role.id))\t\(keys.get(index))\n" }
        files[PageKey.fileName] = Data(pageKeys.utf8)
        for (index, role) in roles.enumerated() { files[RoleViewBuilder.path(for: role.id)] = pages.get(index) }
        put("sitemap.xml", SiteFeeds.sitemap(catalog: catalog, config: config))
        put("robots.txt", SiteFeeds.robots(config: config))
        put("feed.xml", SiteFeeds.atom(catalog: catalog, config: config))
        files["jobs.json"] = SiteFeeds.jobsJSON(catalog: catalog, config: config)
        put(IndeedFeed.path, IndeedFeed.xml(catalog: catalog, config: config))
        return SiteOutput(files: files)
    }

    // MARK: - Page contexts

    private var siteView: SiteView {
        SiteView(companyName: config.companyName, baseURL: config.baseURL, contactEmail: config.contactEmail,
                 equalOpportunity: config.equalOpportunity, language: config.language, logoPath: config.logoPath,
                 roleCount: catalog.roles.count)
    }

    func indexContext(_ rootViews: [RoleView]? = nil) -> PageContext {
        let rootViews = rootViews ?? self.rootViews
        let byID = Dictionary(uniqueKeysWithValues: rootViews.map { ($0.id, $0) })
        let departments = catalog.byDepartment.map { group in
            DepartmentView(name: group.department, anchor: Self.anchor(group.department),
                           roles: group.roles.map { byID[$0.id]! })
        }
        return page(root: "", title: "Careers at \(config.companyName)",
                    description: "Open customer-service roles at \(config.companyName): what each job involves, what it asks for and where it leads.",
                    path: "", departments: departments, roles: rootViews,
                    filters: SearchIndex.filters(catalog))
    }

    func careerPathsContext(_ rootViews: [RoleView]? = nil) -> PageContext {
        return page(root: "", title: "Career paths at \(config.companyName)",
                    description: "How customer-service roles at \(config.companyName) lead to supervisor, manager and specialist roles.",
                    path: "career-paths.html", roles: rootViews ?? self.rootViews,
                    careerGraphSVG: CareerGraphSVG(catalog: catalog).render(root: ""),
                    careerGraphNarrowSVG: CareerGraphSVG(catalog: catalog).renderNarrow(root: ""))
    }

    func roleContext(_ role: Role) -> PageContext {
        let view = views.view(role, root: "../")
        return page(root: "../", title: "\(role.title) – \(config.companyName) careers", description: Self.shortDescription(role.summary),
                    path: RoleViewBuilder.path(for: role.id), role: view,
                    jsonLD: JobPostingJSONLD.scriptContent(for: role, config: config))
    }

    private func page(root: String, title: String, description: String, path: String, role: RoleView? = nil,
                      departments: [DepartmentView] = [], roles: [RoleView] = [], jsonLD: String? = nil,
                      careerGraphSVG: String? = nil, careerGraphNarrowSVG: String? = nil,
                      filters: [FilterView] = []) -> PageContext {
        let subject = "Application: \(role?.title ?? "open role")"
        let apply: (href: String, label: String, text: String)? = if let url = config.applyURL {
            (url, "Apply now", "Apply online at \(url)")
        } else if let email = config.applyEmail {
            ("mailto:\(email)?subject=\(Self.percentEncode(subject))", "Apply by e-mail",
             "E-mail your CV to \(email) with the subject \u{201C}\(subject)\u{201D}.")
        } else { nil }
        let shareImage = config.shareImage.map { config.absoluteURL(orAsIs: $0) }
        let logo = config.logoPath.map { SiteConfig.isAbsolute($0) ? $0 : root + $0 }
        return PageContext(site: siteView, root: root, pageTitle: title, pageDescription: description,
                           canonicalURL: config.absoluteURL(path), role: role, departments: departments, roles: roles,
                           jsonLD: jsonLD, careerGraphSVG: careerGraphSVG, careerGraphNarrowSVG: careerGraphNarrowSVG,
                           applyHref: apply?.href, applyLabel: apply?.label, applyText: apply?.text, filters: filters,
                           shareImageURL: shareImage, twitterCard: shareImage == nil ? "summary" : "summary_large_image",
                           logoSrc: logo)
    }

    /// The first sentence of a summary (or its first 200 characters, cut at a word), for the meta
    /// description and share cards, which search engines and networks cut short anyway.
    static func shortDescription(_ text: String) -> String {
        let flat = PostingText.singleLine(text)
        var end = flat.startIndex
        while let dot = flat[end...].firstIndex(where: { ".!?".contains($0) }) {
            end = flat.index(after: dot)
            if end == flat.endIndex || flat[end] == " " { break }
        }
        let sentence = end == flat.startIndex ? flat : String(flat[..<end])
        guard sentence.count > 200 else { return sentence }
        let cut = sentence.prefix(200)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "\u{2026}"
    }

    static func anchor(_ text: String) -> String {
        let slug = text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return slug.split(separator: "-").joined(separator: "-")
    }

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// Results written by concurrent workers, one slot each.
final class PageSlots: @unchecked Sendable {
    private var values: [Data?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Data) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> Data { lock.lock(); defer { lock.unlock() }; return values[index]! }
}

final class RootViewCache: @unchecked Sendable {
    private var views: [RoleView]?
    private let lock = NSLock()
    func get(_ make: () -> [RoleView]) -> [RoleView] {
        lock.lock(); defer { lock.unlock() }
        if let views { return views }
        let made = make()
        views = made
        return made
    }
}

/// FNV-1a 64 of what a page shows (prototype).
struct PageKey {
    static let fileName = ".hirekit-pages"
    var hash: UInt64 = 0xcbf29ce484222325
    mutating func mix(_ text: String) {
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        hash = (hash ^ 0xff) &* 0x100000001b3
    }
    var text: String { String(hash, radix: 16) }
}

final class KeySlots: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ index: Int, _ value: String) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> String { lock.lock(); defer { lock.unlock() }; return values[index] }
}
