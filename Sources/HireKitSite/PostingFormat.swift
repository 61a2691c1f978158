/// The shapes `hirekit posting` can print a job posting in, for pasting into job boards:
/// Markdown for boards and wikis that render it, plain text for plain forms, an HTML fragment for
/// boards with a rich-text editor.
public enum PostingFormat: String, CaseIterable, Sendable {
    case markdown
    case text
    case html
}
