import Foundation
import HireKitMarkup
import HireKitRoles

/// One role's element of jobs.json, byte for byte as `JSONEncoder` writes `{path, role, url}` with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` inside the array (two-space indent,
/// `"key" : value`, absent optionals left out, an empty array as `[`, a blank line and `]`).
///
/// The encoder (boxing every value, sorting keys through a dictionary) made jobs.json the costliest
/// whole-site file of a full build. This writer knows the role's fields; it returns nil for anything
/// it does not write exactly as the encoder would (a control character in a string, a number with an
/// exponent), and the caller then uses the encoder, which is also the tests' oracle.
struct JobsJSONEntry {
    private var out: [UInt8] = []
    private var failed = false

    static func encode(role: Role, url: String, path: String) -> [UInt8]? {
        var writer = JobsJSONEntry()
        writer.out.reserveCapacity(8192)
        // The element of the top-level array: its braces at one indent, its members at two.
        writer.object(level: 2) { w in
            w.key("path", 2); w.string(path)
            w.key("role", 2); w.role(role, level: 3)
            w.key("url", 2); w.string(url)
        }
        return writer.failed ? nil : writer.out
    }

    /// The role as an object whose members sit at `level`.
    private mutating func role(_ role: Role, level: Int) {
        let next = level + 1
        object(level: level) { w in
            w.key("advancement", level); w.strings(role.advancement, level: level)
            w.key("alsoKnownAs", level); w.strings(role.alsoKnownAs, level: level)
            if let date = role.datePosted { w.key("datePosted", level); w.string(date) }
            w.key("department", level); w.string(role.department)
            w.key("education", level)
            w.object(level: next) { w in
                w.key("fields", next); w.strings(role.education.fields, level: next)
                w.key("minimum", next); w.string(role.education.minimum.rawValue)
                if let preferred = role.education.preferred { w.key("preferred", next); w.string(preferred.rawValue) }
            }
            w.key("employment", level)
            w.object(level: next) { w in
                w.key("locations", next)
                w.array(role.employment.locations, level: next) { w, place in
                    let fields = next + 2
                    w.object(level: fields) { w in
                        w.key("city", fields); w.string(place.city)
                        w.key("country", fields); w.string(place.country)
                        if let code = place.postalCode { w.key("postalCode", fields); w.string(code) }
                        w.key("region", fields); w.string(place.region)
                        if let street = place.street { w.key("street", fields); w.string(street) }
                    }
                }
                w.key("remote", next); w.bool(role.employment.remote)
                if let schedule = role.employment.schedule { w.key("schedule", next); w.string(schedule) }
                w.key("types", next); w.strings(role.employment.types.map(\.rawValue), level: next)
            }
            w.key("experience", level)
            w.object(level: next) { w in
                w.key("backgrounds", next); w.strings(role.experience.backgrounds, level: next)
                w.key("minimumYears", next); w.number(role.experience.minimumYears)
            }
            w.key("id", level); w.string(role.id)
            w.key("industries", level); w.strings(role.industries, level: level)
            if let code = role.onetCode { w.key("onetCode", level); w.string(code) }
            w.key("responsibilities", level); w.strings(role.responsibilities, level: level)
            if let salary = role.salary {
                w.key("salary", level)
                w.object(level: next) { w in
                    w.key("currency", next); w.string(salary.currency)
                    w.key("maximum", next); w.number(salary.maximum)
                    w.key("minimum", next); w.number(salary.minimum)
                    w.key("unit", next); w.string(salary.unit.rawValue)
                }
            }
            w.key("screening", level)
            w.object(level: next) { w in
                let policy = role.screening
                w.key("educationWeight", next); w.number(policy.educationWeight)
                w.key("experienceWeight", next); w.number(policy.experienceWeight)
                w.key("knockoutCap", next); w.number(policy.knockoutCap)
                w.key("preferredSkillsWeight", next); w.number(policy.preferredSkillsWeight)
                w.key("requiredSkillsWeight", next); w.number(policy.requiredSkillsWeight)
            }
            w.key("skills", level)
            w.object(level: next) { w in
                w.key("preferred", next); w.skills(role.skills.preferred, level: next)
                w.key("required", next); w.skills(role.skills.required, level: next)
            }
            w.key("summary", level); w.string(role.summary)
            w.key("title", level); w.string(role.title)
            w.key("track", level); w.string(role.track)
            if let date = role.validThrough { w.key("validThrough", level); w.string(date) }
        }
    }

    /// Skills as the value of a member at `level`: each an object one level in.
    private mutating func skills(_ skills: [Skill], level: Int) {
        array(skills, level: level) { w, skill in
            let fields = level + 2
            w.object(level: fields) { w in
                w.key("knockout", fields); w.bool(skill.knockout)
                w.key("name", fields); w.string(skill.name)
                w.key("synonyms", fields); w.strings(skill.synonyms, level: fields)
            }
        }
    }

    // MARK: - Layout

    /// Whether the object being written has had no member yet, innermost last.
    private var firstMember: [Bool] = []

    /// An object whose members, written by `body` through `key`, sit at `level`; its closing brace
    /// one level out. As an array element it starts on its own indented line, as a member's value
    /// right after the key.
    private mutating func object(level: Int, _ body: (inout JobsJSONEntry) -> Void) {
        indentIfAtLineStart(level - 1)
        out.append(UInt8(ascii: "{"))
        firstMember.append(true)
        body(&self)
        firstMember.removeLast()
        out.append(UInt8(ascii: "\n"))
        indentIfAtLineStart(level - 1)
        out.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ name: String, _ level: Int) {
        // Appended byte by byte: building the separator as an array allocated one per member.
        if firstMember.last != true { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        firstMember[firstMember.count - 1] = false
        indentIfAtLineStart(level)
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: "\" : ".utf8)
    }

    /// An array as the value of a member at `level`: elements one level in, `]` at `level`.
    private mutating func array<Element>(_ elements: [Element], level: Int, _ element: (inout JobsJSONEntry, Element) -> Void) {
        out.append(contentsOf: "[\n".utf8)
        for (index, item) in elements.enumerated() {
            if index > 0 { out.append(contentsOf: ",\n".utf8) }
            element(&self, item)
        }
        out.append(UInt8(ascii: "\n"))
        indentIfAtLineStart(level)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func strings(_ texts: [String], level: Int) {
        array(texts, level: level) { w, text in
            w.indentIfAtLineStart(level + 1)
            w.string(text)
        }
    }

    private mutating func indentIfAtLineStart(_ level: Int) {
        guard out.isEmpty || out.last == UInt8(ascii: "\n") else { return }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private mutating func string(_ text: String) {
        if !JSONEscaping.appendString(text, to: &out, scriptSafe: false) { failed = true }
    }

    private mutating func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }

    private mutating func number(_ value: Double) {
        if !PrettyJSON.appendNumber(value, to: &out) { failed = true }
    }
}
