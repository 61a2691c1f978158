import Foundation
import HireKitRoles
@testable import HireKitSite

/// The repository's root, found from this file's location, for tests that use the shipped
/// Roles/ and Templates/.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func shippedTemplates() throws -> TemplateSet {
    try TemplateSet(directory: repositoryRoot.appendingPathComponent("Templates").path)
}

func sampleRole(id: String = "cashier", title: String = "Cashier", summary: String = "Runs the checkout.",
                advancement: [String] = [], datePosted: String? = "2026-11-02") -> Role {
    Role(id: id, title: title, department: "Retail", track: "frontline", summary: summary,
         industries: ["Retail"], responsibilities: ["Take payment."],
         skills: Skills(required: [Skill(name: "Cash handling", synonyms: ["cash register"])],
                        preferred: [Skill(name: "POS systems")]),
         education: Education(minimum: .highSchool), experience: Experience(minimumYears: 1),
         advancement: advancement,
         employment: Employment(types: [.fullTime], locations: [Location(city: "Portland", region: "OR", country: "US")]),
         salary: Salary(currency: "USD", minimum: 17, maximum: 19.5, unit: .hour),
         datePosted: datePosted, validThrough: "2027-01-31", onetCode: "41-2011.00")
}

func builder(_ roles: [Role], templates: TemplateSet? = nil, config: SiteConfig = SiteConfig()) throws -> SiteBuilder {
    SiteBuilder(catalog: try RoleCatalog(validating: roles), templates: try templates ?? shippedTemplates(), config: config)
}

/// A scratch folder removed when released.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hirekit-site-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: target, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relative).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A copy of the shipped templates that a test may edit.
    func copyOfShippedTemplates() throws -> String {
        let target = url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: target)
        return target.path
    }
}

extension SiteOutput {
    func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
