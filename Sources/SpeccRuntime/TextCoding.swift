import Foundation

/// Text bodies by the `charset` of their media type: UTF-8 unless it names another.
@_spi(Generated) public enum TextCoding {
    public struct UnsupportedCharset: Error, CustomStringConvertible {
        public let charset: String
        public var description: String { "text in charset '\(charset)' cannot be read" }
    }

    public static func decode(_ data: Data, contentType: String?) throws -> String {
        let encoding = try self.encoding(contentType)
        guard let text = String(data: data, encoding: encoding) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "the body is not valid \(charset(contentType) ?? "utf-8") text"))
        }
        return text
    }

    public static func encode(_ text: String, contentType: String?) throws -> Data {
        let encoding = try self.encoding(contentType)
        guard let data = text.data(using: encoding) else {
            throw EncodingError.invalidValue(text, .init(codingPath: [], debugDescription: "the text cannot be written in \(charset(contentType) ?? "utf-8")"))
        }
        return data
    }

    static func encoding(_ contentType: String?) throws -> String.Encoding {
        guard let charset = charset(contentType) else { return .utf8 }
        switch charset {
        case "utf-8", "utf8": return .utf8
        case "us-ascii", "ascii": return .ascii
        case "iso-8859-1", "latin1", "iso_8859-1": return .isoLatin1
        case "utf-16": return .utf16
        case "utf-16be": return .utf16BigEndian
        case "utf-16le": return .utf16LittleEndian
        case "windows-1252", "cp1252": return .windowsCP1252
        default: throw UnsupportedCharset(charset: charset)
        }
    }

    static func charset(_ contentType: String?) -> String? {
        contentType.flatMap { MediaTypes.parameter("charset", of: $0) }
    }
}
