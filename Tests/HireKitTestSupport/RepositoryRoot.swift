import Foundation

/// The repository checkout, found from this file's location, for tests that use the shipped Roles/ and Templates/.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
