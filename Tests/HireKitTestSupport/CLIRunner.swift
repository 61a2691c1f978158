import Foundation

/// What running the `hirekit` binary printed and how it exited.
public struct CLIResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// The `hirekit` executable SwiftPM built beside the test bundle.
public var hirekitBinary: URL {
    var folder = Bundle.main.bundleURL
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("hirekit").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("hirekit")
}

/// Runs `hirekit` the way a user does, in `directory`, and waits for it. `NO_COLOR` is set (output is a pipe
/// anyway); `environment` is added to this process's environment.
@discardableResult
public func hirekit(_ arguments: [String], in directory: URL = repositoryRoot,
                    environment: [String: String] = [:]) throws -> CLIResult {
    let process = Process()
    process.executableURL = hirekitBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var base = ProcessInfo.processInfo.environment
    base["NO_COLOR"] = "1"
    process.environment = base.merging(environment) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Drain stderr on another thread so neither pipe can fill and block the child.
    let errBox = DataBox()
    let drained = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        errBox.data = err.fileHandleForReading.readDataToEndOfFile()
        drained.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    let errData = errBox.data
    process.waitUntilExit()
    return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

/// Bytes handed from the stderr reader thread; the semaphore orders the write before the read.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
