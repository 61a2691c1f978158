/// The skill, title and background terms of several roles compiled into one automaton, so that a
/// batch screening against every role reads each CV's keys once instead of once per role (with
/// 15 roles, the per-role passes were a fifth of the time spent per CV).
///
/// Splitting its matches by role gives exactly what each role's own `PhraseMatcher` finds, in the
/// same order: a match needs only its own keys to be consecutive (resets by keys another role
/// knows change nothing), and the automaton reports the patterns ending at a token in the same
/// relative order as each role's automaton does.
struct RoleSetMatcher: Sendable {
    /// A role's target, with the role's position in the batch.
    struct Tagged: Hashable, Sendable {
        var role: Int
        var target: RoleScreener.Target
    }

    private let matcher: PhraseMatcher<Tagged>
    private let roleCount: Int
    /// Per term of `matcher`, its role and its number among its role's own matcher's terms.
    private let termRoles: [Int]
    private let roleTerms: [Int]

    /// Reuses each role's compiled key sequences (see `PhraseMatcher.sequences`).
    init(_ matchers: [PhraseMatcher<RoleScreener.Target>]) {
        var terms: [PhraseMatcher<Tagged>.Term] = []
        var sequences: [[[String]]] = []
        for (role, matcher) in matchers.enumerated() {
            terms += matcher.terms.map { .init(phrase: $0.phrase, target: Tagged(role: role, target: $0.target)) }
            sequences += matcher.sequences
        }
        self.matcher = PhraseMatcher(terms: terms, sequences: sequences)
        roleCount = matchers.count
        termRoles = terms.map(\.target.role)
        roleTerms = matchers.flatMap(\.terms.indices)
    }

    /// For each role, in batch order, the matches its own matcher would return for `analysis`
    /// (`termMatches(in:)`, numbered by the role's own terms).
    func matchesByRole(in analysis: CVAnalysis) -> [[PhraseMatcher<RoleScreener.Target>.TermMatch]] {
        let found = matcher.unorderedTermMatches(in: analysis.places, keys: analysis.internedKeys)
        // Each role's array sized once: grown match by match, they were reallocated a few times per CV.
        var counts = Array(repeating: 0, count: roleCount)
        for match in found { counts[termRoles[match.term]] += 1 }
        var byRole = counts.map { count in
            var matches: [PhraseMatcher<RoleScreener.Target>.TermMatch] = []
            matches.reserveCapacity(count)
            return matches
        }
        for match in found {
            byRole[termRoles[match.term]].append(.init(term: roleTerms[match.term], line: match.line, tokens: match.tokens))
        }
        return byRole.map(PhraseMatcher<RoleScreener.Target>.ordered)
    }
}
