/// Finds every term of a set (skill names, synonyms, their abbreviation variants) in a text in one
/// pass, however many terms there are.
///
/// Terms are compiled once into an Aho–Corasick automaton over token ids: each token of a term is
/// reduced to a match key (its Snowball stem), keys are numbered, and the automaton walks the CV's
/// keys left to right. A multi-word term therefore matches only as a phrase, and never across the
/// end of a sentence or list item (`Token.breakBefore`), while a single word matches any inflection
/// with the same stem. Filler words (articles, possessives, "all", "and") are
/// transparent on both sides, so "resolved customer complaints" also finds "resolved all of the
/// customers' complaints". Compile once per role, reuse per CV.
public struct PhraseMatcher<Target: Hashable & Sendable>: Sendable {
    /// A phrase to look for and what finding it is evidence of.
    public struct Term: Sendable, Hashable {
        public var phrase: String
        public var target: Target
        public init(phrase: String, target: Target) {
            self.phrase = phrase; self.target = target
        }
    }

    /// One occurrence of a term: `tokens` indexes the token array that was searched.
    public struct Match: Sendable, Hashable {
        /// The term as written in the role, not the variant that happened to match.
        public var phrase: String
        public var target: Target
        /// Line of the first matched token.
        public var line: Int
        public var tokens: Range<Int>
    }

    public let terms: [Term]
    /// Match key → token id, or `filler` for a filler word's key (which takes precedence); keys
    /// not in any term have no id and reset the automaton. One table, so each distinct key of
    /// a CV is hashed once instead of once for the fillers and once for the terms.
    private let vocabulary: KeyVocabulary
    private let transitions: TransitionTable
    private let failure: [Int]
    /// For each state, the (term index, token length) pairs that end there, suffix outputs included.
    private let outputs: [[Pattern]]

    private struct Pattern: Sendable, Hashable { var term: Int; var length: Int }

    /// For each term, the key sequences it is compiled to (abbreviation variants and groupings),
    /// sorted: kept so that `RoleSetMatcher` can compile several matchers into one automaton without
    /// expanding every term's variants again (that expansion is most of the start-up cost).
    let sequences: [[[String]]]

    /// Compiles `terms`. With `abbreviations`, each term's abbreviation variants are added too.
    public init(terms: [Term], abbreviations: [Abbreviation] = Abbreviations.common) {
        let stemmer = Stemmer()
        let sequences = terms.map { term in
            var sequences = Set<[String]>()
            for variant in Abbreviations.variants(of: term.phrase, using: abbreviations) {
                for keys in Self.keySequences(forNormalizedPhrase: variant, stemmer: stemmer) {
                    sequences.insert(keys)
                }
            }
            return sequences.sorted(by: { $0.lexicographicallyPrecedes($1) })
        }
        self.init(terms: terms, sequences: sequences)
    }

    /// Compiles terms whose key sequences are already known (`sequences[i]` for `terms[i]`).
    init(terms: [Term], sequences: [[[String]]]) {
        self.terms = terms
        self.sequences = sequences
        var vocabulary: [String: Int] = [:]
        var transitions: [[Int: Int]] = [[:]]
        var ends: [[Pattern]] = [[]]

        for (termIndex, termSequences) in sequences.enumerated() {
            for keys in termSequences where !keys.isEmpty {
                var state = 0
                for key in keys {
                    let id = vocabulary[key] ?? { vocabulary[key] = vocabulary.count; return vocabulary.count - 1 }()
                    if let next = transitions[state][id] {
                        state = next
                    } else {
                        transitions.append([:]); ends.append([])
                        transitions[state][id] = transitions.count - 1
                        state = transitions.count - 1
                    }
                }
                ends[state].append(Pattern(term: termIndex, length: keys.count))
            }
        }

        // Breadth-first failure links: a state's failure is the longest proper suffix of its path
        // that is also a path from the root, so a partial phrase never hides a shorter one.
        var failure = Array(repeating: 0, count: transitions.count)
        var outputs = ends
        var queue = transitions[0].values.sorted()
        var head = 0
        while head < queue.count {
            let state = queue[head]; head += 1
            for (id, next) in transitions[state].sorted(by: { $0.key < $1.key }) {
                var fallback = failure[state]
                while fallback != 0, transitions[fallback][id] == nil { fallback = failure[fallback] }
                let target = transitions[fallback][id] ?? 0
                failure[next] = target == next ? 0 : target
                outputs[next].append(contentsOf: outputs[failure[next]])
                queue.append(next)
            }
        }
        for key in FillerWords.keys { vocabulary[key] = Self.filler }
        self.vocabulary = KeyVocabulary(vocabulary)
        self.transitions = TransitionTable(transitions)
        self.failure = failure
        self.outputs = outputs
    }

    /// Every term occurrence in `tokens`, ordered by position then term order.
    /// `stemmer` must belong to the calling thread.
    public func matches(in tokens: [Token], stemmer: Stemmer) -> [Match] {
        matches(in: tokens, keys: tokens.map { MatchKey.key(for: $0.text, stemmer: stemmer) })
    }

    /// The same with the tokens' match keys already computed (once per CV, shared by every role).
    public func matches(in tokens: [Token], keys: [String]) -> [Match] {
        matches(in: tokens, keys: InternedKeys(keys))
    }

    /// The id of a filler word, which the automaton reads past.
    private static var filler: Int { -2 }

    /// The same with the keys interned (once per CV): each distinct key is looked up once.
    public func matches(in tokens: [Token], keys: InternedKeys) -> [Match] {
        Self.ordered(unorderedTermMatches(in: tokens.map(TokenPlace.init), keys: keys)).map(match(of:))
    }

    /// Every term occurrence in an analysed CV (its token places and interned keys).
    public func matches(in analysis: CVAnalysis) -> [Match] {
        termMatches(in: analysis).map(match(of:))
    }

    /// `matches(in:)` as term indices: what screening reads, the phrase read only when explaining.
    func termMatches(in analysis: CVAnalysis) -> [TermMatch] {
        Self.ordered(unorderedTermMatches(in: analysis.places, keys: analysis.internedKeys))
    }

    /// The match `match` stands for.
    func match(of match: TermMatch) -> Match {
        let term = terms[match.term]
        return Match(phrase: term.phrase, target: term.target, line: match.line, tokens: match.tokens)
    }

    /// Matches sorted by position (first token, then last), otherwise in the order found.
    static func ordered(_ matches: [TermMatch]) -> [TermMatch] {
        let precedes = { (a: TermMatch, b: TermMatch) in
            (a.tokens.lowerBound, a.tokens.upperBound) < (b.tokens.lowerBound, b.tokens.upperBound)
        }
        // Most are found in order already: checked in one pass rather than sorted (the sort is
        // stable, so it would leave them as they are).
        guard zip(matches, matches.dropFirst()).contains(where: { precedes($1, $0) }) else { return matches }
        return matches.sorted(by: precedes)
    }

    /// A term occurrence as the automaton finds it: the term's index in `terms` rather than its
    /// phrase and target. Screening keeps these (no `String` to retain and release per match) and
    /// reads a term's phrase only to explain a result; `RoleSetMatcher` renumbers an all-roles
    /// automaton's terms as each role's own.
    struct TermMatch: Hashable, Sendable {
        var term: Int
        /// Line of the first matched token.
        var line: Int
        var tokens: Range<Int>
    }

    /// Every term occurrence in the order the automaton finds them: by last token, then by term
    /// length, longest first. `RoleSetMatcher` splits these by role before ordering each role's.
    func unorderedTermMatches(in tokens: [TokenPlace], keys: InternedKeys) -> [TermMatch] {
        // -1: a key in no term, which resets the automaton.
        let ids = keys.distinct.map { vocabulary[$0] ?? -1 }
        var found: [TermMatch] = []
        // (term, first token) of the matches ending at the token being read: two variants of a term
        // end at the same token only, so only those need comparing, not every match so far.
        var endingHere: [(term: Int, start: Int)] = []
        var state = 0
        // Positions of the tokens the automaton has read since the last reset, fillers skipped: a
        // match of n keys starts n entries back. Kept in a buffer as long as the CV and emptied by
        // forgetting its count: most tokens reset the automaton, and emptying an array each time
        // (`removeAll(keepingCapacity:)`) cost more than reading the token.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, keys.ids.count)) { read in
            var readCount = 0
            for (position, number) in keys.ids.enumerated() {
                // A phrase never runs across the end of a sentence or list item.
                if tokens[position].breakBefore, state != 0 || readCount > 0 {
                    readCount = 0
                    state = 0
                }
                let id = ids[number]
                if id == Self.filler { continue }
                guard id >= 0 else {
                    readCount = 0
                    state = 0
                    continue
                }
                while state != 0, transitions.next(from: state, on: id) == nil { state = failure[state] }
                state = transitions.next(from: state, on: id) ?? 0
                read[readCount] = position
                readCount += 1
                // The root ends no pattern (every term has a key).
                guard state != 0 else { continue }
                endingHere.removeAll(keepingCapacity: true)
                for pattern in outputs[state] {
                    let start = read[readCount - pattern.length]
                    // Two variants of one term can end at the same place; report the term once.
                    guard !endingHere.contains(where: { $0.term == pattern.term && $0.start == start }) else { continue }
                    endingHere.append((pattern.term, start))
                    found.append(TermMatch(term: pattern.term, line: tokens[start].line, tokens: start..<(position + 1)))
                }
            }
            return found
        }
    }

    /// Convenience for one-off use: tokenises `text` and stems with a fresh stemmer.
    public func matches(in text: String) -> [Match] {
        matches(in: MatchNormalizer.tokenize(text), stemmer: Stemmer())
    }

    /// All key sequences a phrase can appear as in a CV. Hyphenated words and adjacent words may be
    /// written apart, hyphenated or closed up ("follow up", "follow-up", "followup"), so each way of
    /// grouping the phrase's word parts is compiled; phrases longer than six parts keep only the
    /// fully split and as-written forms to bound the number of variants.
    static func keySequences(forNormalizedPhrase phrase: String, stemmer: Stemmer) -> [[String]] {
        let all = MatchNormalizer.words(inNormalizedLine: phrase)
        // A term made only of filler words ("all") is kept as written rather than dropped.
        let content = all.filter { !FillerWords.keys.contains(MatchKey.key(for: $0, stemmer: stemmer)) }
        let words = content.isEmpty ? all : content
        guard !words.isEmpty else { return [] }
        let parts = words.flatMap { word in
            word.split(separator: "-").map(String.init).filter { !$0.isEmpty }
        }
        let written = words.map { MatchKey.key(for: $0, stemmer: stemmer) }
        guard parts.count > 1, parts.count <= 6 else {
            return [written, parts.map { MatchKey.key(for: $0, stemmer: stemmer) }]
        }
        var sequences: [[String]] = [written]
        // Bit i of `mask` set means part i is closed up with part i + 1.
        for mask in 0..<(1 << (parts.count - 1)) {
            var groups: [String] = [parts[0]]
            for index in 1..<parts.count {
                if mask & (1 << (index - 1)) != 0 { groups[groups.count - 1] += parts[index] } else { groups.append(parts[index]) }
            }
            sequences.append(groups.map { MatchKey.key(for: $0, stemmer: stemmer) })
        }
        return sequences
    }
}
