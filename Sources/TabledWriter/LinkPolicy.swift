import Foundation

/// Which link destinations may reach a published paper.
enum LinkPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Anchors, relative paths and web, mail and phone links; never `javascript:`, `data:` or the like.
    static func isSafe(_ destination: String) -> Bool {
        // Browsers ignore control characters and spaces inside a scheme: strip them before judging.
        let cleaned = destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        let text = String(String.UnicodeScalarView(cleaned)).lowercased()
        guard let colon = text.firstIndex(of: ":") else { return true }
        let beforeColon = text[..<colon]
        // A colon after a slash, ? or # belongs to a relative path, not a scheme.
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return allowedSchemes.contains(String(beforeColon))
    }
}
