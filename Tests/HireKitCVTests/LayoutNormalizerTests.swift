import Testing
@testable import HireKitCV

@Suite("Output normalisation")
struct LayoutNormalizerTests {
    @Test func carriageReturnsBecomeNewlines() {
        #expect(LayoutNormalizer.normalize("a\r\nb\rc") == "a\nb\nc")
    }

    @Test func runsOfSpacesCollapseAndLinesAreTrimmed() {
        #expect(LayoutNormalizer.normalize("   Call    centre \u{00A0} agent   ") == "Call centre agent")
    }

    @Test func atMostOneBlankLineSurvivesInARow() {
        #expect(LayoutNormalizer.normalize("\n\nSummary\n\n \n\t\nSkills\n\n") == "Summary\n\nSkills")
    }

    @Test func invisibleCharactersAreDropped() {
        #expect(LayoutNormalizer.normalize("Zen\u{200B}desk\u{00AD} CRM\u{0007}") == "Zendesk CRM")
    }
}
