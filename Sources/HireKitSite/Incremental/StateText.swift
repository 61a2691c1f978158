import Foundation

/// The line format of `.hirekit-state` and `.hirekit-cache` (tab-separated fields, one record a
/// line), read and written as bytes: a large site's cache has tens of thousands of lines, and
/// splitting `Substring`s Character by Character cost a visible part of a rebuild.
enum StateText {
    /// Calls `body` with each line of `bytes[range]` that ends in a newline, split at tabs into byte
    /// ranges of `bytes`. `body` returns where to go on from: the end of the line, or further when a
    /// line announces a block of bytes that follows it (nil stops the reading).
    static func forEachLine(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>,
                            _ body: (_ fields: [Range<Int>], _ next: Int) -> Int?) {
        var start = range.lowerBound
        var fields: [Range<Int>] = []
        while start < range.upperBound {
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start, index = start
            while index < range.upperBound, bytes[index] != UInt8(ascii: "\n") {
                if bytes[index] == UInt8(ascii: "\t") {
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                }
                index += 1
            }
            guard index < range.upperBound else { return } // an unfinished last line is dropped
            fields.append(fieldStart..<index)
            guard let next = body(fields, index + 1), next >= index + 1, next <= range.upperBound else { return }
            start = next
        }
    }

    /// Whether the bytes in `range` are `literal`'s.
    static func matches(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        range.count == literal.utf8CodeUnitCount
            && memcmp(bytes.baseAddress! + range.lowerBound, literal.utf8Start, range.count) == 0
    }

    static func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        // Typed bytes: String's fast path; over raw bytes it takes the generic one.
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]).bindMemory(to: UInt8.self), as: UTF8.self)
    }

    /// A decimal integer with an optional minus sign, or nil for anything else or an overflow.
    static func integer(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        let negative = !range.isEmpty && bytes[range.lowerBound] == UInt8(ascii: "-")
        guard let magnitude = unsigned(bytes, negative ? range.lowerBound + 1..<range.upperBound : range),
              magnitude <= UInt64(Int.max) else { return nil }
        return negative ? -Int(magnitude) : Int(magnitude)
    }

    /// Decimal digits, or nil for anything else or an overflow.
    static func unsigned(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty else { return nil }
        var value: UInt64 = 0
        for index in range {
            let digit = UInt64(bytes[index] &- 48)
            guard digit <= 9 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    /// Text appended as bytes.
    struct Writer {
        var bytes: [UInt8] = []

        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func tab() { bytes.append(UInt8(ascii: "\t")) }
        mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

        /// Fields joined by tabs, and a newline.
        mutating func line(_ fields: String...) {
            for (position, field) in fields.enumerated() {
                if position > 0 { tab() }
                text(field)
            }
            newline()
        }
    }
}
