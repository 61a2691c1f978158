/// Walks a raw deflate stream (RFC 1951) without keeping its output, to learn whether it ends within the bytes
/// available. ZIPFoundation's inflate loop on Linux never finishes when a stream is cut short: it keeps reading
/// empty chunks at the end of the file waiting for a stream end that never comes, and a timed-out worker can't
/// be killed, so one such file would spin a core for the rest of the process. Parts are walked first, over the
/// same bytes ZIPFoundation would feed zlib, and only streams that end (or that produce more than the budget,
/// which the reader's own byte count stops) are handed over. Modelled on puff.c, zlib's reference decoder.
struct DeflateWalk {
    enum Ending: Equatable {
        /// The final block ends inside the bytes.
        case complete
        /// The bytes run out first.
        case truncated
        /// Not a valid deflate stream.
        case invalid
        /// More than the output limit would be produced before the stream ends or the bytes run out.
        case outputLimit
    }

    /// How the stream starting at `start` ends, and how many bytes it inflates to (up to the limit).
    static func ending(of bytes: [UInt8], from start: Int, outputLimit: Int) -> (ending: Ending, produced: Int) {
        var walk = DeflateWalk(bytes: bytes, position: start, limit: outputLimit)
        let ending = walk.run()
        return (ending, walk.produced)
    }

    private mutating func run() -> Ending {
        do throws(Stop) {
            var last = false
            repeat {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Self.fixed.lengths, Self.fixed.distances)
                case 2:
                    let (lengths, distances) = try dynamicCodes()
                    try codes(lengths, distances)
                default: throw Stop.invalid
                }
            } while !last
            return .complete
        } catch {
            switch error {
            case .truncated: return .truncated
            case .invalid: return .invalid
            case .outputLimit: return .outputLimit
            }
        }
    }

    private enum Stop: Error {
        case truncated, invalid, outputLimit
    }

    private let bytes: [UInt8]
    private var position: Int
    private let limit: Int
    private var bitBuffer = 0
    private var bitCount = 0
    private var produced = 0

    private init(bytes: [UInt8], position: Int, limit: Int) {
        self.bytes = bytes; self.position = position; self.limit = limit
    }

    private mutating func bits(_ need: Int) throws(Stop) -> Int {
        var value = bitBuffer
        while bitCount < need {
            guard position < bytes.count else { throw .truncated }
            value |= Int(bytes[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> need
        bitCount -= need
        return value & ((1 << need) - 1)
    }

    private mutating func produce(_ count: Int) throws(Stop) {
        produced += count
        if produced > limit { throw .outputLimit }
    }

    private mutating func stored() throws(Stop) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= bytes.count else { throw .truncated }
        let length = Int(bytes[position]) | Int(bytes[position + 1]) << 8
        let complement = Int(bytes[position + 2]) | Int(bytes[position + 3]) << 8
        position += 4
        guard length == ~complement & 0xFFFF else { throw .invalid }
        guard position + length <= bytes.count else { throw .truncated }
        position += length
        try produce(length)
    }

    /// A canonical Huffman code: how many codes have each length (1…15) and the symbols in code order.
    struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int]

        init(_ lengths: ArraySlice<Int>) {
            symbol = [Int](repeating: 0, count: lengths.count)
            for length in lengths { count[length] += 1 }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
            for (index, length) in lengths.enumerated() where length != 0 {
                symbol[offsets[length]] = index
                offsets[length] += 1
            }
        }

        /// 0 for a complete code (or none at all), > 0 for an incomplete one, < 0 for an over-subscribed one.
        var left: Int {
            if count[0] == count.reduce(0, +) { return 0 }  // no codes at all
            var left = 1
            for length in 1...15 {
                left = left << 1 - count[length]
                if left < 0 { return left }
            }
            return left
        }
    }

    private mutating func decode(_ code: Huffman) throws(Stop) -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.count[length]
            if value - count < first { return code.symbol[index + value - first] }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw .invalid
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                                     131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
                                       1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
                                        12, 12, 13, 13]

    private static let fixed: (lengths: Huffman, distances: Huffman) = {
        let lengths = [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
            + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
        return (Huffman(lengths[...]), Huffman([Int](repeating: 5, count: 30)[...]))
    }()

    private mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Stop) {
        while true {
            var symbol = try decode(lengths)
            if symbol < 256 {
                try produce(1)
            } else if symbol == 256 {
                return
            } else {
                symbol -= 257
                guard symbol < 29 else { throw .invalid }
                let length = Self.lengthBase[symbol] + (try bits(Self.lengthExtra[symbol]))
                let code = try decode(distances)
                guard code < 30 else { throw .invalid }
                let distance = Self.distanceBase[code] + (try bits(Self.distanceExtra[code]))
                guard distance <= produced else { throw .invalid }  // reaches back before the start
                try produce(length)
            }
        }
    }

    private mutating func dynamicCodes() throws(Stop) -> (Huffman, Huffman) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalid }
        var lengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            lengths[[16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15][index]] = try bits(3)
        }
        let lengthCode = Huffman(lengths[...])
        guard lengthCode.left == 0 else { throw .invalid }
        lengths = [Int](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            let symbol = try decode(lengthCode)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var repeated = 0, times = 0
            switch symbol {
            case 16:
                guard index > 0 else { throw .invalid }
                repeated = lengths[index - 1]
                times = 3 + (try bits(2))
            case 17: times = 3 + (try bits(3))
            default: times = 11 + (try bits(7))
            }
            guard index + times <= lengths.count else { throw .invalid }
            for _ in 0..<times {
                lengths[index] = repeated
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw .invalid }
        let literals = Huffman(lengths[..<literalCount])
        // An incomplete code is allowed only when it is a single code of length 1 (as zlib and puff allow).
        guard literals.left == 0 || (literals.left > 0 && literalCount == literals.count[0] + literals.count[1]) else {
            throw .invalid
        }
        let distances = Huffman(lengths[literalCount...])
        guard distances.left == 0 || (distances.left > 0 && distanceCount == distances.count[0] + distances.count[1]) else {
            throw .invalid
        }
        return (literals, distances)
    }
}
