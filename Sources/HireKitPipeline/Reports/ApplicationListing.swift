import Foundation

/// `hirekit candidates list`: applications ranked by score, for a terminal, a script or a spreadsheet.
public enum ApplicationListing {
    /// One application as JSON and CSV carry it.
    struct Row: Encodable {
        var id: Int64
        var candidate: String
        var candidateID: Int64
        var email: String?
        var phone: String?
        var role: String
        var stage: String
        var score: Double
        var appliedAt: String
        var daysInStage: Int
        var lastNote: String?

        enum CodingKeys: String, CodingKey {
            case id, candidate, candidateID = "candidate_id", email, phone, role, stage, score
            case appliedAt = "applied_at", daysInStage = "days_in_stage", lastNote = "last_note"
        }
    }

    /// The name shown for a candidate: "Candidate N" when blind or when the CV gave no name.
    public static func displayName(_ contact: CandidateContact, candidateID: Int64, blind: Bool) -> String {
        blind ? "Candidate \(candidateID)" : contact.name ?? contact.email ?? "Candidate \(candidateID)"
    }

    static func row(_ summary: ApplicationSummary, blind: Bool, now: Date, day: (Date) -> String = Timestamp.day) -> Row {
        Row(id: summary.id, candidate: displayName(summary.contact, candidateID: summary.candidateID, blind: blind),
            candidateID: summary.candidateID, email: blind ? nil : summary.contact.email, phone: blind ? nil : summary.contact.phone,
            role: summary.roleID, stage: summary.stage.rawValue, score: summary.score, appliedAt: day(summary.appliedAt),
            daysInStage: summary.daysInStage(at: now), lastNote: summary.lastNote)
    }

    public static func render(_ applications: [ApplicationSummary], format: ListingFormat, blind: Bool, now: Date) -> String {
        // Applications come in batches on the same days: each day is written once.
        var days: [Date: String] = [:]
        func day(_ date: Date) -> String {
            let midnight = Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
            if let known = days[midnight] { return known }
            let text = Timestamp.day(midnight)
            days[midnight] = text
            return text
        }
        let rows = applications.map { row($0, blind: blind, now: now, day: day) }
        switch format {
        case .json:
            return json(rows)
        case .csv:
            return csv(header: csvColumns + ["last_note"], rows.map { csvCells($0) + [$0.lastNote ?? ""] })
        case .table:
            if rows.isEmpty { return "No applications.\n" }
            let header = ["ID", "CANDIDATE", "ROLE", "STAGE", "SCORE", "DAYS", "LAST NOTE"]
            let cells = rows.map {
                [String($0.id), PlainText.cell($0.candidate), $0.role, $0.stage, PlainText.score($0.score), String($0.daysInStage),
                 PlainText.cell(Self.shortened($0.lastNote ?? "", to: 60))]
            }
            // Ids, role ids (slugs), stages and numbers are ASCII: their widths are their byte counts.
            return PlainText.table([header] + cells, asciiColumns: [0, 2, 3, 4, 5])
                + "\(rows.count) application\(rows.count == 1 ? "" : "s").\n"
        }
    }

    /// One object per line, keys sorted, absent values as null: written by hand because
    /// JSONEncoder took a third of a second for 25,000 rows.
    static func json(_ rows: [Row]) -> String {
        var out: [UInt8] = Array("[\n".utf8)
        out.reserveCapacity(rows.count * 240)
        for (index, row) in rows.enumerated() {
            out.append(contentsOf: "  {\"applied_at\": ".utf8)
            PlainText.appendJSON(row.appliedAt, to: &out)
            out.append(contentsOf: ", \"candidate\": ".utf8)
            PlainText.appendJSON(row.candidate, to: &out)
            out.append(contentsOf: ", \"candidate_id\": \(row.candidateID), \"days_in_stage\": \(row.daysInStage), \"email\": ".utf8)
            PlainText.appendJSON(row.email, to: &out)
            out.append(contentsOf: ", \"id\": \(row.id), \"last_note\": ".utf8)
            PlainText.appendJSON(row.lastNote, to: &out)
            out.append(contentsOf: ", \"phone\": ".utf8)
            PlainText.appendJSON(row.phone, to: &out)
            out.append(contentsOf: ", \"role\": ".utf8)
            PlainText.appendJSON(row.role, to: &out)
            out.append(contentsOf: ", \"score\": \(PlainText.score(row.score)), \"stage\": ".utf8)
            PlainText.appendJSON(row.stage, to: &out)
            out.append(contentsOf: (index == rows.count - 1 ? "}\n" : "},\n").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// The columns `list` and `export` share in CSV; each adds its notes column.
    static let csvColumns = ["id", "candidate", "candidate_id", "email", "phone", "role", "stage", "score", "applied_at",
                             "days_in_stage"]

    static func csvCells(_ row: Row) -> [String] {
        [String(row.id), row.candidate, String(row.candidateID), row.email ?? "", row.phone ?? "", row.role, row.stage,
         PlainText.score(row.score), row.appliedAt, String(row.daysInStage)]
    }

    static func csv(header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(PlainText.csv).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
