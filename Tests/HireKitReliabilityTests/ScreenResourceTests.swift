import Foundation
import HireKitTestSupport
import Testing

/// `hirekit screen` over thousands of CVs must keep a small, fixed number of files open (one CV at a time per
/// worker) and memory proportional only to the small per-candidate results, never to the documents read.
///
/// Bounds: at most 64 open descriptors, and a peak RSS under 64 MB plus 16 KB per CV. Measured on Linux x86_64
/// (debug build): about 40 MB for a single CV (runtime, Foundation, ICU, the role, worker stacks) and about
/// 7.4 KB retained per screened CV (score, requirements, evidence lines); 16 KB per CV is twice that and less
/// than the 16 KB CVs used by `Fuzz/screen-scale.sh` (10,000 files), so a batch that kept documents or leaked per
/// file would break it. This test runs 2,000 CVs of about 2 KB (set HIREKIT_SCREEN_FILES for more).
@Suite("Screening many files", .serialized)
struct ScreenResourceTests {
    static let fileCount = Int(ProcessInfo.processInfo.environment["HIREKIT_SCREEN_FILES"] ?? "") ?? 2000

    @Test func screeningThousandsOfCVsHoldsFewFilesOpenAndBoundedMemory() throws {
        let folder = try TempFolder("screen-many")
        try ManyCVs.write(count: Self.fileCount, fillerLines: 15, into: folder.file("cvs"))
        let started = Date()
        let run = try SampledRun(hirekitBinary, ["screen", "--role", "cashier", "cvs", "--format", "csv",
                                                 "--roles", BadInputs.url("valid-roles").path, "--as-of", "2026-06"],
                                 in: folder.url)
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(whereSeparator: \.isNewline).count == Self.fileCount + 1)
        #expect(run.maxOpenFiles > 0 && run.maxOpenFiles < 64)
        let boundKB = 64 * 1024 + Self.fileCount * 16
        #expect(run.peakRSSKB > 0 && run.peakRSSKB < boundKB)
        print("screen \(Self.fileCount) CVs: \(String(format: "%.1f", seconds)) s, at most \(run.maxOpenFiles) open files, "
            + "peak RSS \(run.peakRSSKB / 1024) MB (bound \(boundKB / 1024) MB)")
    }
}

/// Synthetic CVs for volume tests: a name, a cashier job with four of ten skills, filler duties and education.
enum ManyCVs {
    static func write(count: Int, fillerLines: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let skills = ["cash handling", "point of sale", "customer service", "returns and exchanges", "balanced cash drawer",
                      "upselling", "inventory counts", "greeted customers", "resolved complaints", "fast-paced environment"]
        let filler = "Kept the shop floor tidy, restocked shelves between rushes and helped colleagues on the tills when queues grew."
        for index in 0..<count {
            let chosen = (0..<4).map { skills[(index * 3 + $0 * 7) % skills.count] }
            var text = "Candidate \(index)\ncandidate\(index)@example.com\nExperience\n"
                + "Cashier, Store \(index % 50), Jan \(2015 + index % 8) - Present\n"
            text += chosen.map { "- \($0)" }.joined(separator: "\n") + "\n"
            text += (0..<fillerLines).map { "- Shift \($0): \(filler)" }.joined(separator: "\n")
            text += "\nEducation\nHigh school diploma\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "cv-%05d.txt", index)))
        }
    }
}

/// Runs a process while sampling, every few milliseconds, how many descriptors it has open (/proc/PID/fd) and its
/// peak resident set (VmHWM in /proc/PID/status, which only grows, so the last sample is the peak).
struct SampledRun {
    let status: Int32
    let stdout: String
    let stderr: String
    let maxOpenFiles: Int
    let peakRSSKB: Int

    init(_ executable: URL, _ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let collected = Collected()
        let drained = DispatchGroup()
        for (pipe, isOut) in [(out, true), (err, false)] {
            drained.enter()
            Thread.detachNewThread {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.store(data, isOut: isOut)
                drained.leave()
            }
        }
        try process.run()
        let pid = process.processIdentifier
        var maxFiles = 0, peak = 0
        while process.isRunning {
            if let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") { maxFiles = max(maxFiles, names.count) }
            if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
                peak = max(peak, kb)
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        drained.wait()
        status = process.terminationStatus
        stdout = String(decoding: collected.out, as: UTF8.self)
        stderr = String(decoding: collected.err, as: UTF8.self)
        maxOpenFiles = maxFiles
        peakRSSKB = peak
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = Data(), err = Data()
        func store(_ data: Data, isOut: Bool) {
            lock.lock(); defer { lock.unlock() }
            if isOut { out = data } else { err = data }
        }
    }
}
