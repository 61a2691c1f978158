@testable import HireKitAudit
import Foundation
import Testing

@Suite("Audit reports")
struct AuditReportTests {
    /// Male 6/10, Female 3/10 (flagged), Non-binary 2/5 (flagged), one Intersex (excluded), 3 unknown.
    private func sample(shuffled: Bool = false) throws -> BiasAudit {
        var applications = Applications()
        applications.add(10, sex: "Male", race: "White", selected: 6, score: 70)
        applications.add(10, sex: "Female", race: "Asian", selected: 3, score: 40)
        applications.add(5, sex: "Non-binary", race: "Hispanic or Latino", selected: 2, score: 55)
        applications.add(1, sex: "Intersex", selected: 1, score: 90)
        applications.add(3, race: "White", score: 50)
        var list = applications.list
        if shuffled { list.reverse(); list.swapAt(0, 7); list.swapAt(3, 20) }
        return try BiasAudit(header: Applications.header, applications: list)
    }

    private func hostile() throws -> BiasAudit {
        var applications = Applications()
        applications.add(5, sex: "<script>alert('x')</script>", race: "Asian", selected: 1)
        applications.add(5, sex: "Female\" onmouseover=\"x", selected: 4)
        let header = AuditHeader(roles: [.init(id: "<img src=x onerror=alert(1)>", digest: "&amp;\"'")],
                                 hirekitVersion: "0.1.0</title><script>", selectedAt: "<b>offer</b>")
        return try BiasAudit(header: header, applications: applications.list)
    }

    @Test func theTableShowsTheHeaderAndAlignedRowsWithFlagsInWords() throws {
        let text = AuditReport.render(try sample(), as: .table)
        #expect(text.hasPrefix("""
        Bias audit of HireKit screening

        Period:        2026-01-01 to 2026-06-30
        Roles:         cashier (sha256:ab12)
        HireKit:       0.1.0
        Selected at:   phone-screen or any later stage
        Applications:  29 (12 selected; median score 55, 11 above it)

        """))
        // Intersex, 1 of 26 (3.8 %), is not excluded and sets the highest rate, 1.0. p-values from
        // scipy.stats.fisher_exact: [[6, 4], [6, 10]] 0.4216, [[3, 7], [9, 7]] 0.2475,
        // [[2, 3], [10, 11]] 1.0, [[1, 0], [11, 14]] 0.4615.
        #expect(text.contains("""

        Sex: selection rate (26 applications with a known sex; 3 unknown or declined, not in the rows)
        Category    Applications  Selected     Rate  Impact ratio  p (Fisher)  Note
        Female                10         3   30.0 %         0.300       0.248  below 4/5
        Male                  10         6   60.0 %         0.600       0.422  below 4/5
        Non-binary             5         2   40.0 %         0.400       1.000  below 4/5
        Intersex               1         1  100.0 %         1.000       0.462


        """))
        #expect(text.contains(AuditReport.notice.split(separator: " ").prefix(8).joined(separator: " ")))
    }

    @Test func theTableWrapsItsExplanationForATerminal() throws {
        let text = AuditReport.render(try sample(), as: .table)
        let beforeTables = try #require(text.components(separatedBy: "\n\nSex:").first)
        #expect(beforeTables.contains("chance.\n\nThese figures"))
        #expect(beforeTables.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func aRatioBelowFourFifthsThatIsUnlikelyToBeChanceIsMarkedSo() throws {
        var applications = Applications()
        applications.add(100, sex: "Male", selected: 50)
        applications.add(100, sex: "Female", selected: 20)  // ratio 0.4; Fisher p ≈ 1.6e-5
        applications.add(5, sex: "Non-binary", selected: 1)  // ratio 0.4 as well, but 5 people: p ≈ 0.66
        let text = AuditReport.render(try applications.audit(), as: .table)
        #expect(text.contains("Flags:         2 rows below four-fifths, 1 of them with p < 0.05"))
        let female = try #require(text.split(separator: "\n").first { $0.hasPrefix("Female") })
        #expect(female.hasSuffix("below 4/5, p < 0.05"))
        let nonBinary = try #require(text.split(separator: "\n").first { $0.hasPrefix("Non-binary") })
        #expect(nonBinary.hasSuffix("below 4/5"))
    }

    @Test func everyRoleIsListedOnItsOwnLine() throws {
        let header = AuditHeader(roles: [.init(id: "cashier", digest: "sha256:1"), .init(id: "barista", digest: "sha256:2")],
                                 hirekitVersion: "0.1.0", selectedAt: "interview")
        let text = AuditReport.render(try BiasAudit(header: header, applications: []), as: .table)
        #expect(text.contains("Period:        all dates\nRoles:         cashier (sha256:1)\n               barista (sha256:2)\n"))
    }

    @Test func undefinedRatiosAreShownAsNotApplicable() throws {
        var applications = Applications()
        applications.add(4, sex: "Male")
        applications.add(4, sex: "Female")
        let text = AuditReport.render(try applications.audit(), as: .table)
        let maleLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("Male ") })
        #expect(maleLine.contains(" n/a "))
        #expect(!text.contains("below 4/5\n"))
    }

    @Test func theJSONHasEveryFieldWithNullsAndSortedKeys() throws {
        let json = AuditReport.render(try sample(), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["applications"] as? Int == 29 && object["medianScore"] as? Double == 55)
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["selectedAt"] as? String == "phone-screen" && header.keys.contains("from"))
        let groupings = try #require(object["groupings"] as? [[String: Any]])
        #expect(groupings.map { $0["kind"] as? String } == ["sex", "race_ethnicity", "intersectional"])
        let rows = try #require(groupings[0]["rows"] as? [[String: Any]])
        let female = try #require(rows.first { $0["category"] as? String == "Female" })
        let selection = try #require(female["selection"] as? [String: Any])
        #expect(selection["belowFourFifths"] as? Bool == true && selection["passed"] as? Int == 3)
        #expect(female["raceEthnicity"] is NSNull)
        // Keys in order: "aboveMedian" is the first key of the document.
        #expect(json.hasPrefix("{\n  \"aboveMedian\" : "))
    }

    @Test func aHostileCategoryNameOrRoleIDIsEscapedInTheHTML() throws {
        let html = AuditReport.render(try hostile(), as: .html)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("onmouseover=\""))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        let document = try XMLCheck.parse(html)
        #expect(document.all("script").isEmpty && document.all("img").isEmpty)
        // The names survive as text.
        #expect(document.allText.contains("<script>alert('x')</script> × Asian"))
        #expect(document.allText.contains("<img src=x onerror=alert(1)>"))
    }

    @Test func theHTMLIsWellFormedAndSelfContained() throws {
        let html = AuditReport.render(try sample(), as: .html)
        let document = try XMLCheck.parse(html)
        #expect(document.name == "html")
        #expect(document.all("table").count == 6)
        #expect(document.all("svg").count == 6)
        for svg in document.all("svg") { #expect(svg.attributes["viewBox"]?.hasPrefix("0 0 400 ") == true) }
        for external in ["src=", "href=", "@import", "url(", "<link", "<script"] { #expect(!html.contains(external)) }
        #expect(html.contains("@media print"))
        #expect(html.contains("overflow-x:auto"))
        #expect(html.contains("svg{display:block;width:100%;max-width:34rem;height:auto}"))
    }

    @Test func theHTMLShowsTheHeaderNoticeAndFlagsInWords() throws {
        let document = try XMLCheck.parse(AuditReport.render(try sample(), as: .html))
        let text = document.allText
        for expected in ["2026-01-01 to 2026-06-30", "cashier", "sha256:ab12", "0.1.0", "phone-screen or any later stage",
                         "29 (12 selected; median score 55, 11 above it)", AuditReport.notice] {
            #expect(text.contains(expected))
        }
        let flaggedRows = document.all("tr").filter { $0.attributes["class"] == "flagged" }
        #expect(!flaggedRows.isEmpty)
        for row in flaggedRows { #expect(row.allText.contains("below 4/5")) }
        // The chart's labels say it too, and a marker line is drawn.
        #expect(document.all("svg")[0].allText.contains("30.0 %, below 4/5"))
        #expect(document.all("line").count == 6)
    }

    @Test func excludedCategoriesAreMarkedInTheHTML() throws {
        var applications = Applications()
        applications.add(60, sex: "Male", selected: 20)
        applications.add(1, sex: "Intersex", selected: 1)
        let document = try XMLCheck.parse(AuditReport.render(try applications.audit(), as: .html))
        let excluded = document.all("tr").filter { $0.attributes["class"] == "excluded" }
        #expect(excluded.count == 2 && excluded.allSatisfy { $0.allText.contains("excluded: under 2 %") })
    }

    @Test func everyFormatGivesTheSameBytesForTheSameApplicationsInAnyOrder() throws {
        for format in AuditReport.Format.allCases {
            let first = AuditReport.render(try sample(), as: format)
            #expect(AuditReport.render(try sample(), as: format) == first)
            #expect(AuditReport.render(try sample(shuffled: true), as: format) == first)
        }
    }
}
