import Foundation
import Testing

/// `tabled check` on YAML: verdicts as compiler lines and a summary, or as JSON.
@Suite struct CheckCommandTests {
    let published = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/as-published.yaml").path
    let good = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path

    @Test func textSummaryPerFile() throws {
        let run = try CLI.run(["check", good])
        #expect(run.status == 0)
        #expect(run.stdout == "\(good): 1 table, 1 checked, 0 not checked, 0 errors, 0 warnings; 9 of 9 figures checked\n")
        #expect(run.stderr.isEmpty)
    }

    /// Every table found has a verdict and says how many of its figures a check reached:
    /// the tender table's fees take part in no identity, so it is only partly checked.
    @Test func jsonGivesEachTableItsVerdictAndCoverage() throws {
        let leisure = CLI.root.appendingPathComponent("Examples/confidential-leisure-contract/report.yaml").path
        let run = try CLI.run(["check", "--format", "json", published, good, leisure])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        let tables = try #require(object["tables"] as? [[String: Any]])
        let summary = tables.map { "\($0["verdict"]!) \($0["figures_checked"]!)/\($0["figures"]!) \($0["table"]!)" }
        #expect(summary == [
            "does-not-add-up 4/4 Mental health overspend, 2013-14, at month 9",
            "does-not-add-up 4/4 Mental health overspend, 2013-14, at December 2013",
            "adds-up 9/9 Contributions to the learning disability pooled budget",
            "partly-checked 9/12 Tenders received (annual management fee and scores)",
        ])
        #expect(tables.allSatisfy { ($0["line"] as? Int ?? 0) > 0 && ($0["file"] as? String)?.hasSuffix(".yaml") == true })
    }

    /// A table's rounding differences are one warning on the terminal, each cell a note;
    /// the JSON keeps one entry per identity.
    @Test func roundingDifferencesAreWordedOncePerTable() throws {
        let monitor = CLI.root.appendingPathComponent("Examples/bathnes-2005-capital-monitor/appendix-3.yaml").path
        let text = try CLI.run(["check", monitor])
        #expect(text.status == 0)
        let warnings = text.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 1 && warnings[0].contains("4 figures in table 'monitor' are off"), "\(text.stderr)")
        #expect(text.stderr.split(separator: "\n").filter { $0.contains(": note: ") }.count == 4)
        let json = try CLI.run(["check", "--format", "json", monitor])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.filter { $0["id"] as? String == "table.rounding-difference" }.count == 4)
    }

    @Test func jsonFollowsTheContract() throws {
        let run = try CLI.run(["check", "--format", "json", published])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["tables"] as? Int == 2)
        #expect(files[0]["checked"] as? Int == 2)
        #expect(files[0]["not_checked"] as? Int == 0)
        #expect(files[0]["errors"] as? Int == 2)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        for d in diagnostics {
            #expect(d["id"] as? String == "table.total-mismatch")
            #expect(d["severity"] as? String == "error")
            #expect(d["expected"] as? String == "539572")
            #expect(d["actual"] as? String == "376961")
            #expect(d["difference"] as? String == "-162611")
            #expect(d["line"] is Int && d["column"] is Int)
        }
        #expect(diagnostics.map { $0["table"] as? String } == ["overspend_m9", "overspend_dec"])
    }

    @Test func checkWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: good, toPath: folder.appendingPathComponent("r.yaml").path)
        #expect(try CLI.run(["check", "r.yaml"], in: folder).status == 0)
        #expect(CLI.files(in: folder) == ["r.yaml"])
    }
}

/// `tabled check` on an existing Markdown paper.
@Suite struct CheckMarkdownCommandTests {
    let brent = CLI.root.appendingPathComponent("Tests/TabledTests/Spec/seeds/004-brent-executive.md").path
    let oxfordshire = CLI.root.appendingPathComponent("Tests/TabledTests/Spec/seeds/003-oxfordshire-cabinet.md").path

    @Test func brentOverspendIsAnErrorInJSON() throws {
        let run = try CLI.run(["check", "--format", "json", brent])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["id"] as? String == "table.total-mismatch")
        #expect(first["expected"] as? String == "539572")
        #expect(first["actual"] as? String == "376961")
        #expect(first["difference"] as? String == "-162611")
        // Named by the nearest heading, as a reviewer finds it; the header row is the last resort.
        #expect(first["table"] as? String == "Adults' Mental Health Service Improvement – Phase 2 Options")
        #expect(first["line"] as? Int == 11)
    }

    @Test func textOutputEndsWithASummaryPerFile() throws {
        let run = try CLI.run(["check", oxfordshire, brent])
        #expect(run.status == 1)
        #expect(run.stdout == "\(oxfordshire): 1 table, 1 checked, 0 not checked, 0 errors, 0 warnings; 9 of 9 figures checked\n"
                + "\(brent): 2 tables, 2 checked, 0 not checked, 2 errors, 0 warnings; 8 of 8 figures checked\n")
        #expect(run.stderr.contains("004-brent-executive.md:11:31: error: "))
    }

    @Test func aTableItCannotReadIsCountedNotChecked() throws {
        let folder = try CLI.temporaryFolder()
        try "| A | £m |\n|---|--:|\n| x | 1 |\n| y | 2 |\n".write(to: folder.appendingPathComponent("p.md"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "p.md"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "p.md: 1 table, 0 checked, 1 not checked, 0 errors, 0 warnings; 0 of 2 figures checked\n")
        #expect(run.stderr.contains("p.md:1:1: note: table 'A £m' was not checked"))
    }
}
