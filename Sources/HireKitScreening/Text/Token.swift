/// One word of a text after normalisation, with the 1-based line it came from so that evidence
/// can point a recruiter at the exact CV line.
public struct Token: Sendable, Hashable, Codable {
    /// Normalised surface form: lower case, no diacritics, straight quotes, ASCII hyphens.
    public var text: String
    public var line: Int
    /// A sentence or clause ends between this word and the one before (".", ",", ";", a bullet, a
    /// line ending in one), so no phrase runs across.
    public var breakBefore: Bool

    public init(text: String, line: Int, breakBefore: Bool = false) {
        self.text = text; self.line = line; self.breakBefore = breakBefore
    }
}
