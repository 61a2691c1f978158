import HireKitTestSupport

/// Random lines for the pattern scanners' equivalence tests: pieces joined, about one in six
/// upper-cased, and now and then a character outside the scanner's domain (such a line goes to the
/// regex instead).
enum SeededLines {
    static func line(of pieces: [String], outside: [String], maxPieces: Int, using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...maxPieces, using: &generator)).map { _ in
            let piece = Int.random(in: 0..<40, using: &generator) == 0
                ? outside.randomElement(using: &generator)! : pieces.randomElement(using: &generator)!
            return Int.random(in: 0..<6, using: &generator) == 0 ? piece.uppercased() : piece
        }.joined()
    }
}
