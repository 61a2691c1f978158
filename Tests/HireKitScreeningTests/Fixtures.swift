import HireKitRoles
import HireKitScreening

/// Roles and CVs shared by the tests, built with the public initialisers.
enum Fixtures {
    /// Whether `phrase`, compiled as a role term, is found in `text`.
    static func found(_ phrase: String, in text: String) -> Bool {
        !PhraseMatcher(terms: [.init(phrase: phrase, target: 0)]).matches(in: text).isEmpty
    }

    /// "Present" in every test means June 2024.
    static let reference = YearMonth(year: 2024, month: 6)

    static func role(
        required: [Skill], preferred: [Skill] = [], minimumYears: Double = 0,
        education: EducationLevel = .none, policy: ScreeningPolicy = .init(),
        title: String = "Customer Service Representative", alsoKnownAs: [String] = [], backgrounds: [String] = []
    ) -> Role {
        Role(
            id: "test-role", title: title, department: "Customer Service", track: "frontline",
            summary: "Help customers by phone, chat and e-mail.", alsoKnownAs: alsoKnownAs,
            industries: ["Retail"], responsibilities: ["Answer customer questions", "Resolve complaints"],
            skills: Skills(required: required, preferred: preferred),
            education: Education(minimum: education), experience: Experience(minimumYears: minimumYears, backgrounds: backgrounds),
            employment: Employment(types: [.fullTime], locations: [Location(city: "Columbus", region: "OH", country: "US")]),
            screening: policy)
    }

    /// Three required skills (conflict resolution is a knockout), two preferred, two years, associate degree.
    static let serviceRole = role(
        required: [
            Skill(name: "Customer service", synonyms: ["customer support", "helped customers"]),
            Skill(name: "CRM software", synonyms: ["Salesforce", "Zendesk"]),
            Skill(name: "Conflict resolution", synonyms: ["de-escalation", "resolved complaints"], knockout: true),
        ],
        preferred: [
            Skill(name: "Point of sale", synonyms: ["cash handling"]),
            Skill(name: "Spanish", synonyms: ["bilingual"]),
        ],
        minimumYears: 2, education: .associate,
        alsoKnownAs: ["Call Center Agent"], backgrounds: ["retail"])

    /// Meets every required skill, one preferred skill, the experience and the education minimum.
    /// Lines 1–3 are personal details.
    static let cv = """
        Jane Doe
        jane.doe@example.com | +1 (614) 555-0147
        41 South High Street, Columbus, OH 43215

        PROFESSIONAL SUMMARY
        Customer service professional with CRM experience and a record of high CSAT.

        WORK EXPERIENCE
        Call Center Agent, Acme Telecom — Mar 2019 – Present
        • Handled 80+ calls per day, resolving billing disputes
        • Kept CSAT at 96% while cutting average handle time by 15%
        Sales Associate, Harbor Retail — 2016 - 2019
        • Operated the point of sale system and processed returns

        SKILLS
        Zendesk, Salesforce, data entry (65 WPM), de-escalation

        EDUCATION
        Associate of Applied Science in Business, Columbus State Community College, 2016
        """

    static func screener(_ role: Role = serviceRole) -> RoleScreener {
        RoleScreener(role: role, reference: reference)
    }
}
