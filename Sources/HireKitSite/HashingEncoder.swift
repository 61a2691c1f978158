import HireKitRoles
/// Feeds an `Encodable` value straight into a `StableHash`, for page keys: the same stream for the
/// same value in every run, without building and sorting JSON (`JSONEncoder` with sorted keys was
/// most of the cost of keying a page).
///
/// Every key, every value with its type, and the start and end of every nested value go into the
/// hash, so different values give different streams. The stream follows the order values are
/// encoded in, which for the page views (synthesised `Encodable`, no dictionaries) is their
/// declaration order: fixed. A type that encoded in a varying order would only get varying keys,
/// which costs re-rendering, never a wrong page.
struct HashingEncoder: Encoder {
    final class Sink { var hash = StableHash() }

    let sink: Sink
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func hash(_ value: some Encodable) -> StableHash {
        let sink = Sink()
        try? value.encode(to: HashingEncoder(sink: sink))
        return sink.hash
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.hash.mix("{")
        return KeyedEncodingContainer(Keyed(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.hash.mix("[")
        return Unkeyed(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }

    fileprivate static func value(_ value: some Encodable, into sink: Sink) {
        switch value {
        case let text as String: sink.hash.mix("s"); sink.hash.mix(text)
        case let flag as Bool: sink.hash.mix(flag ? "t" : "f")
        case let number as Int: sink.hash.mix("i"); sink.hash.mix(String(number))
        case let number as Double: sink.hash.mix("d"); sink.hash.mix(number.description)
        default:
            sink.hash.mix("(")
            try? value.encode(to: HashingEncoder(sink: sink))
            sink.hash.mix(")")
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { sink.hash.mix(key.stringValue); sink.hash.mix("n") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            sink.hash.mix(key.stringValue)
            HashingEncoder.value(value, into: sink)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            sink.hash.mix(key.stringValue)
            return HashingEncoder(sink: sink).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            sink.hash.mix(key.stringValue)
            return HashingEncoder(sink: sink).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { sink.hash.mix("super"); return HashingEncoder(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { sink.hash.mix(key.stringValue); return HashingEncoder(sink: sink) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }
        var count = 0

        mutating func encodeNil() { count += 1; sink.hash.mix("n") }
        mutating func encode<T: Encodable>(_ value: T) {
            count += 1
            sink.hash.mix(",")
            HashingEncoder.value(value, into: sink)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return HashingEncoder(sink: sink).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            count += 1
            return HashingEncoder(sink: sink).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { count += 1; sink.hash.mix("super"); return HashingEncoder(sink: sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { sink.hash.mix("n") }
        mutating func encode<T: Encodable>(_ value: T) { HashingEncoder.value(value, into: sink) }
    }
}
