import Foundation
import HireKitTestSupport
import Testing
import Yams
@testable import HireKitRoles

/// Numbers, booleans and dates in role files are read without Yams' constructors when their text is
/// plain digits, `true` or `false`, or a real calendar day; for every such value the result must be
/// what Yams gives.
@Suite("Typed values without Yams")
struct YAMLTypedValueTests {
    @Test func plainNumbersReadAsYamsReadsThem() throws {
        var generator = SeededGenerator(seed: 73)
        let pieces = ["0", "1", "7", "12", "50", "0.5", "18.50", ".", "-", "+", "e", "E", "5", "00", "_", ":", "x", "inf", " "]
        var read = 0
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for written in [text, "\"\(text)\"", "'\(text)'"] {
                guard let node = try? YAMLComposer.compose("value: \(written)")?.mapping?["value"] else { continue }
                let yams = node.yams.scalar.flatMap(Double.construct)
                if let number = node.plainNumber {
                    read += 1
                    #expect(number == yams, "\(written)")
                }
                #expect(node.float == yams || (node.float?.isNaN == true && yams?.isNaN == true), "\(written)")
            }
        }
        #expect(read > 1_000)
    }

    @Test func booleansReadAsYamsReadsThem() throws {
        for text in ["true", "false", "True", "FALSE", "yes", "no", "on", "off", "y", "n", "tru", "truee", "1", "0", ""] {
            for written in [text, "\"\(text)\"", "'\(text)'"] {
                let node = try #require(try YAMLComposer.compose("value: \(written)")?.mapping?["value"])
                #expect(node.bool == node.yams.scalar.flatMap(Bool.construct), "\(written)")
            }
        }
    }

    @Test func quotedNumbersAreLeftToYams() throws {
        let node = try #require(try YAMLComposer.compose("value: \"17\"")?.mapping?["value"])
        #expect(node.plainNumber == nil)
        #expect(node.float == node.yams.scalar.flatMap(Double.construct))
    }

    @Test func everyCalendarDayIsADateToYams() {
        var days = 0
        for year in [1, 1600, 1900, 2000, 2023, 2024, 2026, 2100, 9999] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    guard RoleFileDecoder.isCalendarDate(text) else { continue }
                    days += 1
                    #expect(Date.construct(from: Node.Scalar(text)) != nil, "\(text)")
                }
            }
        }
        // Three of the nine years are leap years: 1600, 2000 and 2024 (not 1900 or 2100).
        #expect(days == 9 * 365 + 3)
    }

    @Test func impossibleDaysAreLeftToYams() {
        for text in ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "2100-02-29"] {
            #expect(!RoleFileDecoder.isCalendarDate(text), "\(text)")
        }
        #expect(RoleFileDecoder.isCalendarDate("2024-02-29") && RoleFileDecoder.isCalendarDate("2000-02-29"))
    }
}
