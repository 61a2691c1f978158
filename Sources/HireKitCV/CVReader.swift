/// HireKitCV turns candidate CV files into plain text for screening. It owns everything about reading a CV:
/// finding the files a recruiter names (`CVFileCollector`), detecting the real format from the content rather than
/// the extension, decoding legacy text encodings, extracting text from PDF (poppler), DOCX (ZIPFoundation and
/// libxml2), HTML, JSON Resume, Markdown and plain text in reading order, normalising whitespace, and defending
/// the batch against hostile files (size, page, zip-bomb and time limits; no external entities or network).
/// It knows nothing about roles or scoring: its output is a `CVDocument`, or a `CVReadError` a recruiter can act on.
import Foundation

/// Reads one CV at a time into a `CVDocument`. Stateless and `Sendable`, so a batch can share one reader.
public struct CVReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .init()) {
        self.limits = limits
    }

    /// Reads the file at `url`. The document's `source` is the path as given (`url.relativePath`).
    /// Links in the path are followed: the folder walk has already skipped links inside folders.
    public func read(fileAt url: URL) throws(CVReadError) -> CVDocument {
        let source = url.isFileURL ? url.relativePath : url.absoluteString
        let data = try CVFileLoader.load(url.path, source: source, maxBytes: limits.maxFileBytes)
        return try read(data: data, source: source)
    }

    /// Reads a CV already in memory (an upload, an e-mail attachment). `source` names it in the document and
    /// in errors; its extension only breaks ties between text formats.
    public func read(data: Data, source: String) throws(CVReadError) -> CVDocument {
        if data.count > limits.maxFileBytes {
            throw .tooLarge(path: source, bytes: data.count, limit: limits.maxFileBytes)
        }
        if data.isEmpty { throw .empty(path: source) }
        let limits = self.limits
        // Plain text and Markdown go through no parser, only linear decoding and normalising, so
        // they need no time limit, and no thread per file to enforce one (most CVs in a big batch).
        if Self.needsNoParser(data) { return try Self.extract(data, source: source, limits: limits) }
        let outcome = TimeLimit.run(seconds: limits.timeoutSeconds) {
            Result { () throws(CVReadError) -> CVDocument in try Self.extract(data, source: source, limits: limits) }
        }
        guard let outcome else { throw .timedOut(path: source, seconds: limits.timeoutSeconds) }
        return try outcome.get()
    }

    /// True when `data` can only be plain text or Markdown (or a format rejected from its first bytes):
    /// no PDF header in its first KiB, no ZIP signature, and no "<" or "{" that could start HTML or JSON.
    static func needsNoParser(_ data: Data) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            if buffer.starts(with: [0x50, 0x4B]) { return false }
            if memchr(base, Int32(UInt8(ascii: "<")), buffer.count) != nil
                || memchr(base, Int32(UInt8(ascii: "{")), buffer.count) != nil { return false }
            return !FormatDetector.hasPDFHeader(buffer)
        }
    }

    static func extract(_ data: Data, source: String, limits: ReaderLimits) throws(CVReadError) -> CVDocument {
        let format: CVFormat
        let raw: String
        var pageCount: Int?
        switch try FormatDetector.detect(data, source: source) {
        case .plainUTF8:
            // Laid out straight from the file's bytes: no String of the raw text is made.
            let text = data.withUnsafeBytes { LayoutNormalizer.normalize(utf8: $0.assumingMemoryBound(to: UInt8.self)) }
            return try document(source: source, format: .plainText, text: text, pageCount: nil)
        case .pdf:
            let output = try PDFTextExtractor.extract(data, source: source, limits: limits)
            (format, raw, pageCount) = (.pdf, output.text, output.pageCount)
        case .docx:
            (format, raw) = (.docx, try DOCXTextExtractor.extract(data, source: source, limits: limits))
        case .text(.html, let text):
            (format, raw) = (.html, try HTMLTextExtractor.extract(text, source: source))
        case .text(.jsonResume, let text):
            (format, raw) = (.jsonResume, try JSONResumeTextExtractor.extract(text, source: source))
        case .text(.markdown, let text):
            (format, raw) = (.markdown, MarkdownTextExtractor.extract(text))
        case .text(let detected, let text):
            (format, raw) = (detected, text)
        }
        return try document(source: source, format: format, text: LayoutNormalizer.normalize(raw), pageCount: pageCount)
    }

    private static func document(source: String, format: CVFormat, text: String, pageCount: Int?) throws(CVReadError) -> CVDocument {
        if text.isEmpty {
            // A PDF or DOCX with nothing selectable is a scan, which is a different fix from an empty upload.
            if format == .pdf || format == .docx { throw .noText(path: source, format: format) }
            throw .empty(path: source)
        }
        return CVDocument(source: source, format: format, text: text, pageCount: pageCount)
    }
}
