import Foundation
import Testing

/// `tabled preview`: the real binary serving a paper on 127.0.0.1, edited while it runs.
@Suite struct PreviewCommandTests {
    static let paper = BadInputTests.good

    /// A folder holding paper.yaml, and the preview serving it.
    static func start(_ contents: String = paper, arguments: [String] = []) throws -> PreviewProcess {
        let folder = try CLI.temporaryFolder()
        try contents.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        return try PreviewProcess("paper.yaml", in: folder, arguments: arguments)
    }

    static func save(_ contents: String, in preview: PreviewProcess) throws {
        try contents.write(to: preview.folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
    }

    static func errors(_ status: [String: Any]) -> [[String: Any]] { status["errors"] as? [[String: Any]] ?? [] }

    @Test func servesThePaperAndFollowsEachSave() throws {
        let preview = try Self.start()
        let page = try preview.get("/")
        #expect(page.status == 200)
        #expect(page.body.contains("<title>Paper – Cabinet, 21 March 2006</title>"))
        #expect(page.body.contains("id=\"tabled-preview\""), "the page carries the preview's script")
        #expect(page.headers.lowercased().contains("cache-control: no-store"))

        try Self.save(Self.paper.replacingOccurrences(of: "title: Paper", with: "title: Paper saved again"), in: preview)
        #expect(try preview.waitForStatus { ($0["paper"] as? Int ?? 0) >= 2 })
        #expect(try preview.get("/_preview/paper").body.contains("<title>Paper saved again – Cabinet"))
        #expect(try preview.get("/").body.contains("Paper saved again"))
        // The preview reads; it never writes beside the paper.
        #expect(CLI.files(in: preview.folder) == ["paper.yaml", "preview-stderr.txt"])
        #expect(preview.interrupt() == 0)
    }

    @Test func aBrokenTotalIsShownLocatedOverTheLastGoodPaper() throws {
        let preview = try Self.start()
        try Self.save(Self.paper.replacingOccurrences(of: "[4.0]", with: "[4.5]"), in: preview)
        #expect(try preview.waitForStatus { !Self.errors($0).isEmpty })
        let status = try preview.status()
        let error = try #require(Self.errors(status).first)
        let text = error["text"] as? String ?? ""
        #expect(text.hasPrefix("paper.yaml:16:45: error: "), "\(text)")
        #expect(text.contains("[table.total-mismatch]"))
        let excerpt = error["excerpt"] as? [[String: Any]] ?? []
        let marked = excerpt.first { $0["caret"] != nil }
        #expect(marked?["number"] as? Int == 16)
        #expect(marked?["caret"] as? Int == 45)
        #expect((marked?["text"] as? String)?.contains("[4.5]") == true)
        #expect(status["paper"] as? Int == 1, "the last good render is kept")
        #expect(try preview.get("/_preview/paper").status == 200)
        #expect(preview.stderr.contains("paper.yaml:16:45: error: "), "the terminal says it too")

        try Self.save(Self.paper, in: preview)
        #expect(try preview.waitForStatus { Self.errors($0).isEmpty && ($0["paper"] as? Int ?? 0) >= 3 })
        #expect(preview.interrupt() == 0)
    }

    @Test func keepsRunningThroughBadSavesAndSaysWhatIsWrong() throws {
        let preview = try Self.start()
        let file = preview.folder.appendingPathComponent("paper.yaml")
        let cases: [(String, () throws -> Void)] = [
            ("paper.yaml:2:1: error: the YAML cannot be read", { try "title: [unclosed\n".write(to: file, atomically: true, encoding: .utf8) }),
            ("cannot read 'paper.yaml': no such file", { try FileManager.default.removeItem(at: file) }),
            ("cannot read 'paper.yaml': it is a directory", { try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false) }),
        ]
        for (expected, act) in cases {
            try act()
            #expect(try preview.waitForStatus { status in
                Self.errors(status).contains { ($0["text"] as? String ?? "").contains(expected) }
            }, "\(expected)")
        }
        try FileManager.default.removeItem(at: file)
        // A burst of saves: the page ends on the last one, and the server is still there.
        for i in 0..<100 {
            try Self.save(Self.paper.replacingOccurrences(of: "title: Paper", with: "title: Burst \(i)"), in: preview)
        }
        #expect(try preview.waitForStatus { Self.errors($0).isEmpty })
        #expect(try preview.get("/_preview/paper").body.contains("<title>Burst 99 –"))
        #expect(preview.interrupt() == 0)
    }

    @Test func tellsEveryOpenPageAndSurvivesOneThatGoesAway() throws {
        let preview = try Self.start()
        let first = try PreviewProcess.Connection(port: preview.port)
        var second: PreviewProcess.Connection? = try PreviewProcess.Connection(port: preview.port)
        for connection in [first, second!] {
            try connection.send("GET /_preview/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(connection.read(until: "retry: 500")?.contains("text/event-stream") == true)
        }
        try Self.save(Self.paper.replacingOccurrences(of: "title: Paper", with: "title: Both see this"), in: preview)
        #expect(first.read(until: "event: update") != nil)
        #expect(second?.read(until: "event: update") != nil)
        second = nil  // a tab closed
        try Self.save(Self.paper.replacingOccurrences(of: "title: Paper", with: "title: After one left"), in: preview)
        #expect(first.read(until: "event: update") != nil)
        #expect(try preview.get("/_preview/paper").body.contains("After one left"))
        // Ctrl-C with a page still listening: the stream ends and the server stops.
        #expect(preview.interrupt() == 0)
        #expect(preview.stderr.contains("tabled: preview stopped"))
    }

    @Test func servesOnlyPicturesFromThePapersFolderAndOnlyOnLoopback() throws {
        let preview = try Self.start()
        let outside = try CLI.temporaryFolder()
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.png"))
        try Data("logo".utf8).write(to: preview.folder.appendingPathComponent("logo.png"))
        try Data("hidden".utf8).write(to: preview.folder.appendingPathComponent(".hidden.png"))
        try FileManager.default.createSymbolicLink(atPath: preview.folder.appendingPathComponent("link.png").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.png").path)
        let logo = try preview.get("/logo.png")
        #expect(logo.status == 200 && logo.body == "logo")
        #expect(logo.headers.lowercased().contains("content-type: image/png"))
        let relative = "/../" + outside.lastPathComponent + "/secret.png"
        for path in [relative, "/%2e%2e/" + outside.lastPathComponent + "/secret.png", "/link.png", "/.hidden.png",
                     "/paper.yaml", "/preview-stderr.txt", "/..%2f..%2fetc%2fpasswd", "//etc/passwd"] {
            let answer = try preview.get(path)
            #expect(answer.status == 403 || answer.status == 404, "\(path): \(answer.status)")
            #expect(!answer.body.contains("secret") && !answer.body.contains("root:"), "\(path)")
        }
        // A page from another site that has renamed itself to 127.0.0.1 is refused.
        #expect(try preview.get("/", host: "attacker.example").status == 403)
        #expect(try preview.get("/", host: "localhost:\(preview.port)").status == 200)
        // The whole Host is a loopback name and a port, nothing after it.
        for host in ["localhost:\(preview.port), evil.com", "127.0.0.1:\(preview.port)@evil.com", "localhost.evil.com", "127.0.0.1:"] {
            #expect(try preview.get("/", host: host).status == 403, "\(host)")
        }
        // An SVG from the paper's folder runs no script when opened by itself.
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)
            .write(to: preview.folder.appendingPathComponent("chart.svg"))
        let svg = try preview.get("/chart.svg")
        #expect(svg.status == 200 && svg.headers.lowercased().contains("content-security-policy: default-src 'none'"), "\(svg.headers)")
        // Listening on 127.0.0.1 alone: the kernel's own table says so.
        let table = (try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)) ?? ""
        let listening = table.split(separator: "\n").filter { $0.contains(String(format: ":%04X ", preview.port)) && $0.contains(" 0A ") }
        #expect(!listening.isEmpty && listening.allSatisfy { $0.contains(String(format: "0100007F:%04X", preview.port)) }, "\(listening)")
        #expect(preview.interrupt() == 0)
    }

    @Test func aPortInUseOrAMissingPaperIsExit2() throws {
        let preview = try Self.start()
        let taken = try CLI.run(["preview", "paper.yaml", "--port", String(preview.port)], in: preview.folder)
        #expect(taken.status == 2)
        #expect(taken.stderr.contains("tabled: error: port \(preview.port) is already in use on 127.0.0.1"), "\(taken.stderr)")
        let missing = try CLI.run(["preview", "nowhere.yaml", "--port", "0"], in: preview.folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read 'nowhere.yaml': no such file"))
        let badPort = try CLI.run(["preview", "paper.yaml", "--port", "70000"], in: preview.folder)
        #expect(badPort.status == 2)
        #expect(preview.interrupt() == 0)
    }

    /// The server is a program of its own beside `tabled`; without it, `preview` says so.
    @Test func withoutItsServerBesideItPreviewIsExit2() throws {
        let folder = try CLI.temporaryFolder()
        try Self.paper.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let lone = folder.appendingPathComponent("tabled").path
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: lone)
        let run = try CLI.run(["preview", "paper.yaml", "--port", "0"], in: folder, executable: lone)
        #expect(run.status == 2)
        #expect(run.stderr == "tabled: error: cannot start the preview server '\(folder.resolvingSymlinksInPath().path)/tabled-preview': No such file or directory (make install puts tabled-preview beside tabled)\n", "\(run.stderr)")
    }

    /// Run by itself, the server keeps Tabled's exit codes: bad usage is 2, not ArgumentParser's 64.
    @Test func theServerRunDirectlyKeepsTheExitCodes() throws {
        let server = (CLI.binary as NSString).deletingLastPathComponent + "/tabled-preview"
        let run = try CLI.run(["--port", "x", "paper.yaml"], executable: server)
        #expect(run.status == 2)
        #expect(run.stderr.contains("The value 'x' is invalid for '--port <port>'"), "\(run.stderr)")
    }

    @Test func followsTheHouseStyleToo() throws {
        let folder = try CLI.temporaryFolder()
        try Self.paper.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let style = folder.appendingPathComponent("style.yaml")
        try "council: Testshire County Council\n".write(to: style, atomically: true, encoding: .utf8)
        let preview = try PreviewProcess("paper.yaml", in: folder, arguments: ["--style", "style.yaml"])
        #expect(try preview.get("/").body.contains("Testshire County Council"))
        try "council: [\n".write(to: style, atomically: true, encoding: .utf8)
        #expect(try preview.waitForStatus { status in
            Self.errors(status).contains { ($0["text"] as? String ?? "").hasPrefix("style.yaml:") }
        })
        try "council: Otherton Borough Council\n".write(to: style, atomically: true, encoding: .utf8)
        #expect(try preview.waitForStatus { Self.errors($0).isEmpty && ($0["paper"] as? Int ?? 0) >= 3 })
        #expect(try preview.get("/_preview/paper").body.contains("Otherton Borough Council"))
        #expect(preview.interrupt() == 0)
    }

    @Test func followsTheTemplatesToo() throws {
        let folder = try CLI.temporaryFolder()
        try Self.paper.write(to: folder.appendingPathComponent("paper.yaml"), atomically: true, encoding: .utf8)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "body { color: #101010; }\n".write(to: templates.appendingPathComponent("paper.css"), atomically: true, encoding: .utf8)
        let preview = try PreviewProcess("paper.yaml", in: folder, arguments: ["--templates", "templates"])
        #expect(try preview.get("/").body.contains("#101010"))
        try "body { color: #202020; }\n".write(to: templates.appendingPathComponent("paper.css"), atomically: true, encoding: .utf8)
        #expect(try preview.waitForStatus { ($0["paper"] as? Int ?? 0) >= 2 })
        #expect(try preview.get("/_preview/paper").body.contains("#202020"))
        #expect(preview.interrupt() == 0)
    }

    /// Headless Chromium loads the page; the paper is saved; the DOM shows it within a second.
    @Test func inARealBrowser() throws {
        let script = CLI.root.appendingPathComponent("scripts/preview-browser").path
        let run = try CLI.run([script, "check"], executable: "python3")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("FAILED"), "\(run.stdout)")
        #expect(run.stdout.contains("ok: the new title is on the page within a second of the save"), "\(run.stdout)")
    }
}
