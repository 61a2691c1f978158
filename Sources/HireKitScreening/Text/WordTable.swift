import Foundation

/// The words one thread has seen, kept from CV to CV and found by their bytes: each word's text
/// and its match key (hyphens dropped, British spelling made American, Snowball stem; see
/// `MatchKey`), both numbered once.
///
/// Turning a CV's normalised lines into tokens and interned keys is one pass over each line's
/// bytes (`WordScanner`), looking every word's bytes up here, instead of making a `String` per
/// word and hashing it into two `String` dictionaries (the word's key, then the CV's key numbers).
/// CVs share most of their vocabulary, so after the first few hundred CVs nearly every word is a
/// hit. One table per thread because a libstemmer handle is not thread-safe; bounded so a batch
/// of unusual documents cannot grow it without limit (it starts again when full, between CVs).
struct WordTable {
    /// Per word, its text (as `Token.text`), the number of its match key in `keys`, and whether it
    /// is a negation cue (`Negation.cues`): apart, so that reading a word's key or cue for each
    /// token does not copy (retain and release) its text. Tokens carry no text: a line's words'
    /// texts are read here only when it holds a cue (see `Negation.negatedWords`).
    private var wordTexts: [String] = []
    private var wordKeys: [Int] = []
    private var wordIsCue: [Bool] = []
    /// Each word's bytes → its number in `wordTexts`: words of up to eight bytes in `shortWords`,
    /// longer ones in `wordNumbers`.
    private var shortWords = ShortWordTable()
    private var wordNumbers = KeyVocabulary()

    /// The distinct match keys, numbered in order of first use.
    private var keys: [String] = []
    private var keyNumbers = KeyVocabulary()
    /// Per key, the CV (`document`) that last used it and its number among that CV's keys: a CV's
    /// keys are interned (`InternedKeys`) without hashing them again.
    private var keyDocument: [UInt32] = []
    private var keyInDocument: [Int] = []
    private var document: UInt32 = 0

    /// Uncached: the table keeps every word's key already.
    private var stemmer = Stemmer(caching: false)
    private var scanner = WordScanner()
    /// A non-ASCII line's code points, and where each starts in its UTF-8 (the end last).
    private var chars: [UInt32] = []
    private var offsets: [Int] = []
    /// The table numbers of the words of the line being read.
    private var numbers: [Int] = []

    /// Words kept before the table starts again: a CV's vocabulary is a few hundred words and a
    /// large batch's tens of thousands.
    private let capacity: Int

    init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// `normalizedLines`' words as token places numbered by line (1-based), with their match keys
    /// interned and each marked when the CV negates it: what `MatchNormalizer.tokenize(normalizedLines:)`,
    /// `InternedKeys` of each token's `MatchKey` and `Negation.negatedTokens` give, without a
    /// `String` per token. A line break is a phrase break when the line before ends a sentence or
    /// clause, or is blank.
    mutating func tokens(ofNormalizedLines normalizedLines: [String]) -> (places: [TokenPlace], keys: InternedKeys) {
        tokens(of: LineBuffer(lines: normalizedLines))
    }

    /// The same for a CV's folded lines, read in place.
    mutating func tokens(of folded: LineBuffer) -> (places: [TokenPlace], keys: InternedKeys) {
        folded.withLines { tokens(of: $0) }
    }

    private mutating func tokens(of lines: LineBuffer.View) -> (places: [TokenPlace], keys: InternedKeys) {
        startDocument()
        // About one word in six bytes: reserved once instead of grown a few times per CV.
        let estimate = lines.byteCount / 6
        var places: [TokenPlace] = []
        places.reserveCapacity(estimate)
        var ids: [Int] = []
        ids.reserveCapacity(estimate)
        // Most of a CV's words are repeats: its distinct keys are well under half its words.
        var distinct: [String] = []
        distinct.reserveCapacity(estimate / 2)
        var lineEndsClause = false
        for index in 0..<lines.count {
            let firstToken = places.count
            numbers.removeAll(keepingCapacity: true)
            let bytes = lines[index]
            if ByteScan.isASCII(bytes) {
                scanner.scanASCII(bytes)
                for span in scanner.spans {
                    let word = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
                    numbers.append(number(of: word, packed: ShortWordTable.pack(bytes, from: span.start, to: span.end)))
                }
            } else {
                ScalarOffsets.decode(bytes, into: &chars, offsets: &offsets)
                scanner.scan(chars)
                // A span's code points are the line's bytes between their offsets: looked up
                // there, rather than encoded again into a scratch array word by word.
                for span in scanner.spans {
                    let word = UnsafeBufferPointer(rebasing: bytes[offsets[span.start]..<offsets[span.end]])
                    numbers.append(number(of: word, packed: ShortWordTable.pack(word)))
                }
            }
            var lineHasCue = false
            for (offset, span) in scanner.spans.enumerated() {
                let number = numbers[offset], key = wordKeys[number]
                let breaks = firstToken + offset > 0 && (span.breakBefore || (offset == 0 && lineEndsClause))
                places.append(TokenPlace(line: index + 1, breakBefore: breaks))
                lineHasCue = lineHasCue || wordIsCue[number]
                if keyDocument[key] != document {
                    keyDocument[key] = document
                    keyInDocument[key] = distinct.count
                    distinct.append(keys[key])
                }
                ids.append(keyInDocument[key])
            }
            if recordsWords { recordedWords += numbers }
            // Most lines hold no cue; the few that do are read word by word, as `Negation` reads them.
            if lineHasCue {
                let negated = Negation.negatedWords(numbers.map { wordTexts[$0] }, cues: numbers.map { wordIsCue[$0] },
                                                    in: lines.string(at: index))
                for (offset, isNegated) in negated.enumerated() where isNegated { places[firstToken + offset].negated = true }
            }
            lineEndsClause = scanner.spans.isEmpty || scanner.endsWithBreak
        }
        return (places, InternedKeys(distinct: distinct, ids: ids))
    }

    /// For tests: when set, the table numbers of every token's word are appended to
    /// `recordedWords`, so that the texts it read can be compared (see `text(ofWord:)`).
    var recordsWords = false
    private(set) var recordedWords: [Int] = []

    /// The text of the word numbered `number` (valid until the table starts again).
    func text(ofWord number: Int) -> String { wordTexts[number] }

    /// Starts a CV: a new document number for interning its keys, and a fresh table when the last
    /// CVs filled this one (only between CVs, so a CV's numbers stay valid while it is read).
    private mutating func startDocument() {
        if wordTexts.count >= capacity {
            let records = recordsWords
            self = WordTable(capacity: capacity)
            recordsWords = records
        }
        if recordsWords { recordedWords.removeAll() }
        document &+= 1
        if document == 0 {
            // After 2³² CVs the numbers come round again: forget which CV used each key.
            keyDocument = Array(repeating: 0, count: keyDocument.count)
            document = 1
        }
    }

    /// The number of the word whose UTF-8 is `word`, added (with its match key) when new;
    /// `packed` is `ShortWordTable.pack(word)`.
    private mutating func number(of word: UnsafeBufferPointer<UInt8>, packed: UInt64?) -> Int {
        if let packed {
            switch shortWords.place(of: packed) {
            case .found(let number): return number
            case .missing(let slot):
                let number = add(word)
                shortWords.file(packed, value: number, at: slot)
                return number
            }
        }
        switch wordNumbers.place(of: word) {
        case .found(let number): return number
        case .missing(let place):
            let number = add(word)
            wordNumbers.file(word, value: number, at: place)
            return number
        }
    }

    /// Adds the word whose UTF-8 is `word`, with its match key, and returns its number.
    private mutating func add(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let text = String(decoding: word, as: UTF8.self)
        let key = MatchKey.key(forASCII: word, text: text, stemmer: stemmer) ?? MatchKey.key(for: text, stemmer: stemmer)
        // Found, or filed under the next number, with one hash of the key rather than a look-up
        // and then an insertion.
        let next = keys.count
        let keyNumber = keyNumbers.value(of: key, filingIfMissing: next)
        if keyNumber == next {
            keys.append(key)
            keyDocument.append(0)
            keyInDocument.append(0)
        }
        wordTexts.append(text)
        wordKeys.append(keyNumber)
        wordIsCue.append(Negation.isCue(text))
        return wordTexts.count - 1
    }

    /// The calling thread's table, in a box kept in the thread's dictionary.
    static func withCurrentThread<Result>(_ body: (inout WordTable) -> Result) -> Result {
        let storage = Thread.current.threadDictionary
        let box: Box
        if let existing = storage[threadKey] as? Box {
            box = existing
        } else {
            box = Box()
            storage[threadKey] = box
        }
        // One access to the box for the whole CV: inside, the table is a plain struct, with no
        // exclusivity check per word.
        return body(&box.table)
    }

    private static let threadKey = "HireKitScreening.WordTable"

    private final class Box {
        var table = WordTable()
    }
}
