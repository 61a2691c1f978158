import Foundation
import HireKitTestSupport
@testable import HireKitScreening

/// Normalised lines of real CVs, for equivalence tests of hand-written scanners against the regular
/// expressions they stand in for: the repository's example applications and text fixtures (always
/// there), and the eval corpus as text (`pdftotext` output of the 804 labelled CVs) when the folder
/// named by `HIREKIT_EVAL_TEXTS`, by default `bench/run`'s `/tmp/hirekit-bench/txt-804`, exists.
enum RealCVLines {
    static let evalFolder = ProcessInfo.processInfo.environment["HIREKIT_EVAL_TEXTS"] ?? "/tmp/hirekit-bench/txt-804"

    static var evalCorpusPresent: Bool { FileManager.default.fileExists(atPath: evalFolder) }

    /// The repository's own text CVs.
    static func repository() -> [String] {
        let files = ["examples/applications/jordan-ellis.txt", "examples/applications/tomasz-nowak.txt",
                     "examples/applications/sofia-marquez.md", "Tests/HireKitCVTests/Fixtures/call-center-agent.txt",
                     "Tests/HireKitCVTests/Fixtures/customer-support.md", "Tests/HireKitCVTests/Fixtures/warehouse-forklift-operator.txt"]
        return files.flatMap { lines(ofFileAt: repositoryRoot.appendingPathComponent($0)) }
    }

    /// Every line of every text CV in `evalFolder`.
    static func evalCorpus() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: evalFolder)) ?? []
        return names.sorted().flatMap { lines(ofFileAt: URL(fileURLWithPath: evalFolder).appendingPathComponent($0)) }
    }

    /// A file's lines as screening reads them (split, then normalised), and as written.
    private static func lines(ofFileAt url: URL) -> [String] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        let lines = MatchNormalizer.lines(of: String(decoding: data, as: UTF8.self))
        return lines + lines.map(MatchNormalizer.normalizeLine)
    }
}
