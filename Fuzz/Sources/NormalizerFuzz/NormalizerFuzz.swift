import Foundation
import FuzzSupport
import HireKitScreening

/// libstemmer handles are per thread; libFuzzer calls the target from one thread.
nonisolated(unsafe) let stemmer = Stemmer()

/// Fuzzes the screening text normaliser, tokeniser and Snowball stemmer on arbitrary text (invalid UTF-8
/// repaired the way readers repair it). Checks the documented contracts: normalising keeps line *n* on line *n*,
/// tokens are non-empty and numbered with existing lines, and stemming any token returns valid text.
@_cdecl("LLVMFuzzerTestOneInput")
public func normalizerFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzInput.text(FuzzInput.data(start, count))
    let lines = MatchNormalizer.lines(of: text)
    let normalized = MatchNormalizer.normalize(text)
    precondition(MatchNormalizer.lines(of: normalized).count == lines.count,
                 "normalising changed the number of lines (\(lines.count) → \(MatchNormalizer.lines(of: normalized).count))")
    let tokens = MatchNormalizer.tokenize(text)
    for token in tokens {
        precondition(!token.text.isEmpty, "an empty token")
        precondition((1...max(lines.count, 1)).contains(token.line), "token on line \(token.line) of \(lines.count)")
        _ = stemmer.stem(token.text)
    }
    // The stemmer is also handed raw words from role terms; it must take any string.
    for word in text.split(whereSeparator: \.isWhitespace).prefix(64) { _ = stemmer.stem(String(word)) }
    return 0
}

@main enum Main { static func main() { runFuzzer() } }
