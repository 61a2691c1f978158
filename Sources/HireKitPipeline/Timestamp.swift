import Foundation

/// How times are stored: ISO 8601 in UTC to the second ("2026-12-03T14:31:38Z"), which sorts as
/// text, so that "inactive since" is a plain comparison in SQL.
///
/// Written and read by hand: `list` turns two of these into dates for every application, and
/// Foundation's ISO 8601 parser made that most of the time of listing 25,000 applications.
enum Timestamp {
    static func string(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T\(padded(time / 3600, 2)):\(padded(time % 3600 / 60, 2)):\(padded(time % 60, 2))Z"
    }

    /// `value` with leading zeros to `width` digits (String(format:) costs a microsecond a call).
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The date of a stored timestamp; the epoch for text that is not one (never written by HireKit).
    static func date(_ text: String) -> Date {
        var text = text
        return text.withUTF8 { date(utf8: $0) }
    }

    static func date(utf8: UnsafeBufferPointer<UInt8>) -> Date {
        guard utf8.count == 20, utf8[19] == UInt8(ascii: "Z") else { return Date(timeIntervalSince1970: 0) }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(utf8[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else {
            return Date(timeIntervalSince1970: 0)
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// The day part, for tables.
    static func day(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (year, month, day) = civil(fromDays: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    // Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
