import Foundation

/// The audit as one JSON document with sorted keys, for other tools and for archiving. Absent values
/// are `null`, never left out, so every document has the same shape.
enum AuditJSONReport {
    static func render(_ audit: BiasAudit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(audit), as: UTF8.self) + "\n"
        } catch {
            // Encoding fails only for a NaN or infinite number, and BiasAudit refuses those scores,
            // so every rate, ratio and p-value is finite.
            preconditionFailure("the audit could not be encoded as JSON: \(error)")
        }
    }
}
