import Foundation
import HireKitTestSupport
import Testing
@testable import HireKitCV

@Suite("Format detection's byte shortcuts")
struct FormatSniffingEquivalenceTests {
    /// Random names (ASCII and not, with slashes, dots, the Kelvin sign, every case) give the
    /// extension NSString gave, wherever it is one that breaks ties between text formats.
    @Test func extensionsAreToldAsNSStringTellsThem() {
        var generator = SeededGenerator(seed: 16)
        let pieces = ["cv", "Jordan Ellis", ".", "..", "/", "json", "JSON", "Json", "md", "MD", "mkd", "m\u{212A}d",
                      "markdown", "mdown", "html", "HTM", "xhtml", "txt", "pdf", "é", "e\u{301}", "~$", " ", "j", "son"]
        var telling = 0
        for _ in 0..<20_000 {
            var name = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if Bool.random(using: &generator) { name += "." + pieces.randomElement(using: &generator)! }
            // NSString's pathExtension traps on some names with "//" ("cv///.//", "cv//m\u{212A}d"),
            // so the reference cannot be asked about them.
            if name.contains("//") { continue }
            let old = (name as NSString).pathExtension.lowercased()
            let expected = ["json", "html", "htm", "xhtml", "md", "markdown", "mdown", "mkd"].contains(old) ? old : ""
            if !expected.isEmpty { telling += 1 }
            #expect(FormatDetector.telling(name) == expected, "\(name.unicodeScalars.map(\.value))")
        }
        #expect(telling > 2_000)  // the pieces make telling extensions often enough to test something
    }

    /// Random heads of files with "%", "%PDF-" and its parts at every offset around the first KiB
    /// are taken for PDFs exactly when the old search of the first 1024 bytes found the header.
    @Test func pdfHeadersAreFoundAsBefore() {
        var generator = SeededGenerator(seed: 17)
        let pieces: [[UInt8]] = [Array("%PDF-".utf8), Array("%PDF".utf8), Array("%".utf8), Array("PDF-".utf8), Array("%%PDF-".utf8),
                                 Array("hello ".utf8), [0], [0xFF], Array(repeating: 0x41, count: 100), Array(repeating: 0x25, count: 7)]
        var found = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = Array(repeating: 0x20, count: Int.random(in: 0...1030, using: &generator))
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let piece = pieces.randomElement(using: &generator)!
                let at = Int.random(in: 0...bytes.count, using: &generator)
                bytes.insert(contentsOf: piece, at: at)
            }
            let expected = Self.oldSearch(Array(bytes.prefix(1024)), for: Array("%PDF-".utf8))
            if expected { found += 1 }
            #expect(bytes.withUnsafeBytes(FormatDetector.hasPDFHeader) == expected)
        }
        #expect(found > 500)
        // The header across the end of the first KiB, and cut short at the end of the file.
        for offset in 1_012...1_024 {
            for tail in [0, 2, 10] {
                let bytes = Array(repeating: UInt8(0x20), count: offset) + Array("%PDF-".utf8) + Array(repeating: 0x20, count: tail)
                #expect(bytes.withUnsafeBytes(FormatDetector.hasPDFHeader) == (offset <= 1_019), "at \(offset)")
                let cut = Array(bytes.prefix(offset + 4))
                #expect(!cut.withUnsafeBytes(FormatDetector.hasPDFHeader), "cut at \(offset)")
            }
        }
    }

    /// The search as it was: every position of the first KiB compared with the header.
    private static func oldSearch(_ haystack: [UInt8], for needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
