import Foundation
import Testing
@testable import HireKitCV

@Suite("Walking a folder of CVs lazily")
struct CVFileWalkTests {
    private func drain(_ walk: CVFileWalk) -> [(order: Int, url: URL)] {
        var files: [(order: Int, url: URL)] = []
        while let next = walk.next() { files.append(next) }
        return files
    }

    /// A folder "a" sorts as "a/": after "a-c" and "a.txt" ("-" and "." come before "/"), before "a0".
    @Test func visitsFilesInTheCollectorsOrder() throws {
        try Fixtures.withTemporaryFolder { root in
            for name in ["a/b.txt", "a/z/y.txt", "a-c/x.txt", "a.txt", "a0.txt", "A.txt", "b.pdf", ".hidden/c.txt",
                         "~$lock.docx", "team/archive/2023/c.html", "team/z.docx", "team.txt"] {
                try Fixtures.touch(root.appendingPathComponent(name))
            }
            let walked = drain(try CVFileWalk([root.path + "/"]))
            #expect(walked.map(\.url.relativePath) == (try CVFileCollector.collect([root.path + "/"]).map(\.relativePath)))
            #expect(walked.map(\.order) == Array(0..<walked.count))
            #expect(CVFileWalk.count([root.path]) == walked.count)
        }
    }

    /// Read a few entries at a time, a folder (and its sub-folders) is visited in the same order as
    /// when listed whole, skipping the same entries.
    @Test func foldersReadInChunksAreVisitedInTheCollectorsOrder() throws {
        try Fixtures.withTemporaryFolder { root in
            var names = ["a/b.txt", "a/z/y.txt", "a-c/x.txt", "a.txt", "a0.txt", "A.txt", "b.pdf", ".hidden/c.txt",
                         "~$lock.docx", "team/archive/2023/c.html", "team/z.docx", "team.txt", "é.txt", "e\u{301}x.txt"]
            names += (0..<40).map { "many/\(($0 * 37) % 40).txt" }
            for name in names { try Fixtures.touch(root.appendingPathComponent(name)) }
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: "a.txt")
            let collected = try CVFileCollector.collect([root.path]).map(\.relativePath)
            for limit in [1, 2, 3, 7, 100] {
                let walked = drain(try CVFileWalk([root.path], chunkLimit: limit))
                #expect(walked.map(\.url.relativePath) == collected, "chunks of \(limit)")
                #expect(walked.map(\.order) == Array(0..<walked.count))
            }
        }
    }

    @Test func severalPathsAreCollectedAndDeduplicated() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.touch(root.appendingPathComponent("cvs/a.txt"))
            try Fixtures.touch(root.appendingPathComponent("cvs/b.txt"))
            let paths = [root.path + "/cvs", root.path + "/cvs/a.txt"]
            #expect(drain(try CVFileWalk(paths)).map(\.url.path) == (try CVFileCollector.collect(paths)).map(\.path))
        }
    }

    @Test func aMissingPathIsRejectedUpFront() {
        #expect(throws: CVReadError.self) { try CVFileWalk(["no/such/cvs"]) }
    }
}
