import Foundation
import Testing
@testable import HireKitCV

@Suite("Collecting CV files from paths")
struct CVFileCollectorTests {
    @Test func foldersAreSearchedRecursivelyAndSortedByPath() throws {
        try Fixtures.withTemporaryFolder { root in
            for name in ["b.pdf", "a.txt", "team/z.docx", "team/archive/2023/c.html"] {
                try Fixtures.touch(root.appendingPathComponent(name))
            }
            let paths = try CVFileCollector.collect([root.path]).map(\.path)
            #expect(paths == ["a.txt", "b.pdf", "team/archive/2023/c.html", "team/z.docx"].map { root.path + "/" + $0 })
        }
    }

    @Test func hiddenEntriesAndOfficeLockFilesAreSkipped() throws {
        try Fixtures.withTemporaryFolder { root in
            for name in ["cv.docx", ".DS_Store", ".git/config", "~$cv.docx"] {
                try Fixtures.touch(root.appendingPathComponent(name))
            }
            #expect(try CVFileCollector.collect([root.path]).map(\.lastPathComponent) == ["cv.docx"])
        }
    }

    @Test func symlinkedFoldersAreNotFollowed() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.touch(root.appendingPathComponent("cvs/a.txt"))
            try Fixtures.touch(root.appendingPathComponent("elsewhere/secret.txt"))
            let cvs = root.appendingPathComponent("cvs")
            // A loop back to the folder itself, and an escape to a sibling folder.
            try FileManager.default.createSymbolicLink(at: cvs.appendingPathComponent("loop"), withDestinationURL: cvs)
            try FileManager.default.createSymbolicLink(at: cvs.appendingPathComponent("escape"),
                                                       withDestinationURL: root.appendingPathComponent("elsewhere"))
            #expect(try CVFileCollector.collect([cvs.path]).map(\.path) == [cvs.path + "/a.txt"])
        }
    }

    @Test func symlinkedFilesInsideFoldersAreSkipped() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.touch(root.appendingPathComponent("cvs/a.txt"))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("cvs/passwd").path,
                                                       withDestinationPath: "/etc/passwd")
            #expect(try CVFileCollector.collect([root.appendingPathComponent("cvs").path]).map(\.lastPathComponent)
                == ["a.txt"])
        }
    }

    @Test func namedFilesAndFoldersAreMergedWithoutDuplicates() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.touch(root.appendingPathComponent("cvs/a.txt"))
            try Fixtures.touch(root.appendingPathComponent("cvs/b.txt"))
            let collected = try CVFileCollector.collect([
                root.appendingPathComponent("cvs/b.txt").path, root.appendingPathComponent("cvs").path + "/",
            ])
            #expect(collected.map(\.lastPathComponent) == ["a.txt", "b.txt"])
        }
    }

    @Test func returnedURLsKeepThePathAsGiven() throws {
        try Fixtures.withTemporaryFolder { root in
            try Fixtures.touch(root.appendingPathComponent("cvs/a.txt"))
            let given = root.appendingPathComponent("cvs").path
            #expect(try CVFileCollector.collect([given]).map(\.relativePath) == [given + "/a.txt"])
        }
    }

    @Test func missingPathIsReportedByName() {
        #expect(throws: CVReadError.unreadable(path: "no/such/cvs", reason: "no such file or folder")) {
            try CVFileCollector.collect(["no/such/cvs"])
        }
    }
}
