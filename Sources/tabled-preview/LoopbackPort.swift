import Foundation

/// Whether the preview can listen on a port of 127.0.0.1, asked before the server starts so
/// that a port in use is a plain sentence and exit 2, not a server error.
enum LoopbackPort {
    /// Why the port cannot be used, or nil if it can.
    static func unavailable(_ port: Int) -> String? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return "cannot open a socket: \(String(cString: strerror(errno)))" }
        defer { close(socket) }
        // As the server itself will: a port left in TIME_WAIT by a preview just stopped is free.
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound != 0 else { return nil }
        switch errno {
        case EADDRINUSE: return "port \(port) is already in use on 127.0.0.1: stop what is using it, or choose another with --port (0 picks a free one)"
        case EACCES: return "port \(port) needs privileges this user does not have: choose one above 1023 with --port"
        default: return "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(errno)))"
        }
    }
}
