/// A CV's lines in a `LineBuffer`: every line, or those numbered in `numbers` (ascending).
struct BufferedLines: NumberedLines {
    let lines: LineBuffer.View
    let numbers: [Int]?

    init(_ lines: LineBuffer.View, numbers: [Int]? = nil) {
        self.lines = lines
        self.numbers = numbers
    }

    var count: Int { numbers?.count ?? lines.count }
    func number(at position: Int) -> Int { numbers?[position] ?? position + 1 }
    func text(at position: Int) -> String { lines.string(at: number(at: position) - 1) }
    func withBytes<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(lines[number(at: position) - 1])
    }
}
