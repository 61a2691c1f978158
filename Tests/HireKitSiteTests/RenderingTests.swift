import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("Rendering roles into pages")
struct RenderingTests {
    @Test func roleTextIsHTMLEscapedInPages() throws {
        let site = try builder([sampleRole(title: "Cashier <script>alert(1)</script>", summary: "Tom & Jerry's \"shop\"")]).render()
        let page = site.text("roles/cashier.html")
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("Cashier &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(site.text("index.html").contains("&lt;script&gt;"))
    }

    @Test func aQuoteJoinedToACombiningMarkIsStillEscaped() throws {
        // '"' + U+0301 is one Character; escaping Character by Character would let it end an attribute.
        let mark = "\u{301}"
        let site = try builder([sampleRole(title: "Cashier\"" + mark + " onmouseover=\"alert(1)")]).render()
        let page = site.text("roles/cashier.html")
        let raw = "Cashier\"" + mark, escaped = "Cashier&quot;" + mark + " onmouseover=&quot;alert(1)"
        #expect(!page.contains(raw))
        #expect(page.contains(escaped))
    }

    @Test func roleTextCannotCloseTheJSONLDScript() throws {
        let site = try builder([sampleRole(summary: "</script><script>alert(1)</script>")]).render()
        let page = site.text("roles/cashier.html")
        #expect(page.components(separatedBy: "</script>").count == page.components(separatedBy: "<script").count,
                "only the page's own script elements' closing tags")
        #expect(!page.contains("<script>alert(1)"))
    }

    @Test func roleTextCannotCloseTheSelfCheckTerms() throws {
        var role = sampleRole()
        role.skills.required[0].synonyms.append("</script><script>alert(1)</script><!--")
        let page = try builder([role]).render().text("roles/cashier.html")
        #expect(page.components(separatedBy: "</script>").count == page.components(separatedBy: "<script").count)
        #expect(!page.contains("<script>alert(1)") && !page.contains("<!--"))
        #expect(page.contains(#"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!--"#))
    }

    @Test func everyRolePageHasAPostingWithGooglesRequiredProperties() throws {
        let role = sampleRole()
        let posting = JobPostingJSONLD.object(for: role, config: SiteConfig())
        for key in ["title", "description", "datePosted", "hiringOrganization", "jobLocation", "validThrough",
                    "employmentType", "baseSalary", "identifier", "occupationalCategory", "educationRequirements",
                    "experienceRequirements", "skills", "responsibilities", "qualifications"] {
            #expect(posting[key] != nil, "missing \(key)")
        }
        #expect(posting["@type"] as? String == "JobPosting")
    }

    @Test func aRemoteRoleIsATelecommutePosting() throws {
        var role = sampleRole()
        role.employment.remote = true
        let posting = JobPostingJSONLD.object(for: role, config: SiteConfig())
        #expect(posting["jobLocationType"] as? String == "TELECOMMUTE")
        #expect(posting["applicantLocationRequirements"] != nil)
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let roles = [sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier")]
        #expect(try builder(roles).render() == builder(roles).render())
    }

    @Test func rolePagesLinkWhereTheRoleLeadsAndWhereItComesFrom() throws {
        let site = try builder([sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier")]).render()
        #expect(site.text("roles/cashier.html").contains("<a href=\"../roles/head-cashier.html\">Head Cashier</a>"))
        #expect(site.text("roles/head-cashier.html").contains("<a href=\"../roles/cashier.html\">Cashier</a>"))
    }

    @Test func theCareerGraphLinksEveryRoleAndDrawsEveryAdvancement() throws {
        let roles = [sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier")]
        let svg = CareerGraphSVG(catalog: try RoleCatalog(validating: roles)).render(root: "")
        #expect(svg.components(separatedBy: "<a href=").count - 1 == 2)
        #expect(svg.components(separatedBy: "marker-end").count - 1 == 1)
    }

    @Test func anEntryRoleIsInAnEarlierCareerStepThanTheRoleItLeadsTo() throws {
        let roles = [sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier")]
        let columns = CareerGraphSVG(catalog: try RoleCatalog(validating: roles)).columns()
        #expect(columns.map { $0.map(\.id) } == [["cashier"], ["head-cashier"]])
    }

    @Test func pagesUseRelativeLinksSoTheSiteWorksFromDisk() throws {
        let site = try builder([sampleRole()]).render()
        #expect(site.text("roles/cashier.html").contains("href=\"../assets/style.css\""))
        #expect(site.text("index.html").contains("href=\"roles/cashier.html\""))
    }

    @Test func theBaseURLIsUsedForAbsoluteLinksOnly() throws {
        let site = try builder([sampleRole()], config: SiteConfig(baseURL: "https://jobs.example.org/careers")).render()
        #expect(site.text("sitemap.xml").contains("<loc>https://jobs.example.org/careers/roles/cashier.html</loc>"))
        #expect(site.text("roles/cashier.html").contains("<link rel=\"canonical\" href=\"https://jobs.example.org/careers/roles/cashier.html\">"))
    }
}
