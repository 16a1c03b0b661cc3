import Foundation
import Testing
import TabledPresent

/// WCAG points a validator cannot see, checked on every golden page and on the stylesheet.
@Suite struct AccessibilityTests {
    static let pages: [String] = {
        let folder = TestSupport.root.appendingPathComponent("Tests/Golden")
        let examples = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return examples.sorted().flatMap { example in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(example).path)) ?? [])
                .filter { $0.hasSuffix(".html") }.sorted().map { "Tests/Golden/\(example)/\($0)" }
        }
    }()

    @Test func thereArePagesToCheck() {
        #expect(Self.pages.count >= 5)
    }

    @Test(arguments: pages)
    func pageStructure(_ page: String) throws {
        let html = try TestSupport.read(page)
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.components(separatedBy: "<h1").count == 2, "exactly one h1")
        // Heading levels never skip: an h3 needs an h2 before it, and so on.
        var deepest = 0
        for match in html.matches(of: #/<h([1-6])/#) {
            let level = Int(match.output.1)!
            #expect(level <= deepest + 1, "h\(level) after h\(deepest)")
            deepest = level
        }
        let tables = html.components(separatedBy: "<table").count - 1
        #expect(html.components(separatedBy: "<caption>").count - 1 == tables, "every table has a caption")
        #expect(!html.contains("<th>"), "every header cell has a scope")
        #expect(!html.contains("<td></td><td"), "no empty label cells")
        // Link text makes sense out of context: never "here" or "click".
        #expect(html.matches(of: #/>(here|click here|more)</a>/#).isEmpty)
    }

    /// Relative luminance and contrast as WCAG 2.1 defines them.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func defaultColoursMeetAA() throws {
        let css = try #require(TemplateSet.defaults.files["paper.css"])
        var colours: [String: String] = [:]
        for match in css.matches(of: #/--([a-z]+):\s*(#[0-9a-fA-F]{6})/#) { colours[String(match.output.1)] = String(match.output.2) }
        let paper = try #require(colours["paper"])
        for text in ["ink", "muted", "accent"] {
            let ratio = Self.contrast(try #require(colours[text]), paper)
            #expect(ratio >= 4.5, "\(text) on paper is \(ratio):1")
        }
        // Table header cells sit on a light grey.
        #expect(Self.contrast(try #require(colours["ink"]), "#f0f0f0") >= 4.5)
    }
}
