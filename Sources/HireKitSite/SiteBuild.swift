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
        let catalog: RoleCatalog
        do {
            catalog = try RoleLoader().load(directory: inputs.rolesDirectory)
        } catch {
            throw .roles(error)
        }
        var config = try SiteConfig.load(path: inputs.configPath)
        if let baseURL = inputs.baseURL { config = SiteConfig(copying: config, baseURL: baseURL) }
        let templates = try TemplateSet(directory: inputs.templatesDirectory)
        let builder = SiteBuilder(catalog: catalog, templates: templates, config: config)
        try checkReferences(builder)
        return builder
    }

    public static func build(_ inputs: Inputs, outputDirectory: String) throws(SiteError) -> (SiteOutput, SiteWriter.Result) {
        // Nothing changed since the last build (same role files, templates, assets, configuration and
        // HireKit version) and the output still holds every file it wrote: skip parsing and rendering.
        let digest = InputDigest.of(inputs)
        let output = URL(fileURLWithPath: outputDirectory).standardizedFileURL
        let digestFile = output.appendingPathComponent(InputDigest.fileName)
        if let digest, let stored = try? String(contentsOf: digestFile, encoding: .utf8), stored == digest {
            let manifest = SiteWriter.readManifest(in: output)
            if !manifest.isEmpty, manifest.allSatisfy({ FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }) {
                var files: [String: Data] = [:]
                for path in manifest { files[path] = Data() }
                return (SiteOutput(files: files), SiteWriter.Result(written: 0, removed: [], kept: [], unchanged: true))
            }
        }
        let site = try prepare(inputs).render(reuse: SiteBuilder.Reuse(directory: output))
        let result = try SiteWriter(outputDirectory: outputDirectory).publish(site)
        if let digest { try? digest.write(to: digestFile, atomically: true, encoding: .utf8) }
        return (site, result)
    }

    static func checkReferences(_ builder: SiteBuilder) throws(SiteError) {
        let checker = TemplateChecker(sources: builder.templates.sources)
        // Lazy: the checker stops at the first role page that shows no problem, so a valid site
        // builds one role context here instead of every one.
        let roleSamples = builder.catalog.roles.lazy.map { builder.roleContext($0) as Any }
        let problems = checker.check(page: "index", samples: [builder.indexContext()])
            + checker.check(page: "career-paths", samples: [builder.careerPathsContext()])
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

/// A 64-bit FNV-1a digest of everything a build reads (prototype: should be written into the staged
/// site with the manifest so it is published atomically).
enum InputDigest {
    static let fileName = ".hirekit-inputs"
    static let version = "hirekit-site-1"

    static func of(_ inputs: SiteBuild.Inputs) -> String? {
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            hash = (hash ^ 0xff) &* 0x100000001b3
        }
        func mixFile(_ path: String) -> Bool {
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            mix(path.utf8)
            data.withUnsafeBytes { mix($0) }
            return true
        }
        mix(version.utf8)
        mix((inputs.baseURL ?? "").utf8)
        if FileManager.default.fileExists(atPath: inputs.configPath) { guard mixFile(inputs.configPath) else { return nil } }
        for folder in [inputs.rolesDirectory, inputs.templatesDirectory] {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
            var paths: [String] = []
            while let next = enumerator.nextObject() as? String { paths.append(next) }
            for path in paths.sorted() {
                let full = (folder as NSString).appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { return nil }
                if !isDirectory.boolValue { guard mixFile(full) else { return nil } }
            }
        }
        return String(hash, radix: 16)
    }
}
