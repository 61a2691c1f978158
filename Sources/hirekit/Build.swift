import ArgumentParser
import HireKitSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the static careers site from the role definitions.",
        discussion: "The site is written atomically: if anything fails, the previous site is left untouched.")

    @OptionGroup var project: ProjectOptions

    @Option(help: "Folder to write the site into.")
    var output = "site"

    func run() throws {
        do {
            let (site, result) = try SiteBuild.build(project.inputs, outputDirectory: output)
            if result.unchanged {
                print("\(output)/ is up to date (\(site.files.count) files).")
            } else {
                print("Built \(site.files.count) files into \(output)/.")
                for path in result.removed { print("  removed \(path)") }
            }
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}

func printError(_ error: some Error) {
    var standardError = StandardError()
    print(error, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

import Foundation

func printError(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
}
