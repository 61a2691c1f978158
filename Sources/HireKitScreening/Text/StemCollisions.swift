/// Words the English stemmer gives the same stem as an unrelated word a role is likely to use,
/// each given a key of its own so that one is never evidence of the other: Porter2 stems
/// "hospital" and "hospitality" both to "hospit", so without this a nurse's "Hospital" job was
/// hospitality experience.
///
/// Found by stemming the words of the shipped roles' skills, titles and backgrounds and listing
/// every word of Snowball's own English vocabulary that shares their stem; the pairs below are those
/// whose meanings differ. The list is deliberately short: a stem shared by related words
/// ("organized", "organization") is what stemming is for.
public enum StemCollisions {
    /// Word (lower case, American spelling) → its own match key.
    static let keys: [String: String] = {
        let groups: [String: [String]] = [
            // hospitality ≠ hospital
            "hospital": ["hospital", "hospitals", "hospitalized", "hospitalization"],
            // business ≠ busy
            "busy": ["busy", "busier", "busiest"],
            // experience ≠ experiment
            "experiment": ["experiment", "experiments", "experimented", "experimenting", "experimental"],
            // organization, organized ≠ organ, organic, organism
            "organ": ["organ", "organs"], "organic": ["organic", "organically"], "organism": ["organism", "organisms"],
            // customer ≠ customs (border control), custom (made to order), customized
            "customs": ["customs"],
            "custom": ["custom", "customize", "customized", "customizes", "customizing", "customization", "customizable"],
            // positive ≠ position
            "position": ["position", "positions", "positioned", "positioning"],
            // resourcefulness ≠ human resources
            "resource": ["resource", "resources", "resourced", "resourcing"],
            // polite ≠ politics
            "politic": ["politic", "politics", "political", "politically"],
            // office ≠ officer
            "officer": ["officer", "officers"],
            // security ≠ securities (finance)
            "securities": ["securities"],
            // response ≠ responsible, responsibilities
            "responsib": ["responsible", "responsibly", "responsibility", "responsibilities"],
            // information ≠ informal
            "informal": ["informal", "informally"],
            // excel (the verb, and Microsoft Excel) ≠ excellent
            "excellent": ["excellent", "excellently", "excellence", "excellency"],
            // relations ≠ relatively, relatives
            "relative": ["relative", "relatives", "relatively"],
            // integrity ≠ integral
            "integral": ["integral", "integrally"],
            // candidate ≠ candid
            "candid": ["candid", "candidly"],
            // success ≠ succession
            "succession": ["succession", "successions", "successive", "successively"],
            // friendly ≠ friends
            "friend": ["friend", "friends"],
            // Genesys (contact-center software) ≠ genesis
            "genesis": ["genesis"],
            // reception (the front desk) ≠ receptions (events)
            "receptions": ["receptions"],
            // bagging (packing purchases) ≠ bags (luggage, handbags)
            "bag": ["bag", "bags"],
        ]
        var keys: [String: String] = [:]
        for (key, words) in groups {
            // A leading "=" cannot start a stem (the tokeniser keeps only letters in words), so these
            // keys never meet an ordinary word's.
            for word in words { keys[word] = "=" + key }
        }
        return keys
    }()

    private static let filter = WordListFilter(keys.keys)

    /// False when the word whose UTF-8 is `word` certainly has no key of its own here (its first
    /// byte and length are no listed word's).
    static func mayHaveKey(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        filter.mayContain(word)
    }

    /// `keys[word]`, with most words turned away by their first byte and length, unhashed.
    static func key(of word: String) -> String? {
        filter.mayContain(word) ? keys[word] : nil
    }
}
