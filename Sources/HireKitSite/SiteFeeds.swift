import Foundation
import HireKitMarkup
import HireKitRoles

/// The machine-readable files beside the pages: sitemap, robots.txt, Atom feed and jobs.json.
/// Dates come from the role data, never the clock, so rebuilding gives identical bytes.
enum SiteFeeds {
    static func sitemap(catalog: RoleCatalog, config: SiteConfig) -> String {
        let e = HTMLEscaping.escape
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let newest = catalog.roles.compactMap(\.datePosted).max()
        for page in ["", "career-paths.html"] {
            xml += "  <url><loc>\(e(config.absoluteURL(page)))</loc>\(newest.map { "<lastmod>\($0)</lastmod>" } ?? "")</url>\n"
        }
        for role in catalog.roles {
            let lastmod = role.datePosted.map { "<lastmod>\($0)</lastmod>" } ?? ""
            xml += "  <url><loc>\(e(config.absoluteURL(RoleViewBuilder.path(for: role.id))))</loc>\(lastmod)</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("sitemap.xml"))\n"
    }

    /// The Atom feed, newest roles first; each role's entry is its share.
    static func atomFile(catalog: RoleCatalog, config: SiteConfig, context: String,
                         descriptions: PostingDescriptions = PostingDescriptions()) -> SharedFile {
        let e = HTMLEscaping.escape
        let posted = catalog.roles.sorted { ($0.datePosted ?? "", $1.id) > ($1.datePosted ?? "", $0.id) }
        let updated = (catalog.roles.compactMap(\.datePosted).max() ?? "2000-01-01") + "T00:00:00Z"
        let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(e(config.companyName)) careers: open roles</title>
          <id>\(e(config.absoluteURL("feed.xml")))</id>
          <link rel="self" href="\(e(config.absoluteURL("feed.xml")))"/>
          <link rel="alternate" type="text/html" href="\(e(config.baseURL))"/>
          <updated>\(updated)</updated>
          <author><name>\(e(config.companyName))</name><email>\(e(config.contactEmail))</email></author>

        """
        return SharedFile(path: "feed.xml", head: Array(head.utf8), separator: [], tail: Array("</feed>\n".utf8),
                          roles: posted, context: context) { role in
            let url = config.absoluteURL(RoleViewBuilder.path(for: role.id))
            let date = (role.datePosted ?? "2000-01-01") + "T00:00:00Z"
            let entry = """
              <entry>
                <title>\(e(role.title))</title>
                <id>\(e(url))</id>
                <link rel="alternate" type="text/html" href="\(e(url))"/>
                <updated>\(date)</updated>
                <published>\(date)</published>
                <category term="\(e(role.department))"/>
                <summary>\(e(role.summary))</summary>
                <content type="html">\(e(descriptions.html(for: role)))</content>
              </entry>

            """
            return Array(entry.utf8)
        }
    }

    /// jobs.json, all roles as data for other tools: an array of the roles, pretty-printed as
    /// JSONEncoder writes it; each role's element is its share.
    static func jobsJSONFile(catalog: RoleCatalog, config: SiteConfig, context: String) -> SharedFile {
        SharedFile(path: "jobs.json", head: Array("[\n".utf8), separator: Array(",\n".utf8), tail: Array("\n]\n".utf8),
                          roles: catalog.roles, context: context) { role in
            let path = RoleViewBuilder.path(for: role.id)
            return JobsJSONEntry.encode(role: role, url: config.absoluteURL(path), path: path)
                ?? encoderJobsJSONEntry(role: role, url: config.absoluteURL(path), path: path)
        }
    }

    /// A role's element of jobs.json as `JSONEncoder` writes it: what `JobsJSONEntry` must equal.
    static func encoderJobsJSONEntry(role: Role, url: String, path: String) -> [UInt8] {
        struct Entry: Encodable {
            let role: Role
            let url: String
            let path: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoded as a one-element array, so the element is indented as in the whole array;
        // "[\n" and "\n]" are then cut off.
        let array = (try? encoder.encode([Entry(role: role, url: url, path: path)])) ?? Data("[\n\n]".utf8)
        return Array(array.dropFirst(2).dropLast(2))
    }
}
