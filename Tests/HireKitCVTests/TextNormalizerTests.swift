import Testing
@testable import HireKitCV

@Suite("Output normalisation")
struct TextNormalizerTests {
    @Test func carriageReturnsBecomeNewlines() {
        #expect(TextNormalizer.normalize("a\r\nb\rc") == "a\nb\nc")
    }

    @Test func runsOfSpacesCollapseAndLinesAreTrimmed() {
        #expect(TextNormalizer.normalize("   Call    centre \u{00A0} agent   ") == "Call centre agent")
    }

    @Test func atMostOneBlankLineSurvivesInARow() {
        #expect(TextNormalizer.normalize("\n\nSummary\n\n \n\t\nSkills\n\n") == "Summary\n\nSkills")
    }

    @Test func invisibleCharactersAreDropped() {
        #expect(TextNormalizer.normalize("Zen\u{200B}desk\u{00AD} CRM\u{0007}") == "Zendesk CRM")
    }
}
