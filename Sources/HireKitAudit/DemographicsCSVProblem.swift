/// One problem found in a self-identification CSV: where it is, what is wrong and what to do.
///
/// Printed like every other HireKit diagnostic, `people.csv:12:9: error: what. what to do`, so that
/// editors and terminals can jump to the spot. `line` is the physical line (1-based, the header is
/// line 1); `column` counts characters from 1 at the start of that line.
public struct DemographicsCSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case cannotRead(reason: String)
        case fileTooLarge(limit: Int)
        case lineTooLong(limit: Int)
        /// `lines` is how many lines hold bytes that are not UTF-8; reported once, at the first.
        case invalidUTF8(lines: Int)
        case noHeader
        case missingColumn(String)
        case duplicateColumn(String, firstColumn: Int)
        /// More than one of `candidate`, `id`, `email`: which one names the candidate is unclear.
        case ambiguousCandidateColumn([String])
        case unterminatedQuote
        case quoteInUnquotedField
        case textAfterClosingQuote
        case wrongFieldCount(expected: Int, found: Int)
        case missingCandidate
        case invalidCategory(DemographicCategory.Invalid)
        case duplicateCandidate(String, firstLine: Int)
        case unknownCandidate(String)
        /// Collection stopped here so that a file of garbage cannot fill memory with diagnostics.
        case tooManyProblems(limit: Int)
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var kind: Kind

    public init(file: String, line: Int? = nil, column: Int? = nil, kind: Kind) {
        self.file = file; self.line = line; self.column = column; self.kind = kind
    }

    public var location: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        return text
    }

    public var description: String { "\(location): error: \(message)" }

    /// What is wrong, then what to do, as one sentence pair.
    public var message: String {
        switch kind {
        case .cannotRead(let reason):
            "cannot read the file (\(reason)). Check the path and that you may read it"
        case .fileTooLarge(let limit):
            "the file is larger than \(limit / (1024 * 1024)) MB. Split it into smaller files and import each"
        case .lineTooLong(let limit):
            "the line is longer than \(limit / 1024) KB, so it was skipped. Check that the file is a CSV of candidates, one per line"
        case .invalidUTF8(let lines):
            "the file is not UTF-8 text (\(lines) line\(lines == 1 ? "" : "s") with bytes in another encoding, the first here). "
                + "Save it as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character set 'Unicode (UTF-8)')"
        case .noHeader:
            "the file has no header row. Add a first line naming the columns: candidate,sex,race_ethnicity"
        case .missingColumn(let name):
            "the header has no '\(name)' column. Add it (the columns are candidate,sex,race_ethnicity; "
                + "the candidate column may also be called id or email)"
        case .duplicateColumn(let name, let first):
            "column '\(name)' appears twice (first as column \(first)). Remove or rename one of them"
        case .ambiguousCandidateColumn(let names):
            "the header has \(names.map { "'\($0)'" }.joined(separator: " and ")), so it is unclear which names the candidate. Keep only one of them"
        case .unterminatedQuote:
            "a quoted field starts here but its closing quote is missing. Add the closing \" (a quote inside a field is written twice: \"\")"
        case .quoteInUnquotedField:
            "a field contains a quote but does not start with one. Quote the whole field and write the inner quote twice (\"a \"\"b\"\" c\")"
        case .textAfterClosingQuote:
            "text follows a field's closing quote. Put a comma after the quote, or write a quote inside the field twice (\"\")"
        case .wrongFieldCount(let expected, let found):
            "this row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected). "
                + "Give every row the header's columns (quote a value that contains a comma)"
        case .missingCandidate:
            "the candidate is empty. Give the candidate's HireKit id or e-mail address, or delete the row"
        case .invalidCategory(let invalid):
            invalid.description
        case .duplicateCandidate(let candidate, let firstLine):
            "candidate '\(candidate)' already has a row on line \(firstLine). Keep one row per candidate"
        case .unknownCandidate(let candidate):
            "no candidate '\(candidate)' in the pipeline. Check the id or e-mail against the pipeline's candidates, or delete the row"
        case .tooManyProblems(let limit):
            "more than \(limit) problems; the rest were not listed. Fix these and import again"
        }
    }
}
