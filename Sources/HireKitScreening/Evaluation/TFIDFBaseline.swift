import Foundation
import HireKitRoles

/// A plain bag-of-words ranking to compare screening against: TF-IDF vectors with cosine similarity.
///
/// It uses the same tokeniser and stemmer as screening, raw term counts, smooth idf
/// `ln((1 + N) / (1 + df)) + 1` over the CV corpus (scikit-learn's default) and no stop-word list,
/// so any gain screening shows over it comes from structure and phrase matching, not preprocessing.
public enum TFIDFBaseline {
    /// The parts of a role a recruiter would paste into a search: title, summary, responsibilities, skills.
    public static func roleText(_ role: Role) -> String {
        let skills = (role.skills.required + role.skills.preferred).flatMap(\.terms)
        return ([role.title, role.summary] + role.responsibilities + skills).joined(separator: "\n")
    }

    /// Cosine similarity of each document to `query`, in document order (0 for an empty document).
    public static func scores(query: String, documents: [String]) -> [Double] {
        Corpus(documents: documents).scores(query: query)
    }

    public static func scores(role: Role, documents: [String]) -> [Double] {
        Corpus(documents: documents).scores(query: roleText(role))
    }

    /// Document vectors computed once, for scoring many queries (one per role) against one corpus.
    public struct Corpus: Sendable {
        private let vectors: [[String: Double]]
        private let norms: [Double]
        private let documentFrequency: [String: Int]
        private let count: Double

        public init(documents: [String]) {
            let stemmer = Stemmer()
            let documentCounts = documents.map { TFIDFBaseline.counts(of: $0, stemmer: stemmer) }
            var documentFrequency: [String: Int] = [:]
            for counts in documentCounts {
                for term in counts.keys { documentFrequency[term, default: 0] += 1 }
            }
            self.documentFrequency = documentFrequency
            self.count = Double(documents.count)
            let idf = { (term: String) in log((1 + Double(documents.count)) / (1 + Double(documentFrequency[term] ?? 0))) + 1 }
            vectors = documentCounts.map { counts in counts.reduce(into: [:]) { $0[$1.key] = Double($1.value) * idf($1.key) } }
            norms = vectors.map(TFIDFBaseline.norm)
        }

        public func scores(query: String) -> [Double] {
            let queryCounts = TFIDFBaseline.counts(of: query, stemmer: Stemmer())
            let queryVector: [String: Double] = queryCounts.reduce(into: [:]) {
                $0[$1.key] = Double($1.value) * (log((1 + count) / (1 + Double(documentFrequency[$1.key] ?? 0))) + 1)
            }
            let queryNorm = TFIDFBaseline.norm(queryVector)
            // Sum in sorted key order: floating-point addition order must not depend on hashing.
            let keys = queryVector.keys.sorted()
            return vectors.indices.map { index in
                let denominator = queryNorm * norms[index]
                guard denominator > 0 else { return 0 }
                return keys.reduce(0.0) { $0 + queryVector[$1]! * (vectors[index][$1] ?? 0) } / denominator
            }
        }
    }

    fileprivate static func counts(of text: String, stemmer: Stemmer) -> [String: Int] {
        MatchNormalizer.tokenize(text).reduce(into: [:]) { counts, token in
            counts[MatchKey.key(for: token.text, stemmer: stemmer), default: 0] += 1
        }
    }

    fileprivate static func norm(_ vector: [String: Double]) -> Double {
        vector.keys.sorted().reduce(0.0) { $0 + vector[$1]! * vector[$1]! }.squareRoot()
    }
}
