import Foundation
import FuzzSupport
import HireKitCV

/// Fuzzes HTML extraction through the public reader, as `hirekit screen` reads a `.html` upload: text decoding
/// (UTF-8, UTF-16 with and without BOM, Windows-1252), format detection, libxml2's HTML parser, the walker and
/// normalisation. Text must come out normalised, errors must name the file, and a DOCTYPE's entities must
/// never fetch the canary file.
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(start, count)
    let reader = CVReader(limits: ReaderLimits(timeoutSeconds: 0))
    do {
        let document = try reader.read(data: data, source: "fuzz.html")
        CVOracle.check(text: document.text)
    } catch {
        CVOracle.check(errorDescription: error.description, path: "fuzz.html")
    }
    return 0
}

@main enum Main {
    static func main() {
        CVOracle.prepareCanary()
        runFuzzer()
    }
}
