import Foundation

/// `tabled preview` running for one test, and a plain HTTP/1.1 client to ask it things
/// exactly as written (no URL clean-up, any Host header).
final class PreviewProcess {
    let process = Process()
    let folder: URL
    private(set) var port = 0
    private let output = Pipe()
    private let errors: URL

    /// Starts the preview of `paper` (a file in `folder`) on a free port and waits until it listens.
    init(_ paper: String, in folder: URL, arguments: [String] = []) throws {
        self.folder = folder
        errors = folder.appendingPathComponent("preview-stderr.txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["preview", paper, "--port", "0"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A server that never says where it listens must not hang the suite.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        defer { watchdog.cancel() }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://127.0.0.1:"),
              let number = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
            throw Failure(message: "no address in \(text.debugDescription); stderr: \(stderr)")
        }
        port = number
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// Ctrl-C, as a user stops it; the exit status, or nil if it did not stop within 30 seconds.
    func interrupt() -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    struct Answer {
        var status: Int
        var headers: String
        var body: String
    }

    /// One request on its own connection; the path is sent exactly as given.
    func get(_ path: String, host: String? = nil) throws -> Answer {
        let connection = try Connection(port: port)
        try connection.send("GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
        let raw = connection.readToEnd()
        guard let split = raw.range(of: "\r\n\r\n") else { throw Failure(message: "no HTTP answer: \(raw.debugDescription)") }
        let head = String(raw[..<split.lowerBound])
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Answer(status: status, headers: head, body: String(raw[split.upperBound...]))
    }

    /// The status as JSON.
    func status() throws -> [String: Any] {
        let body = try get("/_preview/status").body
        return (try JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }

    /// Waits until the status satisfies `condition`; false after 30 seconds.
    func waitForStatus(_ condition: ([String: Any]) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if condition(try status()) { return true }
            usleep(20_000)
        }
        return false
    }

    /// A connection held open, as a page's event stream is.
    final class Connection {
        let socket: Int32

        init(port: Int) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw Failure(message: "cannot connect to port \(port)") }
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func send(_ text: String) throws {
            let bytes = Array(text.utf8)
            guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw Failure(message: "send failed") }
        }

        /// Reads until the connection closes (or 30 seconds pass with nothing).
        func readToEnd() -> String {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
            }
            return String(decoding: data, as: UTF8.self)
        }

        /// Reads until `marker` has arrived; what arrived, or nil after 30 seconds.
        func read(until marker: String) -> String? {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !String(decoding: data, as: UTF8.self).contains(marker) {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { return nil }
                data.append(contentsOf: buffer[0..<count])
            }
            return String(decoding: data, as: UTF8.self)
        }

        deinit { close(socket) }
    }
}
