import Foundation

/// Renders a `BiasAudit` for people (`table`, `html`) or programs (`json`). Every format is a pure
/// function of the audit: the same audit gives the same bytes, so a report can be diffed, hashed
/// and published as computed.
public enum AuditReport {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, html
    }

    /// Said in every human-readable report: HireKit computes the figures, it is not the auditor.
    public static let notice = "These figures are computed by HireKit from the pipeline's own records. They do not replace "
        + "the independent bias audit New York City's Local Law 144 requires before an automated employment "
        + "decision tool is used, nor legal advice."

    /// How to read a row, in one paragraph.
    public static let explanation = "Selection rate: share of the category's applications that reached the selected-at stage "
        + "or a later one. Scoring rate: share of the category scoring above the median score of all audited applications. "
        + "Impact ratio: the category's rate ÷ the highest rate among categories with at least 2 % of the applications; "
        + "\"below 4/5\" marks a ratio under 0.8 (the four-fifths rule). p: two-sided Fisher exact test of the category "
        + "against the rest; with small counts a low ratio can be chance, and a low p makes chance less likely: "
        + "\"below 4/5, p < 0.05\" marks a ratio under 0.8 that is unlikely to be chance."

    public static func render(_ audit: BiasAudit, as format: Format) -> String {
        switch format {
        case .table: AuditTableReport(audit: audit).render()
        case .json: AuditJSONReport.render(audit)
        case .html: AuditHTMLReport(audit: audit).render()
        }
    }

    // MARK: Shared wording and numbers

    /// The cells of one row of a grouping's table for one measure:
    /// category, applications, passed, rate, impact ratio, p, note.
    static func cells(_ row: AuditRow, _ measure: AuditMeasure) -> [String] {
        let rate = row.rate(measure)
        return [row.name, "\(row.count)", "\(rate.passed)", percent(rate.rate),
                rate.impactRatio.map(ratio) ?? "n/a", pValue(rate.pValue), note(row, measure)]
    }

    static func header(_ measure: AuditMeasure) -> [String] {
        ["Category", "Applications", measure.passedLabel, "Rate", "Impact ratio", "p (Fisher)", "Note"]
    }

    static func note(_ row: AuditRow, _ measure: AuditMeasure) -> String {
        if row.excluded { return "excluded: under 2 %" }
        let rate = row.rate(measure)
        return rate.significant ? "below 4/5, p < 0.05" : rate.belowFourFifths ? "below 4/5" : ""
    }

    /// "12 applications with a known sex; 3 unknown, not in the rows".
    static func coverage(_ grouping: AuditGrouping) -> String {
        let what = switch grouping.kind {
        case .sex: "a known sex"
        case .raceEthnicity: "a known race/ethnicity"
        case .intersectional: "both known"
        }
        return "\(grouping.known) application\(grouping.known == 1 ? "" : "s") with \(what); "
            + "\(grouping.unknown) unknown or declined, not in the rows"
    }

    static func totals(_ audit: BiasAudit) -> String {
        var text = "\(audit.applications) (\(audit.selected) selected"
        if let median = audit.medianScore { text += "; median score \(number(median)), \(audit.aboveMedian) above it" }
        return text + ")"
    }

    /// "5 rows below four-fifths, 1 of them with p < 0.05", over every grouping and measure.
    static func flags(_ audit: BiasAudit) -> String {
        let rates = audit.groupings.flatMap { grouping in grouping.rows.flatMap { row in AuditMeasure.allCases.map { row.rate($0) } } }
        let below = rates.count(where: \.belowFourFifths)
        let significant = rates.count(where: \.significant)
        return "\(below) row\(below == 1 ? "" : "s") below four-fifths, \(significant) of them with p < 0.05"
    }

    static func selectedAt(_ header: AuditHeader) -> String { "\(header.selectedAt) or any later stage" }

    static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
    static func ratio(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Three decimals, or two significant digits in exponent form below 0.001 (p-values of large
    /// audits reach 1e-60, which "0.000" would hide).
    static func pValue(_ value: Double) -> String {
        value >= 0.001 ? String(format: "%.3f", value) : String(format: "%.1e", value)
    }

    /// Scores as short as they are exact to two decimals: 50, 45.5, 45.25.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
