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
    /// Per term of `matcher`, its role and the term as its role's own matcher has it.
    private let termRoles: [Int]
    private let roleTerms: [PhraseMatcher<RoleScreener.Target>.Term]

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
        roleTerms = matchers.flatMap(\.terms)
    }

    /// For each role, in batch order, the matches its own matcher would return for `analysis`.
    func matchesByRole(in analysis: CVAnalysis) -> [[PhraseMatcher<RoleScreener.Target>.Match]] {
        let found = matcher.unorderedTermMatches(in: analysis.places, keys: analysis.internedKeys)
        // Each role's array sized once: grown match by match, they were reallocated a few times per CV.
        var counts = Array(repeating: 0, count: roleCount)
        for match in found { counts[termRoles[match.term]] += 1 }
        var byRole = counts.map { count in
            var matches: [PhraseMatcher<RoleScreener.Target>.Match] = []
            matches.reserveCapacity(count)
            return matches
        }
        for match in found {
            let term = roleTerms[match.term]
            byRole[termRoles[match.term]].append(.init(phrase: term.phrase, target: term.target, line: match.line, tokens: match.tokens))
        }
        return byRole.map(PhraseMatcher<RoleScreener.Target>.ordered)
    }
}
