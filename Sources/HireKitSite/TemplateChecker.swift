import Foundation
import HireKitRoles

/// Finds template tags that name a field no page provides.
///
/// Mustache renders an unknown name as nothing, so a typo like `{{summray}}` silently empties a
/// section of every page. The checker walks each page template (and the partials and layouts it
/// pulls in) against the real page contexts, resolving names the way Mustache does: through the
/// stack of open sections, outermost last. A name is reported only if it resolves in none of them.
struct TemplateChecker {
    struct Problem: Hashable {
        let template: String
        let line: Int
        let column: Int
        let name: String
        let suggestion: String?
    }

    let sources: [String: String]

    /// Problems that occur for every one of `samples` (e.g. every role page).
    func check(page: String, samples: some Sequence<Any>) -> [Problem] {
        var common: Set<Problem>?
        for sample in samples {
            var found = Set<Problem>()
            walk(template: page, stack: [.value(sample)], depth: 0, into: &found)
            common = common.map { $0.intersection(found) } ?? found
            // An intersection that is empty stays empty: no later sample can add a problem.
            if common?.isEmpty == true { break }
        }
        return (common ?? []).sorted { ($0.template, $0.line, $0.column) < ($1.template, $1.line, $1.column) }
    }

    /// Every name the page's tags look up (each part of a dotted name), through its partials and
    /// layouts; nil when a template changes the delimiters, after which its tags cannot be read.
    func names(page: String) -> Set<String>? {
        var names: Set<String> = []
        var seen: Set<String> = []
        var pending = [page]
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let source = sources[name] else { continue }
            for tag in Self.tags(in: source) {
                switch tag.kind {
                case .delimiter: return nil
                case .partial, .parent: pending.append(tag.name)
                case .variable, .section, .inverted: names.formUnion(tag.name.split(separator: ".").map(String.init))
                case .comment, .blockOpen, .blockClose, .close: continue
                }
            }
        }
        return names
    }

    /// A scope on the context stack; `.unknown` accepts any name (an empty list or missing optional
    /// gives nothing to inspect), `.transparent` is a section that adds no names (a true flag).
    enum Scope {
        case value(Any)
        case unknown
        case transparent
    }

    private func walk(template name: String, stack: [Scope], depth: Int, into problems: inout Set<Problem>) {
        guard depth < 16, let source = sources[name] else { return }
        var stack = stack
        for tag in Self.tags(in: source) {
            switch tag.kind {
            case .comment, .blockOpen, .blockClose, .delimiter:
                continue
            case .partial, .parent:
                walk(template: tag.name, stack: stack, depth: depth + 1, into: &problems)
            case .variable:
                if case .missing(let suggestion) = resolve(tag.name, in: stack) {
                    problems.insert(Problem(template: name, line: tag.line, column: tag.column, name: tag.name, suggestion: suggestion))
                }
            case .section, .inverted:
                switch resolve(tag.name, in: stack) {
                case .missing(let suggestion):
                    problems.insert(Problem(template: name, line: tag.line, column: tag.column, name: tag.name, suggestion: suggestion))
                    stack.append(.unknown)
                case .found(let scope):
                    stack.append(tag.kind == .inverted ? .transparent : scope)
                }
            case .close:
                if stack.count > 1 { stack.removeLast() }
            }
        }
    }

    enum Resolution {
        case found(Scope)
        case missing(suggestion: String?)
    }

    private func resolve(_ dotted: String, in stack: [Scope]) -> Resolution {
        if dotted == "." { return .found(stack.last ?? .unknown) }
        let parts = dotted.split(separator: ".").map(String.init)
        var labels: [String] = []
        for scope in stack.reversed() {
            guard case .value(let object) = scope else {
                if case .unknown = scope { return .found(.unknown) }
                continue
            }
            guard var current = Self.child(parts[0], of: object) else {
                labels += Self.labels(of: object)
                continue
            }
            for part in parts.dropFirst() {
                guard case .value(let object) = current else { return .found(.unknown) }
                guard let next = Self.child(part, of: object) else {
                    return .missing(suggestion: Suggestion.closest(to: part, in: Self.labels(of: object)))
                }
                current = next
            }
            return .found(current)
        }
        return .missing(suggestion: Suggestion.closest(to: parts[0], in: labels))
    }

    /// The named child as a scope: arrays open their first element, nil optionals are unknown.
    private static func child(_ name: String, of object: Any) -> Scope? {
        let mirror = Mirror(reflecting: object)
        guard let value = mirror.children.first(where: { $0.label == name })?.value else { return nil }
        return scope(for: value)
    }

    private static func scope(for value: Any) -> Scope {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { scope(for: $0.value) } ?? .unknown
        case .collection:
            return mirror.children.first.map { .value($0.value) } ?? .unknown
        default:
            return value is Bool ? .transparent : .value(value)
        }
    }

    /// The names of `object`'s stored fields.
    static func labels(of object: Any) -> [String] {
        Mirror(reflecting: object).children.compactMap(\.label)
    }

    // MARK: - Tag scanning

    struct Tag {
        enum Kind { case variable, section, inverted, close, partial, parent, blockOpen, blockClose, comment, delimiter }
        let kind: Kind
        let name: String
        let line: Int
        let column: Int
    }

    /// Tags with their 1-based line and column; stops at a set-delimiter tag, which HireKit's
    /// templates don't use (what follows it can't be scanned with the default delimiters).
    static func tags(in source: String) -> [Tag] {
        var tags: [Tag] = []
        let characters = Array(source)
        var index = 0, line = 1, column = 1
        func advance(_ count: Int) {
            for _ in 0..<count where index < characters.count {
                if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else { advance(1); continue }
            let (tagLine, tagColumn) = (line, column)
            let triple = index + 2 < characters.count && characters[index + 2] == "{"
            let open = triple ? 3 : 2
            let closing: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = index + open
            while end + closing.count <= characters.count && Array(characters[end..<end + closing.count]) != closing { end += 1 }
            guard end + closing.count <= characters.count else { break }
            var body = String(characters[(index + open)..<end]).trimmingCharacters(in: .whitespaces)
            advance(end + closing.count - index)
            var kind = Tag.Kind.variable
            if !triple, let sigil = body.first, "#^/!>&<$=%".contains(sigil) {
                body.removeFirst()
                body = body.trimmingCharacters(in: .whitespaces)
                switch sigil {
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case "!", "%": kind = .comment
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .blockOpen
                case "=":
                    tags.append(Tag(kind: .delimiter, name: body, line: tagLine, column: tagColumn))
                    return tags
                default: kind = .variable // "&": unescaped variable
                }
            }
            // Transforms such as `uppercased(name)` look up the innermost name.
            if let open = body.lastIndex(of: "("), let close = body.firstIndex(of: ")"), open < close {
                body = String(body[body.index(after: open)..<close])
            }
            tags.append(Tag(kind: kind, name: body, line: tagLine, column: tagColumn))
        }
        return tags
    }
}
