import HireKitMarkup
import HireKitRoles

/// A job posting for one role, ready to paste into a job board, in Markdown, plain text or HTML.
///
/// The content is the role page's, from the same role data and site configuration: facts, summary,
/// duties, skills, education, where the role leads, how to apply and the equal-opportunity
/// statement. The posting is laid out once as blocks and each format only decides how to write them,
/// so the three formats always say the same thing. Role text is escaped for each format.
public struct JobPostingDocument: Sendable {
    public let role: Role
    public let catalog: RoleCatalog
    public let config: SiteConfig

    public init(role: Role, catalog: RoleCatalog, config: SiteConfig) {
        self.role = role; self.catalog = catalog; self.config = config
    }

    /// A run of text, optionally a link, optionally after a label ("Location: …").
    struct Piece {
        var label: String? = nil
        let text: String
        var href: String? = nil
    }

    struct Block {
        enum Kind { case paragraph, list }
        let heading: String?
        let kind: Kind
        let pieces: [Piece]
    }

    public func render(_ format: PostingFormat) -> String {
        switch format {
        case .markdown: markdown()
        case .text: text()
        case .html: html()
        }
    }

    // MARK: - Content

    var blocks: [Block] {
        let view = RoleViewBuilder(catalog: catalog).view(role, root: "")
        var facts = [Piece(label: "Company", text: config.companyName),
                     Piece(label: "Location", text: view.locationsText),
                     Piece(label: "Employment", text: view.employmentTypes)]
        if let schedule = role.employment.schedule { facts.append(Piece(label: "Schedule", text: schedule)) }
        if let pay = view.salaryText { facts.append(Piece(label: "Pay", text: pay)) }
        if let date = role.validThrough { facts.append(Piece(label: "Apply by", text: date)) }
        var blocks = [Block(heading: nil, kind: .list, pieces: facts),
                      Block(heading: nil, kind: .paragraph, pieces: [Piece(text: role.summary)])]
        if !role.alsoKnownAs.isEmpty {
            blocks.append(Block(heading: nil, kind: .paragraph, pieces: [Piece(label: "Also known as", text: view.alsoKnownAs)]))
        }
        blocks.append(Block(heading: "What you will do", kind: .list, pieces: role.responsibilities.map { Piece(text: $0) }))
        blocks.append(Block(heading: "What we look for", kind: .list, pieces: role.skills.required.map { Piece(text: $0.name) }))
        if !role.skills.preferred.isEmpty {
            blocks.append(Block(heading: "Nice to have", kind: .list, pieces: role.skills.preferred.map { Piece(text: $0.name) }))
        }
        var background = [Piece(label: "Minimum education", text: view.educationMinimum)]
        if let preferred = view.educationPreferred { background.append(Piece(label: "Preferred", text: preferred)) }
        background.append(Piece(text: view.experienceText))
        if view.hasExperienceBackgrounds { background.append(Piece(label: "Backgrounds that count", text: view.experienceBackgrounds)) }
        blocks.append(Block(heading: "Education and experience", kind: .list, pieces: background))
        let next = role.advancement.compactMap(catalog.role(id:))
        if !next.isEmpty {
            blocks.append(Block(heading: "Where this role leads", kind: .list, pieces: next.map {
                Piece(text: $0.title, href: config.absoluteURL(RoleViewBuilder.path(for: $0.id)))
            }))
        }
        blocks.append(Block(heading: "How to apply", kind: .paragraph, pieces: applyPieces))
        blocks.append(Block(heading: nil, kind: .paragraph, pieces: [Piece(text: config.equalOpportunity)]))
        return blocks
    }

    private var applyPieces: [Piece] {
        let page = config.absoluteURL(RoleViewBuilder.path(for: role.id))
        var pieces: [Piece] = []
        if let url = config.applyURL {
            pieces.append(Piece(label: "Apply online", text: url, href: url))
        } else if let email = config.applyEmail {
            pieces.append(Piece(label: "Apply by e-mail (subject \u{201C}Application: \(role.title)\u{201D})", text: email,
                                href: "mailto:\(email)?subject=\(SiteBuilder.percentEncode("Application: \(role.title)"))"))
        }
        pieces.append(Piece(label: "Full posting", text: page, href: page))
        pieces.append(Piece(label: "Questions", text: config.contactEmail, href: "mailto:\(config.contactEmail)"))
        return pieces
    }

    // MARK: - Formats

    private func markdown() -> String {
        let e = { MarkdownEscaping.escapeLine(PostingText.singleLine($0)) }
        func inline(_ piece: Piece) -> String {
            let label = piece.label.map { "**\(e($0)):** " } ?? ""
            guard let href = piece.href else { return label + e(piece.text) }
            return label + "[\(e(piece.text))](<\(href.replacingOccurrences(of: ">", with: "%3E"))>)"
        }
        var lines = ["# \(e(role.title))", ""]
        for block in blocks {
            if let heading = block.heading { lines += ["## \(e(heading))", ""] }
            switch block.kind {
            case .list: lines += block.pieces.map { "- " + inline($0) }
            case .paragraph: lines += block.pieces.map(inline).joined(separator: "  \n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func text() -> String {
        let clean = PostingText.singleLine
        func inline(_ piece: Piece) -> String {
            (piece.label.map { "\(clean($0)): " } ?? "") + clean(piece.text)
        }
        let title = clean(role.title)
        var lines = [title, String(repeating: "=", count: title.count), ""]
        for block in blocks {
            if let heading = block.heading {
                lines += [heading, String(repeating: "-", count: heading.count)]
            }
            switch block.kind {
            case .list: lines += block.pieces.map { "\u{2022} " + inline($0) }
            case .paragraph: lines += block.pieces.map(inline)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func html() -> String {
        let e = { HTMLEscaping.escape(PostingText.singleLine($0)) }
        func inline(_ piece: Piece) -> String {
            let label = piece.label.map { "<strong>\(e($0)):</strong> " } ?? ""
            guard let href = piece.href else { return label + e(piece.text) }
            return label + "<a href=\"\(HTMLEscaping.escape(href))\">\(e(piece.text))</a>"
        }
        var html = "<h2>\(e(role.title))</h2>\n"
        for block in blocks {
            if let heading = block.heading { html += "<h3>\(e(heading))</h3>\n" }
            switch block.kind {
            case .list: html += "<ul>\n" + block.pieces.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
            case .paragraph: html += block.pieces.map { "<p>\(inline($0))</p>\n" }.joined()
            }
        }
        return html
    }
}
