/// Lines an extractor reads in order, each with its 1-based number in the CV: all of a CV's lines
/// as written or some of them (`BufferedLines`), or lines given as (number, text) pairs
/// (`PairedLines`, the extractors' public entry points). Generic, so that reading a CV's own lines
/// makes no array of (number, `String`) pairs and a `String` only for the lines that need one.
protocol NumberedLines {
    var count: Int { get }
    /// The 1-based line number of the line at `position`.
    func number(at position: Int) -> Int
    /// The text of the line at `position`.
    func text(at position: Int) -> String
    /// `body`'s answer on the UTF-8 of the line at `position`.
    func withBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}
