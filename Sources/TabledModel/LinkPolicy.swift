/// Which link destinations may reach a published paper.
public enum LinkPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Anchors, relative paths and web, mail and phone links; never `javascript:`, `data:` or the like.
    public static func isSafe(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return true }
        return allowedSchemes.contains(scheme)
    }

    /// Whether a destination may be printed: safe, and if it is a path on this machine, one
    /// that stays inside the paper's folder (not absolute, never climbing out with `..`).
    public static func isAllowed(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return staysInside(destination) }
        return allowedSchemes.contains(scheme)
    }

    /// The lower-cased scheme, if the destination has one.
    static func scheme(of destination: String) -> String? {
        var destination = destination
        if let scheme = destination.withUTF8(asciiScheme) { return scheme }
        return schemeOfScalars(destination)
    }

    /// `schemeOfScalars` on the bytes, when everything up to the colon is ASCII; nil (not
    /// `.some(nil)`) when Unicode must judge: a letter such as the Kelvin sign lower-cases
    /// to ASCII, and a combining mark after the colon makes it part of another character.
    private static func asciiScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var scheme: [UInt8] = []
        var relative = false
        var colon = false
        for byte in bytes where byte > 0x20 && byte != 0x7F {
            guard byte < 0x80 else { return nil }
            if colon { break }
            switch byte {
            case UInt8(ascii: ":"): colon = true
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): relative = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): scheme.append(byte | 0x20)
            default: scheme.append(byte)
            }
        }
        guard colon, !relative else { return .some(nil) }
        return String(decoding: scheme, as: UTF8.self)
    }

    /// The scheme as a browser reads it: control characters and spaces ignored, lower-cased.
    static func schemeOfScalars(_ destination: String) -> String? {
        // Browsers ignore control characters and spaces inside a scheme: strip them before judging.
        let cleaned = destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let text = String(String.UnicodeScalarView(cleaned)).lowercased()
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let beforeColon = text[..<colon]
        // A colon after a slash, ? or # belongs to a relative path, not a scheme.
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        return String(beforeColon)
    }

    /// A relative path that does not leave its folder, read as a browser would (`\` as `/`, `%2e` as `.`).
    static func staysInside(_ path: String) -> Bool {
        let decoded = path.replacingBytes("\\", with: "/").replacingBytes("%2e", with: ".")
            .replacingBytes("%2E", with: ".").replacingBytes("%2f", with: "/").replacingBytes("%2F", with: "/")
        let withoutQuery = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { $0.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? $0 } ?? ""
        if withoutQuery.hasPrefix("/") || withoutQuery.hasPrefix("~") { return false }
        var depth = 0
        for part in withoutQuery.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return false }
            default: depth += 1
            }
        }
        return true
    }
}
