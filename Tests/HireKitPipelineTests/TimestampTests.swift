import Foundation
@testable import HireKitPipeline
import Testing

@Suite("Stored timestamps")
struct TimestampTests {
    @Test func timestampsAreWrittenAsFoundationWritesISO8601InUTC() {
        var generator = SystemRandomNumberGenerator()
        let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
        // Leap days, year ends and the epoch, then random seconds from 1950 to 2150.
        let fixed: [Double] = [0, 951_782_400, 1_709_164_800, 1_735_689_599, -86_400, 4_107_542_400]
        for seconds in fixed + (0..<2000).map({ _ in Double(Int.random(in: -631_152_000...5_680_281_600, using: &generator)) }) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.string(date) == date.formatted(style), "\(seconds)")
            #expect(Timestamp.date(Timestamp.string(date)) == date, "\(seconds)")
        }
    }

    @Test func textThatIsNotATimestampReadsAsTheEpoch() {
        #expect(Timestamp.date("2026-12-03") == Date(timeIntervalSince1970: 0))
        #expect(Timestamp.date("2026-1x-03T00:00:00Z") == Date(timeIntervalSince1970: 0))
    }
}
