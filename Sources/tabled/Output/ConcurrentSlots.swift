import Foundation

/// Results filled in by concurrent tasks, one slot each, read back in order afterwards.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) {
        slots = Array(repeating: initial, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
