import Foundation

/// RFC 3339 date-times, parsed by hand: Foundation's ISO 8601 parsers reject years before 1000,
/// offsets such as `-18:05` and leap seconds, all of which the grammar allows.
enum RFC3339 {
    /// `2024-05-01T12:00:00Z`, `1985-04-12t23:20:50.52+05:30`, `1990-12-31T23:59:60Z`.
    /// With `strict` off, also `+0530` offsets and a space between date and time, which some
    /// servers send.
    static func dateTime(_ text: String, strict: Bool = false) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        guard let (year, month, day) = scanner.date() else { return nil }
        guard let separator = scanner.next(), separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
                || (!strict && separator == UInt8(ascii: " ")) else { return nil }
        guard let hour = scanner.digits(2), hour < 24, scanner.take(":"), let minute = scanner.digits(2), minute < 60,
              scanner.take(":"), let second = scanner.digits(2), second <= 60 else { return nil }
        var fraction = 0.0
        if scanner.take(".") {
            var scale = 0.1
            var any = false
            while let digit = scanner.digit() {
                fraction += Double(digit) * scale
                scale /= 10
                any = true
            }
            guard any else { return nil }
        }
        let offset: Int
        if scanner.take("Z") || scanner.take("z") {
            offset = 0
        } else if let sign = scanner.next(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            guard let hours = scanner.digits(2), hours < 24 else { return nil }
            let colon = scanner.take(":")
            guard colon || !strict, let minutes = scanner.digits(2), minutes < 60 else { return nil }
            offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard scanner.atEnd else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// `2024-05-01`: a full-date with a real month and day.
    static func isFullDate(_ text: String) -> Bool {
        var scanner = Scanner(Array(text.utf8))
        return scanner.date() != nil && scanner.atEnd
    }

    /// `2024-05-01T12:00:00.250Z`: UTC, to the nearest millisecond, four-digit years (0000–9999; others are
    /// clamped to that range, which RFC 3339 cannot express beyond).
    static func format(_ date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        var days = totalMilliseconds >= 0 ? totalMilliseconds / 86_400_000 : (totalMilliseconds - 86_399_999) / 86_400_000
        var milliseconds = totalMilliseconds - days * 86_400_000
        let minimum = daysSinceEpoch(year: 0, month: 1, day: 1), maximum = daysSinceEpoch(year: 9999, month: 12, day: 31)
        if days < minimum { days = minimum; milliseconds = 0 }
        if days > maximum { days = maximum; milliseconds = 86_399_999 }
        let (year, month, day) = civil(days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let hour = milliseconds / 3_600_000, minute = milliseconds / 60_000 % 60, second = milliseconds / 1000 % 60
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(milliseconds % 1000, 3))Z"
    }

    /// The inverse of `daysSinceEpoch`.
    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func next() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func digit() -> Int? {
            guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
            defer { index += 1 }
            return Int(bytes[index] - UInt8(ascii: "0"))
        }

        mutating func digits(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }

        mutating func date() -> (Int, Int, Int)? {
            guard let year = digits(4), take("-"), let month = digits(2), take("-"), let day = digits(2),
                  (1...12).contains(month) else { return nil }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...lengths[month - 1]).contains(day) else { return nil }
            return (year, month, day)
        }
    }
}
