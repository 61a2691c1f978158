import Foundation
import HireKitScreening

/// `hirekit candidates show`: one candidate's whole file, every application with the evidence for
/// each requirement, the notes and the history, as text for a terminal or as JSON.
public enum CandidateFileReport {
    public enum Format: String, Sendable, CaseIterable { case text, json }

    public static func render(_ file: CandidateFile, format: Format, blind: Bool, now: Date) -> String {
        let view = View(file, blind: blind, now: now)
        switch format {
        case .json: return PlainText.json(view)
        case .text: return text(view)
        }
    }

    /// What is shown, with the blind view's redactions already made.
    struct View: Encodable {
        struct Requirement: Encodable {
            var kind: String, name: String, met: Bool, points: Double, maxPoints: Double, detail: String
            var evidence: [Line]
            enum CodingKeys: String, CodingKey { case kind, name, met, points, maxPoints = "max_points", detail, evidence }
        }
        struct Line: Encodable { var line: Int, text: String }
        struct NoteView: Encodable { var at: String, text: String }
        struct Application: Encodable {
            var id: Int64, role: String, stage: String, score: Double, appliedAt: String, daysInStage: Int
            var roleDigest: String, source: String, cvSHA256: String
            var requirements: [Requirement]
            var notes: [NoteView]
            enum CodingKeys: String, CodingKey {
                case id, role, stage, score, appliedAt = "applied_at", daysInStage = "days_in_stage", roleDigest = "role_digest"
                case source, cvSHA256 = "cv_sha256", requirements, notes
            }
        }
        struct Event: Encodable { var at: String, command: String, action: String, application: Int64?, detail: String }

        var candidateID: Int64, candidate: String, email: String?, phone: String?
        var applications: [Application]
        var history: [Event]
        enum CodingKeys: String, CodingKey { case candidateID = "candidate_id", candidate, email, phone, applications, history }

        init(_ file: CandidateFile, blind: Bool, now: Date) {
            candidateID = file.candidateID
            candidate = ApplicationListing.displayName(file.contact, candidateID: file.candidateID, blind: blind)
            email = blind ? nil : file.contact.email
            phone = blind ? nil : file.contact.phone
            applications = file.applications.map { application in
                // Blind: evidence is quoted from the redacted CV, whose lines are the same lines.
                let lines = blind ? MatchNormalizer.lines(of: Redactor.redact(application.cvText)) : nil
                func quote(_ evidence: Evidence) -> Line {
                    guard let lines else { return Line(line: evidence.line, text: evidence.text) }
                    let text = lines.indices.contains(evidence.line - 1) ? lines[evidence.line - 1] : Redactor.placeholder
                    return Line(line: evidence.line, text: text.trimmingCharacters(in: .whitespaces))
                }
                let summary = application.summary
                return Application(
                    id: summary.id, role: summary.roleID, stage: summary.stage.rawValue, score: summary.score,
                    appliedAt: Timestamp.day(summary.appliedAt), daysInStage: summary.daysInStage(at: now),
                    roleDigest: application.roleDigest, source: blind ? Redactor.placeholder : application.source,
                    cvSHA256: application.cvSHA256,
                    requirements: application.result.requirements.map {
                        Requirement(kind: $0.kind.rawValue, name: $0.name, met: $0.met, points: $0.points, maxPoints: $0.maxPoints,
                                    detail: $0.detail, evidence: $0.evidence.map(quote))
                    },
                    notes: application.notes.map { NoteView(at: Timestamp.string($0.createdAt), text: $0.text) })
            }
            history = file.history.map {
                Event(at: Timestamp.string($0.at), command: $0.command, action: $0.action.rawValue, application: $0.applicationID,
                      detail: $0.detail)
            }
        }
    }

    static func text(_ view: View) -> String {
        var out = "Candidate \(view.candidateID): \(PlainText.cell(view.candidate))\n"
        if let email = view.email { out += "  e-mail: \(PlainText.cell(email))\n" }
        if let phone = view.phone { out += "  phone:  \(PlainText.cell(phone))\n" }
        for application in view.applications {
            out += "\nApplication \(application.id) — \(application.role): \(application.stage) for \(application.daysInStage) day(s), "
                + "score \(PlainText.score(application.score))\n"
            out += "  applied \(application.appliedAt) with \(PlainText.cell(application.source)) (CV \(application.cvSHA256.prefix(12)), "
                + "role file \(application.roleDigest.prefix(12)))\n"
            for requirement in application.requirements {
                out += "  \(requirement.met ? "✓" : "✗") \(PlainText.cell(requirement.name)) "
                    + "(\(PlainText.score(requirement.points))/\(PlainText.score(requirement.maxPoints))): \(PlainText.cell(requirement.detail))\n"
                for line in requirement.evidence { out += "      line \(line.line): \(PlainText.cell(line.text))\n" }
            }
            if !application.notes.isEmpty {
                out += "  Notes:\n"
                for note in application.notes { out += "    \(note.at)  \(PlainText.cell(note.text))\n" }
            }
        }
        out += "\nHistory:\n"
        for event in view.history {
            let on = event.application.map { " (application \($0))" } ?? ""
            out += "  \(event.at)  \(event.action)\(on): \(PlainText.cell(event.detail))  [\(event.command)]\n"
        }
        return out
    }
}
