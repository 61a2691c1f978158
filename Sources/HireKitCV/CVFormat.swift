/// The kinds of CV file HireKitCV can read; the raw values are the stable names used in reports and CLI output.
public enum CVFormat: String, Sendable, Codable, CaseIterable {
    case plainText = "text"
    case markdown
    case pdf
    case docx
    case html
    /// A JSON document following the jsonresume.org schema.
    case jsonResume = "json-resume"

    /// How the format is named in messages meant for recruiters.
    var displayName: String {
        switch self {
        case .plainText: "text"
        case .markdown: "Markdown"
        case .pdf: "PDF"
        case .docx: "DOCX"
        case .html: "HTML"
        case .jsonResume: "JSON Resume"
        }
    }
}
