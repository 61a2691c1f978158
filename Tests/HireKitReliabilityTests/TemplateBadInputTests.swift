import Foundation
import HireKitSite
import HireKitTestSupport
import Testing

/// Broken templates (`BadInputs/templates/<case>/`, each a complete templates folder) must give exactly the
/// error in `<case>.expected`, with the template's file, line and column, before anything is written.
@Suite("Bad templates")
struct TemplateBadInputTests {
    static let cases = BadInputs.files(in: "templates").filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }

    /// Copies a corpus templates folder to `<folder>/Templates` and validates it against the corpus roles.
    static func check(_ templates: URL, in folder: TempFolder) -> String? {
        let target = folder.file("Templates")
        if templates != target { try? FileManager.default.copyItem(at: templates, to: target) }
        let inputs = SiteBuild.Inputs(rolesDirectory: BadInputs.url("valid-roles").path, templatesDirectory: target.path,
                                      configPath: folder.file("none.yml").path)
        do {
            _ = try SiteBuild.prepare(inputs).render()
            return nil
        } catch {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test func theCorpusTemplatesAreValidApartFromTheBrokenPart() throws {
        #expect(Self.check(BadInputs.url("templates/valid"), in: try TempFolder("templates")) == nil)
    }

    @Test("every broken template gives exactly its expected error", arguments: cases)
    func corpusCase(_ input: String) throws {
        let expected = try BadInputs.text(input + ".expected").trimmingCharacters(in: .newlines)
        #expect(Self.check(BadInputs.url(input), in: try TempFolder("templates")) == expected)
    }

    @Test func aTemplateLinkingOutOfTheTemplatesFolderIsRefused() throws {
        let folder = try TempFolder("templates-link")
        try FileManager.default.copyItem(at: BadInputs.url("templates/valid"), to: folder.file("Templates"))
        let outside = try folder.write("elsewhere/role.mustache", try BadInputs.data("templates/valid/role.mustache"))
        try FileManager.default.removeItem(at: folder.file("Templates/role.mustache"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("Templates/role.mustache").path, withDestinationPath: outside.path)
        #expect(Self.check(folder.file("Templates"), in: folder) == """
            Templates/role.mustache: error: the template links outside the templates folder. \
            Restore the template (see the defaults in the HireKit repository's Templates/).
            """)
    }

    @Test func anOversizedTemplateIsRefusedBeforeParsing() throws {
        let folder = try TempFolder("templates-huge")
        try FileManager.default.copyItem(at: BadInputs.url("templates/valid"), to: folder.file("Templates"))
        let page = try BadInputs.text("templates/valid/index.mustache")
        try folder.write("Templates/index.mustache", page + String(repeating: "<p>{{site.companyName}}</p>\n", count: 20_000))
        #expect(Self.check(folder.file("Templates"), in: folder) == """
            Templates/index.mustache: error: the template is unreadable, not UTF-8, or over 524288 bytes. \
            Restore the template (see the defaults in the HireKit repository's Templates/).
            """)
    }
}
