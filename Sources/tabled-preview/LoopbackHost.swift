import Hummingbird

/// Refuses requests addressed to any host but this machine's loopback name: another web
/// site cannot rename itself to 127.0.0.1 (DNS rebinding) and read the paper through a
/// visitor's browser.
struct LoopbackHost: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.isLoopback(request.head.authority ?? "") else {
            return PreviewServer.response("A preview answers only to 127.0.0.1 and localhost.\n", type: "text/plain; charset=utf-8",
                                          status: .forbidden)
        }
        return try await next(request, context)
    }

    /// The whole Host is a loopback name, with at most a port of digits after it:
    /// "localhost:4848, evil.com" and "127.0.0.1:4848@evil.com" are not.
    static func isLoopback(_ authority: String) -> Bool {
        let lower = authority.lowercased()
        for name in ["127.0.0.1", "localhost"] {
            if lower == name { return true }
            guard lower.hasPrefix(name + ":") else { continue }
            let port = lower.dropFirst(name.count + 1)
            return !port.isEmpty && port.count <= 5 && port.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return false
    }
}
