import HireKitRoles
import Mustache

/// What templates see. These are the names documented in docs/templates.md and
/// checked by `hirekit check` (which finds them by reflection). swift-mustache reads them through
/// `MustacheParent` (below).
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

/// A class, not a struct: the templates' renderer holds every value it shows as `Any`, and boxing
/// a struct of this size copied and retained all its fields for each of the 10,000 roles of a large
/// index page, several times over.
final class RoleView: Sendable {
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

    init(id: String, title: String, department: String, track: String, summary: String, href: String,
         alsoKnownAs: String, hasAlsoKnownAs: Bool, industries: [String], industriesText: String,
         responsibilities: [String], requiredSkills: [SkillView], preferredSkills: [SkillView],
         hasPreferredSkills: Bool, educationMinimum: String, educationPreferred: String?, educationFields: String,
         hasEducationFields: Bool, experienceText: String, experienceBackgrounds: String,
         hasExperienceBackgrounds: Bool, leadsTo: [LinkView], hasLeadsTo: Bool, comesFrom: [LinkView],
         hasComesFrom: Bool, related: [LinkView], hasRelated: Bool, paths: [PathView], hasLongerPaths: Bool,
         employmentTypes: String, locations: [String], locationsText: String, remote: Bool, schedule: String?,
         salaryText: String?, datePosted: String?, validThrough: String?, onetCode: String?) {
        self.id = id
        self.title = title
        self.department = department
        self.track = track
        self.summary = summary
        self.href = href
        self.alsoKnownAs = alsoKnownAs
        self.hasAlsoKnownAs = hasAlsoKnownAs
        self.industries = industries
        self.industriesText = industriesText
        self.responsibilities = responsibilities
        self.requiredSkills = requiredSkills
        self.preferredSkills = preferredSkills
        self.hasPreferredSkills = hasPreferredSkills
        self.educationMinimum = educationMinimum
        self.educationPreferred = educationPreferred
        self.educationFields = educationFields
        self.hasEducationFields = hasEducationFields
        self.experienceText = experienceText
        self.experienceBackgrounds = experienceBackgrounds
        self.hasExperienceBackgrounds = hasExperienceBackgrounds
        self.leadsTo = leadsTo
        self.hasLeadsTo = hasLeadsTo
        self.comesFrom = comesFrom
        self.hasComesFrom = hasComesFrom
        self.related = related
        self.hasRelated = hasRelated
        self.paths = paths
        self.hasLongerPaths = hasLongerPaths
        self.employmentTypes = employmentTypes
        self.locations = locations
        self.locationsText = locationsText
        self.remote = remote
        self.schedule = schedule
        self.salaryText = salaryText
        self.datePosted = datePosted
        self.validThrough = validThrough
        self.onetCode = onetCode
    }
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
    var jsonLD: String?
    /// Role pages only: the role's compiled terms for "Check your CV" (see `SelfCheckData`), script-safe JSON.
    var selfCheckJSON: String? = nil
    /// Role pages only: the script with the compiled titles of the role's track (see `SelfCheckData`).
    var selfCheckTrackPath: String? = nil
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

// Templates look names up through `child(named:)` instead of swift-mustache's default Mirror
// reflection, which builds a mirror of the whole struct for every name looked up and was the
// largest cost of rendering. A field missing here would render empty: keep these in step with the
// fields above (PageViewLookupTests checks every field is found).

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "companyName": return self.companyName
        case "baseURL": return self.baseURL
        case "contactEmail": return self.contactEmail
        case "equalOpportunity": return self.equalOpportunity
        case "language": return self.language
        case "logoPath": return self.logoPath
        case "roleCount": return self.roleCount
        case "onetCredit": return self.onetCredit
        default: return nil
        }
    }
}

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        default: return nil
        }
    }
}

extension PathStepView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "href": return self.href
        case "isFirst": return self.isFirst
        default: return nil
        }
    }
}

extension PathView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "steps": return self.steps
        default: return nil
        }
    }
}

extension FilterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "label": return self.label
        case "allLabel": return self.allLabel
        case "options": return self.options
        default: return nil
        }
    }
}

extension FilterOptionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": return self.value
        case "label": return self.label
        default: return nil
        }
    }
}

extension SkillView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "alsoCalled": return self.alsoCalled
        case "hasAlsoCalled": return self.hasAlsoCalled
        default: return nil
        }
    }
}

extension RoleView: MustacheParent {
    // Found by hashing the name once: the index page alone looks up tens of thousands of names on
    // role views, and a switch compared each with every case before it (every case, for a name the
    // view does not have, such as the page's `root`).
    private static let fields: [String: @Sendable (RoleView) -> Any?] = [
        "id": { $0.id },
        "title": { $0.title },
        "department": { $0.department },
        "track": { $0.track },
        "summary": { $0.summary },
        "href": { $0.href },
        "alsoKnownAs": { $0.alsoKnownAs },
        "hasAlsoKnownAs": { $0.hasAlsoKnownAs },
        "industries": { $0.industries },
        "industriesText": { $0.industriesText },
        "responsibilities": { $0.responsibilities },
        "requiredSkills": { $0.requiredSkills },
        "preferredSkills": { $0.preferredSkills },
        "hasPreferredSkills": { $0.hasPreferredSkills },
        "educationMinimum": { $0.educationMinimum },
        "educationPreferred": { $0.educationPreferred },
        "educationFields": { $0.educationFields },
        "hasEducationFields": { $0.hasEducationFields },
        "experienceText": { $0.experienceText },
        "experienceBackgrounds": { $0.experienceBackgrounds },
        "hasExperienceBackgrounds": { $0.hasExperienceBackgrounds },
        "leadsTo": { $0.leadsTo },
        "hasLeadsTo": { $0.hasLeadsTo },
        "comesFrom": { $0.comesFrom },
        "hasComesFrom": { $0.hasComesFrom },
        "related": { $0.related },
        "hasRelated": { $0.hasRelated },
        "paths": { $0.paths },
        "hasLongerPaths": { $0.hasLongerPaths },
        "employmentTypes": { $0.employmentTypes },
        "locations": { $0.locations },
        "locationsText": { $0.locationsText },
        "remote": { $0.remote },
        "schedule": { $0.schedule },
        "salaryText": { $0.salaryText },
        "datePosted": { $0.datePosted },
        "validThrough": { $0.validThrough },
        "onetCode": { $0.onetCode },
    ]

    func child(named name: String) -> Any? { Self.fields[name]?(self) }
}

extension DepartmentView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "anchor": return self.anchor
        case "roles": return self.roles
        default: return nil
        }
    }
}

extension PageContext: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": return self.site
        case "root": return self.root
        case "pageTitle": return self.pageTitle
        case "pageDescription": return self.pageDescription
        case "canonicalURL": return self.canonicalURL
        case "role": return self.role
        case "departments": return self.departments
        case "roles": return self.roles
        case "jsonLD": return self.jsonLD
        case "selfCheckJSON": return self.selfCheckJSON
        case "selfCheckTrackPath": return self.selfCheckTrackPath
        case "careerGraphSVG": return self.careerGraphSVG
        case "careerGraphNarrowSVG": return self.careerGraphNarrowSVG
        case "applyHref": return self.applyHref
        case "applyLabel": return self.applyLabel
        case "applyText": return self.applyText
        case "filters": return self.filters
        case "shareImageURL": return self.shareImageURL
        case "twitterCard": return self.twitterCard
        case "logoSrc": return self.logoSrc
        default: return nil
        }
    }
}
