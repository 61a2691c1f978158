import HireKitRoles

/// A role view's text and flag fields mixed into a `PageProjection` digest without going through
/// `child(named:)`: boxing each value as `Any` and casting it back cost more than the hashing, and
/// the index's key mixes six fields of each of a large site's 10,000 views. The values mixed are
/// exactly those of the general path (`PageProjectionTests` compares the two for every field).
extension RoleView {
    /// A text, optional text or flag field, found by name once per page rather than once per view:
    /// matching a name against thirty cases cost more than mixing the value.
    enum ScalarField {
        case id, title, department, track, summary, href, alsoKnownAs, hasAlsoKnownAs, industriesText
        case hasPreferredSkills, educationMinimum, educationPreferred, educationFields, hasEducationFields
        case experienceText, experienceBackgrounds, hasExperienceBackgrounds, hasLeadsTo, hasComesFrom
        case hasRelated, hasLongerPaths, employmentTypes, locationsText, remote, schedule, salaryText
        case datePosted, validThrough, onetCode

        /// nil for the fields that are lists or views, which go through `child(named:)`.
        init?(name: String) {
            switch name {
            case "id": self = .id
            case "title": self = .title
            case "department": self = .department
            case "track": self = .track
            case "summary": self = .summary
            case "href": self = .href
            case "alsoKnownAs": self = .alsoKnownAs
            case "hasAlsoKnownAs": self = .hasAlsoKnownAs
            case "industriesText": self = .industriesText
            case "hasPreferredSkills": self = .hasPreferredSkills
            case "educationMinimum": self = .educationMinimum
            case "educationPreferred": self = .educationPreferred
            case "educationFields": self = .educationFields
            case "hasEducationFields": self = .hasEducationFields
            case "experienceText": self = .experienceText
            case "experienceBackgrounds": self = .experienceBackgrounds
            case "hasExperienceBackgrounds": self = .hasExperienceBackgrounds
            case "hasLeadsTo": self = .hasLeadsTo
            case "hasComesFrom": self = .hasComesFrom
            case "hasRelated": self = .hasRelated
            case "hasLongerPaths": self = .hasLongerPaths
            case "employmentTypes": self = .employmentTypes
            case "locationsText": self = .locationsText
            case "remote": self = .remote
            case "schedule": self = .schedule
            case "salaryText": self = .salaryText
            case "datePosted": self = .datePosted
            case "validThrough": self = .validThrough
            case "onetCode": self = .onetCode
            default: return nil
            }
        }
    }

    /// Mixes field `name` as `PageProjection` does, if it is text, optional text or a flag; false for
    /// the others (lists and views), which go through `child(named:)`.
    func mixScalar(_ name: String, into hash: inout StableHash) -> Bool {
        guard let field = ScalarField(name: name) else { return false }
        mix(field, named: name, into: &hash)
        return true
    }

    /// Mixes `field`, whose name is `name`, as `PageProjection` does.
    func mix(_ field: ScalarField, named name: String, into hash: inout StableHash) {
        func text(_ value: String?) {
            // A missing value is skipped, name and all, as `child(named:)` returning nil is.
            if let value { hash.mix(name); hash.mix("s"); hash.mix(value) }
        }
        func flag(_ value: Bool) {
            hash.mix(name); hash.mix(value ? "t" : "f")
        }
        switch field {
        case .id: text(id)
        case .title: text(title)
        case .department: text(department)
        case .track: text(track)
        case .summary: text(summary)
        case .href: text(href)
        case .alsoKnownAs: text(alsoKnownAs)
        case .hasAlsoKnownAs: flag(hasAlsoKnownAs)
        case .industriesText: text(industriesText)
        case .hasPreferredSkills: flag(hasPreferredSkills)
        case .educationMinimum: text(educationMinimum)
        case .educationPreferred: text(educationPreferred)
        case .educationFields: text(educationFields)
        case .hasEducationFields: flag(hasEducationFields)
        case .experienceText: text(experienceText)
        case .experienceBackgrounds: text(experienceBackgrounds)
        case .hasExperienceBackgrounds: flag(hasExperienceBackgrounds)
        case .hasLeadsTo: flag(hasLeadsTo)
        case .hasComesFrom: flag(hasComesFrom)
        case .hasRelated: flag(hasRelated)
        case .hasLongerPaths: flag(hasLongerPaths)
        case .employmentTypes: text(employmentTypes)
        case .locationsText: text(locationsText)
        case .remote: flag(remote)
        case .schedule: text(schedule)
        case .salaryText: text(salaryText)
        case .datePosted: text(datePosted)
        case .validThrough: text(validThrough)
        case .onetCode: text(onetCode)
        }
    }
}
