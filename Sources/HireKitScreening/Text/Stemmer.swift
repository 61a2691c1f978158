import CStemmer

/// Snowball stemmer (libstemmer; "english" is Porter2), so "resolving", "resolved" and
/// "resolves" all compare equal.
///
/// A libstemmer handle keeps per-call state and is not thread-safe, so `Stemmer` is deliberately
/// not `Sendable`: each thread or screening call makes its own (creating one is cheap).
public final class Stemmer {
    private let handle: OpaquePointer
    /// CVs repeat the same words many times; stemming each distinct word once is enough.
    private var cache: [String: String] = [:]
    /// False for a caller that keeps every word's stem itself (`WordTable`): looking each new word
    /// up here and storing it again cost half as much as stemming it.
    private let caching: Bool

    /// Returns nil when libstemmer has no algorithm of that name.
    public convenience init?(algorithm: String) {
        self.init(algorithm: algorithm, caching: true)
    }

    private init?(algorithm: String, caching: Bool) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
        self.caching = caching
    }

    /// The English (Porter2) stemmer, which libstemmer always includes; `caching: false` stems
    /// every word afresh.
    public convenience init(caching: Bool = true) {
        self.init(algorithm: "english", caching: caching)!
    }

    deinit { sb_stemmer_delete(handle) }

    /// Stems one lower-case word. Input must already be normalised; the stemmer does no case folding.
    public func stem(_ word: String) -> String {
        if caching, let cached = cache[word] { return cached }
        // libstemmer copies the word into its own buffer, so it reads the string's bytes in place.
        var bytes = word
        let stemmed: String = bytes.withUTF8 { buffer in
            guard let output = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else {
                return word  // only on allocation failure; the unstemmed word is the safe fallback
            }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: output, count: length), as: UTF8.self)
        }
        if caching { cache[word] = stemmed }
        return stemmed
    }

    /// `stem` of a word given as its UTF-8, read in place, without the cache (for a caller that
    /// keeps every word's stem itself, and has the bytes at hand).
    func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = word.baseAddress, let output = sb_stemmer_stem(handle, base, Int32(word.count)) else {
            return String(decoding: word, as: UTF8.self)  // an empty word, or allocation failure: the word itself
        }
        return String(decoding: UnsafeBufferPointer(start: output, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
    }
}

@available(*, unavailable, message: "libstemmer handles are not thread-safe; make one Stemmer per thread")
extension Stemmer: Sendable {}
