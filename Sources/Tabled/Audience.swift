/// Who may read a file: anyone, or only those entitled to exempt information (members and
/// officers, the press and public excluded).
public enum Audience: Sendable, Equatable {
    case everyone
    case confidential
}
