import Foundation

/// Reads a folder of role files and validates them, reporting every problem at once.
///
/// Only regular `.yml`/`.yaml` files directly inside the folder are read; a symlink pointing outside
/// it is refused, so a role folder can never make HireKit read elsewhere on the disk.
public struct RoleLoader: Sendable {
    /// Role files are a page or two of text; anything far larger is a mistake or an attack.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = 1_000_000) { self.maxFileBytes = maxFileBytes }

    public func load(directory: String) throws(RoleValidationError) -> RoleCatalog {
        try load(directory: directory, reusing: [:]).catalog
    }

    /// Loads the folder like `load(directory:)`, taking the role of a file whose name and digest
    /// are in `previous` (what an earlier load of the same files returned) instead of parsing it
    /// again. `knownDigests` (file name → digest) may give the digests of files as they are now, when
    /// the caller knows them without reading the files (`InputDigest`); a file reused by its known
    /// digest is not read at all. Returns every file's record, in file-name order, for the next load.
    public func load(directory: String, reusing previous: [String: RoleFileRecord], knownDigests: [String: String] = [:])
        throws(RoleValidationError) -> (catalog: RoleCatalog, files: [RoleFileRecord]) {
        let (loaded, problems) = loadEach(directory: directory, reusing: previous, knownDigests: knownDigests)
        // The catalog is indexed on another core while the checks across files run: both walk every
        // role once, one after the other on a large site's critical path. Discarded on a problem.
        let indexed = CatalogBox(), indexing = DispatchGroup()
        DispatchQueue.global().async(group: indexing) { indexed.catalog = RoleCatalog(unchecked: loaded.map(\.role.role)) }
        defer { indexing.wait() }
        var all = problems + RoleCatalog.problems(in: loaded.map(\.role))
        // A reused role has no file positions; when the checks across files find a problem, the
        // files are parsed again so that every message points at its line and column.
        if !all.isEmpty && !previous.isEmpty && problems.isEmpty {
            let (parsed, local) = loadEach(directory: directory, reusing: [:], knownDigests: [:])
            all = local + RoleCatalog.problems(in: parsed.map(\.role))
        }
        guard all.isEmpty else { throw RoleValidationError(diagnostics: all) }
        indexing.wait()
        return (indexed.catalog!, loaded.map(\.record))
    }

    /// The catalog being indexed, handed from the thread that makes it.
    private final class CatalogBox: @unchecked Sendable {
        var catalog: RoleCatalog?
    }

    /// Parses one role file's text; `file` is the name used in error messages.
    public func decode(yaml: String, file: String) throws(RoleValidationError) -> Role {
        var decoder = RoleFileDecoder(file: file)
        let role = decoder.decode(yaml: yaml)
        guard let role, decoder.diagnostics.isEmpty else { throw RoleValidationError(diagnostics: decoder.diagnostics) }
        return role
    }

    private func loadEach(directory: String, reusing previous: [String: RoleFileRecord], knownDigests: [String: String])
        -> ([(role: RoleCatalog.LoadedRole, record: RoleFileRecord)], [RoleDiagnostic]) {
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [RoleDiagnostic(file: directory, problem: "the roles folder does not exist",
                                        fix: "Create it with one .yml file per role, or pass --roles DIR.")])
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }
            .sorted()
        if names.isEmpty {
            return ([], [RoleDiagnostic(file: directory, problem: "the roles folder has no .yml files",
                                        fix: "Add one file per role, e.g. \(directory)/cashier.yml.")])
        }
        let realFolder = folder.resolvingSymlinksInPath().path
        // Each file's two paths as the folder's followed by its name (a name has no "/"): making them
        // with NSString and URL per file was most of the cost of taking an unchanged role from the
        // previous build.
        let paths = FilePaths(display: String((directory as NSString).appendingPathComponent("x").dropLast()),
                              folder: String(folder.appendingPathComponent("x", isDirectory: false).path.dropLast()))
        // Files are parsed on all cores (parsing is most of an incremental build); the results are
        // collected in file-name order, so roles and diagnostics come out the same on every run.
        let results = Results(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            results.set(index, loadFile(names[index], paths: paths, realFolder: realFolder,
                                        previous: previous[names[index]], knownDigest: knownDigests[names[index]]))
        }
        var loaded: [(role: RoleCatalog.LoadedRole, record: RoleFileRecord)] = []
        var problems: [RoleDiagnostic] = []
        for result in results.all {
            problems += result.problems
            if let role = result.role { loaded.append(role) }
        }
        return (loaded, problems)
    }

    /// One role file: the role (nil if it could not be read or decoded) and its problems.
    /// The roles folder's path as given (for messages) and as a file path, each ending where a
    /// file's name goes.
    private struct FilePaths {
        let display: String
        let folder: String
    }

    private func loadFile(_ name: String, paths: FilePaths, realFolder: String, previous: RoleFileRecord?,
                          knownDigest: String?)
        -> (role: (role: RoleCatalog.LoadedRole, record: RoleFileRecord)?, problems: [RoleDiagnostic]) {
        let fileManager = FileManager.default
        let display = paths.display + name
        let path = paths.folder + name
        // lstat, not FileManager's attributes (which look up the owner's name in /etc/passwd for
        // every file); a link is followed only to check that it stays inside the folder.
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return (nil, [RoleDiagnostic(file: display, problem: "the file could not be read", fix: "Check its permissions.")])
        }
        var realPath = path
        if info.st_mode & S_IFMT == S_IFLNK {
            let real = URL(fileURLWithPath: path, isDirectory: false).resolvingSymlinksInPath()
            realPath = real.path
            guard real.deletingLastPathComponent().path == realFolder else {
                return (nil, [RoleDiagnostic(file: display, problem: "the file is a link to \(real.path), outside the roles folder",
                                             fix: "Copy the role file into the folder instead of linking to it.")])
            }
            guard stat(real.path, &info) == 0 else {
                return (nil, [RoleDiagnostic(file: display, problem: "the file is a link to \(real.path), which does not exist",
                                             fix: "Copy the role file into the folder instead of linking to it.")])
            }
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return (nil, [RoleDiagnostic(file: display, problem: "not a regular file", fix: "Remove it from the roles folder.")])
        }
        let size = Int(info.st_size)
        guard size <= maxFileBytes else {
            return (nil, [RoleDiagnostic(file: display, problem: "the file is \(size) bytes, over the \(maxFileBytes)-byte limit for a role",
                                         fix: "A role definition fits in a few kilobytes: check that this is the right file.")])
        }
        if let previous, previous.digest == knownDigest {
            return ((.init(role: previous.role, file: display, positions: RolePositions()), previous), [])
        }
        guard let data = fileManager.contents(atPath: realPath) else {
            return (nil, [RoleDiagnostic(file: display, problem: "the file could not be read", fix: "Check its permissions.")])
        }
        let digest = RoleFileRecord.digest(of: data)
        // Only roles that passed every check of their own file are ever recorded, under this name.
        if let previous, previous.digest == digest {
            return ((.init(role: previous.role, file: display, positions: RolePositions()), previous), [])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return (nil, [RoleDiagnostic(file: display, problem: "the file is not valid UTF-8 text", fix: "Save it as UTF-8.")])
        }
        var decoder = RoleFileDecoder(file: display)
        let role = decoder.decode(yaml: yaml)
        var problems = decoder.diagnostics
        // A role with local problems still takes part in the cross-file checks, so that one run
        // reports its dangling links too.
        guard let role else { return (nil, problems) }
        let stem = (name as NSString).deletingPathExtension
        if stem != role.id && Slug.isValid(role.id) {
            problems.append(RoleDiagnostic(file: display, line: decoder.positions.id?.line, column: decoder.positions.id?.column,
                problem: "the id '\(role.id)' does not match the file name '\(name)'",
                fix: "Rename the file to \(role.id).yml or change the id to '\(stem)'."))
        }
        return ((.init(role: role, file: display, positions: decoder.positions),
                 RoleFileRecord(name: name, digest: digest, role: role)), problems)
    }

    /// One result per file, set by concurrent workers.
    private final class Results: @unchecked Sendable {
        typealias Result = (role: (role: RoleCatalog.LoadedRole, record: RoleFileRecord)?, problems: [RoleDiagnostic])
        private var storage: [Result?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result) {
            lock.lock(); storage[index] = value; lock.unlock()
        }
        var all: [Result] { lock.lock(); defer { lock.unlock() }; return storage.map { $0! } }
    }
}
