import Foundation
import HireKitCV
import HireKitRoles
import HireKitSite
import HireKitTestSupport
import Testing

/// Every input a fuzzer made crash, replayed through the same harness (`Fuzz/Sources/<Target>/`): the fixed code
/// must now give a normal answer. The files are copies of `Fuzz/findings/<Target>/`; add new findings to
/// `BadInputs/fuzz/<Target>/` and they run here automatically.
@Suite("Fuzz findings stay fixed")
struct FuzzRegressionTests {
    /// DOCXFuzz's input: first byte even → the rest is the file; odd → NUL-separated document, header and footer
    /// XML packed into a stored ZIP.
    static func docxFile(fromFuzzInput data: Data) -> Data {
        guard let mode = data.first else { return Data() }
        let rest = Data(data.dropFirst())
        if mode % 2 == 0 { return rest }
        let parts = rest.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { Data($0) }
        var entries: [(name: String, data: Data)] = [
            ("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("word/document.xml", parts[0]),
        ]
        if parts.count > 1 { entries.append(("word/header1.xml", parts[1])) }
        if parts.count > 2 { entries.append(("word/footer1.xml", parts[2])) }
        return StoredZip.archive(entries)
    }

    @Test("DOCXFuzz findings give text or a CVReadError", arguments: BadInputs.files(in: "fuzz/DOCXFuzz"))
    func docxFinding(_ input: String) throws {
        let file = Self.docxFile(fromFuzzInput: try BadInputs.data(input))
        // A finite limit, so that an input that once looped forever fails the test instead of hanging it.
        let reader = CVReader(limits: ReaderLimits(timeoutSeconds: 5))
        do {
            let document = try reader.read(data: file, source: "fuzz.docx")
            #expect(!document.text.isEmpty)
        } catch {
            #expect(error.description.hasPrefix("fuzz.docx: "))
            if case .timedOut = error { Issue.record("\(input) still takes over 5 s") }
        }
    }

    /// TemplateRenderFuzz's input is a role file; whatever the loader accepts must render through the shipped
    /// templates and print as a posting in every format.
    @Test("TemplateRenderFuzz findings are refused or render", arguments: BadInputs.files(in: "fuzz/TemplateRenderFuzz"))
    func templateRenderFinding(_ input: String) throws {
        let yaml = String(decoding: try BadInputs.data(input), as: UTF8.self)
        guard var role = try? RoleLoader().decode(yaml: yaml, file: "Roles/fuzz.yml") else { return }
        role.advancement = []
        let catalog = try RoleCatalog(validating: [role])
        let templates = try TemplateSet(directory: repositoryRoot.appendingPathComponent("Templates").path)
        let site = SiteBuilder(catalog: catalog, templates: templates, config: SiteConfig()).render()
        #expect(site.files["roles/\(role.id).html"] != nil)
        for format in PostingFormat.allCases {
            #expect(!JobPostingDocument(role: role, catalog: catalog, config: SiteConfig()).render(format).isEmpty)
        }
    }
}
