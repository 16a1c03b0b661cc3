import TabledModel

/// What reading one input file gave: its text, or why there is none.
///
/// Not a `Result`: a generic type's metadata is made at its first use, which checks that
/// its failure is an `Error` by scanning every conformance in the program, a cost paid
/// again for each failure type, where the rest of reading a paper costs less.
public enum FileReading: Sendable {
    case text(String)
    /// The file cannot be read at all: exit 2.
    case unreadable(UnreadableFile)
    /// The file was read but is not acceptable input (too large, not UTF-8): exit 1, as a located diagnostic.
    case rejected(Diagnostic)
}
