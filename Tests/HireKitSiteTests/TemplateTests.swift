import Foundation
import HireKitTestSupport
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("User-editable templates")
struct TemplateTests {
    @Test func aTemplateSyntaxErrorNamesTheFileLineAndColumn() throws {
        let folder = try TempFolder("site")
        let templates = try folder.copyOfShippedTemplates()
        try "<h1>{{title}}</h1>\n<p>{{#role}}{{summary}}{{/roles}}</p>\n".write(toFile: templates + "/index.mustache", atomically: true, encoding: .utf8)
        #expect {
            _ = try TemplateSet(directory: templates)
        } throws: { error in
            guard case let .templateSyntax(file, line, _, detail) = error as? SiteError else { return false }
            return file.hasSuffix("index.mustache") && line == 2 && detail.contains("does not match")
        }
    }

    @Test func aMissingPageTemplateIsNamed() throws {
        let folder = try TempFolder("site")
        let templates = try folder.copyOfShippedTemplates()
        try FileManager.default.removeItem(atPath: templates + "/role.mustache")
        #expect {
            _ = try TemplateSet(directory: templates)
        } throws: { error in
            "\(error)".contains("role.mustache: error: the page template is missing")
        }
    }

    @Test func aReferenceToAFieldThatDoesNotExistIsCaughtWithASuggestion() throws {
        let folder = try TempFolder("site")
        let templates = try folder.copyOfShippedTemplates()
        let role = try String(contentsOfFile: templates + "/role.mustache", encoding: .utf8)
        try role.replacingOccurrences(of: "<p class=\"lead\">{{summary}}</p>", with: "<p class=\"lead\">{{sumary}}</p>")
            .write(toFile: templates + "/role.mustache", atomically: true, encoding: .utf8)
        let problems = TemplateChecker(sources: try TemplateSet(directory: templates).sources)
            .check(page: "role", samples: [try builder([sampleRole()]).roleContext(sampleRole())])
        #expect(problems.map(\.name) == ["sumary"])
        #expect(problems.first?.suggestion == "summary")
        #expect(problems.first?.line == 12)
    }

    @Test func theShippedTemplatesReferenceOnlyExistingFields() throws {
        let site = try builder([sampleRole()])
        try SiteBuild.checkReferences(site)
    }

    @Test func namesInsideAListSectionResolveAgainstTheListItems() throws {
        let checker = TemplateChecker(sources: ["page": "{{#departments}}{{name}}{{#roles}}{{title}}{{nope}}{{/roles}}{{/departments}}"])
        let problems = checker.check(page: "page", samples: [try builder([sampleRole()]).indexContext()])
        #expect(problems.map(\.name) == ["nope"])
    }

    @Test func partialsAndLayoutsAreCheckedToo() throws {
        let checker = TemplateChecker(sources: ["page": "{{<frame}}{{$main}}ok{{/main}}{{/frame}}", "frame": "{{site.companyNam}}{{$main}}{{/main}}"])
        let problems = checker.check(page: "page", samples: [try builder([sampleRole()]).indexContext()])
        #expect(problems.map(\.template) == ["frame"])
        #expect(problems.first?.suggestion == "companyName")
    }

    @Test func aPageUsesEveryNameInItsPartialsLayoutsAndDottedNames() {
        let checker = TemplateChecker(sources: ["page": "{{<frame}}{{$main}}{{#roles}}{{upper(title)}}{{/roles}}{{> card}}{{/main}}{{/frame}}",
                                                "frame": "{{site.companyName}}{{$main}}{{/main}}", "card": "{{^hasLeadsTo}}{{{summary}}}{{/hasLeadsTo}}"])
        #expect(checker.names(page: "page") == ["roles", "title", "site", "companyName", "hasLeadsTo", "summary"])
    }

    @Test func aPageWhoseTemplateChangesDelimitersHasNoKnownNames() {
        let checker = TemplateChecker(sources: ["page": "{{title}}{{=<% %>=}}<% summary %>"])
        #expect(checker.names(page: "page") == nil)
    }

    @Test func anIndexTemplateThatNamesARolesSkillsAndSalaryShowsThem() throws {
        let folder = try TempFolder("site")
        let templates = try folder.copyOfShippedTemplates()
        let index = try String(contentsOfFile: templates + "/index.mustache", encoding: .utf8)
        let card = "<p>{{summary}}</p>"
        #expect(index.contains(card))
        try index.replacingOccurrences(of: card, with: card + """
            <p class="extra">{{#requiredSkills}}{{name}};{{/requiredSkills}}|{{salaryText}}|{{experienceText}}|{{industriesText}}</p>
            """).write(toFile: templates + "/index.mustache", atomically: true, encoding: .utf8)
        let site = try builder([sampleRole()], templates: try TemplateSet(directory: templates)).render()
        #expect(site.text("index.html").contains(#"<p class="extra">Cash handling;|$17 – $19.50 per hour|At least 1 year of relevant experience.|Retail</p>"#))
    }

    @Test func assetsAreCopiedToTheSite() throws {
        let site = try builder([sampleRole()]).render()
        #expect(site.text("assets/style.css").contains("@media print"))
    }
}
