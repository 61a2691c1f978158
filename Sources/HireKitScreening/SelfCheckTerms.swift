import Foundation
import HireKitRoles

/// What the careers site's "Check your CV" script needs to read a CV exactly as `RoleScreener`
/// does, without the CV leaving the browser: each requirement's compiled key sequences (abbreviation
/// variants, hyphen groupings, British spellings and stems already applied to the role's words), and
/// the matcher's word lists (`MatchRules`). The script tokenises, stems and negates the CV the same
/// way, so a requirement it marks met is one `hirekit screen` marks met.
public struct SelfCheckTerms: Sendable, Encodable, Equatable {
    public struct Requirement: Sendable, Encodable, Equatable {
        public var name: String
        public var required: Bool
        /// A CV without it is knocked out of a screen (its score capped).
        public var knockout: Bool
        /// The role's words for it, as written (the skill's synonyms), to show when it is missing.
        public var synonyms: [String]
        /// Every key sequence that counts, each joined by single spaces (keys hold no spaces).
        public var keys: [String]
    }

    public var requirements: [Requirement]
    /// The role's minimums: years of relevant experience, and an `EducationLevel` id.
    public var minimumYears: Double
    public var minimumEducation: String
    /// In plain words, what a recruiter's screen for the role weighs most (from its `ScreeningPolicy`).
    public var weighs: String
    /// Key sequences of the role's titles and backgrounds: lines naming them, or a title of a role on
    /// the same track (`trackTitleKeys`, exported once per track rather than in every role's terms),
    /// are the relevant experience a screen weighs (`RoleScreener`'s title and background targets).
    public var experience: [String]
    public var track: String

    /// The terms `RoleScreener` compiles for `role` (its skills' names and synonyms; its title,
    /// other titles and backgrounds), each phrase's key sequences made as `PhraseMatcher` makes them.
    public init(role: Role) {
        let cache = PhraseKeys.shared
        let keys: ([String]) -> [String] = cache.sortedKeys
        let required = role.skills.required.map { skill in
            Requirement(name: skill.name, required: true, knockout: skill.knockout, synonyms: skill.synonyms,
                        keys: keys(skill.terms))
        }
        let preferred = role.skills.preferred.map { skill in
            Requirement(name: skill.name, required: false, knockout: skill.knockout, synonyms: skill.synonyms,
                        keys: keys(skill.terms))
        }
        requirements = required + preferred
        experience = cache.sortedKeys(role.title, plus: role.alsoKnownAs + role.experience.backgrounds)
        weighs = Self.weighs(role)
        track = role.track
        minimumYears = role.experience.minimumYears
        minimumEducation = role.education.minimum.rawValue
    }

    /// The key sequences of every title (and other name) of the roles on one track, sorted: with a
    /// role's own `experience` keys, all the title and background keys `RoleScreener` compiles for it
    /// (its peers' titles, and its own, which are already its title keys).
    public static func trackTitleKeys(_ roles: [Role]) -> [String] {
        let cache = PhraseKeys.shared
        return Array(Set(roles.flatMap { [$0.title] + $0.alsoKnownAs }.flatMap(cache.keys))).sorted()
    }

    /// A phrase's key sequences (abbreviation variants, then hyphen groupings, stemmed), joined by
    /// spaces, as `PhraseMatcher.init` compiles them; kept from role to role, since a site's roles
    /// share most of their phrases. One cache for all threads: kept per thread, each phrase was
    /// compiled once on every thread that met it, and a track's titles (`trackTitleKeys`), gathered
    /// on one thread, were mostly compiled on the others. A libstemmer handle is not thread-safe, so
    /// each thread compiles with its own.
    final class PhraseKeys: @unchecked Sendable {
        static let shared = PhraseKeys()

        private let lock = NSLock()
        private var cache: [String: [String]] = [:]
        private var sortedCache: [[String]: [String]] = [:]

        /// The distinct keys of all `phrases`, sorted: a requirement's keys. Kept by the whole list,
        /// since roles on a large site share most of their skills, synonyms and all.
        func sortedKeys(_ phrases: [String]) -> [String] {
            if let keys = lock.withLock({ sortedCache[phrases] }) { return keys }
            let keys = Array(Set(phrases.flatMap(self.keys))).sorted()
            lock.withLock {
                if sortedCache.count > 10_000 { sortedCache.removeAll() }
                sortedCache[phrases] = keys
            }
            return keys
        }

        /// `sortedKeys([phrase] + others)`, made from the sorted keys of `others`, which roles share
        /// (other names for a title, backgrounds), and those of `phrase` (a role's own title, often
        /// found on no other role): merged instead of gathered into a set and sorted again for every role.
        func sortedKeys(_ phrase: String, plus others: [String]) -> [String] {
            let shared = sortedKeys(others)
            let own = Array(Set(keys(phrase))).sorted()
            var merged: [String] = []
            merged.reserveCapacity(shared.count + own.count)
            var i = 0, j = 0
            while i < shared.count || j < own.count {
                if j == own.count || (i < shared.count && shared[i] < own[j]) {
                    merged.append(shared[i]); i += 1
                } else if i == shared.count || own[j] < shared[i] {
                    merged.append(own[j]); j += 1
                } else {
                    merged.append(shared[i]); i += 1; j += 1
                }
            }
            return merged
        }

        func keys(_ phrase: String) -> [String] {
            if let keys = lock.withLock({ cache[phrase] }) { return keys }
            // Compiled outside the lock: two threads meeting a new phrase at once both compile it,
            // to the same keys.
            let stemmer = Self.stemmerForCurrentThread()
            var sequences = Set<[String]>()
            for variant in Abbreviations.variants(of: phrase) {
                sequences.formUnion(PhraseMatcher<Int>.keySequences(forNormalizedPhrase: variant, stemmer: stemmer))
            }
            let keys = sequences.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
            lock.withLock {
                if cache.count > 100_000 { cache.removeAll() }
                cache[phrase] = keys
            }
            return keys
        }

        private static func stemmerForCurrentThread() -> Stemmer {
            let storage = Thread.current.threadDictionary
            if let stemmer = storage["HireKitScreening.SelfCheckTerms.PhraseKeys.stemmer"] as? Stemmer { return stemmer }
            let stemmer = Stemmer()
            storage["HireKitScreening.SelfCheckTerms.PhraseKeys.stemmer"] = stemmer
            return stemmer
        }
    }

    /// "A screen for this role weighs the required skills most, then relevant experience, …".
    static func weighs(_ role: Role) -> String {
        let policy = role.screening
        let parts = [(policy.requiredSkillsWeight, "the required skills"),
                     (policy.experienceWeight, "experience in jobs like this one"),
                     (policy.preferredSkillsWeight, "the nice-to-have skills"),
                     (policy.educationWeight, "education")]
            .enumerated().filter { $0.element.0 > 0 }
            .sorted { ($0.element.0, -$0.offset) > ($1.element.0, -$1.offset) }.map(\.element.1)
        var sentence = parts.isEmpty ? "" : "A screen for this role weighs \(parts[0]) most"
            + (parts.count > 1 ? ", then " + parts.dropFirst().joined(separator: ", then ") : "") + "."
        let knockouts = (role.skills.required + role.skills.preferred).filter(\.knockout).map(\.name)
        if !knockouts.isEmpty {
            sentence += " " + knockouts.joined(separator: " and ")
                + (knockouts.count == 1 ? " is" : " are") + " essential: a CV that does not show "
                + (knockouts.count == 1 ? "it" : "them") + " is set aside whatever else it shows."
        }
        let years = role.experience.minimumYears
        if years > 0 {
            let text = years == years.rounded() ? String(Int(years)) : String(years)
            sentence += " It looks for at least \(text) year\(years == 1 ? "" : "s") of relevant work."
        }
        return sentence
    }
}

/// The word lists behind `MatchKey`, `FillerWords` and `Negation`, exported for the site's script so
/// that it cannot drift from the Swift matcher (the rules that are code, not lists, the script
/// repeats: see Templates/assets/self-check.js and its parity test).
public struct MatchRules: Sendable, Encodable, Equatable {
    /// Match keys of the filler words the phrase matcher reads past.
    public var fillerKeys: [String]
    public var negationCues: [String]
    public var negationReach: Int
    /// British spelling → American (`BritishSpelling.words`).
    public var britishWords: [String: String]
    public var britishIsStems: [String]
    public var britishIsEndings: [String]
    /// Word → its own key (`StemCollisions.keys`).
    public var stemCollisions: [String: String]
    /// Section heading wording → section kind (`SectionDetector`).
    public var sectionHeadings: [String: String]
    /// `ExperienceExtractor`'s patterns (ICU syntax, case-insensitive): a date range, and a start
    /// date alone on its line.
    public var dateRange: String
    public var loneStartDate: String
    /// `EducationExtractor`'s patterns, highest level first, as [level, pattern]; and those trusted
    /// only inside an education section.
    public var education: [[String]]
    public var educationInSection: [[String]]
    /// Education levels lowest first, as [id, display name].
    public var educationLevels: [[String]]
    /// The years before a CV's latest date that count as recent work (`Scorer.recentYears`).
    public var recentYears: Int

    public static let current = MatchRules(
        fillerKeys: FillerWords.keys.sorted(), negationCues: Negation.cues.sorted(), negationReach: Negation.reach,
        britishWords: BritishSpelling.words, britishIsStems: BritishSpelling.isStems,
        britishIsEndings: BritishSpelling.isEndings.map(String.init).sorted(), stemCollisions: StemCollisions.keys,
        sectionHeadings: SectionDetector.headings.mapValues(\.rawValue),
        dateRange: ExperienceExtractor.range.source, loneStartDate: ExperienceExtractor.loneStartDate.source,
        education: EducationExtractor.patterns.map { [$0.0.rawValue, $0.1.source] },
        educationInSection: EducationExtractor.sectionOnly.map { [$0.0.rawValue, $0.1.source] },
        educationLevels: EducationLevel.allCases.sorted().map { [$0.rawValue, $0.displayName] },
        recentYears: Scorer.recentYears)
}
