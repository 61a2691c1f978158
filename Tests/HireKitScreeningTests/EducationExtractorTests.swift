import HireKitRoles
import Testing
@testable import HireKitScreening

@Suite("Education level")
struct EducationExtractorTests {
    private func level(_ line: String, inEducationSection: Bool = false) -> EducationLevel? {
        EducationExtractor.findings(in: [(number: 1, text: line)], educationLines: inEducationSection ? [1] : []).first?.level
    }

    @Test(arguments: [
        ("High School Diploma, Central High School", EducationLevel.highSchool),
        ("GED, 2010", .highSchool),
        ("Diploma, Westlake Secondary", .highSchool),
        ("Certificate in Hospitality Management, Columbus State", .certificate),
        ("Post-secondary certificate, medical billing", .certificate),
        ("Associate of Applied Science in Business", .associate),
        ("Associate’s degree in Communications", .associate),
        ("Bachelor of Arts in English", .bachelor),
        ("Bachelor’s degree, Psychology", .bachelor),
        ("B.Sc. Business Administration", .bachelor),
        ("BA in Communications", .bachelor),
        ("Master of Business Administration", .master),
        ("MBA, Ohio State University", .master),
        ("Master’s in Public Health", .master),
        ("M.S. in Data Analytics", .master),
        ("PhD in Sociology", .doctorate),
        ("Doctorate in Education", .doctorate),
    ])
    func degreeWordingIsRecognised(line: String, expected: EducationLevel) {
        #expect(level(line) == expected)
    }

    @Test(arguments: ["Certified Scrum Master", "Master data management", "Sales Associate, Target",
                      "Proficient in MS Office", "Boston, MA", "Mastered the POS system"])
    func lookalikesAreNotDegrees(line: String) {
        #expect(level(line, inEducationSection: true) == nil)
    }

    @Test func terseAbbreviationsCountInsideAnEducationSection() {
        #expect(level("BS Computer Science, Ohio State", inEducationSection: true) == .bachelor)
        #expect(level("MA English Literature", inEducationSection: true) == .master)
    }

    @Test func terseAbbreviationsDoNotCountElsewhere() {
        #expect(level("BS Computer Science, Ohio State") == nil)
    }

    @Test func highestLevelWins() {
        let cv = """
            Education
            High School Diploma, 2008
            Bachelor of Science in Marketing, 2012
            MBA, 2016
            Associate degree in Accounting, 2010
            """
        let structure = CVStructure(text: cv, reference: Fixtures.reference)
        #expect(structure.educationLevel == .master)
        #expect(structure.highestEducation?.line == 4)
    }

    @Test func cvWithoutEducationHasNone() {
        #expect(CVStructure(text: "Skills\nCRM", reference: Fixtures.reference).educationLevel == EducationLevel.none)
    }

    @Test func degreesMentionedInExperienceDoNotCountWhenThereIsAnEducationSection() {
        let cv = """
            Experience
            Tutored PhD students in statistics
            Education
            GED
            """
        #expect(CVStructure(text: cv, reference: Fixtures.reference).educationLevel == .highSchool)
    }

    @Test func degreeOnAMojibakeLine() {
        #expect(level("Â· Bachelor of Arts ï¼ 2015") == .bachelor)
    }
}
