#if TABLED_FUZZ
/// libFuzzer's driver, linked in by -sanitize=fuzzer. SwiftPM names an executable's entry
/// point after its target, so libFuzzer's own `main` is not used: this one hands over to it.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("TabledFuzzYAML_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, tabledFuzzYAML)
}
#else
/// Without `make fuzz` there is no libFuzzer to drive: say how to build it.
@_cdecl("TabledFuzzYAML_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    print("This fuzz target runs under libFuzzer: build and run it with 'make fuzz'.")
    return 2
}
#endif
