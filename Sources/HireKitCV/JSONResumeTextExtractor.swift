import Foundation

/// Renders a JSON Resume (jsonresume.org schema) as the same kind of text a PDF CV yields: section headings,
/// then "Position, Company, 2017-03 – Present" lines, so screening parses dates the same way for every format.
enum JSONResumeTextExtractor {
    static func extract(_ text: String, source: String) throws(CVReadError) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
              let resume = object as? [String: Any] else {
            throw .corrupt(path: source, format: .jsonResume, detail: "not a JSON object")
        }
        var out = Output()
        basics(resume["basics"] as? [String: Any] ?? [:], into: &out)
        positions(resume["work"], heading: "Experience", organisation: ["name", "company"], into: &out)
        positions(resume["volunteer"], heading: "Volunteering", organisation: ["organization", "name"], into: &out)
        education(resume["education"], into: &out)
        skills(resume["skills"], into: &out)
        languages(resume["languages"], into: &out)
        simpleList(resume["certificates"], heading: "Certificates", fields: ["name", "issuer", "date"], into: &out)
        simpleList(resume["awards"], heading: "Awards", fields: ["title", "awarder", "date"], into: &out)
        projects(resume["projects"], into: &out)
        simpleList(resume["interests"], heading: "Interests", fields: ["name"], into: &out)
        return out.lines.joined(separator: "\n")
    }

    private struct Output {
        var lines: [String] = []
        mutating func section(_ heading: String) {
            if !lines.isEmpty { lines.append("") }
            lines.append(heading)
        }
        mutating func add(_ line: String?) {
            if let line, !line.isEmpty { lines.append(line) }
        }
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func joined(_ values: [String?], _ separator: String = ", ") -> String? {
        let present = values.compactMap { $0 }
        return present.isEmpty ? nil : present.joined(separator: separator)
    }

    private static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    /// "Mar 2017 – Present": an open end date means the job is current.
    private static func dateRange(_ item: [String: Any]) -> String? {
        let start = string(item["startDate"]).map(displayDate), end = string(item["endDate"]).map(displayDate)
        guard let start else { return end }
        return "\(start) – \(end ?? "Present")"
    }

    /// The schema's ISO 8601 dates ("2017-03", "2017-03-15") as a CV writes them ("Mar 2017"): the
    /// form the screener reads as a month, where "2017-03" would read as the years 2017 to 2003.
    /// Anything else is kept as written.
    static func displayDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[month - 1]) \(parts[0])"
    }

    private static func basics(_ basics: [String: Any], into out: inout Output) {
        out.add(string(basics["name"]))
        out.add(string(basics["label"]))
        out.add(joined([string(basics["email"]), string(basics["phone"]), string(basics["url"])], " | "))
        if let location = basics["location"] as? [String: Any] {
            out.add(joined(["address", "city", "region", "postalCode", "countryCode"].map { string(location[$0]) }))
        }
        for profile in objects(basics["profiles"]) {
            out.add(joined([string(profile["network"]), string(profile["url"]) ?? string(profile["username"])], ": "))
        }
        if let summary = string(basics["summary"]) {
            out.section("Summary")
            out.add(summary)
        }
    }

    private static func positions(_ value: Any?, heading: String, organisation: [String], into out: inout Output) {
        let items = objects(value)
        guard !items.isEmpty else { return }
        out.section(heading)
        for item in items {
            let company = organisation.lazy.compactMap { string(item[$0]) }.first
            out.add(joined([string(item["position"]), company, dateRange(item)]))
            out.add(string(item["location"]))
            out.add(string(item["summary"]))
            for highlight in (item["highlights"] as? [Any] ?? []).compactMap(string) { out.add("- \(highlight)") }
        }
    }

    private static func education(_ value: Any?, into out: inout Output) {
        let items = objects(value)
        guard !items.isEmpty else { return }
        out.section("Education")
        for item in items {
            let degree = joined([string(item["studyType"]), string(item["area"])], " ")
            out.add(joined([degree, string(item["institution"]), dateRange(item)]))
            out.add(string(item["score"]).map { "Score: \($0)" })
            for course in (item["courses"] as? [Any] ?? []).compactMap(string) { out.add("- \(course)") }
        }
    }

    private static func skills(_ value: Any?, into out: inout Output) {
        let items = objects(value)
        guard !items.isEmpty else { return }
        out.section("Skills")
        for item in items {
            let keywords = (item["keywords"] as? [Any] ?? []).compactMap(string)
            let name = joined([string(item["name"]), string(item["level"]).map { "(\($0))" }], " ")
            out.add(keywords.isEmpty ? name : joined([name, keywords.joined(separator: ", ")], ": "))
        }
    }

    private static func languages(_ value: Any?, into out: inout Output) {
        simpleList(value, heading: "Languages", fields: ["language"], suffix: "fluency", into: &out)
    }

    private static func projects(_ value: Any?, into out: inout Output) {
        let items = objects(value)
        guard !items.isEmpty else { return }
        out.section("Projects")
        for item in items {
            out.add(joined([string(item["name"]), dateRange(item)]))
            out.add(string(item["description"]))
            for highlight in (item["highlights"] as? [Any] ?? []).compactMap(string) { out.add("- \(highlight)") }
        }
    }

    private static func simpleList(_ value: Any?, heading: String, fields: [String], suffix: String? = nil,
                                   into out: inout Output) {
        let items = objects(value)
        guard !items.isEmpty else { return }
        out.section(heading)
        for item in items {
            let main = joined(fields.map { string(item[$0]) })
            out.add(joined([main, suffix.flatMap { string(item[$0]) }.map { "(\($0))" }], " "))
        }
    }
}
