/// A text's match keys with each distinct key numbered once (by first appearance), so that a
/// `PhraseMatcher` looks every distinct key up in its vocabulary once per CV instead of once per
/// token: a CV is matched against every role, and most of its tokens are repeats.
public struct InternedKeys: Sendable {
    /// The distinct keys, in order of first appearance.
    public let distinct: [String]
    /// For each token, the index of its key in `distinct`.
    public let ids: [Int]

    public init(_ keys: [String]) {
        // Sized for every key being new: growing the table as a CV's words arrive rehashed it
        // several times per CV.
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(keys.count)
        var distinct: [String] = []
        distinct.reserveCapacity(keys.count)
        ids = keys.map { key in
            if let number = numbers[key] { return number }
            numbers[key] = distinct.count
            distinct.append(key)
            return distinct.count - 1
        }
        self.distinct = distinct
    }

    /// Keys already interned (`WordTable` numbers a CV's keys as it reads them).
    init(distinct: [String], ids: [Int]) {
        self.distinct = distinct
        self.ids = ids
    }
}
