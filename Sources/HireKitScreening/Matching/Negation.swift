/// Finds the words a CV says it lacks: "no CRM experience", "never used Salesforce", "without POS
/// training". A skill mentioned only that way is not evidence of the skill.
///
/// A token is negated when a negation word stands at most `reach` words before it in the same
/// clause (punctuation such as "." "," ";" ":" ends a clause). The reach is short on purpose: "Not
/// afraid of hard work, resolved customer complaints" must still count the complaints. "No." used
/// for "number" ("No. 1 in sales", "no. of calls") is not a negation.
public enum Negation {
    static let reach = 3

    static let cues: Set<String> = [
        "no", "not", "never", "without", "lack", "lacks", "lacking", "none", "neither", "nor",
        "don't", "didn't", "doesn't", "haven't", "hasn't", "hadn't", "can't", "cannot", "won't",
    ]

    /// Most tokens start with no cue's first byte, or have no cue's length after it, and are not
    /// hashed at all.
    private static let cueFilter = WordListFilter(cues)

    /// Whether `text` is one of `cues`.
    static func isCue(_ text: String) -> Bool {
        cueFilter.mayContain(text) && cues.contains(text)
    }

    /// Characters that end a clause.
    private static let clauseEnds: Set<Character> = [".", ",", ";", ":", "!", "?", "(", ")", "|", "•", "/"]

    /// For each token, whether it falls within a negation's reach. `tokens` are the words of
    /// `normalizedLines` in order, numbered by line from 1 (as `MatchNormalizer.tokenize` makes them).
    public static func negatedTokens(_ tokens: [Token], normalizedLines: [String]) -> [Bool] {
        negatedTokens(tokens, cues: tokens.map { isCue($0.text) }, normalizedLines: normalizedLines)
    }

    /// The same with each token's being a cue already known (`WordTable` knows it of every word it
    /// holds, so a CV's tokens are not hashed again here).
    static func negatedTokens(_ tokens: [Token], cues isCue: [Bool], normalizedLines: [String]) -> [Bool] {
        var negated = Array(repeating: false, count: tokens.count)
        var start = 0
        while start < tokens.count {
            let line = tokens[start].line
            var end = start
            while end < tokens.count, tokens[end].line == line { end += 1 }
            // Most lines negate nothing: look closer only at those with a cue.
            if isCue[start..<end].contains(true) {
                let clauses = clauseNumbers(of: tokens[start..<end].map(\.text), in: normalizedLines[line - 1])
                for offset in 0..<(end - start) where isCue[start + offset] && isNegation(at: start + offset, in: tokens, clauses: clauses, lineStart: start) {
                    var next = offset + 1
                    while next < end - start, next <= offset + reach, clauses[next] == clauses[offset] {
                        negated[start + next] = true
                        next += 1
                    }
                }
            }
            start = end
        }
        return negated
    }

    /// The clause each word of `line` is in, counting clause-ending characters before it. Words are
    /// found in order, each after the previous one.
    private static func clauseNumbers(of words: [String], in line: String) -> [Int] {
        var numbers: [Int] = []
        var cursor = line.startIndex
        var clause = 0
        for word in words {
            guard let range = line.range(of: word, range: cursor..<line.endIndex) else {
                numbers.append(clause)
                continue
            }
            clause += line[cursor..<range.lowerBound].filter { clauseEnds.contains($0) }.count
            numbers.append(clause)
            cursor = range.upperBound
        }
        return numbers
    }

    /// Whether the cue at `index` negates what follows it.
    private static func isNegation(at index: Int, in tokens: [Token], clauses: [Int], lineStart: Int) -> Bool {
        let text = tokens[index].text
        let offset = index - lineStart
        guard text == "no", offset + 1 < clauses.count else { return true }
        // "no. of calls", "no 1 agent": a number, not a negation.
        let following = tokens[index + 1].text
        return clauses[offset + 1] == clauses[offset] && following != "of"
            && !following.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
