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

    /// Returns nil when libstemmer has no algorithm of that name.
    public init?(algorithm: String) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
    }

    /// The English (Porter2) stemmer, which libstemmer always includes.
    public convenience init() {
        self.init(algorithm: "english")!
    }

    deinit { sb_stemmer_delete(handle) }

    /// Stems one lower-case word. Input must already be normalised; the stemmer does no case folding.
    public func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        var utf8 = Array(word.utf8)
        let stemmed: String = utf8.withUnsafeMutableBufferPointer { buffer in
            guard let output = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else {
                return word  // only on allocation failure; the unstemmed word is the safe fallback
            }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: output, count: length), as: UTF8.self)
        }
        cache[word] = stemmed
        return stemmed
    }
}

@available(*, unavailable, message: "libstemmer handles are not thread-safe; make one Stemmer per thread")
extension Stemmer: Sendable {}
