import Foundation
import HireKitRoles

/// The `build` and `check` steps end to end: load and validate roles, configuration and templates,
/// check template references, render, and (for build) publish. Each failure is a `SiteError`.
public enum SiteBuild {
    public struct Inputs: Sendable {
        public var rolesDirectory: String
        public var templatesDirectory: String
        public var configPath: String
        public var baseURL: String?
        public init(rolesDirectory: String = "Roles", templatesDirectory: String = "Templates",
                    configPath: String = "hirekit.yml", baseURL: String? = nil) {
            self.rolesDirectory = rolesDirectory; self.templatesDirectory = templatesDirectory
            self.configPath = configPath; self.baseURL = baseURL
        }
    }

    /// Validates everything a build reads and renders it in memory; writes nothing.
    public static func prepare(_ inputs: Inputs) throws(SiteError) -> SiteBuilder {
        try prepare(inputs, reusing: [:]).builder
    }

    /// `prepare`, reusing the parsed roles of files unchanged since `previous` was recorded; also
    /// returns the role files' records for the next build.
    /// `beforeCheck` is handed the builder before the templates' references are checked.
    static func prepare(_ inputs: Inputs, reusing previous: [String: RoleFileRecord],
                        knownDigests: [String: String] = [:], beforeCheck: (SiteBuilder) -> Void = { _ in }) throws(SiteError)
        -> (builder: SiteBuilder, roleFiles: [RoleFileRecord]) {
        let catalog: RoleCatalog
        let roleFiles: [RoleFileRecord]
        do {
            (catalog, roleFiles) = try RoleLoader().load(directory: inputs.rolesDirectory, reusing: previous, knownDigests: knownDigests)
        } catch {
            throw .roles(error)
        }
        var config = try SiteConfig.load(path: inputs.configPath)
        if let baseURL = inputs.baseURL { config = SiteConfig(copying: config, baseURL: baseURL) }
        let templates = try TemplateSet(directory: inputs.templatesDirectory)
        let builder = SiteBuilder(catalog: catalog, templates: templates, config: config,
                                  roleDigests: Dictionary(roleFiles.map { ($0.role.id, $0.digest) }, uniquingKeysWith: { first, _ in first }))
        beforeCheck(builder)
        try checkReferences(builder)
        return (builder, roleFiles)
    }

    /// Builds and publishes the site. Work the previous build already did is skipped: when no input
    /// changed (`InputDigest`) and the output's files are as that build left them (`OutputStamp`),
    /// nothing is read or rendered. Otherwise role files unchanged since the last build are not parsed
    /// again (`RoleArchive`), and pages and shares of the whole-site files that did not change are
    /// taken from the output (`SiteBuildState`), unless a file there was changed since, when every
    /// file is made again.
    ///
    /// `leftovers`, when given, is handed what the build made besides its result (roles, views,
    /// contexts, the state read and written), instead of releasing it on return: see `Leftovers`.
    public static func build(_ inputs: Inputs, outputDirectory: String, leftovers: Leftovers? = nil)
        throws(SiteError) -> (SiteOutput, SiteWriter.Result) {
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let headBytes = SiteBuildState.headBytes(in: output)
        let head = SiteBuildState.head(decoding: headBytes)
        let (digest, inputFiles) = InputDigest.of(inputs, previous: head.files)
        if let digest, head.inputs == digest, let manifest = untouchedManifest(of: head, in: output) {
            let pages = manifest.count { $0.hasPrefix("roles/") }
            let site = SiteOutput(files: [:], renderedPages: 0, reusedPages: pages)
            return (site, SiteWriter.Result(written: 0, reused: manifest.count, removed: [], kept: [], unchanged: true))
        }
        // Parsed roles are reused by content digest, so reading them needs no lock; a build that fails
        // validation here leaves nothing behind.
        let reading = head.readingCache(in: output)
        let archive = RoleArchive.decode(reading.roles)
        // The index, the longest single piece of work, starts as soon as the roles' views are made.
        let started = DispatchGroup()
        defer { started.wait() }
        let (builder, roleFiles) = try prepare(inputs, reusing: archive?.records ?? [:], knownDigests: inputFiles.roleDigests) {
            $0.startIndex(unlessKeyIs: reading.state().fileKeys["index.html"], group: started)
        }
        var previous = reading.state()
        // The archive for the next build is encoded beside the lock and the render (it needs only the
        // role files): after an edit little else keeps the second core busy while the index renders.
        let encoded = Slots<Data>(count: 1)
        let encoding = DispatchGroup()
        DispatchQueue.global().async(group: encoding) { [roleFiles, archive] in
            encoded.set(0, RoleArchive.encode(roleFiles, reusing: archive))
        }
        // From here to the publish the folder is locked, and the pages and shares carried over are
        // taken from it only if it is still exactly as the state that describes it says.
        let writer = SiteWriter(outputDirectory: outputDirectory)
        let lock = try writer.lock()
        defer { lock.release() }
        let lockedBytes = SiteBuildState.headBytes(in: output)
        let lockedHead = lockedBytes == headBytes ? head : SiteBuildState.head(decoding: lockedBytes)
        if lockedBytes != headBytes { previous = lockedHead.withCache(in: output) }
        let untouched = untouchedManifest(of: lockedHead, in: output) != nil
        // Into a folder that does not exist yet, pages are written while the others render.
        var nothing = stat()
        let early = lstat(output.path, &nothing) != 0 && errno == ENOENT ? EarlyPages(staging: writer.stagingFolder) : nil
        // A rebuild writes its changed whole-site files while the rest renders.
        let earlyWrites = untouched ? EarlyWrites(folder: writer.earlyWritesFolder, spare: writer.spareFolder) : nil
        defer { earlyWrites?.finish() }
        let site = builder.render(previous: untouched
            ? SiteBuilder.PreviousBuild(folder: output, fileKeys: previous.fileKeys, shares: previous.shares) : nil,
                                  early: early, earlyWrites: earlyWrites, lateIndex: true)
        encoding.wait()
        early?.finish()
        var state = SiteBuildState(inputs: digest, fileKeys: site.fileKeys, shares: site.shares, roles: encoded.values[0])
        state.files = inputFiles
        let cache = state
        earlyWrites?.write(SiteBuildState.cacheFileName) { cache.encodedBodyParts }
        let result = try writer.publish(site, state: state, locked: true, early: early, earlyWrites: earlyWrites)
        for value in [builder, previous, archive as Any, roleFiles, state] as [Any] { leftovers?.keep(value) }
        return (site, result)
    }

    /// Values a build no longer needs, held by a caller that will not release them: a command that
    /// exits right after the build leaves them to the end of the process, where releasing a large
    /// site's millions of strings and arrays one by one took a tenth of a rebuild after one edit.
    public final class Leftovers: @unchecked Sendable {
        private var values: [Any] = []
        public init() {}
        public func keep(_ value: Any) { values.append(value) }
    }

    /// The output's manifest, if its files are as the build that wrote `state` left them.
    private static func untouchedManifest(of state: SiteBuildState, in output: URL) -> [String]? {
        let manifest = SiteWriter.readManifest(in: output)
        guard !manifest.isEmpty, let stamp = state.outputs, stamp == OutputStamp.of(manifest, in: output) else { return nil }
        return manifest
    }

    static func checkReferences(_ builder: SiteBuilder) throws(SiteError) {
        let checker = TemplateChecker(sources: builder.templates.sources)
        // Lazy: the checker stops at the first role page that shows no problem, so a valid site
        // builds one role context here instead of every one.
        let roleSamples = builder.catalog.roles.lazy.map { builder.roleContext($0) as Any }
        // The two whole-site contexts (kept for the render and the pages' keys) are made side by
        // side: each walks every role. The career-paths diagram is drawn only if the page is rendered.
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            _ = index == 0 ? builder.indexContext() : builder.careerPathsOutline()
        }
        let problems = checker.check(page: "index", samples: [builder.indexContext()])
            + checker.check(page: "career-paths", samples: [builder.careerPathsOutline()])
            + checker.check(page: "role", samples: roleSamples)
        let errors = problems.map { problem in
            SiteError.templateReference(
                file: (builder.templates.directory as NSString).appendingPathComponent("\(problem.template).mustache"),
                line: problem.line, column: problem.column, name: problem.name, suggestion: problem.suggestion)
        }
        if errors.count == 1 { throw errors[0] }
        if !errors.isEmpty { throw .multiple(errors) }
    }
}

extension SiteConfig {
    init(copying config: SiteConfig, baseURL: String) {
        self.init(companyName: config.companyName, baseURL: baseURL, logoPath: config.logoPath, shareImage: config.shareImage, applyURL: config.applyURL,
                  applyEmail: config.applyEmail, contactEmail: config.contactEmail,
                  equalOpportunity: config.equalOpportunity, language: config.language)
    }
}
