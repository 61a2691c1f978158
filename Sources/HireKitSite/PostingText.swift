/// Plain-text clean-up shared by the posting formats.
enum PostingText {
    /// Role text on one line: YAML block scalars and stray control characters would otherwise break
    /// a list item or heading in the pasted posting.
    static func singleLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
