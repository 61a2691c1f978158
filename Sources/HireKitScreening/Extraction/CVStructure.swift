import Foundation
import HireKitRoles

/// What screening reads from a CV besides skills: its sections, the time its jobs cover, the
/// highest education it shows and its quantified achievements.
public struct CVStructure: Sendable, Equatable, Codable {
    public var sections: [CVSection]
    /// Employment periods, from the experience sections (or the whole CV when it has none).
    public var dateRanges: [DateRange]
    /// Years covered by `dateRanges`, overlapping jobs counted once, to one decimal.
    public var yearsOfExperience: Double
    /// Every line showing a level of education.
    public var education: [EducationFinding]
    public var highestEducation: EducationFinding?
    public var achievements: [Achievement]

    /// Analyses `text`. `reference` is the month "present" means: injected, so that the same CV
    /// always gives the same result (the CLI passes today).
    public init(text: String, reference: YearMonth) {
        let lines = MatchNormalizer.lines(of: text)
        self.init(lines: lines, normalizedLines: lines.map(MatchNormalizer.normalizeLine), reference: reference)
    }

    /// Analyses a text already split into lines (`MatchNormalizer.lines`) and normalised line by line
    /// (`MatchNormalizer.normalizeLine`), as `CVAnalysis` has them.
    init(lines: [String], normalizedLines: [String], reference: YearMonth) {
        let numbered = lines.enumerated().map { (number: $0.offset + 1, text: $0.element) }
        let normalized = { (number: Int, _: String) in normalizedLines[number - 1] }
        let sections = SectionDetector.sections(in: lines, normalized: normalizedLines)
        func lineNumbers(of kinds: [SectionKind]) -> SectionLines { SectionLines(sections, kinds: kinds) }

        // Dates elsewhere (education, certifications) are not employment.
        let experienceLines = lineNumbers(of: [.experience])
        let nonEmployment = lineNumbers(of: [.education, .certifications, .volunteering, .awards, .projects])
        let employment = numbered.filter {
            experienceLines.isEmpty ? !nonEmployment.contains($0.number) : experienceLines.contains($0.number)
        }
        let dateRanges = ExperienceExtractor.dateRanges(in: employment, reference: reference)

        // With an education section, degrees are read from it and the sections that summarise it;
        // otherwise from anywhere, since some CVs list a degree with no heading at all.
        let educationLines = lineNumbers(of: [.education, .certifications])
        let summaryLines = lineNumbers(of: [.summary])
        let education = EducationExtractor.findings(
            in: educationLines.isEmpty ? numbered : numbered.filter { educationLines.contains($0.number) || summaryLines.contains($0.number) },
            inEducationSection: educationLines.contains, normalized: normalized)

        self.sections = sections
        self.dateRanges = dateRanges
        self.yearsOfExperience = ExperienceExtractor.years(dateRanges)
        self.education = education
        self.highestEducation = EducationExtractor.highest(education)
        self.achievements = AchievementExtractor.achievements(in: numbered, normalized: normalized)
    }

    public init(text: String, referenceDate: Date) {
        self.init(text: text, reference: YearMonth(referenceDate))
    }

    /// `EducationLevel.none` when the CV shows no education.
    public var educationLevel: EducationLevel { highestEducation?.level ?? .none }
}
