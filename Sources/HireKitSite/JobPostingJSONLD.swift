import Foundation
import HireKitMarkup
import HireKitRoles

/// schema.org `JobPosting` for one role: every property Google requires (title, description,
/// datePosted, hiringOrganization, jobLocation or jobLocationType) and the recommended ones the
/// role data supports.
public enum JobPostingJSONLD {
    public static func object(for role: Role, config: SiteConfig) -> [String: Any] {
        value(for: role, config: config).foundation as? [String: Any] ?? [:]
    }

    /// `description`: the role's `descriptionHTML`, when the caller has it already.
    static func value(for role: Role, config: SiteConfig, description: String? = nil) -> JSONValue {
        var posting: [String: JSONValue] = [
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": .string(role.title),
            "description": .string(description ?? descriptionHTML(role)),
            "identifier": ["@type": "PropertyValue", "name": .string(config.companyName), "value": .string(role.id)],
            "hiringOrganization": organization(config),
            "employmentType": .array(role.employment.types.map { .string($0.rawValue) }),
            "industry": .array(role.industries.map(JSONValue.string)),
            "responsibilities": .string(role.responsibilities.joined(separator: "\n")),
            "skills": .string((role.skills.required + role.skills.preferred).map(\.name).joined(separator: ", ")),
            "qualifications": .string(qualifications(role)),
            "experienceRequirements": experience(role),
            "url": .string(config.absoluteURL(RoleViewBuilder.path(for: role.id))),
            "directApply": .bool(config.applyURL != nil),
        ]
        if let credential = role.education.minimum.credentialCategory {
            posting["educationRequirements"] = ["@type": "EducationalOccupationalCredential", "credentialCategory": .string(credential)]
        } else {
            posting["educationRequirements"] = "no requirements"
        }
        if let code = role.onetCode { posting["occupationalCategory"] = .string(code) }
        if let date = role.datePosted { posting["datePosted"] = .string(date) }
        if let date = role.validThrough { posting["validThrough"] = .string(date + "T23:59:59Z") }
        if !role.employment.locations.isEmpty {
            posting["jobLocation"] = .array(role.employment.locations.map(place))
        }
        if role.employment.remote {
            posting["jobLocationType"] = "TELECOMMUTE"
            let countries = Set(role.employment.locations.map(\.country)).sorted()
            posting["applicantLocationRequirements"] = .array((countries.isEmpty ? ["US"] : countries)
                .map { ["@type": "Country", "name": .string($0)] })
        }
        if let salary = role.salary {
            posting["baseSalary"] = [
                "@type": "MonetaryAmount",
                "currency": .string(salary.currency),
                "value": ["@type": "QuantitativeValue", "minValue": .number(salary.minimum), "maxValue": .number(salary.maximum),
                          "unitText": .string(salary.unit.rawValue)],
            ]
        }
        return .object(posting)
    }

    /// The JSON text, safe to place inside `<script type="application/ld+json">`: `<`, `>` and `&`
    /// are written as \u escapes so role text can never close the script element.
    public static func scriptContent(for role: Role, config: SiteConfig) -> String {
        scriptContent(for: role, config: config, description: nil)
    }

    static func scriptContent(for role: Role, config: SiteConfig, description: String?) -> String {
        let value = value(for: role, config: config, description: description)
        // `PrettyJSON` writes the same bytes as JSONSerialization with these options, several times
        // faster; anything it does not handle goes to JSONSerialization.
        if let bytes = PrettyJSON.encode(value) { return String(decoding: bytes, as: UTF8.self) }
        return scriptSafe(serialized(value.foundation as? [String: Any] ?? [:]))
    }

    static func serialized(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }

    /// `<`, `>` and `&` as \u escapes (HireKitMarkup's `JSONEscaping`), so the JSON can sit in a script element.
    static func scriptSafe(_ data: Data) -> String {
        String(decoding: data.withUnsafeBytes { JSONEscaping.scriptSafe($0, lineSeparators: false) }, as: UTF8.self)
    }

    private static func organization(_ config: SiteConfig) -> JSONValue {
        var organization: [String: JSONValue] = ["@type": "Organization", "name": .string(config.companyName), "sameAs": .string(config.baseURL)]
        if let logo = config.logoPath { organization["logo"] = .string(config.absoluteURL(orAsIs: logo)) }
        return .object(organization)
    }

    private static func place(_ location: Location) -> JSONValue {
        var address: [String: JSONValue] = [
            "@type": "PostalAddress", "addressLocality": .string(location.city), "addressRegion": .string(location.region),
            "addressCountry": .string(location.country),
        ]
        if let street = location.street { address["streetAddress"] = .string(street) }
        if let postal = location.postalCode { address["postalCode"] = .string(postal) }
        return ["@type": "Place", "address": .object(address)]
    }

    private static func experience(_ role: Role) -> JSONValue {
        guard role.experience.minimumYears > 0 else { return "no requirements" }
        return ["@type": "OccupationalExperienceRequirements", "monthsOfExperience": .int(Int((role.experience.minimumYears * 12).rounded()))]
    }

    private static func qualifications(_ role: Role) -> String {
        var lines = [role.education.minimum.displayName, RoleViewBuilder.experienceText(role.experience.minimumYears)]
        lines += role.skills.required.map(\.name)
        return lines.joined(separator: "\n")
    }

    /// Google wants the full posting as HTML in `description`; every piece of role text is escaped.
    /// Appended into one string: interpolating and joining made a string per piece, and a full build
    /// makes this three times per role (the page's JSON-LD, the Atom feed, the aggregators' feed).
    static func descriptionHTML(_ role: Role) -> String {
        let e = HTMLEscaping.escape
        var html = ""
        html.reserveCapacity(512 + role.summary.utf8.count + role.responsibilities.reduce(0) { $0 + $1.utf8.count + 9 })
        func list(_ items: [String]) {
            html += "<ul>"
            for item in items {
                html += "<li>"
                html += e(item)
                html += "</li>"
            }
            html += "</ul>"
        }
        html += "<p>"
        html += e(role.summary)
        html += "</p><h3>Responsibilities</h3>"
        list(role.responsibilities)
        html += "<h3>Required skills</h3>"
        list(role.skills.required.map(\.name))
        if !role.skills.preferred.isEmpty {
            html += "<h3>Preferred skills</h3>"
            list(role.skills.preferred.map(\.name))
        }
        html += "<h3>Education and experience</h3><p>"
        html += e(role.education.minimum.displayName)
        html += ". "
        html += e(RoleViewBuilder.experienceText(role.experience.minimumYears))
        html += "</p>"
        return html
    }
}
