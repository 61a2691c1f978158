import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitSite

/// The texts role views make by hand: ", "-joined lists ("also called", industries, education
/// fields) read exactly as `joined(separator:)` writes them, and salaries as `String(format:)` does.
@Suite("Texts in role views")
struct RoleViewTextTests {
    @Test func aListReadsAsTheItemsJoinedByCommas() {
        #expect(RoleViewBuilder.list(["phone", "email", "chat"]) == "phone, email, chat")
        #expect(RoleViewBuilder.list(["phone"]) == "phone")
        #expect(RoleViewBuilder.list([String]()) == "")
    }

    @Test func emptyAndNonASCIIItemsAreJoinedAsJoinedWould() {
        // Seeded, so a failure can be replayed.
        var generator = SeededGenerator(seed: 16)
        let pieces = ["", "a", "service client", "café", "日本語", "🙂", ", ", "e\u{301}"]
        for _ in 0..<2_000 {
            let items = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            #expect(RoleViewBuilder.list(items) == items.joined(separator: ", "))
            #expect(RoleViewBuilder.list(items.prefix(6)) == items.prefix(6).joined(separator: ", "))
        }
    }

    @Test func salaryAmountsWithCentsReadAsStringFormatWritesThem() {
        var generator = SeededGenerator(seed: 17)
        let edges: [Double] = [0.005, 0.015, 0.125, 2.675, 16.5, 1e15 + 0.5, 1e300, -3.456, .nan, .infinity]
        let amounts = edges + (0..<5_000).map { _ in Double.random(in: 0..<200_000, using: &generator) }
            + (0..<5_000).map { _ in Double(Int.random(in: 0..<100_000, using: &generator)) / 100 }
        for amount in amounts {
            #expect(RoleViewBuilder.twoDecimals(amount) == String(format: "%.2f", amount), "\(amount)")
        }
    }

    @Test func wholeSalaryAmountsAreGroupedByThousands() {
        #expect(RoleViewBuilder.money(0, "USD") == "$0")
        #expect(RoleViewBuilder.money(999, "USD") == "$999")
        #expect(RoleViewBuilder.money(1_000, "USD") == "$1,000")
        #expect(RoleViewBuilder.money(45_500, "EUR") == "EUR 45,500")
        #expect(RoleViewBuilder.money(1_234_567, "USD") == "$1,234,567")
        #expect(RoleViewBuilder.money(1_000_000_000_000, "GBP") == "GBP 1,000,000,000,000")
        #expect(RoleViewBuilder.money(16.5, "USD") == "$16.50")
    }
}
