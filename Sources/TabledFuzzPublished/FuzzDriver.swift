import TabledFuzzSupport

/// The executable's entry point: libFuzzer runs `tabledFuzzPublished` on every input.
@_cdecl("TabledFuzzPublished_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, tabledFuzzPublished)
}

#if TABLED_FUZZ
/// libFuzzer's runtime expects this symbol; it is defined only in fuzz builds, which link one
/// target at a time (ordinary builds link every executable into the test runner).
@_cdecl("LLVMFuzzerTestOneInput")
public func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    tabledFuzzPublished(data, size)
}
#endif
