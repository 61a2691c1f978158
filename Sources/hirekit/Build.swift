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
            // Never released: the process ends once the summary is printed (see `Leftovers`).
            let leftovers = Unmanaged.passRetained(SiteBuild.Leftovers()).takeUnretainedValue()
            let (site, result) = try SiteBuild.build(project.inputs, outputDirectory: output, leftovers: leftovers)
            defer { leftovers.keep(site) }
            let files = result.written + result.reused
            let pages = "role pages: \(site.renderedPages) rendered, \(site.reusedPages) reused"
            if result.unchanged {
                print("\(output)/ is up to date (\(files) files, none written; \(pages)).")
            } else {
                print("Built \(files) files into \(output)/ (\(result.written) written, \(result.reused) unchanged; \(pages)).")
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
