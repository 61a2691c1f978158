import Foundation

/// A compiled regular expression that can live in a `static let` and be shared across threads.
///
/// Swift's `Regex` is not `Sendable`, so the module's fixed patterns use `NSRegularExpression`,
/// which is immutable once built and documented as safe to use from several threads at once.
struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    /// Patterns are written by us, so a bad one is a programming error: fail loudly at first use.
    init(_ pattern: String, caseInsensitive: Bool = true) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    /// The pattern as written (ICU syntax), for the site's script (`MatchRules`).
    var source: String { regex.pattern }

    struct Match {
        var text: String
        var range: Range<String.Index>
        /// Named capture groups that took part in the match.
        var named: [String: String]
    }

    /// Every non-overlapping match, left to right; `names` lists the named groups to read back.
    func matches(in string: String, names: [String] = []) -> [Match] {
        regex.matches(in: string, range: NSRange(string.startIndex..., in: string))
            .compactMap { Self.match($0, in: string, names: names) }
    }

    func firstMatch(in string: String, names: [String] = []) -> Match? {
        regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string))
            .flatMap { Self.match($0, in: string, names: names) }
    }

    func matches(_ string: String) -> Bool {
        regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    func replacingMatches(in string: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: string, range: NSRange(string.startIndex..., in: string), withTemplate: template)
    }

    private static func match(_ result: NSTextCheckingResult, in string: String, names: [String]) -> Match? {
        guard let range = Range(result.range, in: string) else { return nil }
        var named: [String: String] = [:]
        for name in names {
            if let groupRange = Range(result.range(withName: name), in: string) {
                named[name] = String(string[groupRange])
            }
        }
        return Match(text: String(string[range]), range: range, named: named)
    }
}
