import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Achievement needles found in one pass")
struct AchievementNeedlesTests {
    /// Needles, pieces of them, and what surrounds them in CV lines.
    private static let pieces = [
        "csat", "nps", "net promoter", "satisfaction", "quality", "qa", "calls", "tickets", "chats", "e-mails", "emails",
        "inquiries", "cases", "sec", "min", "hours", "hr", "day", "aht", "handle time", "wait time", "turnaround", "%",
        "percent", "$", "€", "£", "¥", "usd", "eur", "gbp", "dollars", "pounds", "ca", "cal", "tick", "per", "handl",
        "percen", "dolla", "q", "n", "t", "1", "80", "4.5", " ", "/", ".", ",", "é", "ï¼",
    ]

    /// On random lines, each pattern is marked present exactly when one of its needles occurs in the
    /// line's bytes.
    @Test func randomLinesFindEveryNeedleTheyHold() {
        var generator = SeededGenerator(seed: 61)
        for _ in 0..<5_000 {
            let line = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(line.utf8)
            let expected = AchievementExtractor.needles.map { needles in
                needles.contains { needle in
                    bytes.count >= needle.count && (0...(bytes.count - needle.count)).contains { Array(bytes[$0..<($0 + needle.count)]) == needle }
                }
            }
            #expect(AchievementExtractor.patternsWithNeedle(in: line) == expected, "\(line)")
        }
    }
}
