import HireKitRoles
import HireKitTestSupport
import Mustache
import Testing
@testable import HireKitSite

/// A listing page's key mixes the role views' text and flag fields directly (`RoleView.mixScalar`);
/// the digest must be the one the general path through `child(named:)` gives, field by field, or a
/// page could be carried over while a field its template shows has changed.
@Suite("Page projection")
struct PageProjectionTests {
    static func views() throws -> [RoleView] {
        let catalog = try RoleLoader().load(directory: repositoryRoot.appendingPathComponent("Roles").path)
        var roles = catalog.roles
        // A role with every optional field missing and the flags the other way round.
        var bare = roles[0]
        bare.salary = nil; bare.datePosted = nil; bare.validThrough = nil; bare.onetCode = nil
        bare.education.preferred = nil; bare.employment.schedule = nil; bare.alsoKnownAs = []
        bare.employment.remote.toggle()
        roles.append(bare)
        let builder = RoleViewBuilder(catalog: catalog)
        return roles.map { builder.view($0, root: "") }
    }

    @Test func everyFieldOfARoleViewHashesAsThroughItsLookup() throws {
        let labels = TemplateChecker.labels(of: try Self.views()[0])
        for view in try Self.views() {
            for name in labels {
                var projection = PageProjection(names: [name])
                var typed = StableHash(), general = StableHash()
                projection.mix(view, into: &typed)
                Self.generalMix(view, names: [name], into: &general)
                #expect(typed.text == general.text, "\(view.id).\(name)")
            }
        }
    }

    @Test func aListOfRoleViewsHashesAsThroughItsLookup() throws {
        let views = try Self.views()
        let names: Set<String> = ["title", "summary", "leadsTo", "href", "hasLeadsTo", "salaryText"]
        var projection = PageProjection(names: names)
        var typed = StableHash(), general = StableHash()
        projection.mix(views, into: &typed)
        Self.generalMix(views, names: names, into: &general)
        #expect(typed.text == general.text)
    }

    @Test func listsOfLinksHashAsThroughTheirLookup() throws {
        let lists = try Self.views().flatMap { [$0.leadsTo, $0.comesFrom, $0.related] } + [[]]
        #expect(lists.contains { $0.count > 1 })
        for names: Set<String> in [["title", "href"], ["href"], ["title", "summary"], ["summary"]] {
            for links in lists {
                var projection = PageProjection(names: names)
                var typed = StableHash(), general = StableHash()
                projection.mix(links, into: &typed)
                Self.generalMix(links, names: names, into: &general)
                #expect(typed.text == general.text, "\(names) \(links.map(\.href))")
            }
        }
    }

    @Test func aChangedSummaryChangesTheDigest() throws {
        let views = try Self.views()
        var projection = PageProjection(names: ["summary", "title"])
        var first = StableHash(), second = StableHash()
        projection.mix(views[0], into: &first)
        projection.mix(views[1], into: &second)
        #expect(first.text != second.text)
    }

    /// `PageProjection.mix` for a view without the typed fields: every value looked up by name.
    private static func generalMix(_ value: Any, names: Set<String>, into hash: inout StableHash) {
        switch value {
        case let text as String:
            hash.mix("s"); hash.mix(text)
        case let flag as Bool:
            hash.mix(flag ? "t" : "f")
        case let parent as MustacheParent:
            hash.mix("{")
            let fields = Set(TemplateChecker.labels(of: parent))
            for name in names.sorted() where fields.contains(name) {
                guard let child = parent.child(named: name) else { continue }
                hash.mix(name)
                generalMix(child, names: names, into: &hash)
            }
            hash.mix("}")
        case let list as [Any]:
            hash.mix("["); hash.mix(String(list.count))
            for element in list { generalMix(element, names: names, into: &hash) }
        case let number as Int:
            hash.mix("i"); hash.mix(String(number))
        case let number as Double:
            hash.mix("d"); hash.mix(String(number))
        default:
            hash.mix("?"); hash.mix(String(reflecting: value))
        }
    }
}
