import Foundation

/// What a build leaves beside the site for the next one, in two files of the output folder.
/// `.hirekit-state` holds the digest of its inputs, the stamp of the files it published
/// (`OutputStamp`) and each input file's stat and digest (`InputFiles`): all a build reads to tell
/// that nothing changed. `.hirekit-cache` holds a key for each role page and track script that
/// changes whenever anything the file shows changes, where each role's share sits in the whole-site
/// files (`SharedFile`), and the parsed role files (`RoleArchive`): tens of megabytes for a large site,
/// read only when there is work to do, and written while the site's files are.
///
/// Both are staged with the site and published by the same atomic swap, so they always describe the
/// site they sit in: a build that fails or is killed leaves the previous site with the previous
/// state, and can never leave a digest that makes the next build skip work it must do. They are a
/// cache: deleting them only makes the next build do everything.
struct SiteBuildState: Equatable {
    static let fileName = ".hirekit-state"
    static let cacheFileName = ".hirekit-cache"

    /// `InputDigest` of the build that wrote the site; nil when it could not be computed.
    var inputs: String?
    /// `OutputStamp` of the site's files as published; set by `SiteWriter.publish`.
    var outputs: String?
    /// Each input file's stat and digest (`InputDigest`).
    var files = InputFiles()
    /// Path → key of what the file holds (`SiteOutput.fileKeys`).
    var fileKeys: [String: String]
    /// Whole-site file path → where each role's share sits in it.
    var shares: [String: SharedFile.Index]
    /// `RoleArchive` of the role files the build read.
    var roles: Data

    init(inputs: String?, fileKeys: [String: String], shares: [String: SharedFile.Index] = [:], roles: Data = Data()) {
        self.inputs = inputs; self.fileKeys = fileKeys; self.shares = shares; self.roles = roles
    }

    /// The state stored in `folder`, or an empty one (nothing to skip or reuse) if there is none.
    init(in folder: URL) {
        self = Self.head(in: folder).withCache(in: folder)
    }

    /// This head with the cache stored in `folder` (`.hirekit-cache`), for a build that has read the
    /// head already.
    func withCache(in folder: URL) -> SiteBuildState {
        var state = self
        // Mapped, not read: tens of megabytes, most of them the role archive, which stays a slice of it.
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(Self.cacheFileName), options: .alwaysMapped) else { return state }
        let body = SiteBuildState(decoding: data)
        state.fileKeys = body.fileKeys; state.shares = body.shares; state.roles = body.roles
        return state
    }

    /// `withCache(in:)` in two parts: the role archive at once (a slice of the file), and the rest
    /// (the files' keys and the shares' places, 50,000 lines for a large site) decoded on another
    /// thread meanwhile, while the build decodes the archive and loads the roles with it.
    func readingCache(in folder: URL) -> PendingCache {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(Self.cacheFileName), options: .alwaysMapped) else {
            return PendingCache(roles: Data()) { self }
        }
        let head = self, body = Slots<SiteBuildState>(count: 1), group = DispatchGroup()
        DispatchQueue.global().async(group: group) { body.set(0, SiteBuildState(decoding: data)) }
        return PendingCache(roles: Self.archive(in: data)) {
            group.wait()
            var state = head
            let read = body.values[0]
            state.fileKeys = read.fileKeys; state.shares = read.shares; state.roles = read.roles
            return state
        }
    }

    /// A cache being read (`readingCache(in:)`).
    struct PendingCache {
        /// The role archive (`RoleArchive`), empty when there is none.
        let roles: Data
        /// The head with the whole cache, once decoded.
        let state: () -> SiteBuildState
    }

    /// The role archive at the start of a cache file's bytes, empty when there is none.
    private static func archive(in data: Data) -> Data {
        let bounds = data.withUnsafeBytes(archiveBounds)
        guard let archive = bounds?.archive, !archive.isEmpty else { return Data() }
        return data[(data.startIndex + archive.lowerBound)..<(data.startIndex + archive.upperBound)]
    }

    /// Where a state file's role archive (`roles\t<length>` and its bytes, first when there is one)
    /// lies, and where the lines after it start; nil when its length is damaged.
    private static func archiveBounds(_ bytes: UnsafeRawBufferPointer) -> (archive: Range<Int>, textStart: Int)? {
        guard bytes.starts(with: "roles\t".utf8), let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return (0..<0, 0) }
        guard let length = StateText.integer(bytes, 6..<end), length >= 0, length <= bytes.count - (end + 1) else { return nil }
        return ((end + 1)..<(end + 1 + length), end + 1 + length)
    }

    /// Only `.hirekit-state`: what a build needs to tell that nothing changed.
    static func head(in folder: URL) -> SiteBuildState { head(decoding: headBytes(in: folder)) }

    /// `.hirekit-state`'s bytes, nil if there is none: comparing them tells whether another build
    /// changed the folder, without decoding the head again.
    static func headBytes(in folder: URL) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path)
    }

    static func head(decoding data: Data?) -> SiteBuildState {
        data.map(SiteBuildState.init(decoding:)) ?? SiteBuildState(inputs: nil, fileKeys: [:])
    }

    /// Either file: the binary role archive first when there is one (`roles\t<length>` and its
    /// bytes), then lines of tab-separated fields (`StateText`).
    private init(decoding data: Data) {
        self.init(inputs: nil, fileKeys: [:])
        var state = self
        data.withUnsafeBytes { bytes in
            guard let (archive, textStart) = Self.archiveBounds(bytes) else { return }
            // A slice: the archive keeps sharing the file's bytes.
            if textStart > 0 { state.roles = data[(data.startIndex + archive.lowerBound)..<(data.startIndex + archive.upperBound)] }
            // The places of the whole-site file being read, gathered here and stored when the next
            // file starts (or at the end): one dictionary per file rather than a lookup per line.
            var sharedFile: String?
            var places: [String: SharedFile.Place] = [:]
            func storePlaces() {
                if let file = sharedFile, !places.isEmpty { state.shares[file]?.places = places }
                places = [:]
            }
            defer { storePlaces() }
            StateText.forEachLine(bytes, in: textStart..<bytes.count) { fields, next in
                guard fields.count >= 2 else { return next }
                let name = fields[0], value = fields[1].lowerBound..<fields[fields.count - 1].upperBound
                if StateText.matches(bytes, name, "inputs") {
                    state.inputs = StateText.string(bytes, value)
                } else if StateText.matches(bytes, name, "outputs") {
                    state.outputs = StateText.string(bytes, value)
                } else if StateText.matches(bytes, name, "files") {
                    // `files\t<scanned>\t<length>`, then that many bytes of `InputFiles` lines.
                    guard fields.count == 3, let scanned = Double(StateText.string(bytes, fields[1])),
                          let length = StateText.integer(bytes, fields[2]), length >= 0, length <= bytes.count - next else { return nil }
                    state.files = InputFiles(scanned: scanned, decoding: bytes, in: next..<next + length)
                    return next + length
                } else if StateText.matches(bytes, name, "shares") {
                    // `shares\t<path>\t<context>`, then its places, one `place` line each.
                    guard fields.count == 3 else { return next }
                    storePlaces()
                    let path = StateText.string(bytes, fields[1])
                    sharedFile = path
                    state.shares[path] = SharedFile.Index(context: StateText.string(bytes, fields[2]), places: [:])
                } else if StateText.matches(bytes, name, "place") {
                    // `place\t<role id>\t<digest>\t<offset>\t<length>`
                    guard sharedFile != nil, fields.count == 5, let offset = StateText.integer(bytes, fields[3]),
                          let length = StateText.integer(bytes, fields[4]) else { return next }
                    places[StateText.string(bytes, fields[1])] =
                        SharedFile.Place(digest: StateText.string(bytes, fields[2]), offset: offset, length: length)
                } else {
                    state.fileKeys[StateText.string(bytes, value)] = StateText.string(bytes, name)
                }
                return next
            }
        }
        self = state
    }

    /// `.hirekit-state`: `inputs\t<digest>`, `outputs\t<stamp>`, then `files\t<scanned>\t<length>` and
    /// the input files' lines.
    var encodedHead: Data { encodedHead(files: encodedFiles) }

    /// `encodedHead` with its `files` section made beforehand (`encodedFiles`).
    func encodedHead(files section: [UInt8]) -> Data {
        var writer = StateText.Writer()
        if let inputs { writer.line("inputs", inputs) }
        if let outputs { writer.line("outputs", outputs) }
        writer.bytes += section
        return Data(writer.bytes)
    }

    /// The head's `files` section: most of it (a line per role file), and independent of the
    /// outputs' stamp, so a publish makes it while its files are staged.
    var encodedFiles: [UInt8] {
        let fileLines = files.encoded
        var writer = StateText.Writer()
        writer.line("files", "\(files.scanned)", String(fileLines.count))
        writer.bytes += fileLines
        return writer.bytes
    }

    /// `.hirekit-cache`: `roles\t<length>` and the archive, then `<key>\t<path>` per keyed file, sorted
    /// by path, and the shares of each whole-site file: deterministic for the same files.
    var encodedBody: Data { encodedBodyParts.reduce(into: Data()) { $0.append($1) } }

    /// `encodedBody` in the parts it is written in, so the archive (most of it) is not copied again.
    var encodedBodyParts: [Data] {
        var writer = StateText.Writer()
        writer.bytes.reserveCapacity(100 * fileKeys.count + 120 * shares.values.reduce(0) { $0 + $1.places.count })
        for (path, key) in fileKeys.sorted(by: { $0.key < $1.key }) { writer.line(key, path) }
        for (path, index) in shares.sorted(by: { $0.key < $1.key }) {
            writer.line("shares", path, index.context)
            // By offset (ids only between empty shares at one offset): comparing 40,000 ids as
            // Strings was a visible share of a large site's rebuild.
            for (id, place) in index.places.sorted(by: { a, b in
                a.value.offset != b.value.offset ? a.value.offset < b.value.offset : a.key < b.key
            }) {
                writer.line("place", id, place.digest, String(place.offset), String(place.length))
            }
        }
        return [Data("roles\t\(roles.count)\n".utf8), roles, Data(writer.bytes)]
    }
}
