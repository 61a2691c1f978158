/// What matching and scoring read of a CV token: its line, whether a phrase break comes before it
/// and whether the CV negates it, without its text.
///
/// A CV has about a thousand tokens. As `Token`s each held a `String`, retained when the token was
/// made and released when the CV was done; the matchers need only the line and the break, and the
/// text only ever mattered to negation, which `WordTable` decides while it reads the line. Eight
/// bytes and no reference: an array of them is made and freed without touching each element.
public struct TokenPlace: Sendable, Hashable {
    private let storedLine: Int32
    /// A sentence or clause ends between this word and the one before (see `Token.breakBefore`).
    public let breakBefore: Bool
    /// A negation cue stands before it in its clause (see `Negation`).
    public internal(set) var negated: Bool

    /// The 1-based line the token is on.
    public var line: Int { Int(storedLine) }

    public init(line: Int, breakBefore: Bool, negated: Bool = false) {
        storedLine = Int32(truncatingIfNeeded: line)
        self.breakBefore = breakBefore
        self.negated = negated
    }

    /// `token`'s place, not negated.
    public init(_ token: Token) {
        self.init(line: token.line, breakBefore: token.breakBefore)
    }
}
