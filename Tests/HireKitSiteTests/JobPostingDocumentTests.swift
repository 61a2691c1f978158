import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("Job postings to paste into job boards")
struct JobPostingDocumentTests {
    private func posting(_ format: PostingFormat, _ role: Role = sampleRole(), others: [Role] = [],
                         config: SiteConfig = SiteConfig()) throws -> String {
        let catalog = try RoleCatalog(validating: [role] + others)
        return JobPostingDocument(role: role, catalog: catalog, config: config).render(format)
    }

    @Test func markdownHasTheTitleFactsAndSections() throws {
        let text = try posting(.markdown)
        #expect(text.hasPrefix("# Cashier\n"))
        #expect(text.contains("- **Pay:** $17 – $19.50 per hour"))
        #expect(text.contains("## What you will do\n\n- Take payment.\n"))
        #expect(text.contains("## What we look for\n\n- Cash handling\n"))
        #expect(text.contains("## Nice to have\n\n- POS systems\n"))
    }

    @Test func markdownEscapesRoleTextThatWouldBecomeFormatting() throws {
        let text = try posting(.markdown, sampleRole(summary: "Use *stars*, _under_ [links](x) and <b>tags</b>"))
        #expect(text.contains("Use \\*stars\\*, \\_under\\_ \\[links\\](x) and \\<b\\>tags\\</b\\>"))
    }

    @Test func markdownEscapesASpecialCharacterJoinedToACombiningMark() throws {
        // "[" + U+0301 is one Swift Character, but a Markdown parser still reads the "[".
        let bracket = "[\u{0301}", star = "*\u{0301}"
        let text = try posting(.markdown, sampleRole(summary: "\(bracket)link](x) \(star)bold*"))
        #expect(text.contains("\\\(bracket)link\\](x) \\\(star)bold\\*"))
    }

    @Test func plainTextHasNoMarkup() throws {
        let text = try posting(.text, sampleRole(summary: "Tom & Jerry's shop"))
        #expect(text.hasPrefix("Cashier\n=======\n"))
        #expect(text.contains("Tom & Jerry's shop"))
        #expect(text.contains("What you will do\n----------------\n\u{2022} Take payment."))
        #expect(!text.contains("**") && !text.contains("<"))
    }

    @Test func htmlIsAFragmentWithEveryPieceOfRoleTextEscaped() throws {
        let text = try posting(.html, sampleRole(title: "Cashier <script>", summary: "Tom & \"Jerry\""))
        #expect(text.hasPrefix("<h2>Cashier &lt;script&gt;</h2>\n"))
        #expect(text.contains("<p>Tom &amp; &quot;Jerry&quot;</p>"))
        #expect(!text.contains("<html") && !text.contains("<script>"))
    }

    @Test func theHTMLFragmentIsWellFormed() throws {
        let text = try posting(.html)
        _ = try LibXML.parseXML(Data("<div>\(text)</div>".utf8))
    }

    @Test func thePostingSaysHowToApplyByEmailWithTheRoleInTheSubject() throws {
        let text = try posting(.markdown)
        #expect(text.contains("(<mailto:careers@harborandpine.example?subject=Application%3A%20Cashier>)"))
    }

    @Test func anApplyURLInTheConfigurationReplacesTheEmail() throws {
        let text = try posting(.text, config: SiteConfig(applyURL: "https://jobs.example.org/apply"))
        #expect(text.contains("Apply online: https://jobs.example.org/apply"))
        #expect(!text.contains("Apply by e-mail"))
    }

    @Test func thePostingLinksTheRolesItLeadsToAndItsOwnPage() throws {
        let text = try posting(.markdown, sampleRole(advancement: ["head-cashier"]),
                               others: [sampleRole(id: "head-cashier", title: "Head Cashier")])
        #expect(text.contains("## Where this role leads\n\n- [Head Cashier](<https://careers.harborandpine.example/roles/head-cashier.html>)"))
        #expect(text.contains("**Full posting:** [https://careers.harborandpine.example/roles/cashier.html]"))
    }

    @Test func theEqualOpportunityStatementClosesThePosting() throws {
        let text = try posting(.text, config: SiteConfig(equalOpportunity: "We hire fairly."))
        #expect(text.hasSuffix("We hire fairly.\n"))
    }

    @Test func multiLineRoleTextStaysInsideItsListItem() throws {
        var role = sampleRole()
        role.responsibilities = ["Count the till\n\n# at closing"]
        let text = try posting(.markdown, role)
        #expect(text.contains("- Count the till # at closing\n"))
    }
}
