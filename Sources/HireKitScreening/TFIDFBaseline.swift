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
        let stemmer = Stemmer()
        let documentCounts = documents.map { counts(of: $0, stemmer: stemmer) }
        var documentFrequency: [String: Int] = [:]
        for counts in documentCounts {
            for term in counts.keys { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(documents.count)
        func idf(_ term: String) -> Double {
            log((1 + n) / (1 + Double(documentFrequency[term] ?? 0))) + 1
        }
        func vector(_ counts: [String: Int]) -> [String: Double] {
            counts.reduce(into: [:]) { $0[$1.key] = Double($1.value) * idf($1.key) }
        }
        let queryVector = vector(counts(of: query, stemmer: stemmer))
        let queryNorm = norm(queryVector)
        return documentCounts.map { counts in
            let documentVector = vector(counts)
            let denominator = queryNorm * norm(documentVector)
            guard denominator > 0 else { return 0 }
            // Sum in sorted key order: floating-point addition order must not depend on hashing.
            let dot = queryVector.keys.sorted().reduce(0.0) { $0 + queryVector[$1]! * (documentVector[$1] ?? 0) }
            return dot / denominator
        }
    }

    public static func scores(role: Role, documents: [String]) -> [Double] {
        scores(query: roleText(role), documents: documents)
    }

    private static func counts(of text: String, stemmer: Stemmer) -> [String: Int] {
        TextNormalizer.tokenize(text).reduce(into: [:]) { counts, token in
            counts[MatchKey.key(for: token.text, stemmer: stemmer), default: 0] += 1
        }
    }

    private static func norm(_ vector: [String: Double]) -> Double {
        vector.keys.sorted().reduce(0.0) { $0 + vector[$1]! * vector[$1]! }.squareRoot()
    }
}
