import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("The career-paths diagram")
struct CareerGraphTests {
    private let roles = [
        sampleRole(advancement: ["head-cashier", "store-manager"]),
        sampleRole(id: "greeter", title: "Greeter", advancement: ["cashier"]),
        sampleRole(id: "head-cashier", title: "Head Cashier", advancement: ["store-manager"]),
        sampleRole(id: "store-manager", title: "Customer Service Representative Lead"),
    ]

    private func svg(_ narrow: Bool) throws -> Element {
        let graph = CareerGraphSVG(catalog: try RoleCatalog(validating: roles))
        return try LibXML.parseXML(Data((narrow ? graph.renderNarrow(root: "") : graph.render(root: "")).utf8))
    }

    @Test func thePhoneLayoutLinksEveryRoleAndDrawsEveryAdvancement() throws {
        let narrow = try svg(true)
        #expect(Set(narrow.all("a").compactMap { $0.attributes["href"] }) == Set(roles.map { "roles/\($0.id).html" }))
        #expect(narrow.all("path").filter { $0.attributes["marker-end"] != nil }.count == 4)
    }

    @Test func thePhoneLayoutFitsA390PixelScreen() throws {
        #expect(Int(try svg(true).attributes["width"] ?? "") ?? .max <= 358) // 390 px less the page's padding
    }

    @Test func thePhoneLayoutListsRolesInCareerOrder() throws {
        let titles = try svg(true).all("a").compactMap { $0.attributes["aria-label"] }
        #expect(titles == ["Greeter", "Cashier", "Head Cashier", "Customer Service Representative Lead"])
    }

    @Test func linksWhoseRunsOverlapGetTheirOwnLanes() {
        // 0→2 and 1→3 overlap; 2→3 starts where 0→2 ends and can share its lane.
        let lanes = CareerGraphSVG.lanes(for: [(0, 2), (1, 3), (2, 3)])
        #expect(lanes[0] != lanes[1])
        #expect(lanes[2] == 0)
    }

    @Test func theWideLayoutPutsEntryRolesAboveTheRolesTheyLeadTo() throws {
        let wide = try svg(false)
        let top = Dictionary(uniqueKeysWithValues: wide.all("a").compactMap { link -> (String, Int)? in
            guard let label = link.attributes["aria-label"], let y = link.all("rect").first?.attributes["y"].flatMap({ Int($0) }) else { return nil }
            return (label, y)
        })
        #expect(top["Greeter"]! < top["Cashier"]!)
        #expect(top["Cashier"]! < top["Head Cashier"]!)
    }

    @Test func longTitlesWrapOntoTwoLines() {
        #expect(CareerGraphSVG.wrap("Customer Service Representative") == ["Customer Service", "Representative"])
        #expect(CareerGraphSVG.wrap("Cashier") == ["Cashier"])
    }

    @Test func theTwoLayoutsUseTheirOwnIDsSoBothCanShareAPage() throws {
        let ids = try (svg(false).allElements + svg(true).allElements).compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
    }
}
