/// Role ids become file names and URLs, so they are restricted to a safe alphabet: nothing that
/// could climb out of the output folder (`../`), hide a file (`.x`) or need escaping in a URL.
public enum Slug {
    public static let rule = "Use lowercase letters, digits and single hyphens, e.g. 'call-center-agent' (at most 80 characters)."

    public static func isValid(_ slug: String) -> Bool {
        slug.count <= 80 && slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil
    }
}
