import Foundation

/// Where a report is written: standard output in chunks as it is rendered (a report of thousands
/// of CVs never exists whole in memory), or a string.
public final class ReportOutput {
    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    private static let chunk = 1 << 16

    /// Collects the report into `text`.
    public init() { descriptor = nil }

    /// Writes to a file descriptor (e.g. `STDOUT_FILENO`) in chunks of 64 KB; call `flush()` at the end.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.chunk)
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if descriptor != nil, buffer.count >= Self.chunk { flush() }
    }

    /// Writes out what is buffered. Returns false when the descriptor reports an error (a closed pipe).
    @discardableResult
    public func flush() -> Bool {
        guard let descriptor else { return true }
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += count
            }
            return true
        }
    }

    /// Everything written, when collecting into a string.
    public var text: String { String(decoding: buffer, as: UTF8.self) }
}
