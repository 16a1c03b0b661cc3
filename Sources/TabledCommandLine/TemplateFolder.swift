import Foundation
import TabledPresent

/// Loads a council's template overrides from `--templates DIR`.
package enum TemplateFolder {
    /// Whether a file in the folder is one the renderer reads (a preview watches just these).
    package static func reads(_ name: String) -> Bool {
        name.hasSuffix(".mustache") || name.hasSuffix(".css") || name == "reference.docx"
    }

    package static func load(_ path: String?) -> Result<TemplateSet, UsageError> {
        guard let path else { return .success(.defaults) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(UsageError(message: "--templates '\(path)' is not a directory"))
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return .failure(UsageError(message: "cannot read the templates in '\(path)'"))
        }
        var overrides: [String: String] = [:]
        for name in names.sorted() where reads(name) && name != "reference.docx" {
            let file = (path as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                return .failure(UsageError(message: "cannot read template '\(file)'"))
            }
            overrides[name] = text
        }
        let reference = (path as NSString).appendingPathComponent("reference.docx")
        let referenceDocx = FileManager.default.fileExists(atPath: reference) ? FileManager.default.contents(atPath: reference) : nil
        if overrides.isEmpty && referenceDocx == nil {
            return .failure(UsageError(message: "--templates '\(path)' holds no .mustache, .css or reference.docx files"))
        }
        var set = TemplateSet.defaults.overriding(with: overrides)
        set.referenceDocx = referenceDocx
        return .success(set)
    }
}
