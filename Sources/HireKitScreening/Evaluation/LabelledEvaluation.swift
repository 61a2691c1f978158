import Foundation
import HireKitCV
import HireKitRoles

/// Measures screening quality on labelled CVs: for each role, rank every CV and score the ranking
/// against the labels (precision@10, precision@50, ROC-AUC), next to the plain TF-IDF cosine
/// baseline on the same documents, with the whole text and "title-blind" (first line removed, so a
/// method must find people from what they did, not from their headline).
public struct LabelledEvaluation: Sendable {
    public struct Document: Sendable {
        public var id: String
        public var text: String
        public var relevant: Bool
    }

    public struct Row: Sendable, Equatable {
        public var target: String
        public var titleBlind: Bool
        public var method: String
        public var precisionAt10: Double
        public var precisionAt50: Double
        public var rocAUC: Double
        /// For HireKit rows: its ROC-AUC minus the baseline's, with a 95 % bootstrap interval.
        public var versusBaseline: Evaluation.AUCDifference?
    }

    public enum LoadError: Error, CustomStringConvertible {
        case labels(path: String, detail: String)
        public var description: String {
            switch self {
            case let .labels(path, detail):
                "\(path): error: \(detail). Point --eval-dir at a folder holding labels.csv and cvs/ (see ../shared/eval/README.md)."
            }
        }
    }

    /// Reads `labels.csv` (id, category, headline_title, customer_service, roles) and each `cvs/<id>.pdf`.
    /// Only the text and the label are kept: the id, file name and category are never features.
    public static func load(labels: URL, cvFolder: URL, reader: CVReader = CVReader()) throws -> (documents: [Document], unreadable: [CVReadError]) {
        guard let data = FileManager.default.contents(atPath: labels.path) else {
            throw LoadError.labels(path: labels.path, detail: "cannot read the file")
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let header = lines.first.map(Self.fields), let idColumn = header.firstIndex(of: "id"),
              let labelColumn = header.firstIndex(of: "customer_service") else {
            throw LoadError.labels(path: labels.path, detail: "expected a header with 'id' and 'customer_service' columns")
        }
        let rows = lines.dropFirst().map(Self.fields).filter { $0.count > max(idColumn, labelColumn) }
        let slots = Slots<Result<Document, CVReadError>>(count: rows.count)
        DispatchQueue.concurrentPerform(iterations: rows.count) { index in
            let row = rows[index]
            let url = cvFolder.appendingPathComponent(row[idColumn] + ".pdf")
            slots.set(index, Result { try reader.read(fileAt: url) }
                .mapError { $0 as! CVReadError }
                .map { Document(id: row[idColumn], text: $0.text, relevant: row[labelColumn] == "1") })
        }
        var documents: [Document] = [], unreadable: [CVReadError] = []
        for slot in slots.values {
            switch slot {
            case .success(let document): documents.append(document)
            case .failure(let error): unreadable.append(error)
            case nil: break
            }
        }
        return (documents, unreadable)
    }

    public let roles: [Role]
    public let reference: YearMonth
    /// Where peer roles' titles come from (see `RoleCatalog.peerTitles(of:)`), as in `hirekit screen`.
    public let catalog: RoleCatalog?

    public init(roles: [Role], catalog: RoleCatalog? = nil, reference: YearMonth) {
        self.roles = roles; self.catalog = catalog; self.reference = reference
    }

    /// Rows for each role and for "any of them" (a CV's best score over the roles), in both modes.
    public func evaluate(_ documents: [Document]) -> [Row] {
        let relevant = documents.map(\.relevant)
        var rows: [Row] = []
        for titleBlind in [false, true] {
            let texts = documents.map { titleBlind ? Self.withoutFirstLine($0.text) : $0.text }
            let corpus = TFIDFBaseline.Corpus(documents: texts)
            // A CV's analysis does not depend on the role: made once, screened against every role.
            let analysisSlots = Slots<CVAnalysis>(count: texts.count)
            let reference = reference
            DispatchQueue.concurrentPerform(iterations: texts.count) { index in
                analysisSlots.set(index, CVAnalysis(text: texts[index], reference: reference, blind: false))
            }
            let analyses = analysisSlots.values.map { $0! }
            var hirekitByRole: [[Double]] = []
            var baselineByRole: [[Double]] = []
            for role in roles {
                let screener = RoleScreener(role: role, reference: reference, peerTitles: catalog?.peerTitles(of: role) ?? [])
                let slots = Slots<Double>(count: texts.count)
                DispatchQueue.concurrentPerform(iterations: texts.count) { index in
                    slots.set(index, screener.screen(analyses[index], source: "").score)
                }
                let hirekit = slots.values.map { $0 ?? 0 }
                let baseline = corpus.scores(query: TFIDFBaseline.roleText(role))
                hirekitByRole.append(hirekit)
                baselineByRole.append(baseline)
                rows.append(row(role.id, titleBlind, "HireKit", hirekit, relevant, baseline: baseline))
                rows.append(row(role.id, titleBlind, "TF-IDF", baseline, relevant))
            }
            if roles.count > 1 {
                let best: ([[Double]]) -> [Double] = { perRole in texts.indices.map { i in perRole.map { $0[i] }.max() ?? 0 } }
                let bestBaseline = best(baselineByRole)
                rows.append(row("any customer-service role", titleBlind, "HireKit", best(hirekitByRole), relevant,
                                baseline: bestBaseline))
                rows.append(row("any customer-service role", titleBlind, "TF-IDF", bestBaseline, relevant))
            }
        }
        return rows
    }

    private func row(_ target: String, _ titleBlind: Bool, _ method: String, _ scores: [Double], _ relevant: [Bool],
                     baseline: [Double]? = nil) -> Row {
        Row(target: target, titleBlind: titleBlind, method: method,
            precisionAt10: Evaluation.precision(atK: 10, scores: scores, relevant: relevant),
            precisionAt50: Evaluation.precision(atK: 50, scores: scores, relevant: relevant),
            rocAUC: Evaluation.rocAUC(scores: scores, relevant: relevant) ?? .nan,
            versusBaseline: baseline.flatMap { Evaluation.aucDifference(scores, $0, relevant: relevant) })
    }

    static func withoutFirstLine(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { lines.remove(at: first) }
        return lines.joined(separator: "\n")
    }

    /// Splits one CSV line, honouring double-quoted fields.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            switch character {
            case "\"" where quoted:
                if let next = iterator.next() {
                    if next == "\"" { current.append("\"") } else { quoted = false; if next == "," { fields.append(current); current = "" } else { current.append(next) } }
                } else { quoted = false }
            case "\"" where current.isEmpty: quoted = true
            case "," where !quoted: fields.append(current); current = ""
            default: current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
