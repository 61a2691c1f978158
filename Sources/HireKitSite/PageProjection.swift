import HireKitRoles
import Mustache

/// A digest of what templates can show of a page context: the values of the names their tags use
/// (`TemplateChecker.names(page:)`), followed through nested views and lists.
///
/// Two contexts with the same digest render the same through those templates, so a rebuild carries
/// over the whole-site pages that list every role (the index, career paths) when their digest is
/// unchanged: after an edit to a role's responsibilities, which neither page shows, rendering them
/// again (10,000 roles each on a large site) was most of the work left.
struct PageProjection {
    /// Sorted, so the digest does not depend on the order names were found in.
    private let names: [String]
    /// Per view type, the names it has a field for: a role's view has forty fields and a page's
    /// templates use a few dozen names, most of them fields of other views.
    private var namesByType: [ObjectIdentifier: [String]] = [:]
    /// The names a role view has a field for, each with its field when it is a scalar one.
    private var roleViewFields: [(name: String, field: RoleView.ScalarField?)]?

    init(names: Set<String>) { self.names = names.sorted() }

    /// Mixes `value` into `hash`.
    mutating func mix(_ value: Any, into hash: inout StableHash) {
        // Role views by their type, before any cast: a cast that fails (to `String`, to `Bool`) costs
        // a thousand instructions, and a listing page's key visits 10,000 views.
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(RoleView.self), let view = value as? RoleView {
            mix(view: view, into: &hash)
            return
        }
        // A list of them as such: cast to `[Any]` (below), 10,000 views are boxed one by one.
        if type == ObjectIdentifier([RoleView].self), let views = value as? [RoleView] {
            hash.mix("["); hash.mix(String(views.count))
            for view in views { mix(view: view, into: &hash) }
            return
        }
        // Links (next steps on the career-paths page) likewise: through `child(named:)`, each link's
        // two texts were boxed and cast back, 10,000 lists of them on a large site.
        if type == ObjectIdentifier([LinkView].self), let links = value as? [LinkView] {
            hash.mix("["); hash.mix(String(links.count))
            for link in links { mix(link: link, into: &hash) }
            return
        }
        switch value {
        case let text as String:
            hash.mix("s"); hash.mix(text)
        case let flag as Bool:
            hash.mix(flag ? "t" : "f")
        case let parent as MustacheParent:
            hash.mix("{")
            for name in names(of: parent) {
                guard let child = parent.child(named: name) else { continue }
                hash.mix(name)
                mix(child, into: &hash)
            }
            hash.mix("}")
        case let list as [Any]:
            hash.mix("["); hash.mix(String(list.count))
            for element in list { mix(element, into: &hash) }
        case let number as Int:
            hash.mix("i"); hash.mix(String(number))
        case let number as Double:
            hash.mix("d"); hash.mix(String(number))
        default:
            // A type without a name lookup: all of it, as Swift describes it.
            hash.mix("?"); hash.mix(String(reflecting: value))
        }
    }

    private mutating func mix(view: RoleView, into hash: inout StableHash) {
        let fields = roleViewFields ?? names(of: view).map { ($0, RoleView.ScalarField(name: $0)) }
        roleViewFields = fields
        hash.mix("{")
        for (name, field) in fields {
            if let field {
                view.mix(field, named: name, into: &hash)
                continue
            }
            guard let child = view.child(named: name) else { continue }
            hash.mix(name)
            mix(child, into: &hash)
        }
        hash.mix("}")
    }

    /// A link as the general path mixes it: its fields the templates name, each a text.
    private mutating func mix(link: LinkView, into hash: inout StableHash) {
        hash.mix("{")
        for name in names(of: link) {
            hash.mix(name)
            hash.mix("s")
            hash.mix(name == "title" ? link.title : link.href)
        }
        hash.mix("}")
    }

    private mutating func names(of parent: MustacheParent) -> [String] {
        let type = ObjectIdentifier(Swift.type(of: parent))
        if let known = namesByType[type] { return known }
        let fields = Set(TemplateChecker.labels(of: parent))
        let used = names.filter(fields.contains)
        namesByType[type] = used
        return used
    }
}
