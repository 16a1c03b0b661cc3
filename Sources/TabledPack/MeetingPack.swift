import Foundation
import Tabled
import TabledModel

/// Everything `tabled pack` writes for one meeting, or why it cannot.
public struct MeetingPack: Sendable {
    /// One output file, by its path inside the meeting's folder.
    public struct File: Sendable, Equatable {
        public var path: String
        public var contents: Data

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
        }

        public init(path: String, text: String) {
            self.init(path: path, contents: Data(text.utf8))
        }
    }

    /// The meeting's folder name, from its body and date: `cabinet-2006-03-21`.
    public var folder: String
    /// Empty when there are errors: nothing is written for a meeting with errors.
    public var files: [File]
    public var diagnostics: [Diagnostic]
    /// The meeting, for the batch summary.
    public var meeting: String
    public var items: Int
    /// The meeting as open data, for the feeds over several meetings; nil when nothing is written.
    public var open: OpenMeeting?
}
