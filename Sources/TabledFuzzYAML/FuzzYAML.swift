import Foundation
import Tabled

/// The fuzz callback: any bytes through the YAML-to-diagnostics path. A crash, a hang or
/// a runaway allocation is a finding. Built only by `make fuzz` (with `-sanitize=fuzzer`).
func tabledFuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    _ = PaperRenderer.check(text, file: "fuzz.yaml")
    return 0
}
