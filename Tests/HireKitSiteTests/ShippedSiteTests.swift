import Foundation
import HireKitTestSupport
import Testing
import HireKitRoles
@testable import HireKitSite

/// End to end: the shipped Roles/ and Templates/ built into a temporary folder, read back the way
/// browsers, search engines and feed readers read it.
@Suite("Building the shipped careers site", .serialized)
struct ShippedSiteTests {
    let folder: TempFolder
    let catalog: RoleCatalog
    let output: URL

    init() throws {
        folder = try TempFolder("site")
        output = folder.url.appendingPathComponent("site")
        let inputs = SiteBuild.Inputs(rolesDirectory: repositoryRoot.appendingPathComponent("Roles").path,
                                      templatesDirectory: repositoryRoot.appendingPathComponent("Templates").path,
                                      configPath: repositoryRoot.appendingPathComponent("hirekit.yml").path)
        _ = try SiteBuild.build(inputs, outputDirectory: output.path)
        catalog = try RoleLoader().load(directory: repositoryRoot.appendingPathComponent("Roles").path)
    }

    private func data(_ path: String) throws -> Data {
        try #require(FileManager.default.contents(atPath: output.appendingPathComponent(path).path), "missing \(path)")
    }

    private var pages: [String] {
        ["index.html", "career-paths.html"] + catalog.roles.map { "roles/\($0.id).html" }
    }

    @Test func theShippedRolesIncludeEveryCustomerServiceEntryRole() {
        for id in ["customer-service-representative", "receptionist", "call-center-agent", "concierge",
                   "member-services-representative", "greeter", "cashier"] {
            #expect(catalog.role(id: id) != nil, "missing \(id)")
        }
    }

    @Test func everyRoleHasAPageListedOnTheIndex() throws {
        let index = try LibXML.parseHTML(data("index.html"))
        let links = Set(index.all("a").compactMap { $0.attributes["href"] })
        for role in catalog.roles {
            _ = try data("roles/\(role.id).html")
            #expect(links.contains("roles/\(role.id).html"), "index does not link \(role.id)")
        }
    }

    @Test func everyRolePageCarriesAJobPostingWithTheRequiredProperties() throws {
        for role in catalog.roles {
            let page = try LibXML.parseHTML(data("roles/\(role.id).html"))
            let scripts = page.all("script").filter { $0.attributes["type"] == "application/ld+json" }
            #expect(scripts.count == 1)
            let json = try JSONSerialization.jsonObject(with: Data(try #require(scripts.first).text.utf8)) as? [String: Any]
            let posting = try #require(json)
            #expect(posting["@type"] as? String == "JobPosting")
            #expect(posting["title"] as? String == role.title)
            for key in ["description", "datePosted", "validThrough", "hiringOrganization", "employmentType",
                        "educationRequirements", "experienceRequirements", "skills", "responsibilities",
                        "qualifications", "occupationalCategory", "identifier"] {
                #expect(posting[key] != nil, "\(role.id) lacks \(key)")
            }
            #expect(posting["jobLocation"] != nil || posting["jobLocationType"] as? String == "TELECOMMUTE")
        }
    }

    @Test func everyInternalLinkResolvesToAFile() throws {
        for page in pages {
            let html = try LibXML.parseHTML(data(page))
            let base = output.appendingPathComponent(page).deletingLastPathComponent()
            let targets = html.allElements.compactMap { $0.attributes["href"] ?? $0.attributes["src"] }
            for target in targets where !target.contains(":") && !target.hasPrefix("#") {
                let path = base.appendingPathComponent(String(target.split(separator: "#").first ?? "")).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: path), "\(page) links to missing \(target)")
            }
        }
    }

    @Test func pagesAreAccessibleHTMLWithLandmarksAndOrderedHeadings() throws {
        for page in pages {
            let html = try LibXML.parseHTML(data(page))
            #expect(html.attributes["lang"] == "en", "\(page) lacks lang")
            for landmark in ["header", "nav", "main", "footer"] { #expect(html.all(landmark).count == 1, "\(page): \(landmark)") }
            #expect(html.all("h1").count == 1, "\(page) needs exactly one h1")
            let levels = html.allElements.compactMap { $0.name.count == 2 && $0.name.hasPrefix("h") ? Int($0.name.dropFirst()) : nil }
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page) skips from h\(previous) to h\(next)")
            }
            for link in html.all("a") {
                let label = link.allElements.map(\.text).joined() + (link.attributes["aria-label"] ?? "")
                #expect(!label.trimmingCharacters(in: .whitespaces).isEmpty, "\(page) has an unlabelled link")
            }
        }
    }

    @Test func theCareerPathsPageDrawsEveryRoleAsALink() throws {
        let page = try LibXML.parseHTML(data("career-paths.html"))
        let svg = try #require(page.all("svg").first)
        let links = Set(svg.all("a").compactMap { $0.attributes["href"] })
        #expect(links == Set(catalog.roles.map { "roles/\($0.id).html" }))
    }

    @Test func theSitemapIsValidXMLListingEveryPage() throws {
        let sitemap = try LibXML.parseXML(data("sitemap.xml"))
        #expect(sitemap.name == "urlset")
        #expect(sitemap.all("url").count == catalog.roles.count + 2)
    }

    @Test func theFeedIsValidAtomWithAnEntryPerRole() throws {
        let feed = try LibXML.parseXML(data("feed.xml"))
        #expect(feed.name == "feed")
        #expect(feed.all("entry").count == catalog.roles.count)
    }

    @Test func jobsJSONListsEveryRole() throws {
        let jobs = try JSONSerialization.jsonObject(with: data("jobs.json")) as? [[String: Any]]
        #expect(jobs?.count == catalog.roles.count)
    }

    @Test func robotsPointsAtTheSitemap() throws {
        #expect(String(decoding: try data("robots.txt"), as: UTF8.self).contains("Sitemap: https://"))
    }

    @Test func theOnetCreditIsOnEveryPage() throws {
        for page in pages {
            #expect(String(decoding: try data(page), as: UTF8.self).contains("O*NET 29.2"))
        }
    }

    @Test func aRebuildIsByteIdenticalAndLeavesTheFolderUntouched() throws {
        let inputs = SiteBuild.Inputs(rolesDirectory: repositoryRoot.appendingPathComponent("Roles").path,
                                      templatesDirectory: repositoryRoot.appendingPathComponent("Templates").path,
                                      configPath: repositoryRoot.appendingPathComponent("hirekit.yml").path)
        let (_, result) = try SiteBuild.build(inputs, outputDirectory: output.path)
        #expect(result.unchanged)
    }

    @Test func theCommittedSiteIsExactlyWhatTheBuildProduces() throws {
        let committed = repositoryRoot.appendingPathComponent("site")
        // The build state is a cache for the next build on this machine (it names the hirekit
        // executable), not part of the site: it is ignored by git.
        let siteFiles = { (folder: URL) in SiteWriter.regularFiles(in: folder).filter { $0 != SiteBuildState.fileName && $0 != SiteBuildState.cacheFileName } }
        let built = siteFiles(output)
        #expect(siteFiles(committed) == built, "run `hirekit build` and commit site/")
        for path in built {
            #expect(FileManager.default.contents(atPath: committed.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: output.appendingPathComponent(path).path), "site/\(path) is stale")
        }
    }
}

extension ShippedSiteTests {
    @Test func theJobFeedListsEveryRoleAtEveryLocationWithUniqueReferences() throws {
        let source = try LibXML.parseXML(data("jobs-feed.xml"))
        let jobs = source.all("job")
        let expected = catalog.roles.map { max(1, $0.employment.locations.count) }.reduce(0, +)
        #expect(jobs.count == expected)
        let references = jobs.compactMap { $0.children.first { $0.name == "referencenumber" }?.text }
        #expect(Set(references).count == jobs.count)
        for job in jobs {
            for name in ["title", "date", "url", "company", "description", "jobtype", "category"] {
                let value = job.children.first(where: { $0.name == name })?.text ?? ""
                #expect(!value.isEmpty, "a job lacks \(name)")
            }
        }
    }
}

extension ShippedSiteTests {
    @Test func theFrontOfficeRolesMentionFrontDeskAndHospitalityForSearchAndFilters() throws {
        let entries = Dictionary(uniqueKeysWithValues: catalog.roles.map { ($0.id, SearchIndex.entry($0)) })
        for id in ["receptionist", "concierge", "front-office-supervisor"] {
            let entry = try #require(entries[id])
            #expect(entry.text.contains { $0.lowercased().contains("front desk") }, "\(id) never says front desk")
            #expect(entry.industries.contains("Hospitality"), "\(id) is not in hospitality")
        }
    }

    @Test func theCareerPathsPageHasADiagramForWideScreensAndOneForPhones() throws {
        let page = try LibXML.parseHTML(data("career-paths.html"))
        let classes = page.all("svg").compactMap { $0.attributes["class"] }
        #expect(classes == ["career-graph career-graph-wide", "career-graph career-graph-narrow"])
    }

    @Test func theSearchIndexListsEveryRoleOnTheIndexPage() throws {
        let script = String(decoding: try data("search-index.js"), as: UTF8.self)
        for role in catalog.roles { #expect(script.contains("\"id\":\"\(role.id)\""), "\(role.id) not searchable") }
    }
}
