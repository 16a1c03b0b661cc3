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
        isSafe(destination) && (scheme(of: destination) != nil || staysInside(destination))
    }

    /// The lower-cased scheme, if the destination has one.
    static func scheme(of destination: String) -> String? {
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
