import Foundation

/// The words one thread has seen, kept from CV to CV and found by their bytes: each word's text
/// and its match key (hyphens dropped, British spelling made American, Snowball stem; see
/// `MatchKey`), both numbered once.
///
/// Turning a CV's normalised lines into tokens and interned keys is one pass over each line's
/// bytes (`ASCIIWords`, or `WordScanner` for a line that is not ASCII), looking every word's bytes
/// up here as it is found, instead of making a `String` per
/// word and hashing it into two `String` dictionaries (the word's key, then the CV's key numbers).
/// CVs share most of their vocabulary, so after the first few hundred CVs nearly every word is a
/// hit. One table per thread because a libstemmer handle is not thread-safe; bounded so a batch
/// of unusual documents cannot grow it without limit (it starts again when full, between CVs).
struct WordTable {
    /// Per word, its text (as `Token.text`), and the number of its match key in `keys` and whether
    /// it is a negation cue (`Negation.cues`): apart, so that reading a word's key or cue for each
    /// token does not copy (retain and release) its text. Tokens carry no text: a line's words'
    /// texts are read here only when it holds a cue (see `Negation.negatedWords`).
    private var wordTexts: [String] = []
    private var words: [Word] = []

    private struct Word {
        var key: Int32
        var isCue: Bool
    }
    /// Each word's bytes → its number in `wordTexts`: words of up to eight bytes in `shortWords`,
    /// longer ones in `wordNumbers`.
    private var shortWords = ShortWordTable()
    private var wordNumbers = KeyVocabulary()

    /// The distinct match keys, numbered in order of first use.
    private var keys: [String] = []
    private var keyNumbers = KeyVocabulary()
    /// Per key, the CV (`document`) that last used it and its number among that CV's keys: a CV's
    /// keys are interned (`InternedKeys`) without hashing them again.
    private var keyUses: [KeyUse] = []
    private var document: UInt32 = 0

    private struct KeyUse {
        var document: UInt32
        var number: Int32
    }

    /// Uncached: the table keeps every word's key already.
    private var stemmer = Stemmer(caching: false)
    private var scanner = WordScanner()
    /// A non-ASCII line's code points, and where each starts in its UTF-8 (the end last).
    private var chars: [UInt32] = []
    private var offsets: [Int] = []

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
        var read = Read()
        read.places.reserveCapacity(estimate)
        read.ids.reserveCapacity(estimate)
        // Most of a CV's words are repeats: its distinct keys are well under half its words.
        read.distinct.reserveCapacity(estimate / 2)
        var lineEndsClause = false
        for index in 0..<lines.count {
            let firstToken = read.places.count
            let bytes = lines[index]
            let ascii = ByteScan.isASCII(bytes)
            var lineHasCue = false
            // The line's first word follows a break when the line before ends a clause.
            var clauseBefore = lineEndsClause
            let endsWithBreak: Bool
            // Each word is looked up as soon as it is found: no array of the line's spans.
            if ascii {
                var reader = ASCIIWords(bytes)
                while let span = reader.next() {
                    lineHasCue = append(number(ofASCII: span, in: bytes), line: index + 1,
                                        breakBefore: span.breakBefore || clauseBefore, to: &read) || lineHasCue
                    clauseBefore = false
                }
                endsWithBreak = reader.endsWithBreak
            } else {
                ScalarOffsets.decode(bytes, into: &chars, offsets: &offsets)
                scanner.scan(chars)
                // A span's code points are the line's bytes between their offsets: looked up
                // there, rather than encoded again into a scratch array word by word.
                for span in scanner.spans {
                    lineHasCue = append(number(ofScanned: span, in: bytes), line: index + 1,
                                        breakBefore: span.breakBefore || clauseBefore, to: &read) || lineHasCue
                    clauseBefore = false
                }
                endsWithBreak = scanner.endsWithBreak
            }
            // Most lines hold no cue; the few that do are read again word by word, as `Negation` reads them.
            if lineHasCue {
                let numbers = wordNumbers(of: bytes, ascii: ascii)
                let negated = Negation.negatedWords(numbers.map { wordTexts[$0] }, cues: numbers.map { words[$0].isCue },
                                                    in: lines.string(at: index))
                for (offset, isNegated) in negated.enumerated() where isNegated { read.places[firstToken + offset].negated = true }
            }
            lineEndsClause = read.places.count == firstToken || endsWithBreak
        }
        return (read.places, InternedKeys(distinct: read.distinct, ids: read.ids))
    }

    /// A CV's tokens as they are read.
    private struct Read {
        var places: [TokenPlace] = []
        /// Per token, its key's number among the CV's distinct keys.
        var ids: [Int] = []
        var distinct: [String] = []
    }

    /// Appends the token of the word numbered `number` on `line` (1-based), after a phrase break
    /// when `breakBefore` (unless it is the CV's first), and returns whether the word is a negation cue.
    @inline(__always)
    private mutating func append(_ number: Int, line: Int, breakBefore: Bool, to read: inout Read) -> Bool {
        let word = words[number]
        read.places.append(TokenPlace(line: line, breakBefore: breakBefore && !read.places.isEmpty))
        let key = Int(word.key)
        if keyUses[key].document != document {
            keyUses[key] = KeyUse(document: document, number: Int32(read.distinct.count))
            read.distinct.append(keys[key])
        }
        read.ids.append(Int(keyUses[key].number))
        if recordsWords { recordedWords.append(number) }
        return word.isCue
    }

    /// The table numbers of the words of a line already read (all in the table).
    private mutating func wordNumbers(of bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> [Int] {
        var numbers: [Int] = []
        if ascii {
            var reader = ASCIIWords(bytes)
            while let span = reader.next() { numbers.append(number(ofASCII: span, in: bytes)) }
        } else {
            // `scanner` still holds this line's spans, and `offsets` its code points' offsets.
            for span in scanner.spans { numbers.append(number(ofScanned: span, in: bytes)) }
        }
        return numbers
    }

    /// The table number of the word `span` of the ASCII line `bytes`.
    @inline(__always)
    private mutating func number(ofASCII span: WordScanner.Span, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        number(of: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), packed: ShortWordTable.pack(bytes, from: span.start, to: span.end))
    }

    /// The table number of the word `span` of a line that is not ASCII, as `scanner` found it in the
    /// line's code points: the word's bytes are the line's between its code points' `offsets`.
    @inline(__always)
    private mutating func number(ofScanned span: WordScanner.Span, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let word = UnsafeBufferPointer(rebasing: bytes[offsets[span.start]..<offsets[span.end]])
        return number(of: word, packed: ShortWordTable.pack(word))
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
            keyUses = Array(repeating: KeyUse(document: 0, number: 0), count: keyUses.count)
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
            keyUses.append(KeyUse(document: 0, number: 0))
        }
        wordTexts.append(text)
        words.append(Word(key: Int32(keyNumber), isCue: Negation.isCue(text)))
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
