import HireKitAudit
import Testing

@Suite("Demographic categories")
struct DemographicCategoryTests {
    @Test func sexIsMatchedIgnoringCaseAndSpaceAndSpelledCanonically() throws {
        #expect(try DemographicCategory.sex("  fEMALE ") == "Female")
        #expect(try DemographicCategory.sex("MALE") == "Male")
    }

    @Test func anotherSexValueIsKeptAsItsOwnCategory() throws {
        #expect(try DemographicCategory.sex("  Non-binary  ") == "Non-binary")
    }

    @Test func raceEthnicityIsMatchedIgnoringCaseAndSpaceAndSpelledCanonically() throws {
        #expect(try DemographicCategory.raceEthnicity(" black   or african american") == "Black or African American")
        for value in DemographicCategory.raceEthnicityValues {
            #expect(try DemographicCategory.raceEthnicity(value.uppercased()) == value)
        }
    }

    @Test func unknownAndDeclinedAnswersAreNil() throws {
        for value in ["", "  ", "Unknown", "declined", "Decline to self-identify", "PREFER NOT TO SAY", "not disclosed"] {
            #expect(try DemographicCategory.sex(value) == nil)
            #expect(try DemographicCategory.raceEthnicity(value) == nil)
        }
    }

    @Test func aRaceOutsideTheEEO1ListIsAnErrorListingTheAllowedValues() {
        #expect(throws: DemographicCategory.Invalid.raceEthnicity("Martian")) { try DemographicCategory.raceEthnicity(" Martian ") }
        let message = DemographicCategory.Invalid.raceEthnicity("Martian").description
        for value in DemographicCategory.raceEthnicityValues { #expect(message.contains(value)) }
    }

    @Test func aControlCharacterInAValueIsAnError() {
        #expect(throws: DemographicCategory.Invalid.self) { try DemographicCategory.sex("Fe\u{1B}[2Jmale") }
        #expect(throws: DemographicCategory.Invalid.self) { try DemographicCategory.raceEthnicity("Asian\u{0}") }
    }
}
