/// Lines given as (number, text) pairs.
struct PairedLines: NumberedLines {
    let lines: [(number: Int, text: String)]

    var count: Int { lines.count }
    func number(at position: Int) -> Int { lines[position].number }
    func text(at position: Int) -> String { lines[position].text }
    func withBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = lines[position].text
        return text.withUTF8(body)
    }
}
