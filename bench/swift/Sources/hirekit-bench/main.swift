// hirekit-bench extract FILE…        read each file with HireKitCV (as `hirekit screen` does), one thread;
//                                     prints files, pages, characters and seconds as JSON
// hirekit-bench build-phases ROOT OUT time the phases of `hirekit build` run in ROOT (Roles/, Templates/,
//                                     hirekit.yml) into OUT: load roles, prepare (config, templates,
//                                     template check), render, publish; prints JSON
import Foundation
import HireKitCV
import HireKitRoles
import HireKitSite

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func json(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "extract":
    let reader = CVReader()
    var pages = 0, characters = 0, failures = 0
    let start = now()
    for path in arguments.dropFirst(2) {
        do {
            let document = try reader.read(fileAt: URL(fileURLWithPath: path))
            pages += document.pageCount ?? 0
            characters += document.text.utf8.count
        } catch {
            failures += 1
        }
    }
    json(["files": arguments.count - 2, "pages": pages, "utf8Bytes": characters, "failures": failures,
          "seconds": now() - start])
case "build-phases":
    let root = arguments[2], output = arguments[3]
    FileManager.default.changeCurrentDirectoryPath(root)
    var phases: [String: Double] = [:]
    var start = now()
    _ = try RoleLoader().load(directory: "Roles")
    phases["loadRoles"] = now() - start
    start = now()
    let builder = try SiteBuild.prepare(SiteBuild.Inputs())
    phases["prepare (load again + templates + template check)"] = now() - start
    start = now()
    let site = builder.render()
    phases["render"] = now() - start
    start = now()
    let result = try SiteWriter(outputDirectory: output).publish(site)
    phases["publish"] = now() - start
    json(["phases": phases, "files": site.files.count, "unchanged": result.unchanged])
default:
    FileHandle.standardError.write(Data("usage: hirekit-bench extract FILE… | build-phases ROOT OUT\n".utf8))
    exit(2)
}
