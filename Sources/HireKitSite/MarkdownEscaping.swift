/// Escaping for role text placed into Markdown postings, so a `*`, `_`, `[` or `<` in HR's text
/// shows as itself instead of turning into emphasis, a link or raw HTML.
enum MarkdownEscaping {
    /// Characters CommonMark gives meaning to anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    static func escape(_ text: String) -> String {
        let characters = Array(PostingText.singleLine(text))
        var result = ""
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // `&amp;` would otherwise turn into an entity.
            if inlineSpecials.contains(character) || (character == "&" && (next?.isLetter == true || next == "#")) {
                result.append("\\")
            }
            result.append(character)
        }
        // Text starting like a heading, list item or numbered list would change the structure.
        if let first = result.first, "#+-=".contains(first) { return "\\" + result }
        if let marker = result.firstIndex(where: { $0 == "." || $0 == ")" }), marker != result.startIndex,
           result[..<marker].allSatisfy(\.isNumber) {
            result.insert("\\", at: marker)
        }
        return result
    }
}
