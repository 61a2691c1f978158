import Foundation

/// Properties every CV read must have, whatever the input: the checks the CV targets run after each read.
public enum CVOracle {
    /// Written by `prepareCanary()`; the fuzz dictionaries reference it as an external entity. If its contents
    /// ever show up in extracted text, an XML parser fetched a local file (XXE).
    public static let canaryPath = "/tmp/hirekit-fuzz-canary.txt"
    public static let canaryText = "HKCANARYSECRET"

    public static func prepareCanary() {
        if !FileManager.default.fileExists(atPath: canaryPath) {
            try? Data((canaryText + "\n").utf8).write(to: URL(fileURLWithPath: canaryPath))
        }
    }

    /// Extracted text is non-empty and in the normalised shape screening relies on: "\n" line ends, no blank
    /// line at either end or twice in a row, no space at either end of a line, and never a fetched file.
    public static func check(text: String) {
        precondition(!text.isEmpty, "a CVDocument with empty text")
        precondition(!text.contains(canaryText), "external entity content leaked into the text (XXE)")
        precondition(!text.unicodeScalars.contains("\r"), "a carriage return survived normalisation")
        precondition(!text.hasPrefix("\n") && !text.hasSuffix("\n"), "blank line at the start or end")
        precondition(!text.contains("\n\n\n"), "two blank lines in a row")
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            precondition(line.first != " " && line.last != " ", "a line with a space at its edge: \(line.debugDescription)")
        }
    }

    /// Errors name the file they are about and read as a sentence a recruiter can act on.
    public static func check(errorDescription description: String, path: String) {
        precondition(description.hasPrefix(path + ": "), "an error that does not start with its path: \(description)")
        precondition(!description.contains(canaryText), "external entity content leaked into an error (XXE)")
    }
}
