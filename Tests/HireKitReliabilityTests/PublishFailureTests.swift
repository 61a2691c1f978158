import Foundation
import HireKitTestSupport
import Testing

/// A build that cannot write — disk full, read-only file system, an output path blocked by a file — must leave the
/// previous site exactly as it was, say so, and leave no staging folder behind. (Killed and concurrent builds are
/// covered by HireKitCLITests/BuildAtomicityTests.) The disk-full and read-only cases mount a small tmpfs, which
/// needs root or CAP_SYS_ADMIN; without it they are skipped with that reason.
@Suite("Failed publishes leave the old site", .serialized)
struct PublishFailureTests {
    static let canMount = Mounts.tmpfsAvailable

    @Test(.enabled(if: canMount, "mount -t tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aFullDiskDuringABuildLeavesTheOldSiteAndSaysSo() throws {
        let disk = try SiteOnTmpfs()
        defer { disk.mount.unmount() }
        let (project, site, old) = (disk.project, disk.site, disk.old)
        // Leave room for about half the pages: staging the new site runs out of space part-way. (Only
        // the pages change; the other files are carried over as hard links and take no space.)
        let free = try Mounts.freeBytes(project.folder.file("disk"))
        let pageBytes = old.filter { $0.key.hasSuffix(".html") }.values.reduce(0) { $0 + $1.count }
        try Mounts.fill(project.folder.file("disk/filler"), bytes: free - Int64(pageBytes / 2))

        try project.changeEveryPage()
        let failed = try project.build(output: site)
        #expect(failed.status == 1)
        let staging = project.folder.file("disk/.site.hirekit-staging").path
        #expect(failed.stderr == "\(staging): error: could not write the site: The operation could not be completed. "
            + "There isn’t enough space. The previous site was left as it was.\n")
        #expect(FolderSnapshot.of(site) == old)
        #expect(!FileManager.default.fileExists(atPath: staging), "the half-written staging folder was left behind")

        // Once there is room again the same build goes through.
        try FileManager.default.removeItem(at: project.folder.file("disk/filler"))
        #expect(try project.build(output: site).status == 0)
        #expect(FolderSnapshot.of(site) != old)
    }

    @Test(.enabled(if: canMount, "mount -t tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aReadOnlyFileSystemLeavesTheOldSiteAndSaysSo() throws {
        let disk = try SiteOnTmpfs()
        defer { disk.mount.unmount() }
        let (project, site, old) = (disk.project, disk.site, disk.old)
        try disk.mount.remount(readOnly: true)

        try project.changeEveryPage()
        let failed = try project.build(output: site)
        #expect(failed.status == 1)
        #expect(failed.stderr == "\(project.folder.file("disk/.site.hirekit-lock").path): error: could not write the site: "
            + "Read-only file system. The previous site was left as it was.\n")
        #expect(FolderSnapshot.of(site) == old)
    }

    @Test(.enabled(if: canMount, "mount is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aSiteFolderThatCannotBeSwappedLeavesTheOldSiteAndNamesTheRealReason() throws {
        let project = try ScratchProject("publish")
        let site = project.folder.file("public/site")
        #expect(try project.build(output: site).status == 0)
        let old = FolderSnapshot.of(site)
        // The site folder is itself a (read-only) mount point: staging works, but the swap cannot move it.
        let mount = try Mounts.bind(site, readOnly: true)
        defer { mount.unmount() }

        try project.changeEveryPage()
        let failed = try project.build(output: site)
        #expect(failed.status == 1)
        #expect(failed.stderr == "\(site.path): error: could not write the site: Device or resource busy. "
            + "The previous site was left as it was.\n")
        #expect(FolderSnapshot.of(site) == old)
        #expect(!FileManager.default.fileExists(atPath: project.folder.file("public/.site.hirekit-staging").path))
    }

    @Test func anOutputPathInsideAFileIsRefused() throws {
        let project = try ScratchProject("publish")
        let notes = try project.folder.write("notes.txt", "my notes\n")
        let failed = try project.build(output: notes.appendingPathComponent("site"))
        #expect(failed.status == 1)
        #expect(failed.stderr == "\(notes.path): error: could not write the site: The operation could not be completed. "
            + "A file with the same name already exists. The previous site was left as it was.\n")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes\n")
    }

    @Test func anOutputPathThatIsAFileIsNeverReplaced() throws {
        let project = try ScratchProject("publish")
        let notes = try project.folder.write("notes.txt", "my notes\n")
        let failed = try project.build(output: notes)
        #expect(failed.status == 1)
        #expect(failed.stderr == "\(notes.path): error: could not write the site: it is a file, not a folder "
            + "(move it away or choose another --output). The previous site was left as it was.\n")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes\n")
        #expect(!FileManager.default.fileExists(atPath: project.folder.file(".notes.txt.hirekit-staging").path))
    }
}

/// Building a scratch project's site with the real binary.
extension ScratchProject {
    func build(output: URL) throws -> CLIResult {
        try hirekit(["build", "--output", output.path, "--config", "none.yml"], in: url)
    }

    /// Edits the shared layout so that the next build changes every page.
    func changeEveryPage() throws {
        try edit("Templates/layout.mustache") { $0.replacingOccurrences(of: "</body>", with: "<!-- rebuilt --></body>") }
    }
}

/// A project whose site was built once on a fresh 4 MB tmpfs mounted at `disk/`; the caller unmounts it.
struct SiteOnTmpfs {
    let project: ScratchProject
    let mount: Mounts.Mounted
    let site: URL
    let old: [String: Data]

    init() throws {
        project = try ScratchProject("publish")
        mount = try Mounts.tmpfs(at: project.folder.file("disk"), size: "4m")
        site = project.folder.file("disk/site")
        do {
            #expect(try project.build(output: site).status == 0)
        } catch {
            mount.unmount()
            throw error
        }
        old = FolderSnapshot.of(site)
    }
}

/// Mounting small file systems for the tests, with `mount`/`umount`.
enum Mounts {
    struct Mounted {
        let point: URL
        func remount(readOnly: Bool) throws {
            try Mounts.run("/bin/mount", ["-o", readOnly ? "remount,ro" : "remount,rw", point.path])
        }
        func unmount() { try? Mounts.run("/bin/umount", [point.path]) }
    }

    /// Whether this process may mount a tmpfs (root in the test container; usually not on a developer's machine).
    static let tmpfsAvailable: Bool = {
        guard let probe = try? TempFolder("mount-probe"), let mounted = try? tmpfs(at: probe.file("m"), size: "64k") else { return false }
        mounted.unmount()
        return true
    }()

    static func tmpfs(at point: URL, size: String) throws -> Mounted {
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        try run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", point.path])
        return Mounted(point: point)
    }

    static func bind(_ folder: URL, readOnly: Bool) throws -> Mounted {
        try run("/bin/mount", ["--bind", folder.path, folder.path])
        let mounted = Mounted(point: folder)
        if readOnly { try run("/bin/mount", ["-o", "remount,bind,ro", folder.path]) }
        return mounted
    }

    static func freeBytes(_ folder: URL) throws -> Int64 {
        let values = try FileManager.default.attributesOfFileSystem(forPath: folder.path)
        return (values[.systemFreeSize] as? NSNumber)?.int64Value ?? 0
    }

    /// Writes a file of (about) `bytes` bytes, in whole pages.
    static func fill(_ file: URL, bytes: Int64) throws {
        let pages = max(0, bytes / 4096)
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let page = Data(count: 4096)
        for _ in 0..<pages { try handle.write(contentsOf: page) }
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(tool) \(arguments.joined(separator: " ")): \(message)")
        }
    }
}
