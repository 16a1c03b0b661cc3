import Testing
@testable import TabledModel

/// A link's scheme is read as a browser reads it; the byte-level reading of ASCII schemes gives
/// the Unicode reading's answer.
@Suite struct LinkPolicyTests {
    static let destinations = [
        "", "https://example.org", "HTTPS://example.org", "mailto:clerk@council.gov.uk", "tel:+44 20 7946 0000",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "java\u{7F}script:x", "\r\njavascript:x",
        "data:text/html,x", "annex.html", "#item-3", "../secret.html", "a/b:c", "a?b:c", "a#b:c", "://x", ":",
        "\u{212A}ttp:x", "k\u{212A}:x", "http:\u{301}x", "http: \u{301}x", "https:é", "é:x", "x:é", "\u{FEFF}http:x",
        "ﬁle:x", "http\u{0130}:x", "nocolon", "a b c", "https://exa mple.org/a:b",
    ]

    @Test(arguments: destinations)
    func schemeIsTheUnicodeReading(destination: String) {
        #expect(LinkPolicy.scheme(of: destination) == LinkPolicy.schemeOfScalars(destination), "\(destination.debugDescription)")
    }

    @Test func unsafeSchemesAreRefused() {
        #expect(LinkPolicy.isAllowed("https://example.org"))
        #expect(LinkPolicy.isAllowed("annex.html"))
        #expect(!LinkPolicy.isAllowed(" java\tscript:alert(1)"))
        #expect(!LinkPolicy.isAllowed("../secret.html"))
        #expect(!LinkPolicy.isAllowed("/etc/passwd"))
        #expect(!LinkPolicy.isAllowed("\u{212A}ttp:x"))
    }
}
