import Foundation

/// A value another thread will set once: standard error read beside a tool's output, MuPDF's
/// trace run beside poppler's.
final class AwaitedValue<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value

    /// Holds `placeholder` until `set` is called.
    init(_ placeholder: Value) {
        value = placeholder
    }

    func set(_ read: Value) {
        value = read
        done.signal()
    }

    /// Waits for `set`, once.
    func wait() -> Value {
        done.wait()
        return value
    }
}
