/// An abbreviation and the phrases it stands for, so a CV saying "CRM" meets a role asking for
/// "customer relationship management" and the other way round.
public struct Abbreviation: Sendable, Equatable, Codable {
    public var short: String
    /// The first expansion is the canonical one; the rest are common alternative wordings.
    public var expansions: [String]

    public init(_ short: String, _ expansions: [String]) {
        self.short = short; self.expansions = expansions
    }
}

/// The abbreviations of customer-facing and office work, and how to rewrite a phrase with them.
public enum Abbreviations {
    public static let common: [Abbreviation] = [
        Abbreviation("CRM", ["customer relationship management"]),
        Abbreviation("POS", ["point of sale"]),
        Abbreviation("CSAT", ["customer satisfaction", "customer satisfaction score"]),
        Abbreviation("KPI", ["key performance indicator"]),
        Abbreviation("NPS", ["net promoter score"]),
        Abbreviation("AHT", ["average handle time", "average handling time"]),
        Abbreviation("FCR", ["first call resolution", "first contact resolution"]),
        Abbreviation("SLA", ["service level agreement"]),
        Abbreviation("IVR", ["interactive voice response"]),
        Abbreviation("ACD", ["automatic call distribution", "automatic call distributor"]),
        Abbreviation("QA", ["quality assurance"]),
        Abbreviation("CX", ["customer experience"]),
        Abbreviation("VoIP", ["voice over ip", "voice over internet protocol"]),
        Abbreviation("WFM", ["workforce management"]),
        Abbreviation("ERP", ["enterprise resource planning"]),
        Abbreviation("SOP", ["standard operating procedure"]),
        Abbreviation("FAQ", ["frequently asked question"]),
        Abbreviation("ATS", ["applicant tracking system"]),
        Abbreviation("HR", ["human resources"]),
        Abbreviation("PCI DSS", ["payment card industry data security standard"]),
        Abbreviation("B2B", ["business to business"]),
        Abbreviation("B2C", ["business to consumer"]),
        Abbreviation("CPR", ["cardiopulmonary resuscitation"]),
        Abbreviation("ESL", ["english as a second language"]),
        Abbreviation("WPM", ["words per minute"]),
        // Job-title shorthand, so "Customer Service Rep" in a CV's work history counts as the title.
        Abbreviation("CSR", ["customer service representative"]),
        Abbreviation("rep", ["representative"]),
        Abbreviation("mgr", ["manager"]),
        Abbreviation("asst", ["assistant"]),
        Abbreviation("assoc", ["associate"]),
        Abbreviation("svc", ["service"]),
        // "MS" alone also means Master of Science, so only the product names are expanded.
        Abbreviation("MS Office", ["Microsoft Office"]),
        Abbreviation("MS Excel", ["Microsoft Excel"]),
        Abbreviation("MS Word", ["Microsoft Word"]),
        Abbreviation("MS Outlook", ["Microsoft Outlook"]),
        Abbreviation("MS Teams", ["Microsoft Teams"]),
        Abbreviation("MS Dynamics", ["Microsoft Dynamics"]),
    ]

    /// `phrase` followed by every rewrite that swaps one abbreviation for an expansion or one
    /// expansion for its abbreviation ("CRM software" → "customer relationship management software").
    ///
    /// Variants are normalised word sequences joined by spaces; comparison ignores a plural "s"
    /// so "KPIs" is recognised as "KPI".
    public static func variants(of phrase: String, using table: [Abbreviation] = common) -> [String] {
        let words = MatchNormalizer.words(inNormalizedLine: MatchNormalizer.normalizeLine(phrase))
        var variants = [words.joined(separator: " ")]
        var seen = Set(variants)
        func add(_ candidate: [String]) {
            let text = candidate.joined(separator: " ")
            if seen.insert(text).inserted { variants.append(text) }
        }
        // Words compare without a plural "s": the phrase's singulars are made once, and the table's
        // once for the process (remaking them for every phrase was most of compiling a role's terms).
        let singulars = words.map(singular)
        for entry in table == common ? commonEntries : table.map(Entry.init) {
            for start in occurrences(of: entry.shortSingular, in: singulars) {
                for long in entry.longs { add(replacing(start, entry.short.count, in: words, with: long)) }
            }
            for (index, long) in entry.longs.enumerated() {
                for start in occurrences(of: entry.longSingulars[index], in: singulars) {
                    add(replacing(start, long.count, in: words, with: entry.short))
                    for other in entry.longs where other != long {
                        add(replacing(start, long.count, in: words, with: other))
                    }
                }
            }
        }
        return variants
    }

    /// An abbreviation as normalised words, with each word's singular beside them.
    private struct Entry {
        let short: [String]
        let longs: [[String]]
        let shortSingular: [String]
        let longSingulars: [[String]]

        init(_ abbreviation: Abbreviation) {
            short = wordsOf(abbreviation.short)
            longs = abbreviation.expansions.map(wordsOf)
            shortSingular = short.map(singular)
            longSingulars = longs.map { $0.map(singular) }
        }
    }

    /// The common table as `Entry`s, made once: every term of every role is rewritten against the
    /// whole table, and normalising it again each time dominated start-up.
    private static let commonEntries = common.map(Entry.init)

    private static func wordsOf(_ text: String) -> [String] {
        MatchNormalizer.words(inNormalizedLine: MatchNormalizer.normalizeLine(text))
    }

    /// Start indices where `needle` occurs in `words`, both already made singular (`singular`).
    private static func occurrences(of needle: [String], in words: [String]) -> [Int] {
        guard let first = needle.first, needle.count <= words.count else { return [] }
        var starts: [Int] = []
        for start in 0...(words.count - needle.count) where words[start] == first {
            if needle.indices.dropFirst().allSatisfy({ words[start + $0] == needle[$0] }) { starts.append(start) }
        }
        return starts
    }

    private static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    private static func replacing(_ start: Int, _ count: Int, in words: [String], with replacement: [String]) -> [String] {
        Array(words[..<start]) + replacement + Array(words[(start + count)...])
    }
}
