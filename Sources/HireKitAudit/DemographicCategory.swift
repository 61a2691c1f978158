/// The self-identification categories the audit groups by: those of the EEO-1 report, which New York
/// City's Local Law 144 rules use for bias audits.
///
/// Values are matched ignoring case and surrounding (or doubled) whitespace and come back in their
/// canonical spelling, so "  female" and "FEMALE" are one category. `nil` means unknown: left empty
/// or declined, which is allowed and counted by the audit rather than guessed at.
public enum DemographicCategory {
    /// The two sex categories spelled out by EEO-1. Any other non-empty value a candidate gives is
    /// kept, as written, as a category of its own: LL144 asks for every reported value, and merging
    /// it into Male/Female or unknown would hide it.
    public static let sexValues = ["Male", "Female"]

    /// EEO-1 race/ethnicity categories, in the order the EEO-1 form lists them.
    public static let raceEthnicityValues = [
        "Hispanic or Latino",
        "White",
        "Black or African American",
        "Native Hawaiian or Other Pacific Islander",
        "Asian",
        "American Indian or Alaska Native",
        "Two or More Races",
    ]

    /// Answers meaning "not known" (compared lowercased); self-identification is voluntary.
    public static let unknownValues: Set<String> = [
        "", "unknown", "declined", "decline to self-identify", "prefer not to say", "not disclosed",
    ]

    /// A value that is not a category: why, and what would be accepted.
    public enum Invalid: Error, Sendable, Equatable, CustomStringConvertible {
        /// A race/ethnicity outside the EEO-1 list.
        case raceEthnicity(String)
        /// Control characters (escape sequences, NUL…) have no place in a category name and could
        /// rewrite a terminal's screen when the audit prints it.
        case controlCharacter(field: String, value: String)

        public var description: String {
            switch self {
            case .raceEthnicity(let value):
                "'\(value)' is not a race/ethnicity category. Use one of: "
                    + DemographicCategory.raceEthnicityValues.joined(separator: "; ")
                    + ", or leave it empty for unknown"
            case .controlCharacter(let field, _):
                "the \(field) contains a control character. Remove it (retype the value in a plain-text editor)"
            }
        }
    }

    /// The canonical sex category for `raw`, or `nil` for unknown or declined.
    public static func sex(_ raw: String) throws(Invalid) -> String? {
        let value = normalized(raw)
        guard !value.unicodeScalars.contains(where: isControl) else { throw .controlCharacter(field: "sex", value: raw) }
        if unknownValues.contains(value.lowercased()) { return nil }
        return sexValues.first { $0.lowercased() == value.lowercased() } ?? value
    }

    /// The canonical race/ethnicity category for `raw`, or `nil` for unknown or declined.
    public static func raceEthnicity(_ raw: String) throws(Invalid) -> String? {
        let value = normalized(raw)
        guard !value.unicodeScalars.contains(where: isControl) else {
            throw .controlCharacter(field: "race/ethnicity", value: raw)
        }
        let key = value.lowercased()
        if unknownValues.contains(key) { return nil }
        guard let canonical = raceEthnicityValues.first(where: { $0.lowercased() == key }) else { throw .raceEthnicity(value) }
        return canonical
    }

    /// Trimmed, with every run of whitespace made one space (spreadsheets pad and wrap cells).
    static func normalized(_ raw: String) -> String {
        raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
