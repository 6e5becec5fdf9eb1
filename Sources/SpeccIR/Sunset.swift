/// `x-sunset`: the date after which a deprecated operation, parameter or property may go; read
/// once here for the diff's date checks and the generated Swift's deprecation messages.
public enum Sunset {
    /// The `YYYY-MM-DD` date (a date-time keeps its date part); nil when the value is not one,
    /// so that text which is no date is never compared as if it were.
    public static func date(_ extensions: Extensions?) -> String? {
        guard case .string(let text)? = extensions?["x-sunset"] else { return nil }
        let date = text.prefix(10)
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 10, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]), (1...31).contains(day),
              text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " else { return nil }
        return String(date)
    }

    /// The written value when it is not a date, for saying so.
    public static func invalid(_ extensions: Extensions?) -> String? {
        guard case .string(let text)? = extensions?["x-sunset"], date(extensions) == nil else { return nil }
        return text
    }
}
