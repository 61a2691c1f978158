/// One word of a text after normalisation, with the 1-based line it came from so that evidence
/// can point a recruiter at the exact CV line.
public struct Token: Sendable, Hashable, Codable {
    /// Normalised surface form: lower case, no diacritics, straight quotes, ASCII hyphens.
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text; self.line = line
    }
}
