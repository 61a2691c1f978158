import Foundation
import Yams

/// Where a YAML value starts in its file: 1-based line and column (columns count Unicode scalars, as
/// libyaml does).
struct YAMLMark: Sendable, Equatable {
    let line: Int
    let column: Int
}

/// One value of a role file, as `YAMLComposer` builds it from libyaml's events: a scalar with its text,
/// style and explicit tag, a list, or a mapping with its pairs in file order.
///
/// The decoder reads a role's few hundred values once each, so this tree is kept plain: strings and
/// arrays, no resolved tags. Typed values (booleans, numbers, dates) are asked of Yams' own scalar
/// constructors, one value at a time, so they follow exactly the rules Yams documents.
indirect enum YAMLNode {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    struct Scalar {
        let string: String
        /// The explicit tag (`!!str`, or `str` for any quoted scalar), nil when the tag is implied.
        let tag: String?
        let style: Node.Scalar.Style
        let mark: YAMLMark
    }

    struct Sequence {
        let items: [YAMLNode]
        let tag: String?
        let mark: YAMLMark
    }

    struct Mapping: Swift.Sequence {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        let tag: String?
        let mark: YAMLMark

        func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> { pairs.makeIterator() }

        var keys: [YAMLNode] { pairs.map(\.key) }

        /// The value of the first key written as `key` (as Yams' string subscript finds it).
        subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.scalar?.string == key }?.value
        }
    }

    var scalar: Scalar? {
        if case let .scalar(scalar) = self { return scalar }
        return nil
    }

    var mapping: Mapping? {
        if case let .mapping(mapping) = self { return mapping }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case let .sequence(sequence) = self { return sequence.items }
        return nil
    }

    var mark: YAMLMark {
        switch self {
        case let .scalar(scalar): scalar.mark
        case let .sequence(sequence): sequence.mark
        case let .mapping(mapping): mapping.mark
        }
    }

    /// The text of a scalar, as Yams' `Node.string` gives it (including its `=` value-key rule for mappings).
    var string: String? {
        switch self {
        case let .scalar(scalar): return scalar.string
        case let .mapping(mapping):
            for (key, value) in mapping.pairs where key.scalar?.tag == Tag.Name.value.rawValue { return value.string }
            return nil
        case .sequence: return nil
        }
    }

    /// Plain `true` and `false`, as role files write them, read without building a Yams node
    /// (Yams lower-cases the text and looks it up among YAML 1.1's spellings); anything else goes
    /// to Yams, which gives these two the same values.
    var bool: Bool? {
        if case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any {
            if scalar.string == "true" { return true }
            if scalar.string == "false" { return false }
        }
        return yams.scalar.flatMap(Bool.construct)
    }
    var float: Double? { plainNumber ?? yams.scalar.flatMap(Double.construct) }

    /// A plain scalar of digits, signs, points and exponent marks, read as Yams' float constructor
    /// reads it: for such text it only lower-cases, drops "_" and looks for ":" before `Double(_:)`,
    /// none of which changes it. Without building a Yams node and those string calls, for the handful
    /// of numbers in every role file. Nil for anything else, which goes to Yams.
    var plainNumber: Double? {
        guard case let .scalar(scalar) = self, scalar.style == .plain || scalar.style == .any,
              !scalar.string.isEmpty, scalar.string.utf8.allSatisfy(Self.isNumberByte) else { return nil }
        return Double(scalar.string)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }
    var int: Int? { yams.scalar.flatMap(Int.construct) }
    var timestamp: Date? { yams.scalar.flatMap(Date.construct) }

    /// This value as the node Yams' composer would have built (without positions, which Yams cannot be
    /// given): for typed values and for the rare mapping whose keys need Yams' own equality.
    var yams: Node {
        switch self {
        case let .scalar(scalar):
            return .scalar(Node.Scalar(scalar.string, Self.tag(scalar.tag), scalar.style))
        case let .sequence(sequence):
            return .sequence(Node.Sequence(sequence.items.map(\.yams), Self.tag(sequence.tag)))
        case let .mapping(mapping):
            return .mapping(Node.Mapping(mapping.pairs.map { ($0.key.yams, $0.value.yams) }, Self.tag(mapping.tag)))
        }
    }

    private static func tag(_ name: String?) -> Tag {
        Tag(name.map(Tag.Name.init(rawValue:)) ?? .implicit)
    }
}
