import Foundation

/// Numbers as screening writes them: whole numbers without a point, anything else to one decimal,
/// as `String(format: "%.1f")` writes it.
enum Tenths {
    static func text(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        // Scores and years are rounded to tenths: the double nearest a tenth prints as that tenth,
        // so it is written from integers instead of through Foundation's `String(format:)` (several
        // figures per role, and two per row of a report). Anything else (a role's "1.25" minimum)
        // keeps the formatter.
        let tenths = (value * 10).rounded()
        if value > 0, value < 1e9, tenths / 10 == value {
            let whole = Int(tenths) / 10, fraction = Int(tenths) % 10
            return "\(whole).\(fraction)"
        }
        return String(format: "%.1f", value)
    }
}
