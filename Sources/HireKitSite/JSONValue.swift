/// A JSON value as the JSON-LD builds it: typed, so that `PrettyJSON` writes it by switching on its
/// case (casting values out of `Any`, a thousand instructions a cast, was most of writing a role
/// page's JSON-LD). `foundation` gives the same value in Foundation's JSON types.
indirect enum JSONValue {
    case string(String)
    case bool(Bool)
    case int(Int)
    case number(Double)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as `String`, `Bool`, `Int`, `Double`, `[Any]` and `[String: Any]`, for
    /// `JSONSerialization` and for readers of `JobPostingJSONLD.object`.
    var foundation: Any {
        switch self {
        case let .string(text): text
        case let .bool(flag): flag
        case let .int(number): number
        case let .number(number): number
        case let .array(values): values.map(\.foundation)
        case let .object(members): members.mapValues(\.foundation)
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral text: String) { self = .string(text) }
    init(arrayLiteral values: JSONValue...) { self = .array(values) }
    init(dictionaryLiteral members: (String, JSONValue)...) {
        self = .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
    }
}
