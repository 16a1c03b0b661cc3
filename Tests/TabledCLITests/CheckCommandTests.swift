import Foundation
import Testing

/// `tabled check` on YAML: verdicts as compiler lines and a summary, or as JSON.
@Suite struct CheckCommandTests {
    let published = CLI.root.appendingPathComponent("Examples/brent-2014-mental-health/as-published.yaml").path
    let good = CLI.root.appendingPathComponent("Examples/oxfordshire-2006-learning-disability/report.yaml").path

    @Test func textSummaryPerFile() throws {
        let run = try CLI.run(["check", good])
        #expect(run.status == 0)
        #expect(run.stdout == "\(good): 1 table, 1 checked, 0 not checked, 0 errors, 0 warnings\n")
        #expect(run.stderr.isEmpty)
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
