import HireKitRoles

/// A role view's text and flag fields mixed into a `PageProjection` digest without going through
/// `child(named:)`: boxing each value as `Any` and casting it back cost more than the hashing, and
/// the index's key mixes six fields of each of a large site's 10,000 views. The values mixed are
/// exactly those of the general path (`PageProjectionTests` compares the two for every field).
extension RoleView {
    /// Mixes field `name` as `PageProjection` does, if it is text, optional text or a flag; false for
    /// the others (lists and views), which go through `child(named:)`.
    func mixScalar(_ name: String, into hash: inout StableHash) -> Bool {
        func text(_ value: String?) -> Bool {
            // A missing value is skipped, name and all, as `child(named:)` returning nil is.
            if let value { hash.mix(name); hash.mix("s"); hash.mix(value) }
            return true
        }
        func flag(_ value: Bool) -> Bool {
            hash.mix(name); hash.mix(value ? "t" : "f")
            return true
        }
        switch name {
        case "id": return text(id)
        case "title": return text(title)
        case "department": return text(department)
        case "track": return text(track)
        case "summary": return text(summary)
        case "href": return text(href)
        case "alsoKnownAs": return text(alsoKnownAs)
        case "hasAlsoKnownAs": return flag(hasAlsoKnownAs)
        case "industriesText": return text(industriesText)
        case "hasPreferredSkills": return flag(hasPreferredSkills)
        case "educationMinimum": return text(educationMinimum)
        case "educationPreferred": return text(educationPreferred)
        case "educationFields": return text(educationFields)
        case "hasEducationFields": return flag(hasEducationFields)
        case "experienceText": return text(experienceText)
        case "experienceBackgrounds": return text(experienceBackgrounds)
        case "hasExperienceBackgrounds": return flag(hasExperienceBackgrounds)
        case "hasLeadsTo": return flag(hasLeadsTo)
        case "hasComesFrom": return flag(hasComesFrom)
        case "hasRelated": return flag(hasRelated)
        case "hasLongerPaths": return flag(hasLongerPaths)
        case "employmentTypes": return text(employmentTypes)
        case "locationsText": return text(locationsText)
        case "remote": return flag(remote)
        case "schedule": return text(schedule)
        case "salaryText": return text(salaryText)
        case "datePosted": return text(datePosted)
        case "validThrough": return text(validThrough)
        case "onetCode": return text(onetCode)
        default: return false
        }
    }
}
