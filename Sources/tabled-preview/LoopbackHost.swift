import Hummingbird

/// Refuses requests addressed to any host but this machine's loopback name: another web
/// site cannot rename itself to 127.0.0.1 (DNS rebinding) and read the paper through a
/// visitor's browser.
struct LoopbackHost: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let authority = request.head.authority ?? ""
        let host = authority.hasPrefix("[") ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
        guard ["127.0.0.1", "localhost"].contains(host.lowercased()) else {
            return PreviewServer.response("A preview answers only to 127.0.0.1 and localhost.\n", type: "text/plain; charset=utf-8",
                                          status: .forbidden)
        }
        return try await next(request, context)
    }
}
