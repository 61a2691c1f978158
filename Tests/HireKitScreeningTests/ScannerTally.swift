import Testing

/// What a pattern scanner's equivalence test counts: lines compared (those in the scanner's domain)
/// and matches per bit of the regexes' answer, so a test can require that each pattern was both
/// matched and missed. Each compared line's two answers are expected equal.
struct ScannerTally<Bits: FixedWidthInteger> {
    let scanned: (String) -> Bits?
    let regex: (String) -> Bits
    var compared = 0
    var matches = [Int](repeating: 0, count: Bits.bitWidth)

    init(scanned: @escaping (String) -> Bits?, regex: @escaping (String) -> Bits) {
        self.scanned = scanned
        self.regex = regex
    }

    mutating func compare(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let found = scanned(line) else { return }
        compared += 1
        let expected = regex(line)
        #expect(found == expected, "\(String(found, radix: 2)) ≠ \(String(expected, radix: 2)): \(line.debugDescription)",
                sourceLocation: sourceLocation)
        for bit in 0..<Bits.bitWidth where expected & (1 << bit) != 0 { matches[bit] += 1 }
    }
}
