/// The wording of the pack stage's diagnostics.
enum PackMessages {
    static func reportMissing(_ path: String, _ reason: String) -> String { "the report '\(path)' cannot be read: \(reason)" }
    static func reportOutside(_ path: String) -> String {
        "the report '\(path)' is outside the agenda's folder; reports must sit in the agenda's folder or below it"
    }
    static func reportTwice(_ path: String) -> String { "the report '\(path)' is on the agenda twice" }
    static let firstHere = "it is first here"
    static func exemptInPartOne(_ path: String) -> String {
        "the report '\(path)' is exempt, but it is in Part I, before the exclusion of the press and public"
    }
    static let exemptInPartOneHelp = "move it after '- standard: exclusion', or make it exempt: false if it may be published"
    static func notExemptInPartTwo(_ path: String) -> String {
        "the report '\(path)' is in Part II but is not exempt"
    }
    static let notExemptInPartTwoHelp = "give it exempt: {paragraphs: [N], reason: ...} with its Schedule 12A paragraphs, or move it before the exclusion"
    static let exclusionTwice = "the press and public are excluded twice; everything after the first exclusion is already Part II"
    static func shortNotice(published: String, meeting: String, clearDays: Int) -> String {
        "the agenda is published on \(published), only \(clearDays) clear day\(clearDays == 1 ? "" : "s") before the meeting on \(meeting); "
            + "the law asks for at least five"
    }
}
