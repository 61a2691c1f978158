import Foundation

/// `hirekit candidates export`: the whole pipeline for a spreadsheet (CSV, one row per
/// application) or another ATS (JSON: applications with their notes, and the history).
/// CV texts are not exported; self-identification data never is.
public enum PipelineExport {
    struct Document: Encodable {
        struct Application: Encodable {
            var row: ApplicationListing.Row
            var notes: [CandidateFileReport.View.NoteView]
            func encode(to encoder: any Encoder) throws {
                try row.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(notes, forKey: Key(stringValue: "notes"))
            }
        }
        struct Event: Encodable {
            var id: Int64, at: String, command: String, action: String
            var candidateID: Int64?, applicationID: Int64?, detail: String
            enum CodingKeys: String, CodingKey {
                case id, at, command, action, candidateID = "candidate_id", applicationID = "application_id", detail
            }
        }
        var applications: [Application]
        var history: [Event]
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public static func render(_ snapshot: PipelineSnapshot, format: Format, now: Date) -> String {
        switch format {
        case .csv:
            let rows = snapshot.applications.map { summary -> [String] in
                let notes = (snapshot.notes[summary.id] ?? []).map { "\(Timestamp.day($0.createdAt)): \($0.text)" }.joined(separator: "\n")
                return ApplicationListing.csvCells(ApplicationListing.row(summary, blind: false, now: now)) + [notes]
            }
            return ApplicationListing.csv(header: ApplicationListing.csvColumns + ["notes"], rows)
        case .json:
            let document = Document(
                applications: snapshot.applications.map { summary in
                    Document.Application(row: ApplicationListing.row(summary, blind: false, now: now),
                                         notes: (snapshot.notes[summary.id] ?? []).map {
                                             .init(at: Timestamp.string($0.createdAt), text: $0.text)
                                         })
                },
                history: snapshot.history.map {
                    Document.Event(id: $0.id, at: Timestamp.string($0.at), command: $0.command, action: $0.action.rawValue,
                                   candidateID: $0.candidateID, applicationID: $0.applicationID, detail: $0.detail)
                })
            return PlainText.json(document)
        }
    }
}
