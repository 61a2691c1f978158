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

    public init(catalog: RoleCatalog, templates: TemplateSet, config: SiteConfig) {
        self.catalog = catalog; self.templates = templates; self.config = config
    }

    public func render() -> SiteOutput {
        var files: [String: Data] = templates.assets
        func put(_ path: String, _ text: String) { files[path] = Data(text.utf8) }

        put("index.html", templates.render(indexContext(), page: "index"))
        put(SearchIndex.path, SearchIndex.script(catalog))
        put("career-paths.html", templates.render(careerPathsContext(), page: "career-paths"))
        for role in catalog.roles {
            put(RoleViewBuilder.path(for: role.id), templates.render(roleContext(role), page: "role"))
        }
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

    func indexContext() -> PageContext {
        let views = RoleViewBuilder(catalog: catalog)
        let departments = catalog.byDepartment.map { group in
            DepartmentView(name: group.department, anchor: Self.anchor(group.department),
                           roles: group.roles.map { views.view($0, root: "") })
        }
        return page(root: "", title: "Careers at \(config.companyName)",
                    description: "Open customer-service roles at \(config.companyName): what each job involves, what it asks for and where it leads.",
                    path: "", departments: departments, roles: catalog.roles.map { views.view($0, root: "") },
                    filters: SearchIndex.filters(catalog))
    }

    func careerPathsContext() -> PageContext {
        let views = RoleViewBuilder(catalog: catalog)
        return page(root: "", title: "Career paths at \(config.companyName)",
                    description: "How customer-service roles at \(config.companyName) lead to supervisor, manager and specialist roles.",
                    path: "career-paths.html", roles: catalog.roles.map { views.view($0, root: "") },
                    careerGraphSVG: CareerGraphSVG(catalog: catalog).render(root: ""),
                    careerGraphNarrowSVG: CareerGraphSVG(catalog: catalog).renderNarrow(root: ""))
    }

    func roleContext(_ role: Role) -> PageContext {
        let view = RoleViewBuilder(catalog: catalog).view(role, root: "../")
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
