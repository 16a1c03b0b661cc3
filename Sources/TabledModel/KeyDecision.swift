/// Whether a report asks for a key decision, which must be on the forward plan.
public enum KeyDecision: Sendable, Equatable {
    case no
    case yes(forwardPlan: Located<String>)
}
