import Mustache

// Strings are most of what the templates print, and swift-mustache reaches the plain text of a
// `String` only after failing three casts (to a renderable, a lambda and an optional, the last two
// costing a protocol conformance look-up each) and `String(describing:)`: about a tenth of the
// templates' work. As a `MustacheCustomRenderable` a string is printed by its first successful cast, to the
// same text, escaped the same way. As a `MustacheParent` with no children, a string a section
// pushes (`{{#schedule}}…{{schedule}}…{{/schedule}}`) answers no name without a `Mirror` being
// built of it, as reflection also found none. Transforms (`{{uppercased(title)}}`) are untouched:
// they look for `MustacheTransformable`, which swift-mustache gives `String` itself.
// The conformances are deliberately retroactive: they are what lets the templates skip those casts,
// and swift-mustache declares neither for `String` (a later version that did would make them clash at
// build time, not change output silently).
// swift-format-ignore: AvoidRetroactiveConformances
extension String: @retroactive MustacheCustomRenderable, @retroactive MustacheParent {
    public var renderText: String { self }
    public var isNull: Bool { false }
    public func child(named: String) -> Any? { nil }
}
