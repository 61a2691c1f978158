/// Output formats of the pipeline's listings.
public enum ListingFormat: String, Sendable, CaseIterable {
    case table, json, csv
}
