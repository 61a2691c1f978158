import HireKitScreening
import Testing

@Suite("Contact details read from a CV")
struct ContactDetailsTests {
    @Test func theNameEmailAndPhoneAtTheTopAreRead() {
        let contact = ContactDetails(reading: "Jordan Ellis\nCall Centre Agent\njordan.ellis@example.com | +44 7700 900456 | Leeds\n\nSummary\n…")
        #expect(contact == ContactDetails(name: "Jordan Ellis", email: "jordan.ellis@example.com", phone: "+44 7700 900456"))
    }

    @Test func aPhotoLineOrADocumentTitleAboveTheNameIsSkipped() {
        #expect(ContactDetails(reading: "[photo: Marcus Reid headshot]\n\nMarcus Reid\nAdvisor").name == "Marcus Reid")
        #expect(ContactDetails(reading: "Curriculum Vitae\nAna Lima\nana@example.com").name == "Ana Lima")
    }

    @Test func aNameAfterANameLabelIsRead() {
        #expect(ContactDetails(reading: "Name: Priya Natarajan\nPhone: 555-0100").name == "Priya Natarajan")
    }

    @Test func aHeadlineIsNotTakenForAName() {
        #expect(ContactDetails(reading: "CUSTOMER SERVICE REPRESENTATIVE\nSummary\nFive years…").name == nil)
        #expect(ContactDetails(reading: "Sales Associate\nExperience").name == nil)
    }

    @Test func numbersFarBelowTheContactBlockAreNotAPhoneNumber() {
        let text = "Ana Lima\n" + String(repeating: "Handled accounts\n", count: 20) + "Ticket 0123 456 7890 closed\n"
        #expect(ContactDetails(reading: text).phone == nil)
    }
}
