
/// Turns the YAML of one role file into a `Role`, collecting every problem with its line and column.
///
/// We walk the YAML tree (`YAMLNode`) by hand rather than using `Decodable` because Codable stops at the first
/// error and loses positions; HR needs all problems at once, each pointing at the exact spot.
///
/// This file is the role schema: which keys each part of a role file has and what each must hold.
/// The generic readers it uses (a typed value from a YAML node, with a diagnostic when it is not
/// one) are in `RoleFileDecoder+YAMLReading.swift`.
struct RoleFileDecoder {
    let file: String
    private(set) var diagnostics: [RoleDiagnostic] = []
    /// Where the id and each advancement link were written, for errors found across files later.
    private(set) var positions = RolePositions()
    /// Guards against alias-expansion bombs: a role file is small, so its tree is too.
    private var budget = 50_000

    init(file: String) { self.file = file }

    mutating func decode(yaml: String) -> Role? {
        let root: YAMLNode?
        do {
            root = try YAMLComposer.compose(yaml)
        } catch {
            diagnostics.append(diagnostic(for: error))
            return nil
        }
        guard let root else {
            report(nil, "the file is empty", fix: "Write the role's fields, or delete the file.")
            return nil
        }
        return role(from: root)
    }

    // MARK: - The schema

    private mutating func role(from node: YAMLNode) -> Role? {
        guard var map = mapping(node, "the role file", keys: Schema.role) else { return nil }
        let id = string(&map, "id", required: true)
        let title = string(&map, "title", required: true)
        let department = string(&map, "department", required: true)
        let track = string(&map, "track", required: true)
        let summary = string(&map, "summary", required: true)
        let alsoKnownAs = strings(&map, "also_known_as") ?? []
        let onetCode = string(&map, "onet_code")
        let industries = strings(&map, "industries", nonEmpty: true)
        let responsibilities = strings(&map, "responsibilities", nonEmpty: true)
        let skills = nested(&map, "skills", keys: Schema.skills, required: true) { decoder, map in decoder.skills(&map) }
        let education = nested(&map, "education", keys: Schema.education, required: true) { decoder, map in decoder.education(&map) }
        let experience = nested(&map, "experience", keys: Schema.experience, required: true) { decoder, map in decoder.experience(&map) }
        let advancement = strings(&map, "advancement") ?? []
        let employment = nested(&map, "employment", keys: Schema.employment, required: true) { decoder, map in decoder.employment(&map) }
        let salary = nested(&map, "salary", keys: Schema.salary, required: false) { decoder, map in decoder.salary(&map) }
        let datePosted = date(&map, "date_posted")
        let validThrough = date(&map, "valid_through")
        let screening = nested(&map, "screening", keys: Schema.screening, required: false) { decoder, map in decoder.screening(&map) }
        finish(map)

        if let id, let idNode = map.node["id"] { checkSlug(id, at: idNode) }
        if let datePosted, let validThrough, validThrough < datePosted, let node = map.node["valid_through"] {
            report(node, "valid_through \(validThrough) is before date_posted \(datePosted)",
                   fix: "Set valid_through to a date after the posting date.")
        }
        if let salary, salary.maximum < salary.minimum, let node = map.node["salary"] {
            report(node, "salary maximum \(salary.maximum) is below its minimum \(salary.minimum)",
                   fix: "Swap the two figures or correct one of them.")
        }
        positions.id = map.node["id"]?.mark
        for (index, target) in advancement.enumerated() {
            let node = map.node["advancement"]?.sequence?[index]
            positions.advancement.append(node?.mark)
            if let node { checkSlug(target, at: node, what: "advancement link") }
        }

        guard let id, let title, let department, let track, let summary, let industries,
              let responsibilities, let skills, let education, let experience, let employment
        else { return nil }
        return Role(
            id: id, title: title, department: department, track: track, summary: summary,
            alsoKnownAs: alsoKnownAs, industries: industries, responsibilities: responsibilities,
            skills: skills, education: education, experience: experience, advancement: advancement,
            employment: employment, salary: salary, datePosted: datePosted, validThrough: validThrough,
            onetCode: onetCode, screening: screening ?? ScreeningPolicy()
        )
    }

    private mutating func skills(_ map: inout KeyedMapping) -> Skills? {
        let required = list(&map, "required", nonEmpty: true) { decoder, node in decoder.skill(node) }
        let preferred = list(&map, "preferred", nonEmpty: false) { decoder, node in decoder.skill(node) } ?? []
        guard let required else { return nil }
        return Skills(required: required, preferred: preferred)
    }

    private mutating func skill(_ node: YAMLNode) -> Skill? {
        guard var map = mapping(node, "a skill", keys: Schema.skill) else { return nil }
        let name = string(&map, "name", required: true)
        let synonyms = strings(&map, "synonyms") ?? []
        let knockout = bool(&map, "knockout") ?? false
        finish(map)
        guard let name else { return nil }
        return Skill(name: name, synonyms: synonyms, knockout: knockout)
    }

    private mutating func education(_ map: inout KeyedMapping) -> Education? {
        let minimum = enumValue(&map, "minimum", EducationLevel.self, required: true)
        let preferred = enumValue(&map, "preferred", EducationLevel.self)
        let fields = strings(&map, "fields") ?? []
        if let minimum, let preferred, preferred < minimum, let node = map.node["preferred"] {
            report(node, "preferred education '\(preferred.rawValue)' is below the minimum '\(minimum.rawValue)'",
                   fix: "Make the preferred level at least the minimum, or remove it.")
        }
        guard let minimum else { return nil }
        return Education(minimum: minimum, preferred: preferred, fields: fields)
    }

    private mutating func experience(_ map: inout KeyedMapping) -> Experience? {
        let years = number(&map, "minimum_years", required: true)
        let backgrounds = strings(&map, "backgrounds") ?? []
        if let years, years < 0, let node = map.node["minimum_years"] {
            report(node, "minimum_years is negative", fix: "Use 0 for roles open to newcomers.")
        }
        // Pages and feeds print years and months as whole numbers; a typo like 1e300 would not fit one.
        if let years, years > 50, let node = map.node["minimum_years"] {
            report(node, "minimum_years \(years) is more than 50 years", fix: "Write the years of experience the role asks for, such as `minimum_years: 2`.")
        }
        guard let years else { return nil }
        return Experience(minimumYears: years, backgrounds: backgrounds)
    }

    private mutating func employment(_ map: inout KeyedMapping) -> Employment? {
        let types = list(&map, "types", nonEmpty: true) { decoder, node in
            decoder.enumValue(node, EmploymentType.self)
        }
        let remote = bool(&map, "remote") ?? false
        let locations = list(&map, "locations", nonEmpty: !remote) { decoder, node in decoder.location(node) } ?? []
        let schedule = string(&map, "schedule")
        guard let types else { return nil }
        return Employment(types: types, locations: locations, remote: remote, schedule: schedule)
    }

    private mutating func location(_ node: YAMLNode) -> Location? {
        guard var map = mapping(node, "a location", keys: Schema.location) else { return nil }
        let city = string(&map, "city", required: true)
        let region = string(&map, "region", required: true)
        let country = string(&map, "country", required: true)
        let postalCode = string(&map, "postal_code")
        let street = string(&map, "street")
        finish(map)
        guard let city, let region, let country else { return nil }
        return Location(city: city, region: region, country: country, postalCode: postalCode, street: street)
    }

    private mutating func salary(_ map: inout KeyedMapping) -> Salary? {
        let currency = string(&map, "currency", required: true)
        let minimum = number(&map, "minimum", required: true)
        let maximum = number(&map, "maximum", required: true)
        let unit = enumValue(&map, "unit", Salary.Unit.self, required: true)
        // Amounts are printed as whole numbers with thousands separators; keep them to what a wage can be.
        for (key, amount) in [("minimum", minimum), ("maximum", maximum)] {
            if let amount, !(0...1_000_000_000_000).contains(amount), let node = map.node[key] {
                report(node, "salary \(key) \(amount) is outside 0 to 1000000000000",
                       fix: "Write the pay in the currency's units, such as `\(key): 18.50`.")
            }
        }
        if let currency, currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }),
           let node = map.node["currency"] {
            report(node, "currency '\(currency)' is not an ISO 4217 code", fix: "Use a three-letter code such as USD or EUR.")
        }
        guard let currency, let minimum, let maximum, let unit else { return nil }
        return Salary(currency: currency, minimum: minimum, maximum: maximum, unit: unit)
    }

    private mutating func screening(_ map: inout KeyedMapping) -> ScreeningPolicy? {
        let defaults = ScreeningPolicy()
        let policy = ScreeningPolicy(
            requiredSkillsWeight: number(&map, "required_skills_weight", in: 0...100) ?? defaults.requiredSkillsWeight,
            preferredSkillsWeight: number(&map, "preferred_skills_weight", in: 0...100) ?? defaults.preferredSkillsWeight,
            experienceWeight: number(&map, "experience_weight", in: 0...100) ?? defaults.experienceWeight,
            educationWeight: number(&map, "education_weight", in: 0...100) ?? defaults.educationWeight,
            knockoutCap: number(&map, "knockout_cap", in: 0...100) ?? defaults.knockoutCap
        )
        if policy.totalWeight <= 0 {
            report(map.node.mark, "the screening weights add up to \(policy.totalWeight)",
                   fix: "Give at least one weight a positive value.")
        }
        return policy
    }

    /// The keys each mapping allows, in the order docs/roles.md documents them.
    enum Schema {
        static let role = ["id", "title", "department", "track", "summary", "also_known_as", "onet_code", "industries",
                           "responsibilities", "skills", "education", "experience", "advancement", "employment",
                           "salary", "date_posted", "valid_through", "screening"]
        static let skills = ["required", "preferred"]
        static let skill = ["name", "synonyms", "knockout"]
        static let education = ["minimum", "preferred", "fields"]
        static let experience = ["minimum_years", "backgrounds"]
        static let employment = ["types", "locations", "remote", "schedule"]
        static let location = ["city", "region", "country", "postal_code", "street"]
        static let salary = ["currency", "minimum", "maximum", "unit"]
        static let screening = ["required_skills_weight", "preferred_skills_weight", "experience_weight",
                                "education_weight", "knockout_cap"]
    }

    mutating func checkSlug(_ slug: String, at node: YAMLNode, what: String = "id") {
        guard !Slug.isValid(slug) else { return }
        report(node, "\(what) '\(slug)' is not a valid slug", fix: Slug.rule)
    }

    // MARK: - Reporting

    /// Counts one value read; past the budget, reports the file once and ignores the rest.
    mutating func spend() {
        budget -= 1
        if budget == 0 {
            report(nil, "the file has too many entries (over 50,000 values, possibly through YAML aliases)",
                   fix: "Split it or remove the aliases; a role needs far fewer values.")
        }
    }

    mutating func report(_ node: YAMLNode, _ problem: String, fix: String) {
        report(node.mark, problem, fix: fix)
    }

    mutating func report(_ mark: YAMLMark?, _ problem: String, fix: String) {
        guard budget >= 0 || problem.hasPrefix("the file has too many") else { return }
        diagnostics.append(RoleDiagnostic(file: file, line: mark?.line, column: mark?.column, problem: problem, fix: fix))
    }

    private func diagnostic(for problem: YAMLProblem) -> RoleDiagnostic {
        let fix = "Fix the YAML syntax here: indent with spaces (not tabs), close quotes and brackets."
        switch problem {
        case let .syntax(problem, context, mark):
            let detail = context.map { "\(problem) \($0)" } ?? problem
            return RoleDiagnostic(file: file, line: mark.line, column: mark.column, problem: "invalid YAML: \(detail)", fix: fix)
        case let .duplicateKeys(duplicates, mark):
            return RoleDiagnostic(
                file: file, line: mark.line, column: mark.column,
                problem: "duplicate key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                fix: "Keep one of them: YAML allows each key once per mapping.")
        case let .reader(problem, offset):
            return RoleDiagnostic(file: file, problem: "unreadable text (\(problem) at byte \(offset ?? 0))",
                                  fix: "Save the file as UTF-8.")
        case .memory:
            return RoleDiagnostic(file: file, problem: "invalid YAML: Memory error", fix: fix)
        }
    }
}
