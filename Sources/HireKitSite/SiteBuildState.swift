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
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.cacheFileName).path) else { return state }
        let body = SiteBuildState(decoding: data)
        state.fileKeys = body.fileKeys; state.shares = body.shares; state.roles = body.roles
        return state
    }

    /// Only `.hirekit-state`: what a build needs to tell that nothing changed.
    static func head(in folder: URL) -> SiteBuildState {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path) else {
            return SiteBuildState(inputs: nil, fileKeys: [:])
        }
        return SiteBuildState(decoding: data)
    }

    /// Either file: the binary role archive first when there is one (`roles\t<length>` and its
    /// bytes), then text lines, read as slices of one string rather than a string per line (a large
    /// site's cache has tens of thousands of lines).
    private init(decoding data: Data) {
        self.init(inputs: nil, fileKeys: [:])
        var textStart = data.startIndex
        if data.starts(with: Data("roles\t".utf8)), let end = data.firstIndex(of: UInt8(ascii: "\n")) {
            guard let length = Int(String(decoding: data[(data.startIndex + 6)..<end], as: UTF8.self)),
                  length >= 0, length <= data.endIndex - (end + 1) else { return }
            roles = Data(data[(end + 1)..<(end + 1 + length)])
            textStart = end + 1 + length
        }
        let text = String(decoding: data[textStart...], as: UTF8.self)
        var sharedFile: String?
        var rest = text[...]
        // Searched as bytes: Character by Character would be grapheme-aware and slow.
        while let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) {
            let line = rest[..<newline]
            rest = rest[rest.utf8.index(after: newline)...]
            guard let tab = line.utf8.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let name = line[..<tab], value = line[line.utf8.index(after: tab)...]
            switch name {
            case "inputs": inputs = String(value)
            case "outputs": outputs = String(value)
            case "files":
                // `files\t<scanned>\t<length>`, then that many bytes of `InputFiles` lines.
                let parts = value.split(separator: "\t")
                guard parts.count == 2, let scanned = Double(parts[0]), let length = Int(parts[1]), length >= 0,
                      let end = rest.utf8.index(rest.startIndex, offsetBy: length, limitedBy: rest.endIndex) else { return }
                files = InputFiles(scanned: scanned, decoding: rest[..<end])
                rest = rest[end...]
            case "shares":
                // `shares\t<path>\t<context>`, then its places, one `place` line each.
                let parts = value.split(separator: "\t", maxSplits: 1)
                guard parts.count == 2 else { continue }
                sharedFile = String(parts[0])
                shares[String(parts[0])] = SharedFile.Index(context: String(parts[1]), places: [:])
            case "place":
                // `place\t<role id>\t<digest>\t<offset>\t<length>`
                let parts = value.split(separator: "\t")
                guard let file = sharedFile, parts.count == 4, let offset = Int(parts[2]), let length = Int(parts[3]) else { continue }
                shares[file]?.places[String(parts[0])] = SharedFile.Place(digest: String(parts[1]), offset: offset, length: length)
            default: fileKeys[String(value)] = String(name)
            }
        }
    }

    /// `.hirekit-state`: `inputs\t<digest>`, `outputs\t<stamp>`, then `files\t<scanned>\t<length>` and
    /// the input files' lines.
    var encodedHead: Data {
        var text = inputs.map { "inputs\t\($0)\n" } ?? ""
        text += outputs.map { "outputs\t\($0)\n" } ?? ""
        let fileLines = files.encoded
        text += "files\t\(files.scanned)\t\(fileLines.utf8.count)\n" + fileLines
        return Data(text.utf8)
    }

    /// `.hirekit-cache`: `roles\t<length>` and the archive, then `<key>\t<path>` per keyed file, sorted
    /// by path, and the shares of each whole-site file: deterministic for the same files.
    var encodedBody: Data {
        var text = ""
        for (path, key) in fileKeys.sorted(by: { $0.key < $1.key }) { text += "\(key)\t\(path)\n" }
        for (path, index) in shares.sorted(by: { $0.key < $1.key }) {
            text += "shares\t\(path)\t\(index.context)\n"
            for (id, place) in index.places.sorted(by: { $0.key < $1.key }) {
                text += "place\t\(id)\t\(place.digest)\t\(place.offset)\t\(place.length)\n"
            }
        }
        return Data("roles\t\(roles.count)\n".utf8) + roles + Data(text.utf8)
    }
}
