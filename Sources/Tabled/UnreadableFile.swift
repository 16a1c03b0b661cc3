/// Why a file could not be read at all.
public struct UnreadableFile: Error, Sendable {
    public var path: String
    /// Only why: "no such file", "permission denied".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var message: String { "cannot read '\(path)': \(reason)" }
}
