import Foundation

/// Machine-readable output: one JSON document, or one JSON object per line (`jsonl`) for streaming
/// into other tools. Keys are sorted so identical runs give identical bytes.
enum JSONReport {
    struct Entry: Encodable {
        let rank: Int
        let candidate: String
        let format: String
        let score: Double
        let bestRole: String
        let results: [ScreeningResult]
    }

    struct Failure: Encodable {
        let file: String
        let error: String
    }

    struct Document: Encodable {
        let role: String
        let screened: Int
        let blind: Bool
        let candidates: [Entry]
        let failures: [Failure]
    }

    static func render(_ report: ScreeningReport, lines: Bool) -> String {
        let entries = report.candidates.enumerated().map { index, candidate in
            Entry(rank: index + 1, candidate: report.label(candidate, rank: index + 1), format: candidate.format.rawValue,
                  score: candidate.best.score, bestRole: candidate.best.roleID,
                  results: candidate.results.map { result in
                      var result = result
                      if report.blind { result.source = report.label(candidate, rank: index + 1) }
                      return result
                  })
        }
        let failures = report.failures.map { Failure(file: $0.path, error: $0.description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        func encode(_ value: some Encodable) -> String {
            String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
        }
        if lines {
            return (entries.map(encode) + failures.map(encode)).map { $0 + "\n" }.joined()
        }
        return encode(Document(role: report.roleLabel, screened: report.screenedCount, blind: report.blind,
                               candidates: entries, failures: failures)) + "\n"
    }
}
