import Foundation

/// Why a CV could not be turned into text. Every case carries the path so a batch report can name the file, and
/// `description` reads "<path>: <what happened>. <what to do>" so a recruiter can act on it without a developer.
public enum CVReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder is missing, not a regular file, or can't be opened.
    case unreadable(path: String, reason: String)
    /// The file is over `ReaderLimits.maxFileBytes`.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file has no bytes, or only whitespace.
    case empty(path: String)
    /// The content is something HireKit doesn't read (legacy .doc, images, binary data, non-CV ZIP or JSON...).
    case unsupportedFormat(path: String, detail: String)
    /// The content claims a supported format but is damaged.
    case corrupt(path: String, format: CVFormat, detail: String)
    /// The PDF needs a password to open.
    case encrypted(path: String)
    /// Extraction ran past `ReaderLimits.timeoutSeconds` and was abandoned.
    case timedOut(path: String, seconds: Double)
    /// The DOCX would inflate past `ReaderLimits.maxDecompressedBytes` or its compression ratio limit (zip bomb).
    case decompressionLimit(path: String, limit: Int)
    /// The file opened fine but holds no selectable text, typically a scanned PDF.
    case noText(path: String, format: CVFormat)

    /// The file the error is about, as it was given.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .tooLarge(let path, _, _), .empty(let path),
             .unsupportedFormat(let path, _), .corrupt(let path, _, _), .encrypted(let path),
             .timedOut(let path, _), .decompressionLimit(let path, _), .noText(let path, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): can't be read (\(reason)). Check the path and that you have permission to read it."
        case .tooLarge(let path, let bytes, let limit):
            "\(path): the file is \(Self.size(bytes)), over the \(Self.size(limit)) limit for a CV. "
                + "Ask the candidate for a smaller file (for example without embedded images), or raise the limit."
        case .empty(let path):
            "\(path): the file is empty. Ask the candidate to send their CV again."
        case .unsupportedFormat(let path, let detail):
            "\(path): not a CV format HireKit can read (\(detail)). "
                + "Ask for the CV as PDF, DOCX, HTML, JSON Resume, Markdown or plain text."
        case .corrupt(let path, let format, let detail):
            "\(path): the \(format.displayName) file is damaged (\(detail)). "
                + "Ask the candidate to export it again and resend it."
        case .encrypted(let path):
            "\(path): the PDF is password-protected. Ask the candidate for a copy without a password."
        case .timedOut(let path, let seconds):
            "\(path): reading the file took longer than \(Self.seconds(seconds)) and was stopped; "
                + "it may be malformed or deliberately hostile. Ask for a re-exported copy, "
                + "or raise the time limit if the file is simply very large."
        case .decompressionLimit(let path, let limit):
            "\(path): the document would unpack to more than \(Self.size(limit)) or is suspiciously compressed "
                + "(possible zip bomb), so it was not opened. Ask the candidate to re-save it from Word or send a PDF."
        case .noText(let path, let format):
            "\(path): the \(format.displayName) has no selectable text (it is probably a scanned image). "
                + "Ask the candidate for a text-based PDF or a DOCX; HireKit does not do OCR."
        }
    }

    private static func size(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        if mib >= 1 { return mib == mib.rounded() ? "\(Int(mib)) MB" : String(format: "%.1f MB", mib) }
        return bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
