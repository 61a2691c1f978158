import HireKitRoles

/// What templates see. These are the names documented in the README's template reference and
/// checked by `hirekit check`; swift-mustache reads them through reflection, so they are plain structs.
struct SiteView {
    let companyName: String
    let baseURL: String
    let contactEmail: String
    let equalOpportunity: String
    let language: String
    let logoPath: String?
    let roleCount: Int
    /// Credit line for O*NET data used in titles and synonyms (CC BY 4.0 requires it).
    let onetCredit = "Job titles, tasks and software names draw on O*NET 29.2 by the U.S. Department of Labor, Employment and Training Administration, used under the CC BY 4.0 licence."
}

struct LinkView {
    let title: String
    let href: String
}

/// One step of a career path on a role page; the role's own step has no link.
struct PathStepView {
    let title: String
    let href: String?
    let isFirst: Bool
}

struct PathView {
    let steps: [PathStepView]
}

/// A filter above the role list: a select named `name` whose options come from the roles.
struct FilterView {
    let name: String
    let label: String
    let allLabel: String
    let options: [FilterOptionView]
}

struct FilterOptionView {
    let value: String
    let label: String
}

struct SkillView {
    let name: String
    let alsoCalled: String
    let hasAlsoCalled: Bool
}

struct RoleView {
    let id: String
    let title: String
    let department: String
    let track: String
    let summary: String
    let href: String
    let alsoKnownAs: String
    let hasAlsoKnownAs: Bool
    let industries: [String]
    let industriesText: String
    let responsibilities: [String]
    let requiredSkills: [SkillView]
    let preferredSkills: [SkillView]
    let hasPreferredSkills: Bool
    let educationMinimum: String
    let educationPreferred: String?
    let educationFields: String
    let hasEducationFields: Bool
    let experienceText: String
    let experienceBackgrounds: String
    let hasExperienceBackgrounds: Bool
    let leadsTo: [LinkView]
    let hasLeadsTo: Bool
    let comesFrom: [LinkView]
    let hasComesFrom: Bool
    /// Neighbours in the advancement graph that are neither a next nor a previous step.
    let related: [LinkView]
    let hasRelated: Bool
    /// Chains from this role to the top of its ladders, shown when any goes beyond one step.
    let paths: [PathView]
    let hasLongerPaths: Bool
    let employmentTypes: String
    let locations: [String]
    let locationsText: String
    let remote: Bool
    let schedule: String?
    let salaryText: String?
    let datePosted: String?
    let validThrough: String?
    let onetCode: String?
}

struct DepartmentView {
    let name: String
    let anchor: String
    let roles: [RoleView]
}

/// Context for every page: the page's own data plus site-wide values and the path back to the root.
struct PageContext {
    let site: SiteView
    /// Prefix that leads from this page to the site root ("" or "../"), so links work from disk.
    let root: String
    let pageTitle: String
    let pageDescription: String
    let canonicalURL: String
    let role: RoleView?
    let departments: [DepartmentView]
    let roles: [RoleView]
    let jsonLD: String?
    let careerGraphSVG: String?
    /// The same graph laid out in one column, for phones.
    let careerGraphNarrowSVG: String?
    let applyHref: String?
    let applyLabel: String?
    /// How to apply in words, with the address spelled out, for the printed posting.
    let applyText: String?
    /// Index page only: the search filters.
    let filters: [FilterView]
    /// Absolute URL of the picture shown when the page is shared, if the configuration names one.
    let shareImageURL: String?
    /// Twitter card type: a large picture card when there is a share image.
    let twitterCard: String
    /// The logo from the configuration, relative to this page.
    let logoSrc: String?

}
