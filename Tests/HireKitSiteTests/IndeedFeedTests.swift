import Foundation
import Testing
import HireKitRoles
@testable import HireKitSite

@Suite("The XML job feed for aggregators")
struct IndeedFeedTests {
    private func feed(_ roles: [Role], config: SiteConfig = SiteConfig()) throws -> Element {
        try LibXML.parseXML(Data(IndeedFeed.xml(catalog: try RoleCatalog(validating: roles), config: config).utf8))
    }

    private func field(_ job: Element, _ name: String) -> String? {
        job.children.first { $0.name == name }?.text
    }

    @Test func theFeedIsASourceWithPublisherAndOneJobPerRole() throws {
        let source = try feed([sampleRole(), sampleRole(id: "head-cashier", title: "Head Cashier")])
        #expect(source.name == "source")
        #expect(source.children.first { $0.name == "publisher" }?.text == "Harbor & Pine")
        #expect(source.children.first { $0.name == "publisherurl" }?.text == "https://careers.harborandpine.example/")
        #expect(source.all("job").count == 2)
    }

    @Test func aJobCarriesEveryFieldAggregatorsRead() throws {
        let job = try #require(try feed([sampleRole()]).all("job").first)
        #expect(field(job, "title") == "Cashier")
        #expect(field(job, "referencenumber") == "cashier")
        #expect(field(job, "url") == "https://careers.harborandpine.example/roles/cashier.html")
        #expect(field(job, "company") == "Harbor & Pine")
        #expect(field(job, "city") == "Portland")
        #expect(field(job, "state") == "OR")
        #expect(field(job, "country") == "US")
        #expect(field(job, "salary") == "$17 – $19.50 per hour")
        #expect(field(job, "jobtype") == "fulltime")
        #expect(field(job, "category") == "Retail")
        #expect(field(job, "experience") == "1+ year")
        #expect(field(job, "education") == "High school diploma or equivalent (GED)")
        #expect(field(job, "description")?.contains("<li>Take payment.</li>") == true)
        #expect(field(job, "email") == "careers@harborandpine.example")
    }

    @Test func theDateIsAnRFC1123DateFromTheRoleFile() throws {
        let job = try #require(try feed([sampleRole(datePosted: "2026-11-02")]).all("job").first)
        #expect(field(job, "date") == "Mon, 02 Nov 2026 00:00:00 GMT")
    }

    @Test func aRoleOfferedInTwoCitiesIsTwoJobsWithTheirOwnReferenceNumbers() throws {
        var role = sampleRole()
        role.employment.locations.append(Location(city: "Columbus", region: "OH", country: "US", postalCode: "43215"))
        let jobs = try feed([role]).all("job")
        #expect(jobs.compactMap { field($0, "referencenumber") } == ["cashier-portland-or", "cashier-columbus-oh"])
        #expect(jobs.compactMap { field($0, "city") } == ["Portland", "Columbus"])
    }

    @Test func aRemoteRoleIsMarkedFullyRemote() throws {
        var role = sampleRole()
        role.employment.remote = true
        let job = try #require(try feed([role]).all("job").first)
        #expect(field(job, "remotetype") == "Fully remote")
    }

    @Test func textContainingTheCDATATerminatorIsSplitAndSurvivesIntact() throws {
        let tricky = "Knows a[b]]> and ]]]]> & <b>bold</b>"
        let job = try #require(try feed([sampleRole(title: tricky)]).all("job").first)
        #expect(field(job, "title") == tricky)
    }

    @Test func theFeedIsWrittenBesideThePages() throws {
        let site = try builder([sampleRole()]).render()
        #expect(site.text("jobs-feed.xml").hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<source>"))
    }
}
