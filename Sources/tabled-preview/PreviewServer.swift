import Foundation
import Hummingbird

/// The preview's HTTP routes: the page, its status, the paper, a stream of rebuilds, and
/// pictures from the paper's folder. Nothing here writes a file.
enum PreviewServer {
    static func router(state: PreviewState, files: PreviewFiles) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LoopbackHost())
        router.get("/") { _, _ in
            let page = PreviewPage.page(paper: await state.paper, status: await state.status)
            return response(page, type: "text/html; charset=utf-8")
        }
        router.get("/_preview/status") { _, _ in
            let status = await state.status
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let data = (try? encoder.encode(status)) ?? Data("{}".utf8)
            return response(data, type: "application/json")
        }
        router.get("/_preview/paper") { _, _ in
            guard let paper = await state.paper else { return response("The paper has not rendered yet.\n", type: "text/plain; charset=utf-8", status: .notFound) }
            return response(paper, type: "text/html; charset=utf-8")
        }
        router.get("/_preview/events") { _, _ in
            let events = await state.listen()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                // A page that lost the server tries again after half a second.
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await event in events {
                    switch event {
                    case .update(let version): try await writer.write(ByteBuffer(string: "event: update\ndata: \(version)\n\n"))
                    case .heartbeat: try await writer.write(ByteBuffer(string: ": still here\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
        }
        router.get("/**") { request, _ in
            switch files.read(urlPath: request.uri.path) {
            case .file(let data, let type): return response(data, type: type)
            case .notFound: return response("Not found.\n", type: "text/plain; charset=utf-8", status: .notFound)
            case .forbidden: return response("A preview serves only pictures, fonts and styles from the paper's own folder.\n",
                                             type: "text/plain; charset=utf-8", status: .forbidden)
            }
        }
        return router
    }

    static func response(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        response(Data(text.utf8), type: type, status: status)
    }

    private static func response(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(data.count)
        headers[.xContentTypeOptions] = "nosniff"
        // An SVG from the paper's folder, opened by itself, runs no script on the preview's origin.
        if type.hasPrefix("image/svg") { headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
