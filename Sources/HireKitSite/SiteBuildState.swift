import Foundation

/// What a build leaves beside the site for the next one (`.hirekit-state` in the output folder):
/// the digest of its inputs, the stamp of the files it published (`OutputStamp`), a key for each
/// role page that changes whenever anything the page shows changes, and the parsed role files
/// (`RoleArchive`).
///
/// It is staged with the site and published by the same atomic swap, so it always describes the
/// site it sits in: a build that fails or is killed leaves the previous site with the previous
/// state, and can never leave a digest that makes the next build skip work it must do. It is a
/// cache: deleting it only makes the next build render everything.
struct SiteBuildState: Equatable {
    static let fileName = ".hirekit-state"

    /// `InputDigest` of the build that wrote the site; nil when it could not be computed.
    var inputs: String?
    /// `OutputStamp` of the site's files as published; set by `SiteWriter.publish`.
    var outputs: String?
    /// Role page path → `SiteBuilder.pageKey` of what it shows.
    var pageKeys: [String: String]
    /// `RoleArchive` of the role files the build read.
    var roles: Data

    init(inputs: String?, pageKeys: [String: String], roles: Data = Data()) {
        self.inputs = inputs; self.pageKeys = pageKeys; self.roles = roles
    }

    /// The state stored in `folder`, or an empty one (nothing to skip or reuse) if there is none.
    init(in folder: URL) {
        self.init(inputs: nil, pageKeys: [:])
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path) else { return }
        var lineStart = data.startIndex
        while lineStart < data.endIndex, let end = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: data[lineStart..<end], as: UTF8.self)
            lineStart = end + 1
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            switch fields[0] {
            case "inputs": inputs = fields[1]
            case "outputs": outputs = fields[1]
            case "roles":
                // The archive's bytes follow its line, to the end of the file.
                if Int(fields[1]) == data.endIndex - lineStart { roles = Data(data[lineStart...]) }
                return
            default: pageKeys[fields[1]] = fields[0]
            }
        }
    }

    /// `inputs\t<digest>`, `outputs\t<stamp>`, `<key>\t<path>` per page, sorted by path, then
    /// `roles\t<length>` and the archive: deterministic for the same files.
    var encoded: Data {
        var text = inputs.map { "inputs\t\($0)\n" } ?? ""
        text += outputs.map { "outputs\t\($0)\n" } ?? ""
        for (path, key) in pageKeys.sorted(by: { $0.key < $1.key }) { text += "\(key)\t\(path)\n" }
        text += "roles\t\(roles.count)\n"
        return Data(text.utf8) + roles
    }
}
