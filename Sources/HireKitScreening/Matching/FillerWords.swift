/// Words that carry no meaning inside a skill phrase: articles, determiners, possessive pronouns
/// and conjunctions. CVs put them between the words of a phrase ("assisted the customers",
/// "handled all billing inquiries"), so the phrase matcher reads past them on both sides.
enum FillerWords {
    static let words = [
        "a", "an", "the", "all", "any", "each", "every", "our", "their", "his", "her", "my", "your", "its",
        "this", "these", "those", "and", "or", "of", "&",
    ]

    /// The words' match keys, the form the matcher compares.
    static let keys: Set<String> = {
        let stemmer = Stemmer()
        return Set(words.map { MatchKey.key(for: $0, stemmer: stemmer) })
    }()
}
