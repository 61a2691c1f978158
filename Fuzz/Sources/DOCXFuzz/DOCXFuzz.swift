import Foundation
import FuzzSupport
import HireKitCV

/// Fuzzes DOCX extraction. The first byte picks the shape of the input:
/// - even: the rest is a whole file (ZIP container, zip bombs, broken central directories, lying sizes);
/// - odd: the rest is `word/document.xml`, then optionally `word/header1.xml` and `word/footer1.xml`,
///   separated by NUL bytes, packed by the harness into a valid stored ZIP, so mutations reach libxml2 and the
///   WordprocessingML walker instead of dying in the ZIP layer.
/// The read must yield normalised text or a `CVReadError` naming the file; external entities never resolve.
@_cdecl("LLVMFuzzerTestOneInput")
public func docxFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(start, count)
    guard let mode = data.first else { return 0 }
    let rest = Data(data.dropFirst())
    let file: Data
    if mode % 2 == 0 {
        file = rest
    } else {
        let parts = FuzzInput.fields(rest, maxFields: 3)
        var entries: [(name: String, data: Data)] = [
            ("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("word/document.xml", parts[0]),
        ]
        if parts.count > 1 { entries.append(("word/header1.xml", parts[1])) }
        if parts.count > 2 { entries.append(("word/footer1.xml", parts[2])) }
        file = StoredZip.archive(entries)
    }
    // No time limit thread: libFuzzer's own -timeout catches hangs and reports the input.
    let reader = CVReader(limits: ReaderLimits(timeoutSeconds: 0))
    do {
        let document = try reader.read(data: file, source: "fuzz.docx")
        CVOracle.check(text: document.text)
    } catch {
        CVOracle.check(errorDescription: error.description, path: "fuzz.docx")
    }
    return 0
}

@main enum Main {
    static func main() {
        CVOracle.prepareCanary()
        runFuzzer()
    }
}
