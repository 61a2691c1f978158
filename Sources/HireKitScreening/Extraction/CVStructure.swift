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
        let lines = LineBuffer(text: text)
        self.init(lines: lines, folded: LineBuffer(folding: lines), reference: reference)
    }

    /// Analyses a text already split into lines (`MatchNormalizer.lines`) and folded line by line
    /// (`MatchNormalizer.normalizeLine`), as `CVAnalysis` has them.
    init(lines: LineBuffer, folded: LineBuffer, reference: YearMonth) {
        self = lines.withLines { lines in folded.withLines { CVStructure(lines: lines, folded: $0, reference: reference) } }
    }

    private init(lines: LineBuffer.View, folded: LineBuffer.View, reference: YearMonth) {
        let normalized = { (_: Int, number: Int) in folded[number - 1] }
        let sections = SectionDetector.sections(in: lines, folded: folded)
        func lineNumbers(of kinds: [SectionKind]) -> SectionLines { SectionLines(sections, kinds: kinds) }
        // Lines are read where they lie in the buffers: the extractors are given the numbers of
        // the lines to read, not an array of (number, String) pairs.
        let all = 1..<(lines.count + 1)

        // Dates elsewhere (education, certifications) are not employment.
        let experienceLines = lineNumbers(of: [.experience])
        let nonEmployment = lineNumbers(of: [.education, .certifications, .volunteering, .awards, .projects])
        let employment = experienceLines.isEmpty ? all.filter { !nonEmployment.contains($0) } : all.filter(experienceLines.contains)
        let dateRanges = ExperienceExtractor.dateRanges(in: BufferedLines(lines, numbers: employment), reference: reference)

        // With an education section, degrees are read from it and the sections that summarise it;
        // otherwise from anywhere, since some CVs list a degree with no heading at all.
        let educationLines = lineNumbers(of: [.education, .certifications])
        let summaryLines = lineNumbers(of: [.summary])
        let education = EducationExtractor.findings(
            in: BufferedLines(lines, numbers: educationLines.isEmpty ? nil : all.filter { educationLines.contains($0) || summaryLines.contains($0) }),
            inEducationSection: educationLines.contains, normalized: normalized)

        self.sections = sections
        self.dateRanges = dateRanges
        self.yearsOfExperience = ExperienceExtractor.years(dateRanges)
        self.education = education
        self.highestEducation = EducationExtractor.highest(education)
        self.achievements = AchievementExtractor.achievements(in: BufferedLines(lines), normalized: normalized)
    }

    public init(text: String, referenceDate: Date) {
        self.init(text: text, reference: YearMonth(referenceDate))
    }

    /// `EducationLevel.none` when the CV shows no education.
    public var educationLevel: EducationLevel { highestEducation?.level ?? .none }
}
