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
        self = Self.head(in: folder)
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.cacheFileName).path) else { return }
        let body = SiteBuildState(decoding: data)
        fileKeys = body.fileKeys; shares = body.shares; roles = body.roles
    }

    /// Only `.hirekit-state`: what a build needs to tell that nothing changed.
    static func head(in folder: URL) -> SiteBuildState {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path) else {
            return SiteBuildState(inputs: nil, fileKeys: [:])
        }
        return SiteBuildState(decoding: data)
    }

    private init(decoding data: Data) {
        self.init(inputs: nil, fileKeys: [:])
        var lineStart = data.startIndex
        var sharedFile: String?
        while lineStart < data.endIndex, let end = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: data[lineStart..<end], as: UTF8.self)
            lineStart = end + 1
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            switch fields[0] {
            case "inputs": inputs = fields[1]
            case "outputs": outputs = fields[1]
            case "files":
                // `files\t<scanned>\t<length>`, then that many bytes of `InputFiles` lines.
                let parts = fields[1].split(separator: "\t")
                guard parts.count == 2, let scanned = Double(parts[0]), let length = Int(parts[1]),
                      length >= 0, length <= data.endIndex - lineStart else { return }
                files = InputFiles(scanned: scanned, decoding: String(decoding: data[lineStart..<lineStart + length], as: UTF8.self)[...])
                lineStart += length
            case "shares":
                // `shares\t<path>\t<context>`, then its places, one `place` line each.
                let parts = fields[1].split(separator: "\t", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                sharedFile = parts[0]
                shares[parts[0]] = SharedFile.Index(context: parts[1], places: [:])
            case "place":
                // `place\t<role id>\t<digest>\t<offset>\t<length>`
                let parts = fields[1].split(separator: "\t").map(String.init)
                guard let file = sharedFile, parts.count == 4, let offset = Int(parts[2]), let length = Int(parts[3]) else { continue }
                shares[file]?.places[parts[0]] = SharedFile.Place(digest: parts[1], offset: offset, length: length)
            case "roles":
                // The archive's bytes follow its line, to the end of the file.
                if Int(fields[1]) == data.endIndex - lineStart { roles = Data(data[lineStart...]) }
                return
            default: fileKeys[fields[1]] = fields[0]
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

    /// `.hirekit-cache`: `<key>\t<path>` per keyed file, sorted by path, the shares of each whole-site
    /// file, then `roles\t<length>` and the archive: deterministic for the same files.
    var encodedBody: Data {
        var text = ""
        for (path, key) in fileKeys.sorted(by: { $0.key < $1.key }) { text += "\(key)\t\(path)\n" }
        for (path, index) in shares.sorted(by: { $0.key < $1.key }) {
            text += "shares\t\(path)\t\(index.context)\n"
            for (id, place) in index.places.sorted(by: { $0.key < $1.key }) {
                text += "place\t\(id)\t\(place.digest)\t\(place.offset)\t\(place.length)\n"
            }
        }
        text += "roles\t\(roles.count)\n"
        return Data(text.utf8) + roles
    }
}
