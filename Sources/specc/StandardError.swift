import Foundation

/// Diagnostics go to standard error, like a compiler's; results go to standard output.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
