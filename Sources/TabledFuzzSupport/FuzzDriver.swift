/// Hands a fuzz target's entry point to libFuzzer.
///
/// SwiftPM names an executable's entry point after its target (`TabledFuzzYAML_main`), so
/// libFuzzer's own `main` is not used: each target's entry point calls `runFuzzer`. Built
/// with `-DTABLED_FUZZ` and `-sanitize=fuzzer` only by `make fuzz`; any other build says how.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

#if TABLED_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback
) -> CInt

public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: FuzzCallback) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}
#else
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: FuzzCallback) -> CInt {
    print("This fuzz target runs under libFuzzer: build and run it with 'make fuzz'.")
    return 2
}
#endif
