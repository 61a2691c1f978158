/// A line's code points with where each starts in its UTF-8, for `WordTable`'s non-ASCII lines: a
/// word found by `WordScanner` over code points is then looked up by its bytes in the line itself.
/// Decoding a line through `unicodeScalars.map` and encoding every word back cost about 7,000
/// instructions per line. `ScalarOffsetsTests` compare it with `unicodeScalars`.
enum ScalarOffsets {
    /// Replaces `chars` with the code points of `bytes` (a `String`'s UTF-8, so well-formed) and
    /// `offsets` with the offset of each in `bytes`, followed by `bytes.count`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into chars: inout [UInt32], offsets: inout [Int]) {
        chars.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        var index = 0
        while index < bytes.count {
            let (value, end) = scalar(in: bytes, at: index)
            chars.append(value)
            offsets.append(index)
            index = end
        }
        offsets.append(bytes.count)
    }

    /// The code point whose UTF-8 starts at `index` of `bytes` (well-formed, as a `String`'s), and
    /// the offset after it.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, end: Int) {
        let lead = bytes[index]
        // The lead byte gives the length; a String's UTF-8 always holds the bytes that follow it,
        // and the `min` keeps a malformed tail inside the buffer all the same.
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        let end = min(index + length, bytes.count)
        for next in (index + 1)..<max(index + 1, end) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
        return (value, end)
    }
}
