/// Role ids become file names and URLs, so they are restricted to a safe alphabet: nothing that
/// could climb out of the output folder (`../`), hide a file (`.x`) or need escaping in a URL.
public enum Slug {
    public static let rule = "Use lowercase letters, digits and single hyphens, e.g. 'call-center-agent' (at most 80 characters)."

    public static func isValid(_ slug: String) -> Bool {
        // [a-z0-9]+(-[a-z0-9]+)*, checked byte by byte (a regex here cost more than parsing the YAML).
        let bytes = slug.utf8
        guard !bytes.isEmpty, bytes.count <= 80, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-"): if previous == UInt8(ascii: "-") { return false }
            default: return false
            }
            previous = byte
        }
        return true
    }
}
