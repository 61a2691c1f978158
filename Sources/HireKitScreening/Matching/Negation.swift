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
        var negated: [Bool] = []
        negated.reserveCapacity(tokens.count)
        var start = 0
        while start < tokens.count {
            let line = tokens[start].line
            var end = start
            while end < tokens.count, tokens[end].line == line { end += 1 }
            let words = tokens[start..<end].map(\.text)
            negated += negatedWords(words, cues: words.map(isCue), in: normalizedLines[line - 1])
            start = end
        }
        return negated
    }

    /// For each word of one normalised line (`words`, in order, each marked when it is a cue),
    /// whether it falls within a negation's reach: a negation never reaches past its line, so a CV
    /// is read line by line (`WordTable` does so for the few lines with a cue, from its own words).
    static func negatedWords(_ words: [String], cues isCue: [Bool], in line: String) -> [Bool] {
        var negated = Array(repeating: false, count: words.count)
        // Most lines negate nothing: look closer only at those with a cue.
        guard isCue.contains(true) else { return negated }
        let clauses = clauseNumbers(of: words, in: line)
        for offset in words.indices where isCue[offset] && isNegation(at: offset, in: words, clauses: clauses) {
            var next = offset + 1
            while next < words.count, next <= offset + reach, clauses[next] == clauses[offset] {
                negated[next] = true
                next += 1
            }
        }
        return negated
    }

    /// The clause each word of `line` is in, counting clause-ending characters before it. Words are
    /// found in order, each after the previous one.
    private static func clauseNumbers(of words: [String], in line: String) -> [Int] {
        asciiClauseNumbers(of: words, in: line) ?? characterClauseNumbers(of: words, in: line)
    }

    /// `clauseNumbers` for an ASCII line without "\r" and ASCII words (nearly every line with a
    /// cue), over the bytes: each character is then a byte, so a word is found by comparing bytes
    /// rather than through Foundation's search (bridged to `NSString`, about 5,000 instructions a
    /// word), and clause ends are counted as bytes. nil for any other line.
    /// `NegationTests` compare it with the `Character` path.
    static func asciiClauseNumbers(of words: [String], in line: String) -> [Int]? {
        guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        return line.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var numbers: [Int] = []
            numbers.reserveCapacity(words.count)
            var cursor = 0, clause = 0
            for word in words {
                let search = { (word: UnsafeBufferPointer<UInt8>) in firstIndex(of: word, in: bytes, from: cursor) }
                guard let found = word.utf8.withContiguousStorageIfAvailable(search) ?? Array(word.utf8).withUnsafeBufferPointer(search) else {
                    numbers.append(clause)
                    continue
                }
                for byte in bytes[cursor..<found] where isASCIIClauseEnd(byte) { clause += 1 }
                numbers.append(clause)
                cursor = found + word.utf8.count
            }
            return numbers
        } ?? nil
    }

    /// Where `word` first occurs in `bytes` at or after `start`.
    private static func firstIndex(of word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = word.first, bytes.count >= word.count else { return nil }
        var index = start
        while index + word.count <= bytes.count {
            if bytes[index] == first, word.indices.allSatisfy({ bytes[index + $0] == word[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// The ASCII characters of `clauseEnds`.
    private static func isASCIIClauseEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    /// `clauseNumbers` for any line, `Character` by `Character` with Foundation's search.
    static func characterClauseNumbers(of words: [String], in line: String) -> [Int] {
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

    /// Whether the cue at `offset` of a line's `words` negates what follows it.
    private static func isNegation(at offset: Int, in words: [String], clauses: [Int]) -> Bool {
        let text = words[offset]
        guard text == "no", offset + 1 < clauses.count else { return true }
        // "no. of calls", "no 1 agent": a number, not a negation.
        let following = words[offset + 1]
        return clauses[offset + 1] == clauses[offset] && following != "of"
            && !following.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
