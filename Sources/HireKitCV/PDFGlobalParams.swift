import CPoppler
import Foundation

/// Keeps poppler's global parameters alive for the life of the process.
///
/// poppler-glib gives every `PopplerDocument` a reference to poppler's `GlobalParams` and builds them when the
/// first reference is taken: the name-to-Unicode tables, the encoding folders scanned on disk, the built-in
/// fonts' metrics. When the last document is freed they are destroyed, so reading CVs one after another rebuilt
/// them for every file (5.2 M of the 81 M instructions a PDF CV took). One small document opened here and never
/// freed holds a reference, so they are built once. Nothing in them changes per document (the caches they keep
/// only make later look-ups faster), so the text poppler extracts is the same.
enum PDFGlobalParams {
    /// Takes the process's reference on first use; true if the holding document opened.
    static let held: Bool = {
        let pdf = minimalPDF()
        let bytes = pdf.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        // Deliberately never released: the document is the reference.
        return poppler_document_new_from_bytes(bytes, nil, nil) != nil
    }()

    /// A valid one-page PDF with nothing on its page, with a correct cross-reference table, so poppler opens it
    /// without reconstructing anything.
    static func minimalPDF() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >>",
        ]
        var pdf = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let table = pdf.count
        pdf += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            pdf += Array((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8)
        }
        pdf += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return pdf
    }
}
