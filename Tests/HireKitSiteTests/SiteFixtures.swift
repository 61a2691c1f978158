import Foundation
import HireKitRoles
@testable import HireKitSite
import HireKitTestSupport

/// The shipped `Roles/`, loaded once for the tests that go through every shipped role.
let shippedRoles: [Role] = try! RoleLoader().load(directory: repositoryRoot.appendingPathComponent("Roles").path).roles

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

extension TempFolder {
    /// A copy of the shipped templates that a test may edit.
    func copyOfShippedTemplates() throws -> String {
        let target = file("Templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: target)
        return target.path
    }
}

extension SiteOutput {
    func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
