/// HireKitScreening owns matching and scoring CVs against roles: text normalisation and
/// tokenisation, Snowball stemming, abbreviation expansion, one-pass phrase matching of a role's
/// skill terms, reading a CV's structure (sections, years of experience, education, quantified
/// achievements), the weighted 0–100 score with knockouts, the per-requirement explanation with
/// line-level evidence, redaction of personal details for blind screening, and the metrics and
/// TF-IDF baseline used to evaluate screening. It works on plain text: turning files into text
/// belongs to HireKitCV.

import Foundation
import HireKitRoles

/// Screens CVs against one role. The role's terms are compiled once at init; `screen` can then be
/// called for any number of CVs, concurrently from several threads.
public struct RoleScreener: Sendable {
    public let role: Role
    /// The month that "Present"/"Current" in a CV means.
    public let reference: YearMonth

    /// What a compiled term is evidence of.
    enum Target: Hashable, Sendable {
        case requiredSkill(Int)
        case preferredSkill(Int)
        /// The role's title or another name for it; shown as relevant experience, not scored.
        case title
        /// A background the role counts as relevant ("retail"); shown, not scored.
        case background
    }

    private let matcher: PhraseMatcher<Target>

    /// `referenceDate` is what "present" means in CV date ranges; pass it in (the CLI passes today)
    /// so that screening is deterministic.
    public init(role: Role, referenceDate: Date) {
        self.init(role: role, reference: YearMonth(referenceDate))
    }

    public init(role: Role, reference: YearMonth) {
        self.role = role
        self.reference = reference
        var terms: [PhraseMatcher<Target>.Term] = []
        for (index, skill) in role.skills.required.enumerated() {
            terms += skill.terms.map { .init(phrase: $0, target: .requiredSkill(index)) }
        }
        for (index, skill) in role.skills.preferred.enumerated() {
            terms += skill.terms.map { .init(phrase: $0, target: .preferredSkill(index)) }
        }
        terms += ([role.title] + role.alsoKnownAs).map { .init(phrase: $0, target: .title) }
        terms += role.experience.backgrounds.map { .init(phrase: $0, target: .background) }
        matcher = PhraseMatcher(terms: terms)
    }

    /// Screens one CV. With `blind`, personal details are redacted first (see `Redactor`) and the
    /// evidence quotes the redacted lines; line numbers are unchanged by redaction.
    public func screen(text: String, source: String, blind: Bool = false) -> ScreeningResult {
        let text = blind ? Redactor.redact(text) : text
        let lines = TextNormalizer.lines(of: text)
        // A stemmer per call: libstemmer handles are not thread-safe, and one is cheap to make.
        let matches = matcher.matches(in: TextNormalizer.tokenize(text), stemmer: Stemmer())
        let structure = CVStructure(text: text, reference: reference)
        let policy = role.screening

        func evidence(for target: Target) -> [Evidence] {
            firstLines(matches.filter { $0.target == target }.map { ($0.line, $0.phrase) }, in: lines)
        }

        func skillOutcomes(_ skills: [Skill], kind: RequirementOutcome.Kind, weight: Double,
                           target: (Int) -> Target) -> [RequirementOutcome] {
            let each = skills.isEmpty ? 0 : Scorer.scaled(weight, policy: policy) / Double(skills.count)
            return skills.enumerated().map { index, skill in
                let found = evidence(for: target(index))
                let met = !found.isEmpty
                return RequirementOutcome(
                    kind: kind, name: skill.name, met: met, knockout: skill.knockout,
                    points: Scorer.rounded(met ? each : 0), maxPoints: Scorer.rounded(each),
                    detail: met ? "found: " + orderedUnique(found.map(\.matched)).joined(separator: ", ")
                        : "no mention of \(skill.terms.map { "\"\($0)\"" }.joined(separator: ", "))",
                    evidence: found)
            }
        }

        let required = skillOutcomes(role.skills.required, kind: .requiredSkill,
                                     weight: policy.requiredSkillsWeight, target: Target.requiredSkill)
        let preferred = skillOutcomes(role.skills.preferred, kind: .preferredSkill,
                                      weight: policy.preferredSkillsWeight, target: Target.preferredSkill)

        let minimumYears = role.experience.minimumYears
        let years = structure.yearsOfExperience
        let experienceFraction = Scorer.experienceFraction(years: years, minimumYears: minimumYears)
        let experienceMax = Scorer.scaled(policy.experienceWeight, policy: policy)
        let experience = RequirementOutcome(
            kind: .experience, name: "Experience", met: years >= minimumYears,
            points: Scorer.rounded(experienceFraction * experienceMax), maxPoints: Scorer.rounded(experienceMax),
            detail: "\(format(years)) years found; minimum \(format(minimumYears))",
            evidence: firstLines(structure.dateRanges.map { ($0.line, $0.text) }, in: lines))

        let minimumLevel = role.education.minimum
        let level = structure.educationLevel
        let educationFraction = Scorer.educationFraction(found: level, minimum: minimumLevel)
        let educationMax = Scorer.scaled(policy.educationWeight, policy: policy)
        let education = RequirementOutcome(
            kind: .education, name: "Education", met: level >= minimumLevel,
            points: Scorer.rounded(educationFraction * educationMax), maxPoints: Scorer.rounded(educationMax),
            detail: "\(level == .none ? "no education found" : level.displayName + " found"); minimum: \(minimumLevel.displayName)",
            evidence: structure.highestEducation.map {
                [Evidence(line: $0.line, text: $0.text, matched: $0.level.displayName)]
            } ?? [])

        // Category totals come from unrounded fractions so rounding happens once, at the end.
        func skillPoints(_ outcomes: [RequirementOutcome], weight: Double) -> Double {
            Scorer.skillFraction(met: outcomes.filter(\.met).count, of: outcomes.count) * Scorer.scaled(weight, policy: policy)
        }
        let breakdown = ScoreBreakdown(
            requiredSkills: skillPoints(required, weight: policy.requiredSkillsWeight),
            preferredSkills: skillPoints(preferred, weight: policy.preferredSkillsWeight),
            experience: experienceFraction * experienceMax,
            education: educationFraction * educationMax)
        let missingKnockouts = (required + preferred).filter { $0.knockout && !$0.met }.map(\.name)
        let knockedOut = !missingKnockouts.isEmpty

        return ScreeningResult(
            roleID: role.id, roleTitle: role.title, source: source,
            score: Scorer.total(breakdown, knockedOut: knockedOut, policy: policy),
            knockedOut: knockedOut, missingKnockouts: missingKnockouts,
            breakdown: ScoreBreakdown(
                requiredSkills: Scorer.rounded(breakdown.requiredSkills),
                preferredSkills: Scorer.rounded(breakdown.preferredSkills),
                experience: Scorer.rounded(breakdown.experience),
                education: Scorer.rounded(breakdown.education)),
            requirements: required + preferred + [experience, education],
            yearsOfExperience: years, educationLevel: level,
            relevantExperience: firstLines(
                matches.filter { $0.target == .title || $0.target == .background }.map { ($0.line, $0.phrase) },
                in: lines),
            achievements: structure.achievements, sections: structure.sections, blind: blind)
    }

    /// Evidence from the first three distinct lines of `hits` (already in text order).
    private func firstLines(_ hits: [(line: Int, matched: String)], in lines: [String]) -> [Evidence] {
        var evidence: [Evidence] = []
        for hit in hits where !evidence.contains(where: { $0.line == hit.line }) {
            evidence.append(Evidence(line: hit.line, text: lines[hit.line - 1].trimmingWhitespace, matched: hit.matched))
            if evidence.count == 3 { break }
        }
        return evidence
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
