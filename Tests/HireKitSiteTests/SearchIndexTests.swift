import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("Search and filters on the index page")
struct SearchIndexTests {
    private let roles = [sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier")]

    /// The JSON inside `window.hirekitRoles = …;`.
    private func entries(_ script: String) throws -> [[String: Any]] {
        let start = try #require(script.range(of: "window.hirekitRoles = "))
        let json = script[start.upperBound...].dropLast(2) // ";\n"
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    }

    @Test func theIndexIsAScriptSoItLoadsFromDisk() throws {
        let site = try builder(roles).render()
        let script = site.text("search-index.js")
        #expect(script.contains("window.hirekitRoles = ["))
        #expect(try entries(script).compactMap { $0["id"] as? String } == ["cashier", "head-cashier"])
    }

    @Test func eachEntryCarriesTheTextAQueryIsMatchedAgainst() throws {
        let entry = try #require(try entries(SearchIndex.script(try RoleCatalog(validating: roles))).first)
        let text = try #require(entry["text"] as? [String])
        for passage in ["Cashier", "Runs the checkout.", "Cash handling", "cash register", "POS systems", "Take payment."] {
            #expect(text.contains(passage), "missing \(passage)")
        }
        #expect(entry["industries"] as? [String] == ["Retail"])
        #expect(entry["types"] as? [String] == ["FULL_TIME"])
        #expect(entry["locations"] as? [String] == ["Portland, OR"])
    }

    @Test func roleTextCannotEndTheScriptElement() throws {
        let script = SearchIndex.script(try RoleCatalog(validating: [sampleRole(summary: "</script><!-- & more")]))
        #expect(!script.contains("<") && !script.contains(">") && !script.contains("&"))
        #expect(try entries(script).first?["text"] as? [String] == ["Cashier", "</script><!-- & more", "Cash handling", "cash register", "POS systems", "Take payment."])
    }

    @Test func filterChoicesComeFromTheRoles() throws {
        var remote = sampleRole(id: "agent", title: "Agent")
        remote.industries = ["Banking", "Retail"]
        remote.employment.remote = true
        remote.employment.types = [.partTime]
        let filters = SearchIndex.filters(try RoleCatalog(validating: [sampleRole(), remote]))
        let choices = Dictionary(uniqueKeysWithValues: filters.map { ($0.name, $0.options.map(\.value)) })
        #expect(choices["industry"] == ["Banking", "Retail"])
        #expect(choices["type"] == ["FULL_TIME", "PART_TIME"])
        #expect(choices["location"] == ["Portland, OR", "Remote"])
        #expect(choices["department"] == ["Retail"])
        #expect(choices["track"] == ["frontline"])
    }

    @Test func theIndexPageOffersAFilterPerFacetWithItsChoices() throws {
        let page = try LibXML.parseHTML(Data(try builder(roles).render().text("index.html").utf8))
        let selects = page.all("select")
        #expect(selects.compactMap { $0.attributes["name"] } == ["department", "track", "industry", "type", "location"])
        let types = try #require(selects.first { $0.attributes["name"] == "type" })
        #expect(types.all("option").map(\.text) == ["Any type", "Full-time"])
    }

    @Test func withoutJavaScriptEveryRoleIsListedAndTheFormStaysHidden() throws {
        let page = try LibXML.parseHTML(Data(try builder(roles).render().text("index.html").utf8))
        let form = try #require(page.all("form").first)
        #expect(form.attributes["hidden"] != nil)
        let cards = page.all("li").filter { $0.attributes["class"] == "role-card" }
        #expect(cards.compactMap { $0.attributes["data-role"] } == ["cashier", "head-cashier"])
        #expect(cards.allSatisfy { $0.attributes["hidden"] == nil })
    }

    @Test func theResultCountIsALiveRegion() throws {
        let page = try LibXML.parseHTML(Data(try builder(roles).render().text("index.html").utf8))
        let status = try #require(page.allElements.first { $0.attributes["id"] == "search-status" })
        #expect(status.attributes["aria-live"] == "polite")
    }

    @Test func theIndexPageLoadsTheIndexBeforeTheSearchScript() throws {
        let html = try builder(roles).render().text("index.html")
        let index = try #require(html.range(of: "<script src=\"search-index.js\" defer></script>"))
        let search = try #require(html.range(of: "<script src=\"assets/search.js\" defer></script>"))
        #expect(index.lowerBound < search.lowerBound)
    }

    @Test func trackNamesReadAsWords() {
        #expect(SearchIndex.trackName("technical-support") == "Technical support")
    }
}
