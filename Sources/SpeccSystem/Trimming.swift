extension StringProtocol {
    /// The text without the characters around it that `isPadding` accepts: white space and line
    /// breaks unless told.
    public func trimmed(_ isPadding: (Character) -> Bool = \.isWhitespace) -> String {
        String(drop(while: isPadding).reversed().drop(while: isPadding).reversed())
    }
}
