import Foundation
import HireKitTestSupport
import Testing
import Yams
@testable import HireKitRoles

/// `YAMLComposer` replaced `Yams.compose(yaml:)` for role files; these tests hold it to Yams'
/// results, value for value and error for error, on the shipped roles, the bad inputs and thousands of
/// seeded edits of them.
@Suite("Reading YAML as Yams does")
struct YAMLComposerTests {
    @Test func everyShippedRoleAndBadInputReadsAsYamsReadsIt() throws {
        let texts = try Self.shippedTexts()
        #expect(texts.count >= 20)
        for (name, text) in texts { expectSameAsYams(text, name) }
    }

    @Test func seededEditsOfRoleFilesReadAsYamsReadsThem() throws {
        let bases = try Self.shippedTexts().map(\.text).filter { $0.count > 200 }.prefix(6)
        var random = SeededGenerator(seed: 2026_12_04)
        var failures = 0, duplicates = 0
        for round in 0..<2_400 {
            let base = bases[bases.index(bases.startIndex, offsetBy: round % bases.count)]
            let text = Self.mutate(base, &random)
            if case .failure(.duplicateKeys) = Self.composed(text) { duplicates += 1 }
            if case .failure = Self.composed(text) { failures += 1 }
            expectSameAsYams(text, "edit \(round)")
        }
        // The edits must reach both sides of the composer: documents that read and ones that don't.
        #expect(failures > 300 && failures < 2_100)
        #expect(duplicates > 20)
    }

    @Test(arguments: [
        "a: 1\n\"a\": 2\n",                 // a quoted key resolves to the same text as a plain one
        "1: a\n01: b\n\"1\": c\n",          // the same number written twice, and its text form
        "true: a\nTrue: b\n",
        "a: 1\nb: 2\na: 3\nb: 4\nc: 5\n",   // two duplicates: named in Yams' order
        "? [x, y]\n: 1\n? [x, y]\n: 2\n",   // keys that are lists
        "? {k: v}\n: 1\n? {k: v}\n: 2\n",
        "x: &A {k: v}\ny: *A\nz: *B\n",     // an undefined alias
        "x: &A [*A]\n",                     // an alias to a node not yet finished
        "a: 1\n---\nb: 2\n",                // two documents
        "--- !!map\n!!str a: !!int 1\n",
        "a: |\n  literal\nb: >-\n  folded\nc: 'single'\nd: \"dou\\tble\"\n",
        "a: \"\\u0000nul\"\n",
        "a: \u{1}\n",                       // a control character: a reader error
        "",
        "# only a comment\n",
        "a:\n\t- tab\n",
    ])
    func awkwardDocumentsReadAsYamsReadsThem(_ text: String) {
        expectSameAsYams(text, text)
    }

    @Test func aDuplicateKeyIsReportedAtItsFirstUse() {
        let result = Self.composed("id: a\ntitle: b\nid: c\n").map { $0.map(Self.describe) }
        #expect(result == .failure(.duplicateKeys(["id"], mark: YAMLMark(line: 1, column: 1))))
    }

    // MARK: - Helpers

    private func expectSameAsYams(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let ours = Self.composed(text).map { $0.map(Self.describe) }
        let theirs = Self.yamsComposed(text)
        #expect(ours == theirs, "\(name)", sourceLocation: sourceLocation)
    }

    private static func composed(_ text: String) -> Result<YAMLNode?, YAMLProblem> {
        Result { () throws(YAMLProblem) in try YAMLComposer.compose(text) }
    }

    /// Yams' own composer, with its nodes and errors put in the composer's terms.
    private static func yamsComposed(_ text: String) -> Result<String?, YAMLProblem> {
        do {
            return .success(try Yams.compose(yaml: text).map(describe))
        } catch let error as YamlError {
            func mark(_ mark: Mark) -> YAMLMark { YAMLMark(line: mark.line, column: mark.column) }
            switch error {
            case let .scanner(context, problem, at, _), let .parser(context, problem, at, _), let .composer(context, problem, at, _):
                return .failure(.syntax(problem: problem, context: context?.text, mark: mark(at)))
            case let .duplicatedKeysInMapping(duplicates, context):
                return .failure(.duplicateKeys(duplicates, mark: mark(context.mark)))
            case let .reader(problem, offset, _, _):
                return .failure(.reader(problem: problem, offset: offset))
            default:
                return .failure(.memory)
            }
        } catch {
            return .failure(.memory)
        }
    }

    /// Our node in the terms of `describe(_: Node)`, through the Yams node it stands for (which has the
    /// same tags), with its position added.
    private static func describe(_ node: YAMLNode) -> String {
        let mark = "\(node.mark.line):\(node.mark.column)"
        switch node {
        case let .scalar(scalar):
            return "S\(mark)|\(resolvedTag(node.yams))|\(scalar.style.rawValue)|\(scalar.string)"
        case let .sequence(sequence):
            return "Q\(mark)|\(resolvedTag(node.yams))[" + sequence.items.map(describe).joined(separator: ",") + "]"
        case let .mapping(mapping):
            let pairs: [String] = mapping.pairs.map { (pair: (key: YAMLNode, value: YAMLNode)) -> String in describe(pair.key) + "=" + describe(pair.value) }
            return "M\(mark)|\(resolvedTag(node.yams)){" + pairs.joined(separator: ";") + "}"
        }
    }

    private static func describe(_ node: Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case let .scalar(scalar):
            return "S\(mark)|\(resolvedTag(node))|\(scalar.style.rawValue)|\(scalar.string)"
        case let .sequence(sequence):
            return "Q\(mark)|\(resolvedTag(node))[" + sequence.map(describe).joined(separator: ",") + "]"
        case let .mapping(mapping):
            let pairs: [String] = mapping.map { (key: Node, value: Node) -> String in describe(key) + "=" + describe(value) }
            return "M\(mark)|\(resolvedTag(node)){" + pairs.joined(separator: ";") + "}"
        case .alias:
            return "alias"
        }
    }

    /// The tag a node resolves to (`str`, `int`, `bool`, `map`, …). Yams resolves a tag in place when the
    /// node is first hashed, as its duplicate-key check does to keys, so both sides are hashed first.
    private static func resolvedTag(_ node: Node) -> String {
        _ = node.hashValue
        return node.tag.description
    }

    private static func shippedTexts() throws -> [(name: String, text: String)] {
        let folders = ["Roles", "Tests/HireKitReliabilityTests/BadInputs/roles", "Tests/HireKitReliabilityTests/BadInputs/valid-roles"]
        var texts: [(String, String)] = []
        for folder in folders {
            let url = repositoryRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".yml") {
                // Files that are not UTF-8 never reach the composer: the loader refuses them first.
                if let text = String(data: try Data(contentsOf: url.appendingPathComponent(name)), encoding: .utf8) {
                    texts.append(("\(folder)/\(name)", text))
                }
            }
        }
        return texts
    }

    /// One edit of the kinds people make by mistake: a line repeated or dropped, a piece of YAML syntax
    /// typed somewhere, a stretch deleted.
    private static func mutate(_ text: String, _ random: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        let pieces = [":", "- ", " ", "  ", "\t", "\"", "'", "&a ", "*a", "*b", "!!str ", "!!int ", "[", "]", "{", "}",
                      ",", "#", "? ", "---\n", "|\n", ">-\n", "\u{1}", "é", "\\u00e9", "id: x\n", "&a", "%YAML 1.1\n"]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let line = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: lines.insert(lines[line], at: Int.random(in: 0...lines.count, using: &random))
            case 1: lines.remove(at: line); if lines.isEmpty { lines = [""] }
            case 2:
                var characters = Array(lines[line])
                let at = Int.random(in: 0...characters.count, using: &random)
                characters.insert(contentsOf: pieces.randomElement(using: &random)!, at: at)
                lines[line] = String(characters)
            default:
                var characters = Array(lines[line])
                guard !characters.isEmpty else { continue }
                let from = Int.random(in: 0..<characters.count, using: &random)
                characters.removeSubrange(from..<min(characters.count, from + Int.random(in: 1...6, using: &random)))
                lines[line] = String(characters)
            }
        }
        return lines.joined(separator: "\n")
    }
}
