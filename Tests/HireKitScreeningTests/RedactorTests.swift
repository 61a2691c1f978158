import Testing
@testable import HireKitScreening

@Suite("Redaction of personal details")
struct RedactorTests {
    private func redacted(_ text: String) -> [String] {
        MatchNormalizer.lines(of: Redactor.redact(text))
    }

    @Test func firstNonEmptyLineIsTakenAsTheName() {
        #expect(redacted("\n  Jane Q. Doe  \nSummary") == ["", "[redacted]", "Summary"])
    }

    @Test func documentTitleIsSkippedWhenLookingForTheName() {
        #expect(redacted("Curriculum Vitae\nJane Doe\nSkills") == ["Curriculum Vitae", "[redacted]", "Skills"])
    }

    @Test func cvStartingWithAHeadingKeepsIt() {
        #expect(redacted("Summary\nFriendly agent") == ["Summary", "Friendly agent"])
    }

    @Test func nameLabelIsRedacted() {
        #expect(redacted("Resume\nName: Jane Doe")[1] == "Name: [redacted]")
    }

    @Test func lineAfterABareNameLabelIsRedacted() {
        #expect(redacted("Resume\nName:\nJane Doe\nSkills") == ["Resume", "Name:", "[redacted]", "Skills"])
    }

    @Test func emailAddressesAreRedacted() {
        #expect(redacted("Name\nSummary\nContact: jane.doe+cv@example.co.uk today")[2] == "Contact: [redacted] today")
    }

    @Test(arguments: ["+1 (614) 555-0147", "614-555-0147", "(614) 555 0147", "+44 20 7946 0958", "555-0147"])
    func phoneNumbersAreRedacted(number: String) {
        #expect(redacted("Name\nSummary\nCall \(number) after 5")[2] == "Call [redacted] after 5")
    }

    @Test func contactLinesAboveTheFirstHeadingAreRedactedWhole() {
        #expect(redacted("Jane Doe\nColumbus, OH • (614) 555-0188 • jane@example.com\nSummary\nFriendly")
            == ["[redacted]", "[redacted]", "Summary", "Friendly"])
    }

    @Test func streetAddressesAreRedacted() {
        #expect(redacted("Name\nSummary\nHome: 41 South High Street, Columbus, OH 43215")[2] == "Home: [redacted]")
    }

    @Test func labelledAddressIsRedacted() {
        #expect(redacted("Name\nAddress: Flat 2, Rose Court, Leeds")[1] == "Address: [redacted]")
    }

    @Test func photoLinesAreRedacted() {
        #expect(redacted("Name\n[photo: smiling woman in a blue blazer]")[1] == "[redacted]")
    }

    @Test func birthDatesAreRedacted() {
        let lines = redacted("Name\nPersonal Details\nDate of birth: 12/03/1990\nDOB - 1 May 1985\nBorn 12 March 1990 in Leeds")
        #expect(lines[2] == "Date of birth: [redacted]")
        #expect(lines[3] == "DOB - [redacted]")
        #expect(lines[4] == "[redacted]")
    }

    @Test func otherPersonalFactsAreRedacted() {
        #expect(redacted("Name\nNationality: Irish\nMarital status: married\nAge: 34")
            == ["[redacted]", "Nationality: [redacted]", "Marital status: [redacted]", "Age: [redacted]"])
    }

    @Test func workDatesAndFiguresAreKept() {
        let lines = ["Name", "Agent, 2015-2019", "Lead, 03/2017 - 05/2019", "Handled 80+ calls per day at 41 locations",
                     "Raised CSAT from 85% to 96%"]
        #expect(redacted(lines.joined(separator: "\n")).dropFirst() == lines.dropFirst())
    }

    @Test func lineCountIsUnchanged() {
        #expect(redacted(Fixtures.cv).count == MatchNormalizer.lines(of: Fixtures.cv).count)
    }
}
