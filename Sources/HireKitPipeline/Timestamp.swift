import Foundation

/// How times are stored: ISO 8601 in UTC to the second ("2026-12-03T14:31:38Z"), which sorts as
/// text, so that "inactive since" is a plain comparison in SQL.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    static func date(_ text: String) -> Date {
        (try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day part, for tables.
    static func day(_ date: Date) -> String { String(string(date).prefix(10)) }
}
