import Foundation
import HireKitCV
import HireKitRoles
import HireKitTestSupport
import Testing
@testable import HireKitScreening

@Suite("Explaining only the results a report prints")
struct ScreeningBatchResultsTests {
    private static let catalog = try! RoleLoader().load(directory: repositoryRoot.appendingPathComponent("Roles").path)
    private static let date = Date(timeIntervalSince1970: 1_780_000_000)
    private static let texts = [
        Fixtures.cv,
        "Cashier at a grocery store: handled cash, customer service, helped customers with POS.\nJan 2019 - Present",
        "Receptionist\nFront desk, 2015 - 2019; answered 60 calls per day\nHigh school diploma",
        "no matches here at all", "",
    ]

    /// Every role's result, explained, best first: what each role's own screener gives, ranked.
    @Test func allResultsAreEachRolesOwnScreenRanked() {
        let batch = ScreeningBatch(roles: Self.catalog.roles, catalog: Self.catalog, referenceDate: Self.date, concurrency: 1)
        for text in Self.texts {
            let expected = batch.screeners.map { $0.screen(text: text, source: "cv.txt") }
                .sorted { ($1.score, $0.roleID) < ($0.score, $1.roleID) }
            #expect(batch.screen(CVDocument(source: "cv.txt", format: .plainText, text: text)).results == expected)
        }
    }

    /// With `.best`, the one result made is the best of all of them, explained the same.
    @Test func bestResultIsTheFirstOfAllResults() {
        let all = ScreeningBatch(roles: Self.catalog.roles, catalog: Self.catalog, referenceDate: Self.date, concurrency: 1)
        let best = ScreeningBatch(roles: Self.catalog.roles, catalog: Self.catalog, referenceDate: Self.date, concurrency: 1,
                                  results: .best)
        for text in Self.texts {
            let document = CVDocument(source: "cv.txt", format: .plainText, text: text)
            #expect(best.screen(document).results == [all.screen(document).results[0]])
        }
    }

    /// A worker deep in a long batch screens with screeners compiled for it alone (so two cores do
    /// not share reference counts): they must rank and explain every CV exactly as the shared ones.
    @Test func aWorkersOwnScreenersScreenAsTheSharedOnes() {
        let batch = ScreeningBatch(roles: Self.catalog.roles, catalog: Self.catalog, referenceDate: Self.date, concurrency: 2)
        let own = batch.recompiled()
        #expect(zip(batch.screeners, own.screeners).allSatisfy { $0 !== $1 })
        for text in Self.texts {
            let document = CVDocument(source: "cv.txt", format: .plainText, text: text)
            #expect(own.screen(document) == batch.screen(document))
        }
    }
}
