import Foundation
import Mustache
import Testing
import HireKitRoles
@testable import HireKitSite

/// Templates find view fields through the hand-written `MustacheParent.child(named:)` switches;
/// a field left out of its switch would render empty. Every field of every view must be found.
@Suite("Template field lookup")
struct PageViewLookupTests {
    /// Walks `value` and every view nested in it, checking each stored field against `child(named:)`.
    private func checkEveryField(of value: Any, path: String) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for (index, child) in mirror.children.enumerated() { checkEveryField(of: child.value, path: "\(path)[\(index)]") }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        guard let parent = value as? MustacheParent else {
            Issue.record("\(path): \(type(of: value)) is not a MustacheParent")
            return
        }
        for case let (label?, field) in mirror.children {
            let isNil = Mirror(reflecting: field).displayStyle == .optional && Mirror(reflecting: field).children.isEmpty
            #expect(isNil || parent.child(named: label) != nil, "\(type(of: value)).\(label) is not visible to templates")
            checkEveryField(of: field, path: "\(path).\(label)")
        }
    }

    @Test func everyFieldOfEveryPageContextIsVisibleToTemplates() throws {
        let roles = [sampleRole(advancement: ["head-cashier"]), sampleRole(id: "head-cashier", title: "Head Cashier", advancement: ["manager"]),
                     sampleRole(id: "manager", title: "Manager")]
        let site = try builder(roles)
        checkEveryField(of: site.indexContext(), path: "index")
        checkEveryField(of: site.careerPathsContext(), path: "career-paths")
        for role in site.catalog.roles { checkEveryField(of: site.roleContext(role), path: role.id) }
    }
}
