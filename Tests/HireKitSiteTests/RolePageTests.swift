import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("Role pages: apply, share, print and where the role leads")
struct RolePageTests {
    private let ladder = [
        sampleRole(advancement: ["head-cashier"]),
        sampleRole(id: "greeter", title: "Greeter", advancement: ["head-cashier"]),
        sampleRole(id: "head-cashier", title: "Head Cashier", advancement: ["store-manager"]),
        sampleRole(id: "store-manager", title: "Store Manager"),
    ]

    private func page(_ id: String, roles: [Role]? = nil, config: SiteConfig = SiteConfig()) throws -> String {
        try builder(roles ?? ladder, config: config).render().text("roles/\(id).html")
    }

    private func metaContent(_ html: String, _ key: String) throws -> String? {
        try LibXML.parseHTML(Data(html.utf8)).all("meta")
            .first { $0.attributes["property"] == key || $0.attributes["name"] == key }?.attributes["content"]
    }

    @Test func rolePagesCarryOpenGraphAndTwitterCardMeta() throws {
        let html = try page("cashier")
        #expect(try metaContent(html, "og:title") == "Cashier – Harbor & Pine careers")
        #expect(try metaContent(html, "og:url") == "https://careers.harborandpine.example/roles/cashier.html")
        #expect(try metaContent(html, "og:description") == "Runs the checkout.")
        #expect(try metaContent(html, "twitter:card") == "summary")
        #expect(try metaContent(html, "og:image") == nil)
    }

    @Test func aShareImageInTheConfigurationMakesALargeCard() throws {
        let html = try page("cashier", config: SiteConfig(shareImage: "assets/share.png"))
        #expect(try metaContent(html, "og:image") == "https://careers.harborandpine.example/assets/share.png")
        #expect(try metaContent(html, "twitter:card") == "summary_large_image")
    }

    @Test func theShareDescriptionIsTheSummarysFirstSentence() throws {
        let html = try page("cashier", roles: [sampleRole(summary: "You run the till. You also count it, e.g. at 5 p.m.")])
        #expect(try metaContent(html, "description") == "You run the till.")
    }

    @Test func aVeryLongFirstSentenceIsCutAtAWord() {
        let text = String(repeating: "word ", count: 60)
        let short = SiteBuilder.shortDescription(text)
        #expect(short.count <= 201 && short.hasSuffix("word\u{2026}"))
    }

    @Test func theApplySectionSpellsOutTheAddressForPrint() throws {
        let html = try page("cashier")
        #expect(html.contains("E-mail your CV to careers@harborandpine.example with the subject \u{201C}Application: Cashier\u{201D}."))
    }

    @Test func anApplyURLInTheConfigurationIsTheCallToAction() throws {
        let html = try page("cashier", config: SiteConfig(applyURL: "https://jobs.example.org/apply?role=1&x=2"))
        #expect(html.contains("<a class=\"button\" href=\"https://jobs.example.org/apply?role=1&amp;x=2\">Apply now"))
        #expect(html.contains("Apply online at https://jobs.example.org/apply?role=1&amp;x=2"))
    }

    @Test func rolesThatLeadToTheSamePlaceAreRelated() throws {
        let catalog = try RoleCatalog(validating: ladder)
        let related = AdvancementPaths(catalog: catalog).related(to: try #require(catalog.role(id: "cashier")))
        #expect(related.map(\.id) == ["greeter"])
        #expect(try page("cashier").contains("<h3>Related roles</h3>"))
    }

    @Test func withoutGraphNeighboursRelatedRolesComeFromTheDepartment() throws {
        let catalog = try RoleCatalog(validating: [sampleRole(), sampleRole(id: "bagger", title: "Bagger")])
        let related = AdvancementPaths(catalog: catalog).related(to: try #require(catalog.role(id: "cashier")))
        #expect(related.map(\.id) == ["bagger"])
    }

    @Test func careerChainsRunFromTheRoleToTheTopOfItsLadder() throws {
        let catalog = try RoleCatalog(validating: ladder)
        let chains = AdvancementPaths(catalog: catalog).chains(from: try #require(catalog.role(id: "cashier")))
        #expect(chains == [["cashier", "head-cashier", "store-manager"]])
        let html = try page("cashier")
        #expect(html.contains("<h3>Career paths from here</h3>"))
        #expect(html.contains("<a href=\"../roles/store-manager.html\">Store Manager</a>"))
    }

    @Test func aOneStepLadderShowsNoSeparateCareerPaths() throws {
        #expect(!(try page("head-cashier")).contains("Career paths from here"))
    }

    @Test func theConfiguredLogoIsShownAndUsedAsTheTabIcon() throws {
        let html = try page("cashier", config: SiteConfig(logoPath: "assets/logo.svg"))
        #expect(html.contains("<link rel=\"icon\" href=\"../assets/logo.svg\">"))
        #expect(html.contains("<img src=\"../assets/logo.svg\" alt=\"\""))
    }

    @Test func thePrintStylesheetLeavesOffNavigationAndButtons() throws {
        let css = try builder(ladder).render().text("assets/style.css")
        let print = try #require(css.range(of: "@media print")).upperBound
        #expect(css[print...].contains(".site-header nav"))
        #expect(css[print...].contains(".apply"))
    }
}
