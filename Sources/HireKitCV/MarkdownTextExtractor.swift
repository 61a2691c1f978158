import Foundation

/// Strips Markdown syntax that would otherwise show up as noise in screening ("## Experience", "**CRM**",
/// "[LinkedIn](https://...)"), keeping list dashes and line structure.
enum MarkdownTextExtractor {
    private static let rewrites: [(NSRegularExpression, String)] = [
        (#"!\[([^\]]*)\]\([^)]*\)"#, "[photo: $1]"),        // images (alt text, like HTML)
        (#"\[([^\]]+)\]\(([^)\s]+)[^)]*\)"#, "$1 ($2)"),   // links keep their URL: recruiters follow them
        (#"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"#, "$2"),         // bold
        (#"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"#, "$1"), // *italic*
        (#"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"#, "$1"),   // _italic_, but not snake_case or e-mail names
        (#"`([^`]*)`"#, "$1"),                              // inline code
        (#"\[photo: \s*\]"#, ""),                           // images without alt text
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    static func extract(_ text: String) -> String {
        var output: [String] = []
        var inFence = false
        for rawLine in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence {
                output.append(line)
                continue
            }
            // Setext underlines, horizontal rules and table separator rows carry no words.
            if !line.isEmpty, line.allSatisfy({ "=-*_|: ".contains($0) }), line.count >= 3 {
                continue
            }
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
                line = String(line.dropFirst(hashes)).trimmingCharacters(in: CharacterSet(charactersIn: "# "))
            }
            while line.hasPrefix(">") { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("* ") || line.hasPrefix("+ ") { line = "- " + line.dropFirst(2) }
            for (pattern, template) in rewrites {
                let range = NSRange(line.startIndex..., in: line)
                line = pattern.stringByReplacingMatches(in: line, range: range, withTemplate: template)
            }
            output.append(line)
        }
        return output.joined(separator: "\n")
    }
}
