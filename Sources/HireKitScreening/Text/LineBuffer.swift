import Foundation

/// A CV's lines one after another in one buffer of UTF-8, each line a range of it: the lines as
/// written, or as `MatchNormalizer.normalizeLine` folds them, which the word table and every
/// structure extractor read.
///
/// As arrays of `String`s, each line, written and folded, was allocated, validated, read through
/// `withUTF8` by each reader and freed again, about a thousand instructions a line. Here a CV's
/// text is two arrays of bytes and its lines are ranges of them. Readers take the bytes
/// (`withLines`); the few that need a `String` (regular expressions, headings, quoted evidence,
/// negation) make one for the line at hand.
struct LineBuffer: Sendable {
    /// The lines' bytes, each followed by a "\n" (so the buffer is never empty and every line,
    /// even an empty one, has a base address).
    private var bytes: [UInt8] = []
    /// Line `i` (0-based) is `bytes[starts[i]..<(starts[i + 1] - 1)]`.
    private var starts: [Int] = [0]

    /// `text` split into lines as `MatchNormalizer.lines(of:)` splits it.
    init(text: String) {
        var text = text
        let split: Bool = text.withUTF8 { source in
            // Text from HireKitCV has only "\n" line breaks: its bytes are the buffer as they are.
            guard MatchNormalizer.onlyLineFeeds(source) else { return false }
            bytes.reserveCapacity(source.count + 1)
            bytes.append(contentsOf: source)
            bytes.append(UInt8(ascii: "\n"))
            starts.reserveCapacity(source.count / 32 + 2)
            bytes.withUnsafeBufferPointer { all in
                var start = 0
                while let found = memchr(all.baseAddress! + start, Int32(UInt8(ascii: "\n")), all.count - start) {
                    start = all.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(start)
                }
            }
            return true
        }
        if !split { self = LineBuffer(lines: MatchNormalizer.lines(of: text)) }
    }

    /// `lines` as they are.
    init(lines: [String]) {
        bytes.reserveCapacity(lines.reduce(1) { $0 + $1.utf8.count + 1 })
        starts.reserveCapacity(lines.count + 1)
        for line in lines {
            bytes += line.utf8
            bytes.append(UInt8(ascii: "\n"))
            starts.append(bytes.count)
        }
        if lines.isEmpty { bytes.append(UInt8(ascii: "\n")) }
    }

    /// `lines`' lines folded one by one, as `MatchNormalizer.normalizeLine` folds each.
    init(folding lines: LineBuffer) {
        bytes.reserveCapacity(lines.bytes.count + 8)
        starts.reserveCapacity(lines.starts.count)
        lines.withLines { lines in
            for index in 0..<lines.count {
                if !CommonScalarFolding.append(folding: lines[index], to: &bytes) {
                    bytes += MatchNormalizer.foldedByFoundation(lines.string(at: index)).utf8
                }
                bytes.append(UInt8(ascii: "\n"))
                starts.append(bytes.count)
            }
        }
        if lines.count == 0 { bytes.append(UInt8(ascii: "\n")) }
    }

    /// The number of lines.
    var count: Int { starts.count - 1 }

    /// Line `index` (0-based) as a `String`.
    func string(at index: Int) -> String {
        withLines { $0.string(at: index) }
    }

    /// Every line as a `String`.
    var strings: [String] {
        withLines { lines in (0..<lines.count).map(lines.string(at:)) }
    }

    /// Calls `body` with the lines' bytes, valid only inside it.
    func withLines<Result>(_ body: (View) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try starts.withUnsafeBufferPointer { starts in try body(View(bytes: bytes, starts: starts)) }
        }
    }

    /// The lines' bytes, by 0-based line index.
    struct View {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let starts: UnsafeBufferPointer<Int>

        var count: Int { starts.count - 1 }

        /// The bytes of all the lines, a byte more for each.
        var byteCount: Int { starts[starts.count - 1] }

        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[starts[index]..<(starts[index + 1] - 1)])
        }

        /// Line `index` as a `String`.
        func string(at index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
    }
}
