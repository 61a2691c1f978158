/// Removes personal details from CV text for blind screening, so that who a candidate is
/// (name, contact details, address, photo, age) cannot influence how they are scored.
///
/// Redaction works line by line and never adds or removes a line, so evidence line numbers
/// from a blind screening still point at the same lines of the original CV.
public enum Redactor {
    public static let placeholder = "[redacted]"

    /// `text` with personal details replaced by `placeholder`:
    /// - the contact block: any line above the first section heading that holds an e-mail
    ///   address, phone number or profile link is removed whole, city and all;
    /// - the name: the first non-empty line that is not a "CV"/"Résumé" title or a section
    ///   heading, anything after a "Name:" label, and the line after a bare "Name:" label;
    /// - e-mail addresses, web profile links and phone numbers;
    /// - street addresses, and anything after an "Address:" label;
    /// - photo lines (`[photo: …]`, `[image: …]`);
    /// - birth dates ("DOB", "Date of birth", "born …") and age, gender, nationality, marital status.
    public static func redact(_ text: String) -> String {
        var lines = MatchNormalizer.lines(of: text)
        let firstHeading = SectionDetector.sections(in: lines).first?.headingLine ?? lines.count + 1
        var nameFound = false
        var redactNext = false
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { continue }
            if redactNext {
                lines[index] = placeholder
                redactNext = false
                continue
            }
            if photo.matches(trimmed) {
                lines[index] = placeholder
                continue
            }
            if let label = nameLabel.firstMatch(in: line) {
                nameFound = true
                if String(line[label.range.upperBound...]).trimmingWhitespace.isEmpty {
                    redactNext = true
                } else {
                    lines[index] = String(line[..<label.range.upperBound]) + " " + placeholder
                    continue
                }
            }
            if !nameFound, !documentTitle.matches(trimmed) {
                nameFound = true
                // A CV that opens with a heading has no name line to hide.
                if SectionDetector.heading(in: trimmed) == nil {
                    lines[index] = placeholder
                    continue
                }
            }
            // Above the first heading, a line with contact details is the contact block; its city
            // and other identifying bits go with it.
            let inline = redactInline(line)
            lines[index] = index + 1 < firstHeading && inline != line && contactDetail.matches(line) ? placeholder : inline
        }
        return lines.joined(separator: "\n")
    }

    private static func redactInline(_ line: String) -> String {
        var line = line
        // Labelled personal facts: keep the label so the CV still reads sensibly.
        if let label = personalLabel.firstMatch(in: line) {
            line = String(line[..<label.range.upperBound]) + " " + placeholder
        } else if let born = bornPhrase.firstMatch(in: line) {
            line = String(line[..<born.range.lowerBound]) + placeholder
        }
        for pattern in [email, profileLink, streetAddress, phone, localPhone] {
            line = pattern.replacingMatches(in: line, with: placeholder)
        }
        return line
    }

    private static let contactDetail = Pattern(#"@|\d{3}|linkedin|github"#)
    static let documentTitle = Pattern(#"^(?:curriculum vitae|resume|résumé|cv|c\.v\.)\W*$"#)
    static let photo = Pattern(#"^\W*\[\s*(?:photo|image|picture|headshot)\b[^\]]*\]\W*$"#)
    static let nameLabel = Pattern(#"^\W*(?:full name|name|candidate|candidate name|applicant)\s*:"#)
    private static let personalLabel = Pattern(
        #"^\W*(?:address|home address|street|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|place of birth|age|gender|sex|nationality|citizenship|marital status|religion|phone|tel|telephone|mobile|cell|e-?mail|linkedin)\s*[:\-–—]"#)
    private static let bornPhrase = Pattern(#"\b(?:born(?:\s+on|\s+in)?|dob|d\.o\.b\.?|date of birth)\b\s*[:\-]?\s*(?=\S)"#)
    static let email = Pattern(#"[A-Z0-9._%+\-]+@[A-Z0-9.\-]+\.[A-Z]{2,}"#)
    static let profileLink = Pattern(#"(?:https?://)?(?:www\.)?(?:linkedin\.com|github\.com|facebook\.com|instagram\.com|twitter\.com|x\.com)/\S*"#)
    /// International or national numbers: at least nine digits with the usual separators, so that
    /// date ranges such as "2015-2019" (eight digits) and "03/2017" (a slash) are left alone.
    static let phone = Pattern(#"(?<![\w/])(?=(?:[^\d\n]{0,3}\d){9})\+?\(?\d[\d \-.()\x{2010}-\x{2013}]{7,}\d(?![\w/])"#)
    /// Seven-digit local numbers, "555-0100".
    static let localPhone = Pattern(#"(?<![\w/\-])\d{3}[\-. ]\d{4}(?![\w/\-])"#)
    /// A house number, one to four capitalised words and a street type, and the rest of the line
    /// (city, postcode). Case matters here: "80 calls a day at the front desk" is not an address.
    private static let streetAddress = Pattern(
        #"\b\d{1,6}[A-Za-z]?,?\s+(?:[A-Z][\w.'\-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Close|Crescent|Row)\b\.?.*"#,
        caseInsensitive: false)
}
