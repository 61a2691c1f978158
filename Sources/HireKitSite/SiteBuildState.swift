import Foundation

/// What a build leaves beside the site for the next one (`.hirekit-state` in the output folder):
/// the digest of its inputs, the stamp of the files it published (`OutputStamp`), and a key for each
/// role page that changes whenever anything the page shows changes.
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

    init(inputs: String?, pageKeys: [String: String]) {
        self.inputs = inputs; self.pageKeys = pageKeys
    }

    /// The state stored in `folder`, or an empty one (nothing to skip or reuse) if there is none.
    init(in folder: URL) {
        self.init(inputs: nil, pageKeys: [:])
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.fileName).path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2 else { continue }
            switch fields[0] {
            case "inputs": inputs = fields[1]
            case "outputs": outputs = fields[1]
            default: pageKeys[fields[1]] = fields[0]
            }
        }
    }

    /// `inputs\t<digest>`, `outputs\t<stamp>`, then `<key>\t<path>` per page, sorted by path:
    /// deterministic for the same files.
    var encoded: Data {
        var text = inputs.map { "inputs\t\($0)\n" } ?? ""
        text += outputs.map { "outputs\t\($0)\n" } ?? ""
        for (path, key) in pageKeys.sorted(by: { $0.key < $1.key }) { text += "\(key)\t\(path)\n" }
        return Data(text.utf8)
    }
}
