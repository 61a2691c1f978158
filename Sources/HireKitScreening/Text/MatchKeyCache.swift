import Foundation

/// The match keys of the words one thread has seen, kept from CV to CV.
///
/// CVs share most of their vocabulary, so after the first few hundred CVs nearly every word's key
/// (hyphens dropped, Snowball stem) is a dictionary hit instead of a scan and a libstemmer call.
/// One cache per thread because a libstemmer handle is not thread-safe; bounded so a batch of
/// unusual documents cannot grow it without limit (it starts again when full).
final class MatchKeyCache {
    private var stemmer = Stemmer()
    private var keys: [String: String] = [:]
    private static let capacity = 200_000
    private static let threadKey = "HireKitScreening.MatchKeyCache"

    func key(for token: String) -> String {
        if let key = keys[token] { return key }
        if keys.count >= Self.capacity {
            keys.removeAll(keepingCapacity: true)
            stemmer = Stemmer()  // it has a cache of its own
        }
        let key = MatchKey.key(for: token, stemmer: stemmer)
        keys[token] = key
        return key
    }

    /// The calling thread's cache.
    static func forCurrentThread() -> MatchKeyCache {
        let storage = Thread.current.threadDictionary
        if let cache = storage[threadKey] as? MatchKeyCache { return cache }
        let cache = MatchKeyCache()
        storage[threadKey] = cache
        return cache
    }
}
