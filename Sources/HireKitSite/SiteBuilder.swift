/// HireKitSite owns the careers site: it renders validated roles through the user's Mustache
/// templates into pages (with schema.org JobPosting JSON-LD and the career-paths SVG) plus the
/// sitemap, robots.txt, Atom feed, jobs.json and the aggregators' XML job feed, and publishes the result atomically (`SiteWriter`).
/// Rendering is pure — roles, templates and configuration in, file bytes out — so it is tested
/// without touching the disk and gives byte-identical output for identical inputs.
import Foundation
import HireKitRoles

/// The rendered site: relative path → bytes, with what the next build needs to reuse its pages.
public struct SiteOutput: Sendable, Equatable {
    /// Files rendered by this build, with all their bytes.
    public var files: [String: Data]
    /// Whole-site files made of new bytes and ranges of the previous build's files (`SplicedFile`),
    /// written by the publish without passing the ranges through memory.
    var spliced: [String: SplicedFile]
    /// Files whose bytes are made while the publish stages the others (`LateFile`).
    var late: [String: LateFile]
    /// Files (role pages, track scripts, the index and career-paths pages) whose bytes are those of
    /// the previous build's output, unchanged: published by linking the previous file, never read back.
    public var carried: Set<String>
    /// Path → key of what the file holds, for role pages (`SiteBuilder.pageKey`), track scripts and
    /// the index and career-paths pages (`SiteBuilder.wholeSitePageKey`), stored for the next build.
    public var fileKeys: [String: String]
    /// Where each role's share sits in the whole-site files that list the roles, stored for the next build.
    var shares: [String: SharedFile.Index]
    /// Role pages rendered by this build, and role pages whose bytes were taken from the previous
    /// build because their key had not changed.
    public var renderedPages: Int
    public var reusedPages: Int

    public init(files: [String: Data], carried: Set<String> = [], fileKeys: [String: String] = [:],
                renderedPages: Int = 0, reusedPages: Int = 0) {
        self.init(files: files, spliced: [:], late: [:], carried: carried, fileKeys: fileKeys, shares: [:], renderedPages: renderedPages, reusedPages: reusedPages)
    }

    init(files: [String: Data], spliced: [String: SplicedFile], late: [String: LateFile], carried: Set<String>, fileKeys: [String: String],
         shares: [String: SharedFile.Index], renderedPages: Int, reusedPages: Int) {
        self.files = files; self.spliced = spliced; self.late = late; self.carried = carried; self.fileKeys = fileKeys; self.shares = shares
        self.renderedPages = renderedPages; self.reusedPages = reusedPages
    }

    /// Every file of the site, rendered, spliced, late or carried, sorted.
    public var paths: [String] { (Array(files.keys) + spliced.keys + late.keys + carried).sorted() }

    public func contains(_ path: String) -> Bool {
        files[path] != nil || spliced[path] != nil || late[path] != nil || carried.contains(path)
    }

}

public struct SiteBuilder: Sendable {
    public let catalog: RoleCatalog
    public let templates: TemplateSet
    public let config: SiteConfig
    /// One per build: its advancement-graph lookups are shared by every page.
    let views: RoleViewBuilder
    /// Every role as the index and career-paths pages show it, made once for the template check
    /// and the render.
    let rootViews: [RoleView]
    /// The index and career-paths contexts, made once for the template check and the render (the
    /// career graph in particular is costly to draw).
    private let indexMemo = Memo<PageContext>()
    private let careerPathsMemo = Memo<PageContext>()
    private let careerPathsOutlineMemo = Memo<PageContext>()
    /// The index page and its key, made once: a build starts them before the render (`startIndex`).
    private let indexKeyMemo = Memo<String?>()
    private let indexPageMemo = Memo<Data>()
    /// Each role's posting description, shared by its page's JSON-LD and the two feeds.
    private let descriptions = PostingDescriptions()

    /// Role id → digest of its file (`RoleFileRecord`), for page keys; a role without one is keyed
    /// by its whole value.
    let roleDigests: [String: String]

    public init(catalog: RoleCatalog, templates: TemplateSet, config: SiteConfig) {
        self.init(catalog: catalog, templates: templates, config: config, roleDigests: [:])
    }

    init(catalog: RoleCatalog, templates: TemplateSet, config: SiteConfig, roleDigests: [String: String]) {
        self.catalog = catalog; self.templates = templates; self.config = config; self.roleDigests = roleDigests
        let views = RoleViewBuilder(catalog: catalog)
        self.views = views
        // What the index and career-paths templates can show of these views (nil: anything).
        let checker = TemplateChecker(sources: templates.sources)
        let names = checker.names(page: "index").flatMap { index in checker.names(page: "career-paths").map { index.union($0) } }
        self.rootViews = Self.rootViews(catalog.roles, views: views, shown: RoleViewBuilder.Shown(names: names))
    }

    /// Every role's view for the index and career-paths pages, made on all cores: one view per role
    /// serially was a visible share of a 10,000-role edit rebuild, where little else is rendered.
    private static func rootViews(_ roles: [Role], views: RoleViewBuilder, shown: RoleViewBuilder.Shown) -> [RoleView] {
        let slots = Slots<RoleView>(count: roles.count)
        DispatchQueue.concurrentPerform(iterations: roles.count) { index in
            slots.set(index, views.view(roles[index], root: "", shown: shown))
        }
        return slots.values
    }

    /// What a build may take from the previous one: the keys of the files it carried or rendered and
    /// the places of the roles' shares in its whole-site files. Give it only for an output folder as
    /// that build left it (`OutputStamp`), since carried files and shares are taken from there.
    public struct PreviousBuild: Sendable {
        let folder: URL
        let fileKeys: [String: String]
        let shares: [String: SharedFile.Index]
    }

    /// Renders every file. A role page or track script whose key is in `previous` with the same
    /// value is carried over from the previous output instead of rendered, and the whole-site files
    /// that list the roles take the shares of unchanged roles from it (`SharedFile`).
    /// `early`, when given, is handed each page as soon as it is made (`EarlyPages`).
    public func render(previous: PreviousBuild? = nil) -> SiteOutput { render(previous: previous, early: nil) }

    /// `earlyWrites`, when given, is handed each whole-site file spliced from the previous build's as
    /// soon as it is assembled, and each late file. With `lateIndex`, an index to render is returned
    /// as a `LateFile` rather than waited for (a build started it with `startIndex`).
    func render(previous: PreviousBuild?, early: EarlyPages?, earlyWrites: EarlyWrites? = nil, lateIndex: Bool = false) -> SiteOutput {
        // Every output is independent of the others: the whole-site files and the role pages are
        // made together on all cores. The whole-site files come first (the heaviest first), so they
        // are not left for the end while other cores idle. Results go into slots by index, so the
        // output does not depend on the order workers finish in.
        let catalog = catalog, config = config, digests = roleDigests
        let context = Self.shareContext(config: config)
        let buildKey = Self.buildKey(templates: templates, config: config)
        // The largest first: after an edit, what is left to do after the render is mostly flushing
        // these files to disk (`EarlyWrites`).
        let sharedFiles = [
            SiteFeeds.jobsJSONFile(catalog: catalog, config: config, context: context),
            SearchIndex.file(catalog, context: context),
            SiteFeeds.atomFile(catalog: catalog, config: config, context: context, descriptions: descriptions),
            IndeedFeed.file(catalog: catalog, config: config, context: context, descriptions: descriptions),
        ]
        // The index first: it lists every role and often shows what changed, so it is the longest
        // piece of work after an edit (unless it is late, started before the render).
        var wholeSite: [SiteFile] = [
            SiteFile(path: "index.html", key: { self.indexKey() }, make: {
                (lateIndex ? .late(LateFile { self.indexPage() }) : .data(self.indexPage()), nil)
            }),
        ]
        wholeSite += sharedFiles.map { file in
            SiteFile(path: file.path) {
                let old = previous.flatMap { previous -> SharedFile.Previous? in
                    let path = previous.folder.path + "/" + file.path
                    var info = stat()
                    guard let index = previous.shares[file.path], lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
                    return SharedFile.Previous(index: index, path: path, size: Int(info.st_size))
                }
                let (spliced, index) = file.assemble(digests: digests, previous: old)
                if let bytes = spliced.newBytesOnly { return (.data(bytes), index) }
                if let earlyWrites, let old { earlyWrites.write(file.path, spliced, sourceSize: old.size) }
                return (.spliced(spliced), index)
            }
        }
        wholeSite += [
            SiteFile(path: "career-paths.html", key: { self.wholeSitePageKey("career-paths", buildKey: buildKey) }, make: {
                (.data(Data(self.templates.render(self.careerPathsContext(), page: "career-paths").utf8)), nil)
            }),
            SiteFile(path: SelfCheckData.rulesPath) { (.data(Data(SelfCheckData.rulesScript().utf8)), nil) },
            SiteFile(path: "sitemap.xml") { (.data(Data(SiteFeeds.sitemap(catalog: catalog, config: config).utf8)), nil) },
            SiteFile(path: "robots.txt") { (.data(Data(SiteFeeds.robots(config: config).utf8)), nil) },
        ]
        for (track, roles) in Dictionary(grouping: catalog.roles, by: \.track).sorted(by: { $0.key < $1.key }) {
            let key = SelfCheckData.trackKey(roles)
            wholeSite.append(SiteFile(path: SelfCheckData.trackPath(track), key: { key }, make: {
                (.data(Data(SelfCheckData.trackScript(roles).utf8)), nil)
            }))
        }
        let siteFiles = wholeSite, roles = catalog.roles
        let made = Slots<Made>(count: siteFiles.count + roles.count)
        DispatchQueue.concurrentPerform(iterations: siteFiles.count + roles.count) { index in
            let path: String, key: String?, make: () -> (Content, SharedFile.Index?)
            if index < siteFiles.count {
                (path, key, make) = (siteFiles[index].path, siteFiles[index].key(), siteFiles[index].make)
            } else {
                let position = index - siteFiles.count
                let role = roles[position]
                path = RoleViewBuilder.path(for: role.id)
                key = pageKey(role, links: rootViews[position], buildKey: buildKey)
                make = { (.data(Data(self.templates.render(self.roleContext(role), page: "role").utf8)), nil) }
            }
            if let key, previous?.fileKeys[path] == key {
                made.set(index, Made(path: path, key: key, content: nil, shares: nil))
            } else {
                let (content, shares) = make()
                if let early, case .data(let data) = content { early.write(path, data) }
                if let earlyWrites, case .late(let file) = content { earlyWrites.write(path) { [file.data] } }
                made.set(index, Made(path: path, key: key, content: content, shares: shares))
            }
        }
        var files: [String: Data] = templates.assets
        var spliced: [String: SplicedFile] = [:]
        var late: [String: LateFile] = [:]
        var fileKeys: [String: String] = [:]
        var carried: Set<String> = []
        var shares: [String: SharedFile.Index] = [:]
        for file in made.values {
            switch file.content {
            case .data(let data)?: files[file.path] = data
            case .spliced(let pieces)?: spliced[file.path] = pieces
            case .late(let made)?: late[file.path] = made
            case nil: carried.insert(file.path)
            }
            if let key = file.key { fileKeys[file.path] = key }
            if let index = file.shares { shares[file.path] = index }
        }
        let reused = roles.count { carried.contains(RoleViewBuilder.path(for: $0.id)) }
        return SiteOutput(files: files, spliced: spliced, late: late, carried: carried, fileKeys: fileKeys, shares: shares,
                          renderedPages: roles.count - reused, reusedPages: reused)
    }

    /// A whole-site file: `key`, when it gives one, says whether the previous build's file can be
    /// carried over; `make` gives its content and, for a `SharedFile`, the index of its shares.
    private struct SiteFile {
        let path: String
        /// Made on the worker that makes the file: the listing pages' keys walk every role.
        let key: @Sendable () -> String?
        let make: @Sendable () -> (Content, SharedFile.Index?)

        init(path: String, key: @escaping @Sendable () -> String? = { nil }, make: @escaping @Sendable () -> (Content, SharedFile.Index?)) {
            self.path = path; self.key = key; self.make = make
        }
    }

    private enum Content {
        case data(Data)
        case spliced(SplicedFile)
        case late(LateFile)
    }

    private struct Made {
        let path: String
        let key: String?
        /// nil when the previous build's file is carried over.
        let content: Content?
        let shares: SharedFile.Index?
    }

    /// What every role's share of the whole-site files depends on besides the role: the executable
    /// (which may write them differently) and the configuration (URLs, company name, apply details).
    static func shareContext(config: SiteConfig) -> String {
        var hash = StableHash()
        hash.mix(InputDigest.executableIdentity)
        hash.mix(stableJSON(config))
        return hash.text
    }

    /// A key for a role page, made without building the page. A role page's context is a function
    /// of the build (`buildKey`: executable, templates, configuration), the number of roles, the
    /// role itself (its file's digest) and the titles and links of the roles around it (taken from
    /// its view in `rootViews`, which the index already needed): equal keys mean equal pages.
    /// Editing a role changes its own key and the keys of the pages that show its title or link
    /// (next steps, previous steps, related roles, career paths).
    func pageKey(_ role: Role, links view: RoleView, buildKey: String) -> String {
        var hash = StableHash()
        hash.mix(buildKey)
        hash.mix(String(catalog.roles.count))
        if let digest = roleDigests[role.id] { hash.mix(digest) } else { hash.mix(HashingEncoder.hash(role).text) }
        for links in [view.leadsTo, view.comesFrom, view.related] {
            hash.mix("links")
            for link in links { hash.mix(link.title); hash.mix(link.href) }
        }
        for path in view.paths {
            hash.mix("path")
            for step in path.steps { hash.mix(step.title); hash.mix(step.href ?? "\u{0}") }
        }
        return hash.text
    }

    /// A key for the index or career-paths page, made without rendering it: the build key and what
    /// the page's templates can show of its context (`PageProjection`), and for career paths what
    /// the diagram is drawn from. nil (render it every time) when the templates cannot be read for
    /// names.
    func wholeSitePageKey(_ page: String, buildKey: String) -> String? {
        guard let names = TemplateChecker(sources: templates.sources).names(page: page) else { return nil }
        var hash = StableHash()
        hash.mix(buildKey)
        hash.mix(page)
        let context = page == "career-paths" ? careerPathsOutline() : indexContext()
        var projection = PageProjection(names: names)
        projection.mix(context, into: &hash)
        if page == "career-paths", names.contains("careerGraphSVG") || names.contains("careerGraphNarrowSVG") {
            CareerGraphSVG.mixInputs(of: catalog, into: &hash)
        }
        return hash.text
    }

    static func buildKey(templates: TemplateSet, config: SiteConfig) -> String {
        var hash = StableHash()
        hash.mix(InputDigest.executableIdentity)
        for (name, source) in templates.sources.sorted(by: { $0.key < $1.key }) { hash.mix(name); hash.mix(source) }
        hash.mix(stableJSON(config))
        return hash.text
    }

    /// Sorted keys: the same value always encodes to the same bytes.
    static func stableJSON(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)) ?? Data()
    }

    // MARK: - Page contexts

    private var siteView: SiteView {
        SiteView(companyName: config.companyName, baseURL: config.baseURL, contactEmail: config.contactEmail,
                 equalOpportunity: config.equalOpportunity, language: config.language, logoPath: config.logoPath,
                 roleCount: catalog.roles.count)
    }

    func indexContext() -> PageContext { indexMemo.value { makeIndexContext() } }

    func indexKey() -> String? {
        indexKeyMemo.value { wholeSitePageKey("index", buildKey: Self.buildKey(templates: templates, config: config)) }
    }

    func indexPage() -> Data { indexPageMemo.value { Data(templates.render(indexContext(), page: "index").utf8) } }

    /// Starts rendering the index on another thread unless its key is `previousKey` (the previous
    /// build's index shows the same): the index lists every role, and after an edit it is the longest
    /// single piece of work, so it runs beside the lock and the render's set-up instead of after them.
    /// The render takes the page from here, waiting for it if need be.
    func startIndex(unlessKeyIs previousKey: String?, group: DispatchGroup) {
        DispatchQueue.global().async(group: group) {
            if indexKey() != previousKey { _ = indexPage() }
        }
    }

    func careerPathsContext() -> PageContext { careerPathsMemo.value { makeCareerPathsContext(drawing: true) } }

    /// The career-paths context without the diagram, which is costly to draw: for checking the
    /// templates' names (a missing diagram accepts any, as a drawn one does) and for the page's key.
    func careerPathsOutline() -> PageContext { careerPathsOutlineMemo.value { makeCareerPathsContext(drawing: false) } }

    private func makeIndexContext() -> PageContext {
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

    private func makeCareerPathsContext(drawing: Bool) -> PageContext {
        let graph = drawing ? CareerGraphSVG(catalog: catalog) : nil
        return page(root: "", title: "Career paths at \(config.companyName)",
                    description: "How customer-service roles at \(config.companyName) lead to supervisor, manager and specialist roles.",
                    path: "career-paths.html", roles: rootViews,
                    careerGraphSVG: graph?.render(root: ""),
                    careerGraphNarrowSVG: graph?.renderNarrow(root: ""))
    }

    func roleContext(_ role: Role) -> PageContext {
        let view = views.view(role, root: "../")
        var context = page(root: "../", title: "\(role.title) – \(config.companyName) careers", description: Self.shortDescription(role.summary),
                           path: RoleViewBuilder.path(for: role.id), role: view,
                           jsonLD: JobPostingJSONLD.scriptContent(for: role, config: config, description: descriptions.html(for: role)))
        context.selfCheckJSON = SelfCheckData.termsJSON(for: role)
        context.selfCheckTrackPath = SelfCheckData.trackPath(role.track)
        return context
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
        // In ASCII text (no line breaks: `singleLine` took them out) every character is one byte.
        if flat.utf8.allSatisfy({ $0 < 0x80 }) { return asciiShortDescription(Array(flat.utf8)) }
        return shortDescription(ofLine: flat)
    }

    /// `shortDescription` of a line `singleLine` made, over Characters: any text, and what the ASCII
    /// path must equal.
    static func shortDescription(ofLine flat: String) -> String {
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

    /// `shortDescription` of an ASCII line, over its bytes.
    private static func asciiShortDescription(_ flat: [UInt8]) -> String {
        var end = 0
        var index = 0
        while index < flat.count {
            let byte = flat[index]
            index += 1
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            end = index
            if end == flat.count || flat[end] == UInt8(ascii: " ") { break }
        }
        let sentence = end == 0 ? flat[...] : flat[..<end]
        guard sentence.count > 200 else { return String(decoding: sentence, as: UTF8.self) }
        let cut = sentence.prefix(200)
        return String(decoding: cut[..<(cut.lastIndex(of: UInt8(ascii: " ")) ?? cut.endIndex)], as: UTF8.self) + "\u{2026}"
    }

    static func anchor(_ text: String) -> String {
        let slug = text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return slug.split(separator: "-").joined(separator: "-")
    }

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
