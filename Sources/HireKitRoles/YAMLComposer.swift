import CYaml
import Yams

/// What stopped a role file's YAML from being read, as libyaml or the composer reported it.
enum YAMLProblem: Error, Equatable {
    /// A scanner, parser or composer error: libyaml's problem, the construct it was reading
    /// ("while parsing a block mapping"), and where the problem is.
    case syntax(problem: String, context: String?, mark: YAMLMark)
    /// Text libyaml refuses to read (control characters, say); `offset` counts characters.
    case reader(problem: String, offset: Int?)
    /// Keys written more than once in one mapping, and where the first of them is.
    case duplicateKeys([String], mark: YAMLMark)
    case memory
}

/// Builds the `YAMLNode` tree of a one-document YAML text from libyaml's events.
///
/// This is what Yams' `compose(yaml:)` does, event for event and error for error (the same libyaml,
/// bundled with Yams), without building Yams' node tree: a tag object per value and a duplicate-key
/// check that hashes every key with its resolved tag were a tenth of a large site's build. Keys are
/// compared by their text first; only keys with the same text (or keys that are not text) are then
/// compared with Yams' own node equality, so what counts as a duplicate is unchanged.
enum YAMLComposer {
    static func compose(_ yaml: String) throws(YAMLProblem) -> YAMLNode? {
        var text = yaml
        let result: Result<YAMLNode?, YAMLProblem> = text.withUTF8 { bytes in
            let reader = EventReader(bytes, yaml: yaml)
            defer { reader.close() }
            return Result { () throws(YAMLProblem) in try reader.singleRoot() }
        }
        return try result.get()
    }
}

/// One libyaml parser over a text, and the anchors its document has defined so far.
private final class EventReader {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let yaml: String
    private var anchors: [String: YAMLNode] = [:]
    private var started = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, yaml: String) {
        self.yaml = yaml
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        event.initialize(to: yaml_event_t())
    }

    func close() {
        if started { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The document's root, nil for an empty text; more than one document is an error (Yams' `singleRoot`).
    func singleRoot() throws(YAMLProblem) -> YAMLNode? {
        try next()  // stream start
        guard parser.pointee.stream_end_produced == 0, try next() != YAML_STREAM_END_EVENT else { return nil }
        let root = try node(from: next())
        try next()  // document end
        if try next() != YAML_STREAM_END_EVENT {
            throw .syntax(problem: "but found another document", context: "expected a single document in the stream",
                          mark: mark(event.pointee.start_mark))
        }
        return root
    }

    /// Reads the next event into `event` (freeing the one before) and returns its type.
    @discardableResult
    private func next() throws(YAMLProblem) -> yaml_event_type_t {
        if started { yaml_event_delete(event) }
        guard yaml_parser_parse(parser, event) == 1 else {
            started = false
            throw problem()
        }
        started = true
        return event.pointee.type
    }

    private func node(from type: yaml_event_type_t) throws(YAMLProblem) -> YAMLNode {
        let start = mark(event.pointee.start_mark)
        switch type {
        case YAML_ALIAS_EVENT:
            guard let name = Self.string(event.pointee.data.alias.anchor), let node = anchors[name] else {
                throw .syntax(problem: "found undefined alias", context: nil, mark: start)
            }
            return node
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            // A scalar may hold NUL characters, so its length is given, not found.
            let string = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let tag = data.quoted_implicit == 1 ? Tag.Name.str.rawValue : Self.string(data.tag)
            // libyaml's styles are numbered as Yams' (any, plain, single, double, literal, folded).
            let style = Node.Scalar.Style(rawValue: numericCast(data.style.rawValue)) ?? .any
            let node = YAMLNode.scalar(.init(string: string, tag: tag, style: style, mark: start))
            register(Self.string(data.anchor), node)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let anchor = Self.string(event.pointee.data.sequence_start.anchor)
            let tag = Self.string(event.pointee.data.sequence_start.tag)
            var items: [YAMLNode] = []
            while true {
                let type = try next()
                if type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try node(from: type))
            }
            let node = YAMLNode.sequence(.init(items: items, tag: tag, mark: start))
            register(anchor, node)
            return node
        case YAML_MAPPING_START_EVENT:
            let anchor = Self.string(event.pointee.data.mapping_start.anchor)
            let tag = Self.string(event.pointee.data.mapping_start.tag)
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            while true {
                let type = try next()
                if type == YAML_MAPPING_END_EVENT { break }
                let key = try node(from: type)
                let value = try node(from: next())
                pairs.append((key, value))
            }
            try Self.checkDuplicates(pairs.map(\.key))
            let node = YAMLNode.mapping(.init(pairs: pairs, tag: tag, mark: start))
            register(anchor, node)
            return node
        default:
            // libyaml only starts a node with one of the four events above.
            fatalError("unexpected YAML event \(type.rawValue) where a value starts")
        }
    }

    private func register(_ anchor: String?, _ node: YAMLNode) {
        if let anchor { anchors[anchor] = node }
    }

    /// Yams' rule: keys equal as nodes (text and resolved tag) are duplicates; the error names them in
    /// Yams' order and points at the first written of the first of them.
    static func checkDuplicates(_ keys: [YAMLNode]) throws(YAMLProblem) {
        guard keys.count > 1 else { return }
        var texts = Set<String>(minimumCapacity: keys.count)
        var suspect = false
        for key in keys {
            guard case let .scalar(scalar) = key, texts.insert(scalar.string).inserted else { suspect = true; break }
        }
        guard suspect else { return }
        var groups: [(first: YAMLNode, node: Node, count: Int)] = []
        for key in keys {
            let node = key.yams
            if let index = groups.firstIndex(where: { $0.node == node }) { groups[index].count += 1 } else { groups.append((key, node, 1)) }
        }
        let duplicates = groups.filter { $0.count > 1 }.sorted { $0.node < $1.node }
        guard let first = duplicates.first else { return }
        throw .duplicateKeys(duplicates.map { $0.node.string ?? "<uncovertable>" }, mark: first.first.mark)
    }

    private func problem() -> YAMLProblem {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .memory
        case YAML_READER_ERROR:
            // Yams reports the offset in characters; libyaml gives it in bytes.
            let offset = yaml.utf8.index(yaml.utf8.startIndex, offsetBy: state.problem_offset, limitedBy: yaml.utf8.endIndex)?
                .samePosition(in: yaml).map { yaml.distance(from: yaml.startIndex, to: $0) }
            return .reader(problem: problem, offset: offset)
        default:
            return .syntax(problem: problem, context: state.context.map { String(cString: $0) }, mark: mark(state.problem_mark))
        }
    }

    private func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
