import Foundation

/// The generic half of `RoleFileDecoder`: reading typed values (text, lists, numbers, booleans, dates,
/// allowed values, nested mappings) out of a `YAMLNode` tree, reporting each value that is not what
/// the schema asks for at its line and column and going on, and catching misspelt keys. Nothing here
/// knows about roles; the schema in `RoleFileDecoder.swift` says which key is read as what.
extension RoleFileDecoder {
    /// A mapping and the keys its part of the schema allows.
    struct KeyedMapping {
        let node: YAMLNode.Mapping
        let context: String
        let known: [String]
        /// The values by key text, built once: the mapping's subscript scans every pair.
        let values: [String: YAMLNode]

        init(node: YAMLNode.Mapping, context: String, known: [String]) {
            self.node = node; self.context = context; self.known = known
            var values: [String: YAMLNode] = [:]
            for (key, value) in node { if let name = key.string, values[name] == nil { values[name] = value } }
            self.values = values
        }
    }

    mutating func mapping(_ node: YAMLNode, _ context: String, keys: [String]) -> KeyedMapping? {
        spend()
        guard let map = node.mapping else {
            report(node, "\(context) must be a mapping of keys to values, found \(kind(of: node))",
                   fix: "Write it as `key: value` lines.")
            return nil
        }
        return KeyedMapping(node: map, context: context, known: keys)
    }

    mutating func finish(_ map: KeyedMapping) {
        for (key, _) in map.node {
            spend()
            guard let name = key.string, !map.known.contains(name) else { continue }
            let fix = Suggestion.closest(to: name, in: map.known).map { "Did you mean '\($0)'?" }
                ?? "Known keys here: \(map.known.joined(separator: ", "))."
            report(key, "unknown key '\(name)' in \(map.context)", fix: fix)
        }
    }

    mutating func field(_ map: inout KeyedMapping, _ key: String, required: Bool) -> YAMLNode? {
        assert(map.known.contains(key), "\(key) missing from the schema of \(map.context)")
        if map.values[key] == nil, let misspelt = misspelling(of: key, in: map) {
            // Read the value under its misspelt key so checking goes on; `finish` reports the typo.
            return map.values[misspelt]
        }
        guard let node = map.values[key], !isNull(node) else {
            if required {
                report(map.node.mark, "missing required field '\(key)' in \(map.context)",
                       fix: "Add `\(key): …` to \(map.context).")
            }
            return nil
        }
        return node
    }

    mutating func string(_ map: inout KeyedMapping, _ key: String, required: Bool = false) -> String? {
        guard let node = field(&map, key, required: required) else { return nil }
        return text(node, key)
    }

    /// `what` names the value in an error only, so a list's entries do not each build their name.
    mutating func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        spend()
        guard let scalar = node.scalar else {
            report(node, "'\(what())' must be text, found \(kind(of: node))", fix: "Write it as a single line or a `>-` block.")
            return nil
        }
        let value = Self.trimmed(scalar.string)
        if value.isEmpty {
            report(node, "'\(what())' is empty", fix: "Write the text, or remove the key if it is optional.")
            return nil
        }
        return value
    }

    mutating func strings(_ map: inout KeyedMapping, _ key: String, nonEmpty: Bool = false) -> [String]? {
        list(&map, key, nonEmpty: nonEmpty) { decoder, node in decoder.text(node, "an entry of \(key)") }
    }

    mutating func list<T>(_ map: inout KeyedMapping, _ key: String, nonEmpty: Bool,
                                  _ element: (inout RoleFileDecoder, YAMLNode) -> T?) -> [T]? {
        guard let node = field(&map, key, required: nonEmpty) else { return nil }
        guard let sequence = node.sequence else {
            report(node, "'\(key)' must be a list, found \(kind(of: node))", fix: "Write each entry on its own `- ` line.")
            return nil
        }
        if nonEmpty && sequence.isEmpty {
            report(node, "'\(key)' is empty", fix: "List at least one entry: candidates and screening rely on it.")
            return nil
        }
        var values: [T] = []
        var failed = false
        for item in sequence {
            spend()
            if let value = element(&self, item) { values.append(value) } else { failed = true }
        }
        return failed ? nil : values
    }

    mutating func nested<T>(_ map: inout KeyedMapping, _ key: String, keys: [String], required: Bool,
                                    _ body: (inout RoleFileDecoder, inout KeyedMapping) -> T?) -> T? {
        guard let node = field(&map, key, required: required),
              var inner = mapping(node, "'\(key)'", keys: keys) else { return nil }
        let value = body(&self, &inner)
        finish(inner)
        return value
    }

    mutating func bool(_ map: inout KeyedMapping, _ key: String) -> Bool? {
        guard let node = field(&map, key, required: false) else { return nil }
        guard node.scalar != nil, let value = node.bool else {
            report(node, "'\(key)' must be true or false, found \(describe(node))", fix: "Write `\(key): true` or `\(key): false`.")
            return nil
        }
        return value
    }

    mutating func number(_ map: inout KeyedMapping, _ key: String, required: Bool = false) -> Double? {
        guard let node = field(&map, key, required: required) else { return nil }
        guard node.scalar != nil, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            report(node, "'\(key)' must be a number, found \(describe(node))", fix: "Write a plain number such as `\(key): 2`.")
            return nil
        }
        return value
    }

    /// A number that must lie in `range`: a negative weight would take points away for meeting a
    /// requirement, and a score is out of 100.
    mutating func number(_ map: inout KeyedMapping, _ key: String, in range: ClosedRange<Double>) -> Double? {
        let node = map.node[key]
        guard let value = number(&map, key) else { return nil }
        guard range.contains(value) else {
            if let node {
                let plain = { (number: Double) in number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number) }
                report(node, "'\(key)' is \(plain(value)), outside \(plain(range.lowerBound))–\(plain(range.upperBound))",
                       fix: "Use a number from \(plain(range.lowerBound)) to \(plain(range.upperBound)).")
            }
            return nil
        }
        return value
    }

    mutating func date(_ map: inout KeyedMapping, _ key: String) -> String? {
        guard let node = field(&map, key, required: false), let value = text(node, key) else { return nil }
        guard Self.looksLikeDate(value), Self.isCalendarDate(value) || node.timestamp != nil else {
            report(node, "'\(key)' must be a date written YYYY-MM-DD, found '\(value)'", fix: "Write it like \"2026-11-02\".")
            return nil
        }
        return value
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(
        _ map: inout KeyedMapping, _ key: String, _ type: E.Type, required: Bool = false
    ) -> E? where E.RawValue == String {
        guard let node = field(&map, key, required: required) else { return nil }
        return enumValue(node, type)
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ type: E.Type) -> E?
    where E.RawValue == String {
        guard let raw = text(node, "value") else { return nil }
        if let value = E(rawValue: raw) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: raw, in: allowed).map { "Did you mean '\($0)'? " } ?? ""
        report(node, "'\(raw)' is not an allowed value", fix: "\(hint)Allowed: \(allowed.joined(separator: ", ")).")
        return nil
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without the trip through NSString
    /// (a large part of reading a role file) when both ends are ASCII, as they nearly always are.
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0d).contains(byte) }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        // A non-ASCII character at either end may be whitespace (U+00A0, U+2028, …): Foundation decides.
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if start == bytes.startIndex, end == bytes.endIndex { return text }
        return String(text[start..<end])
    }

    /// YYYY-MM-DD in ASCII digits (the timestamp check that follows accepts nothing else).
    static func looksLikeDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            }
        }
        return true
    }

    /// For YYYY-MM-DD text: a day of the Gregorian calendar from year 1 on, which Yams' timestamp
    /// constructor always reads as a date (asking it costs a regular expression and a calendar for
    /// every date of every role file). Anything else is still asked of Yams, which accepts more.
    static func isCalendarDate(_ text: String) -> Bool {
        let digits = Array(text.utf8).map { Int($0) - Int(UInt8(ascii: "0")) }
        guard digits.count == 10 else { return false }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        let month = digits[5] * 10 + digits[6], day = digits[8] * 10 + digits[9]
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// An unknown key in `map` that is most likely a typo of `key`.
    func misspelling(of key: String, in map: KeyedMapping) -> String? {
        map.node.keys.compactMap(\.string).first { written in
            !map.known.contains(written) && Suggestion.closest(to: written, in: map.known) == key
        }
    }

    func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func kind(of node: YAMLNode) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    func describe(_ node: YAMLNode) -> String {
        node.scalar.map { "'\($0.string)'" } ?? kind(of: node)
    }
}
