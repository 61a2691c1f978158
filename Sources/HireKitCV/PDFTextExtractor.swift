import CPoppler
import Foundation

/// Extracts PDF text with poppler-glib, page by page up to `ReaderLimits.maxPages`, in reading order
/// (see `PDFReadingOrder`). Callers run it under `TimeLimit`, since a hostile PDF can keep poppler busy.
enum PDFTextExtractor {
    struct Output {
        var text: String
        var pageCount: Int
    }

    static func extract(_ data: Data, source: String, limits: ReaderLimits) throws(CVReadError) -> Output {
        _ = PDFGlobalParams.held
        // g_bytes_new copies, so poppler owns its buffer regardless of what happens to `data`.
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            throw mapOpenError(error, source: source)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }

        let pageCount = Int(poppler_document_get_n_pages(document))
        // The pages' text as UTF-8, pages separated by a blank line; one String is made at the end.
        var text: [UInt8] = []
        var pagesRead = 0
        for index in 0..<min(pageCount, max(limits.maxPages, 0)) {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            if pagesRead > 0 { text += [UInt8(ascii: "\n"), UInt8(ascii: "\n")] }
            appendPageText(page, to: &text)
            pagesRead += 1
        }
        return Output(text: String(decoding: text, as: UTF8.self), pageCount: pageCount)
    }

    private static func mapOpenError(_ error: UnsafeMutablePointer<GError>?, source: String) -> CVReadError {
        guard let error else { return .corrupt(path: source, format: .pdf, detail: "poppler could not open it") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted(path: source)
        }
        return .corrupt(path: source, format: .pdf, detail: message)
    }

    private static func appendPageText(_ page: OpaquePointer, to output: inout [UInt8]) {
        guard let raw = poppler_page_get_text(page) else { return }
        // Made a String first so text that is not valid UTF-8 is repaired as it always was.
        var text = String(cString: raw)
        g_free(raw)

        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let hasLayout = poppler_page_get_text_layout(page, &rectangles, &count) != 0
        defer { g_free(rectangles) }

        text.withUTF8 { utf8 in
            // Poppler reports one rectangle per character of the page text; if that ever fails to hold,
            // fall back to its own order rather than pairing characters with the wrong boxes.
            if hasLayout, let rectangles,
               let ordered = PDFReadingOrder.pageText(utf8: utf8, boxes: UnsafeBufferPointer(start: rectangles, count: Int(count)),
                                                      pageWidth: width) {
                output += ordered
            } else {
                output.append(contentsOf: utf8)
            }
        }
    }
}
