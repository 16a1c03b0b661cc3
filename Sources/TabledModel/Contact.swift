/// A contact officer named at the foot of a paper.
public struct Contact: Sendable {
    public var name: Located<String>
    public var role: Located<String>?
    public var phone: Located<String>?
    public var email: Located<String>?

    public init(name: Located<String>, role: Located<String>?, phone: Located<String>?, email: Located<String>?) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
    }
}
