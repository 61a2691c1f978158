import Foundation
import Testing
@testable import HireKitCV

@Suite("Reading CV files with POSIX calls")
struct CVFileLoaderEquivalenceTests {
    /// Every kind of path a reader meets (files, links, loops, folders, FIFOs, devices, missing
    /// files and folders, odd names) gives the bytes or the error Foundation's route gave.
    @Test func everyKindOfPathReadsAsFoundationsRouteDid() throws {
        try Fixtures.withTemporaryFolder { root in
            let cases = try Self.makeCases(in: root)
            for limit in [4, 20 * 1024 * 1024] {
                for url in cases {
                    let expected = Result { () throws(CVReadError) -> Data in try FoundationFileLoader.load(url, maxBytes: limit) }
                    let source = url.relativePath
                    let actual = Result { () throws(CVReadError) -> Data in try CVFileLoader.load(url.path, source: source, maxBytes: limit) }
                    #expect(actual == expected, "\(url.path), limit \(limit)")
                }
            }
        }
    }

    /// What a recruiter sees for a CV that was listed and then deleted before it was read.
    @Test func aFileThatVanishedAfterListingIsReportedMissing() throws {
        try Fixtures.withTemporaryFolder { root in
            try Data("Jordan Ellis\nCall centre agent".utf8).write(to: root.appendingPathComponent("a.txt"))
            try Data("Sam Lee\nCall centre agent".utf8).write(to: root.appendingPathComponent("b.txt"))
            let walk = try CVFileWalk([root.path])
            let first = try #require(walk.next()), second = try #require(walk.next())
            try FileManager.default.removeItem(at: second.url)
            #expect(try CVReader().read(fileAt: first.url).text == "Jordan Ellis\nCall centre agent")
            let error = #expect(throws: CVReadError.self) { try CVReader().read(fileAt: second.url) }
            #expect(error?.description == "\(root.path)/b.txt: can't be read (no such file). "
                + "Check the path and that you have permission to read it.")
        }
    }

    /// A FIFO is refused before it is opened: opening it would wait for a writer for ever.
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        try Fixtures.withTemporaryFolder { root in
            let fifo = root.appendingPathComponent("cv.txt")
            #expect(mkfifo(fifo.path, 0o600) == 0)
            #expect(throws: CVReadError.unreadable(path: fifo.path, reason: "not a regular file")) {
                try CVReader().read(fileAt: fifo)
            }
        }
    }

    /// An over-size file is named in the error with its size, and is not read.
    @Test func anOverSizeFileIsNamedWithItsSize() throws {
        try Fixtures.withTemporaryFolder { root in
            let url = root.appendingPathComponent("big cv.txt")
            try Data(repeating: 0x41, count: 3 * 1024 * 1024).write(to: url)
            let error = #expect(throws: CVReadError.self) {
                try CVReader(limits: ReaderLimits(maxFileBytes: 2 * 1024 * 1024)).read(fileAt: url)
            }
            #expect(error?.description == "\(url.path): the file is 3 MB, over the 2 MB limit for a CV. "
                + "Ask the candidate for a smaller file (for example without embedded images), or raise the limit.")
        }
    }

    /// A link named directly is followed, whether its target is inside the folder or outside it.
    @Test func aLinkNamedDirectlyIsFollowed() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.withTemporaryFolder { outside in
                let target = outside.appendingPathComponent("cv.txt")
                try Data("Jordan Ellis".utf8).write(to: target)
                let link = root.appendingPathComponent("link.txt")
                try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
                #expect(try CVReader().read(fileAt: link).text == "Jordan Ellis")
            }
        }
    }

    private static func makeCases(in root: URL) throws -> [URL] {
        let manager = FileManager.default
        func file(_ name: String, _ contents: String) throws -> URL {
            let url = root.appendingPathComponent(name)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
            return url
        }
        func link(_ name: String, to destination: String) throws -> URL {
            let url = root.appendingPathComponent(name)
            try manager.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
            return url
        }
        var cases: [URL] = [
            try file("cv.txt", "Jordan Ellis\nCall centre agent\n"),
            try file("tiny.txt", "abc"),
            try file("five.txt", "abcde"),
            try file("empty.txt", ""),
            try file("with space, é & 100%.txt", "Zoë"),
            try file("sub/dir/deep.txt", "deep"),
            try link("link.txt", to: "cv.txt"),
            try link("absolute-link.txt", to: root.appendingPathComponent("cv.txt").path),
            try link("chain.txt", to: "link.txt"),
            try link("dangling.txt", to: "missing.txt"),
            try link("loop-a.txt", to: "loop-b.txt"),
            try link("loop-b.txt", to: "loop-a.txt"),
            try link("folder-link", to: "sub"),
            try link("linked-dir", to: "sub/dir"),
            root.appendingPathComponent("folder-link/dir/deep.txt"),
            root.appendingPathComponent("linked-dir/../dir/deep.txt"),
            root.appendingPathComponent("sub"),
            root.appendingPathComponent("missing.txt"),
            root.appendingPathComponent("no/such/folder/cv.txt"),
            root.appendingPathComponent("cv.txt/inside.txt"),
            URL(fileURLWithPath: root.appendingPathComponent("cv.txt").path + "/"),
            URL(fileURLWithPath: root.path + "/sub/../cv.txt"),
            URL(fileURLWithPath: "/dev/null"),
        ]
        let fifo = root.appendingPathComponent("fifo.txt")
        if mkfifo(fifo.path, 0o600) == 0 { cases.append(fifo) }
        // Unreadable only when the tests do not run as root, who may read anything.
        let locked = try file("locked.txt", "secret")
        try manager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        cases.append(locked)
        return cases
    }
}

/// The reference: `CVReader.read(fileAt:)`'s file handling as it was before `CVFileLoader`, with
/// Foundation's link resolution, attributes and file handle.
private enum FoundationFileLoader {
    static func load(_ url: URL, maxBytes: Int) throws(CVReadError) -> Data {
        let source = url.isFileURL ? url.relativePath : url.absoluteString
        let resolved = url.resolvingSymlinksInPath().path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: resolved)
        } catch {
            let exists = FileManager.default.fileExists(atPath: resolved)
            throw .unreadable(path: source, reason: exists ? "its details can't be read" : "no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            throw .unreadable(path: source, reason: isFolder ? "it is a folder, not a file" : "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw .tooLarge(path: source, bytes: size, limit: maxBytes) }
        if size == 0 { throw .empty(path: source) }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: resolved))
            defer { try? handle.close() }
            return try handle.read(upToCount: min(maxBytes, Int.max - 1) + 1) ?? Data()
        } catch {
            throw .unreadable(path: source, reason: FileManager.default.isReadableFile(atPath: resolved)
                ? "read error" : "permission denied")
        }
    }
}
