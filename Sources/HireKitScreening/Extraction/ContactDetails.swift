/// A candidate's name, e-mail address and phone number as read from their CV, with the same rules
/// `Redactor` uses to hide them, so what blind screening hides is what the pipeline stores.
public struct ContactDetails: Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var phone: String?

    public init(name: String?, email: String?, phone: String?) {
        self.name = name; self.email = email; self.phone = phone
    }

    /// Contact details sit at the top of a CV; further down, numbers are dates, figures and ids.
    static let headerLines = 15

    public init(reading text: String) {
        let lines = MatchNormalizer.lines(of: text)
        var named: String?
        var expectName = false
        for line in lines {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { continue }
            if expectName { named = trimmed; break }
            if let label = Redactor.nameLabel.firstMatch(in: line) {
                let rest = String(line[label.range.upperBound...]).trimmingWhitespace
                if rest.isEmpty { expectName = true; continue }
                named = rest
                break
            }
            if Redactor.documentTitle.matches(trimmed) || Redactor.photo.matches(trimmed) { continue }
            if SectionDetector.heading(in: trimmed) == nil { named = trimmed }
            break
        }
        name = named.flatMap(Self.plausibleName)
        email = lines.lazy.compactMap { Redactor.email.firstMatch(in: $0)?.text }.first.map { $0.lowercased() }
        let top = lines.prefix(Self.headerLines)
        phone = top.lazy.compactMap { (Redactor.phone.firstMatch(in: $0) ?? Redactor.localPhone.firstMatch(in: $0))?.text }.first
            .map { $0.trimmingWhitespace }
    }

    /// A name is a few words without digits or addresses, and not a job title: many CVs open with
    /// their headline ("SALES ASSOCIATE", "Customer Service Representative"), which is no name.
    private static func plausibleName(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.lowercased() }
        guard (2...5).contains(words.count), text.count <= 60,
              !text.contains(where: { $0.isNumber || "@/:|•()".contains($0) || $0.isNewline }),
              !words.contains(where: titleWords.contains) else { return nil }
        return text
    }

    /// Words of job titles and CV headlines that are not (English) names.
    static let titleWords: Set<String> = [
        "accountant", "administrator", "advisor", "adviser", "advocate", "agent", "analyst", "assistant", "associate",
        "attendant", "banker", "cashier", "chef", "clerk", "concierge", "consultant", "coordinator", "cook", "customer",
        "designer", "developer", "director", "driver", "engineer", "executive", "greeter", "head", "host", "hostess",
        "instructor", "intern", "lead", "leader", "manager", "member", "nurse", "officer", "operator", "professional",
        "receptionist", "representative", "sales", "secretary", "senior", "server", "service", "services", "specialist",
        "summary", "supervisor", "support", "teacher", "technician", "trainer", "profile", "objective", "resume", "cv",
    ]
}
