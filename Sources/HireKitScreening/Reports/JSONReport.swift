import Foundation

/// Machine-readable output: one JSON document, or one JSON object per line (`jsonl`) for streaming
/// into other tools. Keys are sorted so identical runs give identical bytes.
///
/// A candidate's results (every role's requirements with evidence, ~80 KB) are encoded when the CV
/// is screened, on the worker threads, and parked in the report's spill; writing the report then
/// encodes only each candidate's small envelope (rank, name, score) and splices the stored results
/// into it. The splice points are empty arrays in the envelope's own encoding: a key such as
/// `"results":[]` can only appear as a key, because JSON escapes every quote inside a string.
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

    private static func encode(_ value: some Encodable, lines: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    /// `"key":` as the encoder writes it, compact or pretty.
    private static func key(_ name: String, lines: Bool) -> String { lines ? "\"\(name)\":" : "\"\(name)\" : " }

    /// A candidate's results for every role, encoded as the `results` array of its entry (pretty:
    /// indented as if at the top level). In blind mode each result's source is the candidate's
    /// label, which depends on the rank; it is encoded empty and filled in by `entry`.
    static func results(of candidate: ScreeningBatch.Candidate, lines: Bool, blind: Bool) -> String {
        var results = candidate.results
        if blind { for index in results.indices { results[index].source = "" } }
        return encode(results, lines: lines)
    }

    static func write(_ report: ScreeningReport, lines: Bool, to output: ReportOutput) {
        let failures = report.failures.map { Failure(file: $0.path, error: $0.description) }
        if lines {
            for (index, candidate) in report.candidates.enumerated() {
                output.write(entry(candidate, rank: index + 1, in: report, lines: true) + "\n")
            }
            for failure in failures { output.write(encode(failure, lines: true) + "\n") }
            return
        }
        let document = encode(Document(role: report.roleLabel, screened: report.screenedCount, blind: report.blind,
                                       candidates: [], failures: failures), lines: false)
        let empty = "\"candidates\" : [\n\n  ]"
        guard !report.candidates.isEmpty, let slot = document.range(of: empty) else {
            output.write(document + "\n")
            return
        }
        output.write(document[..<slot.lowerBound] + "\"candidates\" : [\n")
        for (index, candidate) in report.candidates.enumerated() {
            output.write((index == 0 ? "    " : ",\n    ") + indented(entry(candidate, rank: index + 1, in: report, lines: false), by: 4))
        }
        output.write("\n  ]" + document[slot.upperBound...] + "\n")
    }

    /// One candidate's entry: the envelope encoded with no results, and the stored results spliced in.
    private static func entry(_ candidate: CandidateSummary, rank: Int, in report: ScreeningReport, lines: Bool) -> String {
        let label = report.label(candidate, rank: rank)
        let envelope = encode(Entry(rank: rank, candidate: label, format: candidate.format.rawValue, score: candidate.score,
                                    bestRole: candidate.roleID, results: []), lines: lines)
        var results = report.details(of: candidate)
        if report.blind {
            // Blind labels are "Candidate N": nothing in them needs escaping.
            results = results.replacingOccurrences(of: key("source", lines: lines) + "\"\"",
                                                   with: key("source", lines: lines) + "\"\(label)\"")
        }
        let empty = key("results", lines: lines) + (lines ? "[]" : "[\n\n  ]")
        guard let slot = envelope.range(of: empty) else { return envelope }
        let spliced = lines ? results : indented(results, by: 2)
        return envelope.replacingCharacters(in: slot, with: key("results", lines: lines) + spliced)
    }

    /// Pretty JSON moved `depth` spaces to the right: every line after the first gets the indent,
    /// except the blank line the encoder writes inside an empty array ("[\n\n  ]"), which stays empty.
    private static func indented(_ json: String, by depth: Int) -> String {
        let pad = [UInt8](repeating: UInt8(ascii: " "), count: depth)
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + json.utf8.count / 8)
        var previous: UInt8 = 0
        for byte in json.utf8 {
            if previous == UInt8(ascii: "\n"), byte != UInt8(ascii: "\n") { out += pad }
            out.append(byte)
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }
}
