/// HireKitScreening owns matching and scoring CVs against roles. It works on plain text: turning
/// files into text belongs to HireKitCV. `RoleScreener` (this file) is the entry point for one role,
/// `ScreeningBatch` for a folder of CVs against one role or all. By concern:
///
/// - `Text/`: the form text is matched in (`MatchNormalizer`: lines, case and accent folding,
///   tokens), Snowball stemming into match keys, British spellings, stem collisions, and redaction
///   of personal details for blind screening.
/// - `Extraction/`: what a CV says regardless of the role (`CVAnalysis`): sections, dated jobs and
///   years of experience, the highest education level, quantified achievements.
/// - `Matching/`: one-pass phrase matching of every role's skill terms, with abbreviations, filler
///   words and negation.
/// - `Scoring/`: the weighted 0–100 score with knockouts (`Scorer`) and the explained result.
/// - `Batch/`: screening many CVs on all cores, streaming each to the report.
/// - `Reports/`: the six report formats.
/// - `Evaluation/`: precision, ROC-AUC, the bootstrap interval and the TF-IDF baseline of
///   `hirekit evaluate`.

import Foundation
import HireKitRoles

/// Screens CVs against one role. The role's terms are compiled once at init; `screen` can then be
/// called for any number of CVs, concurrently from several threads.
public final class RoleScreener: Sendable {
    public let role: Role
    /// The month that "Present"/"Current" in a CV means.
    public let reference: YearMonth

    /// What a compiled term is evidence of.
    enum Target: Hashable, Sendable {
        case requiredSkill(Int)
        case preferredSkill(Int)
        /// The role's title or another name for it; shown as relevant experience, not scored.
        case title
        /// A background the role counts as relevant ("retail"), or a peer role's title; shown, not scored.
        case background
    }

    let matcher: PhraseMatcher<Target>
    /// Per term of `matcher`, its target: read for every match of every CV, without the term's phrase.
    private let targets: [Target]
    /// Per required and preferred skill (role order), the detail shown when a CV never mentions it.
    /// The same for every CV, and most skills go unmentioned by most CVs: built once here instead of
    /// for every CV against every role.
    private let absentDetails: (required: [String], preferred: [String])

    /// `referenceDate` is what "present" means in CV date ranges; pass it in (the CLI passes today)
    /// so that screening is deterministic.
    public convenience init(role: Role, referenceDate: Date, peerTitles: [String] = []) {
        self.init(role: role, reference: YearMonth(referenceDate), peerTitles: peerTitles)
    }

    /// `peerTitles` are the titles of roles on the same career track (`RoleCatalog.peerTitles(of:)`):
    /// a job under one of them counts as relevant experience, as the role's own backgrounds do.
    public init(role: Role, reference: YearMonth, peerTitles: [String] = []) {
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
        terms += (role.experience.backgrounds + peerTitles).map { .init(phrase: $0, target: .background) }
        matcher = PhraseMatcher(terms: terms)
        targets = terms.map(\.target)
        let absent = { (skills: [Skill]) in
            skills.map { "no mention of \($0.terms.map { "\"\($0)\"" }.joined(separator: ", "))" }
        }
        absentDetails = (absent(role.skills.required), absent(role.skills.preferred))
    }

    /// Screens one CV. With `blind`, personal details are redacted first (see `Redactor`) and the
    /// evidence quotes the redacted lines; line numbers are unchanged by redaction.
    public func screen(text: String, source: String, blind: Bool = false) -> ScreeningResult {
        screen(CVAnalysis(text: text, reference: reference, blind: blind), source: source)
    }

    /// Screens a CV already analysed (tokens, match keys, structure): the analysis does not depend
    /// on the role, so a batch screening against every role makes it once per CV.
    public func screen(_ analysis: CVAnalysis, source: String) -> ScreeningResult {
        screen(analysis, source: source, matches: matcher.termMatches(in: analysis))
    }

    /// The same with this role's matches already found (`RoleSetMatcher`, one pass for all roles).
    func screen(_ analysis: CVAnalysis, source: String, matches: [PhraseMatcher<Target>.TermMatch]) -> ScreeningResult {
        result(of: assess(analysis, matches: matches), in: analysis, source: source)
    }

    /// Scores a CV from its matches and structure: the numbers a result is made of, without the
    /// words and evidence that explain them. A batch against every role assesses the CV for each
    /// and explains only the results its report prints (see `ScreeningBatch.Results`).
    func assess(_ analysis: CVAnalysis, matches: [PhraseMatcher<Target>.TermMatch]) -> RoleAssessment {
        // A skill the CV says it lacks ("no CRM experience") is not evidence of it. Most CVs negate
        // none of a role's matches, which are then kept as they are rather than copied.
        let places = analysis.places
        let matches = matches.contains { places[$0.tokens.lowerBound].negated } ? matches.filter { !places[$0.tokens.lowerBound].negated } : matches
        let structure = analysis.structure
        let policy = role.screening

        // Lines per skill: matches come in text order, so a target's lines never decrease and each
        // new line is a change from the last one counted.
        var requiredLines = Array(repeating: 0, count: role.skills.required.count)
        var preferredLines = Array(repeating: 0, count: role.skills.preferred.count)
        // Lines naming the role or a background, in order, each once (a handful: searched, not hashed).
        var titleLines: [Int] = []
        // Each skill's last line counted (required skills first, then preferred): on the stack,
        // not two arrays allocated and freed for every CV against every role.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: requiredLines.count + preferredLines.count) { last in
            last.initialize(repeating: 0)
            let preferredStart = requiredLines.count
            for match in matches {
                switch targets[match.term] {
                case .requiredSkill(let index) where last[index] != match.line:
                    last[index] = match.line
                    requiredLines[index] += 1
                case .preferredSkill(let index) where last[preferredStart + index] != match.line:
                    last[preferredStart + index] = match.line
                    preferredLines[index] += 1
                case .title, .background:
                    if titleLines.last != match.line { titleLines.append(match.line) }
                default:
                    break
                }
            }
        }
        /// A category's unrounded points. A skill shown on several lines of the CV earns more than
        /// a single passing mention (see `Scorer.evidenceStrength`). Mapped lazily: no array of the
        /// points for every CV against every role.
        func categoryPoints(_ lines: [Int], weight: Double) -> Double {
            let each = Scorer.pointsPerSkill(weight: weight, skillCount: lines.count, policy: policy)
            return Scorer.skillCategoryPoints(lines.lazy.map { Scorer.skillPoints(each: each, lines: $0) }, weight: weight, policy: policy)
        }

        // Experience counts most where a job's heading names this role, another title for it or a
        // background the role values ("Customer Service Rep, Jul 2015 to Current"): a chef's ten
        // years are work experience, but not ten years of answering customers.
        var relevantRanges: [DateRange] = []
        for (range, heading) in zip(structure.dateRanges, analysis.dateRangeHeadings) where titleLines.contains(where: heading.contains) {
            // Room for every range at the first: not grown (copied) range by range.
            if relevantRanges.isEmpty { relevantRanges.reserveCapacity(structure.dateRanges.count) }
            relevantRanges.append(range)
        }
        let relevantYears = ExperienceExtractor.years(relevantRanges)
        // Recent work is counted back from the CV's own latest date, not from today, so an older CV
        // is judged on what its author was doing when they wrote it.
        let recentYears = analysis.recentYears
        let recentRelevantYears = analysis.latestDate.map {
            ExperienceExtractor.years(ExperienceExtractor.recent(relevantRanges, years: Scorer.recentYears, before: $0))
        } ?? 0
        let experienceFraction = Scorer.experienceFraction(
            relevantYears: relevantYears, minimumYears: role.experience.minimumYears,
            recentRelevantYears: recentRelevantYears, recentYears: recentYears)
        let educationFraction = Scorer.educationFraction(found: structure.educationLevel, minimum: role.education.minimum)

        // Category totals come from unrounded points so rounding happens once, at the end.
        let breakdown = ScoreBreakdown(
            requiredSkills: categoryPoints(requiredLines, weight: policy.requiredSkillsWeight),
            preferredSkills: categoryPoints(preferredLines, weight: policy.preferredSkillsWeight),
            experience: experienceFraction * Scorer.scaled(policy.experienceWeight, policy: policy),
            education: educationFraction * Scorer.scaled(policy.educationWeight, policy: policy))
        // Built only when a knockout is missing: filtered and mapped, this made four arrays per role.
        var missingKnockouts: [String] = []
        for (skill, lines) in zip(role.skills.required, requiredLines) where skill.knockout && lines == 0 { missingKnockouts.append(skill.name) }
        for (skill, lines) in zip(role.skills.preferred, preferredLines) where skill.knockout && lines == 0 { missingKnockouts.append(skill.name) }
        return RoleAssessment(
            roleID: role.id, matches: matches, requiredLines: requiredLines, preferredLines: preferredLines,
            relevantRanges: relevantRanges, relevantYears: relevantYears, recentYears: recentYears,
            recentRelevantYears: recentRelevantYears, experienceFraction: experienceFraction,
            educationFraction: educationFraction, breakdown: breakdown, missingKnockouts: missingKnockouts,
            score: Scorer.total(breakdown, knockedOut: !missingKnockouts.isEmpty, policy: policy))
    }

    /// The explained result of `assessment`: every requirement's outcome in words, with the CV
    /// lines behind it.
    func result(of assessment: RoleAssessment, in analysis: CVAnalysis, source: String) -> ScreeningResult {
        let matches = assessment.matches
        // Grouped once (in text order) by skill number: each skill reads its own matches instead of
        // filtering all of them, and no target is hashed (`Dictionary(grouping:)` hashed every match).
        var requiredHits = Array(repeating: [PhraseMatcher<Target>.TermMatch](), count: role.skills.required.count)
        var preferredHits = Array(repeating: [PhraseMatcher<Target>.TermMatch](), count: role.skills.preferred.count)
        for match in matches {
            switch targets[match.term] {
            case .requiredSkill(let index): requiredHits[index].append(match)
            case .preferredSkill(let index): preferredHits[index].append(match)
            case .title, .background: break
            }
        }
        let structure = analysis.structure
        let policy = role.screening

        func skillOutcomes(_ skills: [Skill], kind: RequirementOutcome.Kind, weight: Double, lines: [Int],
                           absentDetails: [String], hitsBySkill: [[PhraseMatcher<Target>.TermMatch]]) -> [RequirementOutcome] {
            let each = Scorer.pointsPerSkill(weight: weight, skillCount: skills.count, policy: policy)
            return skills.enumerated().map { index, skill in
                let hits = hitsBySkill[index]
                let lineCount = lines[index]
                return RequirementOutcome(
                    kind: kind, name: skill.name, met: lineCount > 0, knockout: skill.knockout,
                    points: Scorer.rounded(Scorer.skillPoints(each: each, lines: lineCount)), maxPoints: Scorer.rounded(each),
                    detail: lineCount > 0
                        ? "found on \(lineCount) line\(lineCount == 1 ? "" : "s"): " + Self.firstDistinctPhrases(hits.lazy.map(phrase(of:)), count: 4).joined(separator: ", ")
                        : absentDetails[index],
                    evidence: firstLines(hits.map { ($0.line, phrase(of: $0)) }, in: analysis))
            }
        }

        let required = skillOutcomes(role.skills.required, kind: .requiredSkill, weight: policy.requiredSkillsWeight,
                                     lines: assessment.requiredLines, absentDetails: absentDetails.required,
                                     hitsBySkill: requiredHits)
        let preferred = skillOutcomes(role.skills.preferred, kind: .preferredSkill, weight: policy.preferredSkillsWeight,
                                      lines: assessment.preferredLines, absentDetails: absentDetails.preferred,
                                      hitsBySkill: preferredHits)

        let minimumYears = role.experience.minimumYears
        let years = structure.yearsOfExperience
        let relevantRanges = assessment.relevantRanges
        let experienceMax = Scorer.scaled(policy.experienceWeight, policy: policy)
        let experience = RequirementOutcome(
            kind: .experience, name: "Experience", met: assessment.relevantYears >= minimumYears,
            points: Scorer.rounded(assessment.experienceFraction * experienceMax), maxPoints: Scorer.rounded(experienceMax),
            detail: "\(Tenths.text(assessment.relevantYears)) years of relevant experience (\(Tenths.text(years)) in all; \(Tenths.text(assessment.recentRelevantYears)) of the most recent \(Tenths.text(assessment.recentYears))); minimum \(Tenths.text(minimumYears))",
            evidence: firstLines((relevantRanges.isEmpty ? structure.dateRanges : relevantRanges).map { ($0.line, $0.text) },
                                 in: analysis))

        let minimumLevel = role.education.minimum
        let level = structure.educationLevel
        let educationMax = Scorer.scaled(policy.educationWeight, policy: policy)
        let education = RequirementOutcome(
            kind: .education, name: "Education", met: level >= minimumLevel,
            points: Scorer.rounded(assessment.educationFraction * educationMax), maxPoints: Scorer.rounded(educationMax),
            detail: "\(level == .none ? "no education found" : level.displayName + " found"); minimum: \(minimumLevel.displayName)",
            evidence: structure.highestEducation.map {
                [Evidence(line: $0.line, text: $0.text, matched: $0.level.displayName)]
            } ?? [])

        let breakdown = assessment.breakdown
        return ScreeningResult(
            roleID: role.id, roleTitle: role.title, source: source,
            score: assessment.score,
            knockedOut: assessment.knockedOut, missingKnockouts: assessment.missingKnockouts,
            breakdown: ScoreBreakdown(
                requiredSkills: Scorer.rounded(breakdown.requiredSkills),
                preferredSkills: Scorer.rounded(breakdown.preferredSkills),
                experience: Scorer.rounded(breakdown.experience),
                education: Scorer.rounded(breakdown.education)),
            requirements: required + preferred + [experience, education],
            yearsOfExperience: years, educationLevel: level,
            relevantExperience: firstLines(
                matches.filter { targets[$0.term] == .title || targets[$0.term] == .background }.map { ($0.line, phrase(of: $0)) },
                in: analysis),
            achievements: structure.achievements, sections: structure.sections, blind: analysis.blind)
    }

    /// Lines that may hold the heading (title, employer) of the job dated on `lines` (one line, or
    /// several when the CV split the dates): those lines, up to two above and one below, but never a
    /// line belonging to the neighbouring jobs' dates.
    static func headingLines(of lines: ClosedRange<Int>, dateLines: [Int]) -> ClosedRange<Int> {
        let previous = dateLines.filter { $0 < lines.lowerBound }.max() ?? 0
        let next = dateLines.filter { $0 > lines.upperBound }.min() ?? Int.max
        return max(previous + 1, lines.lowerBound - 2)...min(next - 1, lines.upperBound + 1)
    }

    /// Evidence from the first three distinct lines of `hits` (already in text order), each quoted
    /// without surrounding whitespace. Trimmed here, when quoted: a batch explains only the best
    /// role's result (see `ScreeningBatch.Results`), which quotes a few dozen of a CV's lines.
    private func firstLines(_ hits: [(line: Int, matched: String)], in analysis: CVAnalysis) -> [Evidence] {
        var evidence: [Evidence] = []
        for hit in hits where !evidence.contains(where: { $0.line == hit.line }) {
            evidence.append(Evidence(line: hit.line, text: analysis.line(hit.line).trimmingWhitespace, matched: hit.matched))
            if evidence.count == 3 { break }
        }
        return evidence
    }

    /// The phrase of `match`'s term, as written in the role.
    private func phrase(of match: PhraseMatcher<Target>.TermMatch) -> String { matcher.terms[match.term].phrase }

    /// The first `count` distinct phrases of `hits`' phrases, in order: what keeping each phrase's
    /// first appearance and then the first `count` gives, searched in the few kept rather than
    /// hashed into a set, and stopping once `count` are found.
    static func firstDistinctPhrases(_ hits: some Sequence<String>, count: Int) -> [String] {
        var phrases: [String] = []
        guard count > 0 else { return [] }
        for phrase in hits where !phrases.contains(phrase) {
            phrases.append(phrase)
            if phrases.count == count { break }
        }
        return phrases
    }
}
