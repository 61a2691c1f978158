import Foundation
import HireKitRoles

/// Turns validated roles into the template views, resolving advancement links to titles and paths.
struct RoleViewBuilder {
    let catalog: RoleCatalog
    let graph: AdvancementPaths

    init(catalog: RoleCatalog) {
        self.catalog = catalog
        self.graph = AdvancementPaths(catalog: catalog)
    }

    /// The costlier texts and lists of a view, each made only when a template can show it: the index
    /// and career-paths pages need 10,000 views on a large site, and their skills, salary and lists
    /// of words were a third of the cost of making them.
    struct Shown: Sendable {
        var alsoKnownAs = true, industriesText = true, requiredSkills = true, preferredSkills = true
        var educationFields = true, experienceText = true, experienceBackgrounds = true, salaryText = true

        static let all = Shown()

        /// Those named in `names` (what the templates of the pages the views are for can name,
        /// `TemplateChecker.names(page:)`); all of them when the names are not known.
        init(names: Set<String>?) {
            guard let names else { return }
            alsoKnownAs = names.contains("alsoKnownAs"); industriesText = names.contains("industriesText")
            requiredSkills = names.contains("requiredSkills"); preferredSkills = names.contains("preferredSkills")
            educationFields = names.contains("educationFields"); experienceText = names.contains("experienceText")
            experienceBackgrounds = names.contains("experienceBackgrounds"); salaryText = names.contains("salaryText")
        }

        private init() {}
    }

    /// The view of `role` for pages under `root`; the fields not `shown` are left empty.
    func view(_ role: Role, root: String, shown: Shown = .all) -> RoleView {
        let links: ([String]) -> [LinkView] = { ids in
            ids.compactMap { id in catalog.title(of: id).map { LinkView(title: $0, href: Self.href(for: id, root: root)) } }
        }
        let leadsTo = links(role.advancement)
        let comesFrom = links(catalog.ids(leadingTo: role.id))
        let related = links(graph.related(to: role).map(\.id))
        let chains = graph.chains(from: role)
        let paths = chains.map { chain in
            PathView(steps: chain.enumerated().map { index, id in
                PathStepView(title: index == 0 ? role.title : catalog.title(of: id) ?? id, href: index == 0 ? nil : Self.href(for: id, root: root), isFirst: index == 0)
            })
        }
        let skills: ([Skill]) -> [SkillView] = { skills in
            skills.map { SkillView(name: $0.name, alsoCalled: Self.list($0.synonyms.prefix(6)), hasAlsoCalled: !$0.synonyms.isEmpty) }
        }
        let locations = role.employment.locations.map(\.displayName) + (role.employment.remote ? ["Remote"] : [])
        return RoleView(
            id: role.id, title: role.title, department: role.department, track: role.track, summary: role.summary,
            href: Self.href(for: role.id, root: root),
            alsoKnownAs: shown.alsoKnownAs ? Self.list(role.alsoKnownAs) : "", hasAlsoKnownAs: !role.alsoKnownAs.isEmpty,
            industries: role.industries, industriesText: shown.industriesText ? Self.list(role.industries) : "",
            responsibilities: role.responsibilities,
            requiredSkills: shown.requiredSkills ? skills(role.skills.required) : [],
            preferredSkills: shown.preferredSkills ? skills(role.skills.preferred) : [],
            hasPreferredSkills: !role.skills.preferred.isEmpty,
            educationMinimum: role.education.minimum.displayName,
            educationPreferred: role.education.preferred.map(\.displayName),
            educationFields: shown.educationFields ? Self.list(role.education.fields) : "",
            hasEducationFields: !role.education.fields.isEmpty,
            experienceText: shown.experienceText ? Self.experienceText(role.experience.minimumYears) : "",
            experienceBackgrounds: shown.experienceBackgrounds ? Self.list(role.experience.backgrounds) : "",
            hasExperienceBackgrounds: !role.experience.backgrounds.isEmpty,
            leadsTo: leadsTo, hasLeadsTo: !leadsTo.isEmpty, comesFrom: comesFrom, hasComesFrom: !comesFrom.isEmpty,
            related: related, hasRelated: !related.isEmpty,
            paths: paths, hasLongerPaths: chains.contains { $0.count > 2 },
            employmentTypes: Self.list(role.employment.types.map(\.displayName)),
            locations: locations, locationsText: locations.joined(separator: "; "),
            remote: role.employment.remote, schedule: role.employment.schedule,
            salaryText: shown.salaryText ? role.salary.map(Self.salaryText) : nil, datePosted: role.datePosted, validThrough: role.validThrough,
            onetCode: role.onetCode
        )
    }

    /// The texts joined by ", ": what `joined(separator:)` gives, made in one allocation. Both
    /// `joined` and appending item by item cost several hundred instructions an item (a third of
    /// every role's view, which a large site makes 10,000 of on every build).
    static func list(_ texts: some Collection<String>) -> String {
        guard texts.count > 1 else { return texts.first ?? "" }
        var count = 2 * (texts.count - 1)
        for item in texts { count += item.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0, first = true
            for var item in texts {
                if !first {
                    buffer[end] = UInt8(ascii: ","); buffer[end + 1] = UInt8(ascii: " ")
                    end += 2
                }
                first = false
                end = item.withUTF8 { UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: $0) + end }
            }
            return end
        }
    }

    static func href(for id: String, root: String) -> String { "\(root)roles/\(id).html" }
    static func path(for id: String) -> String { "roles/\(id).html" }

    static func experienceText(_ years: Double) -> String {
        if years <= 0 { return "No previous experience required; training is provided." }
        // "0.5 years" reads like a typo to a candidate; short requirements are said in months.
        if years < 1 { return "At least \(Int((years * 12).rounded())) months of relevant experience." }
        let number = years == years.rounded() ? String(Int(years)) : String(years)
        return "At least \(number) year\(years == 1 ? "" : "s") of relevant experience."
    }

    static func salaryText(_ salary: Salary) -> String {
        let unit: String = switch salary.unit {
        case .hour: "per hour"
        case .day: "per day"
        case .week: "per week"
        case .month: "per month"
        case .year: "per year"
        }
        return "\(money(salary.minimum, salary.currency)) – \(money(salary.maximum, salary.currency)) \(unit)"
    }

    /// `String(format: "%.2f", amount)`, through C's formatter directly: Foundation's formatting
    /// was most of the cost of every role's salary line.
    static func twoDecimals(_ amount: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
            let length = withVaList([amount]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.2f", $0) }
            return length > 0 && Int(length) < buffer.count ? String(cString: buffer.baseAddress!) : String(format: "%.2f", amount)
        }
    }

    /// Fixed formatting (not the machine's locale) so output is identical everywhere.
    static func money(_ amount: Double, _ currency: String) -> String {
        let symbol = currency == "USD" ? "$" : currency + " "
        if amount != amount.rounded() { return symbol + twoDecimals(amount) }
        // Thousands separated by commas, over the digits' bytes (Characters cost more than the rest
        // of a role's view).
        let digits = Array(String(Int(amount)).utf8)
        var grouped: [UInt8] = []
        grouped.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(UInt8(ascii: ",")) }
            grouped.append(digit)
        }
        return symbol + String(decoding: grouped, as: UTF8.self)
    }
}
