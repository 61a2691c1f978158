/// The text of one CV, ready for screening.
public struct CVDocument: Sendable, Equatable {
    /// The path (or name) the CV was read from, exactly as given, so reports point back to the file the recruiter named.
    public let source: String
    /// The format detected from the file's content.
    public let format: CVFormat
    /// The CV's lines in reading order, joined by "\n"; whitespace is normalised and there is never more than one
    /// blank line in a row.
    public let text: String
    /// Pages in the PDF (text comes from at most `ReaderLimits.maxPages` of them); nil for formats without pages.
    public let pageCount: Int?

    public init(source: String, format: CVFormat, text: String, pageCount: Int? = nil) {
        self.source = source
        self.format = format
        self.text = text
        self.pageCount = pageCount
    }
}
