/// Maps British spellings to American ones before stemming, so "call centre" meets "call center"
/// and "organised" meets "organized": the stemmer leaves the two spellings with different stems,
/// and CVs from the UK, Ireland, India or Australia use the British ones.
///
/// Lists, not a rule: "-ise" → "-ize" would also turn "advertise", "expertise" and "merchandise"
/// into words nobody writes.
public enum BritishSpelling {
    /// Whole words that differ.
    static let words: [String: String] = [
        "centre": "center", "centres": "centers", "centred": "centered",
        "enquiry": "inquiry", "enquiries": "inquiries", "enquire": "inquire", "enquired": "inquired",
        "colour": "color", "colours": "colors", "behaviour": "behavior", "behaviours": "behaviors",
        "favour": "favor", "honour": "honor", "labour": "labor", "neighbour": "neighbor",
        "programme": "program", "programmes": "programs", "catalogue": "catalog", "catalogues": "catalogs",
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense",
        "practise": "practice", "practised": "practiced", "judgement": "judgment", "fulfil": "fulfill",
        "fulfilment": "fulfillment", "cheque": "check", "cheques": "checks", "jewellery": "jewelry",
        "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled", "cancelling": "canceling",
        "modelling": "modeling", "labelled": "labeled", "labelling": "labeling", "counselling": "counseling",
        "counsellor": "counselor", "enrol": "enroll", "enrolment": "enrollment", "analyse": "analyze",
        "analysed": "analyzed", "analyses": "analyzes", "analysing": "analyzing", "tyre": "tire",
    ]

    /// Stems written "-is-" in British English and "-iz-" in American English.
    static let isStems = [
        "organis", "prioritis", "specialis", "customis", "utilis", "recognis", "minimis", "maximis",
        "apologis", "familiaris", "finalis", "summaris", "standardis", "optimis", "authoris", "categoris",
        "realis", "criticis", "memoris", "personalis", "centralis", "computeris", "digitis", "emphasis",
        "synchronis", "visualis", "modernis", "mobilis", "normalis", "localis", "stabilis", "socialis",
    ]

    /// `isStems` filed under their first byte, in order: a word can only start with the stems
    /// that start with its first byte (an ASCII letter is a whole character), so it is compared
    /// with those alone instead of all 32.
    private static let isStemsByFirstByte: [[String]] = (0...255).map { byte in isStems.filter { $0.utf8.first == UInt8(byte) } }

    /// Endings after such a stem ("organis" + "ed").
    static let isEndings: Set<Substring> = ["e", "ed", "es", "ing", "er", "ers", "ation", "ations", "ational"]

    private static let wordFilter = WordListFilter(words.keys)

    /// The American spelling of a lower-case word, or the word itself.
    public static func american(_ word: String) -> String {
        if wordFilter.mayContain(word), let american = words[word] { return american }
        // Every stem holds "is" and is longer than five letters: a word without those bytes next to
        // each other cannot match, and is turned away without Foundation's string search.
        guard word.utf8.count > 5, containsIS(word) else { return word }
        for stem in isStemsByFirstByte[Int(word.utf8.first!)] where word.hasPrefix(stem) && isEndings.contains(word.dropFirst(stem.count)) {
            return String(stem.dropLast(1)) + "z" + word.dropFirst(stem.count)
        }
        return word
    }

    /// False when `american` certainly leaves the lower-case word `text`, whose UTF-8 is `word`, as
    /// it is: not in the word list (looked up only when the list's filter passes on the bytes) and
    /// starting with no "-is-" stem (those starting with its first byte, compared as bytes). Nearly
    /// every new word of a CV is answered here without a `String` operation.
    static func mayRespell(_ word: UnsafeBufferPointer<UInt8>, text: String) -> Bool {
        if wordFilter.mayContain(word), words[text] != nil { return true }
        guard word.count > 5, let first = word.first else { return false }
        return isStemBytesByFirstByte[Int(first)].contains { stem in stem.count < word.count && word.starts(with: stem) }
    }

    /// `isStemsByFirstByte` as bytes.
    private static let isStemBytesByFirstByte: [[[UInt8]]] = isStemsByFirstByte.map { $0.map { Array($0.utf8) } }

    /// True when the bytes "i", "s" follow each other in `word`, read from its contiguous UTF-8
    /// (iterating String.UTF8View cost about 20 instructions a byte).
    private static func containsIS(_ word: String) -> Bool {
        func search(_ bytes: some Collection<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if previous == UInt8(ascii: "i"), byte == UInt8(ascii: "s") { return true }
                previous = byte
            }
            return false
        }
        return word.utf8.withContiguousStorageIfAvailable(search) ?? search(word.utf8)
    }
}
