import Foundation
import HireKitMarkup
import HireKitRoles

/// The XML job feed job aggregators ingest (Indeed's `<source><job>…</job></source>` format), written
/// as `jobs-feed.xml`. Aggregators list one job per place of work, so a role offered in two cities
/// becomes two jobs with their own reference numbers. Every value is CDATA-wrapped, as Indeed's
/// specification shows; dates come from the role files, so rebuilding gives identical bytes.
enum IndeedFeed {
    static let path = "jobs-feed.xml"

    static func xml(catalog: RoleCatalog, config: SiteConfig) -> String {
        String(decoding: file(catalog: catalog, config: config, context: "").bytes, as: UTF8.self)
    }

    /// The feed as a `SharedFile`: a role's jobs (one per place) are its share. A role without a
    /// date of its own is dated by the newest role, so that date is part of the context.
    static func file(catalog: RoleCatalog, config: SiteConfig, context: String,
                     descriptions: PostingDescriptions = PostingDescriptions()) -> SharedFile {
        let newest = catalog.roles.compactMap(\.datePosted).max()
        var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<source>\n"
        head += "  <publisher>\(CDATA.wrap(config.companyName))</publisher>\n"
        head += "  <publisherurl>\(CDATA.wrap(config.baseURL))</publisherurl>\n"
        if let date = newest.flatMap(rfc1123) { head += "  <lastBuildDate>\(date)</lastBuildDate>\n" }
        return SharedFile(path: path, head: Array(head.utf8), separator: [], tail: Array("</source>\n".utf8),
                          roles: catalog.roles, context: context + "|newest=" + (newest ?? "")) { role in
            let description = descriptions.html(for: role)
            return Array(places(of: role).map { job(role, place: $0, config: config, fallbackDate: newest, description: description) }.joined().utf8)
        }
    }

    /// Where a role is advertised: each location, or one location-less job for a remote-only role.
    struct Place {
        let reference: String
        let location: Location?
    }

    static func places(of role: Role) -> [Place] {
        let locations = role.employment.locations
        if locations.isEmpty { return [Place(reference: role.id, location: nil)] }
        if locations.count == 1 { return [Place(reference: role.id, location: locations[0])] }
        return locations.map { Place(reference: role.id + "-" + SiteBuilder.anchor("\($0.city) \($0.region)"), location: $0) }
    }

    private static func job(_ role: Role, place: Place, config: SiteConfig, fallbackDate: String?, description: String) -> String {
        var fields: [(String, String)] = [("title", role.title)]
        if let date = (role.datePosted ?? fallbackDate).flatMap(rfc1123) { fields.append(("date", date)) }
        fields += [
            ("referencenumber", place.reference),
            ("url", config.absoluteURL(RoleViewBuilder.path(for: role.id))),
            ("company", config.companyName),
            ("city", place.location?.city ?? ""),
            ("state", place.location?.region ?? ""),
            ("country", place.location?.country ?? ""),
            ("postalcode", place.location?.postalCode ?? ""),
        ]
        if let street = place.location?.street { fields.append(("streetaddress", street)) }
        if let email = config.applyEmail, config.applyURL == nil { fields.append(("email", email)) }
        fields += [
            ("description", description),
            ("salary", role.salary.map(RoleViewBuilder.salaryText) ?? ""),
            ("education", role.education.minimum.displayName),
            ("jobtype", jobTypes(role.employment.types)),
            ("category", role.department),
            ("experience", experience(role.experience.minimumYears)),
        ]
        if let date = role.validThrough { fields.append(("expirationdate", date)) }
        if role.employment.remote { fields.append(("remotetype", "Fully remote")) }
        return "  <job>\n" + fields.map { "    <\($0.0)>\(CDATA.wrap($0.1))</\($0.0)>\n" }.joined() + "  </job>\n"
    }

    /// Indeed's job type words.
    static func jobTypes(_ types: [EmploymentType]) -> String {
        types.map { type in
            switch type {
            case .fullTime: "fulltime"
            case .partTime: "parttime"
            case .contractor: "contract"
            case .temporary: "temporary"
            case .intern: "internship"
            case .volunteer: "volunteer"
            case .perDiem: "perdiem"
            case .other: "other"
            }
        }.joined(separator: ", ")
    }

    static func experience(_ years: Double) -> String {
        if years <= 0 { return "No experience required" }
        if years < 1 { return "\(Int((years * 12).rounded()))+ months" }
        let number = years == years.rounded() ? String(Int(years)) : String(years)
        return "\(number)+ year\(years == 1 ? "" : "s")"
    }

    /// "2026-11-02" → "Mon, 02 Nov 2026 00:00:00 GMT", computed without the machine's locale.
    static func rfc1123(_ day: String) -> String? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[calendar.component(.weekday, from: date) - 1]
        let dd = parts[2] < 10 ? "0\(parts[2])" : "\(parts[2])"
        return "\(weekday), \(dd) \(months[parts[1] - 1]) \(parts[0]) 00:00:00 GMT"
    }
}
