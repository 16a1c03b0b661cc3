import Foundation
import Tabled

/// The file names of `check --format html`'s review pages: `NAME.review.html` after each
/// paper, so that a folder of them reads like the folder of papers.
enum ReviewPageNames {
    /// One name per paper, in order. Papers that share a name are told apart by their
    /// extension (brent-md, brent-pdf), else by their folder (brent-report, camden-report),
    /// else by both; the same file given twice is numbered.
    static func names(for files: [String], audiences: [Audience]) -> [String] {
        zip(names(for: files), audiences).map { name, audience in
            // A page that shows exempt content is named as every confidential file is.
            PublicView.fileName(String(name.dropLast(".review.html".count)), for: audience) + ".review.html"
        }
    }

    static func names(for files: [String]) -> [String] {
        let parts = files.map { file -> (stem: String, ext: String, folder: String) in
            let name = (file as NSString).lastPathComponent as NSString
            let folder = ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let stem = name.deletingPathExtension
            return (stem.isEmpty ? "paper" : stem, name.pathExtension.lowercased(), folder)
        }
        var groups: [String: [Int]] = [:]
        for (i, part) in parts.enumerated() { groups[part.stem, default: []].append(i) }
        var names = parts.map(\.stem)
        for members in groups.values where members.count > 1 {
            let exts = Set(members.map { parts[$0].ext })
            let folders = Set(members.map { parts[$0].folder })
            for i in members {
                let part = parts[i]
                if exts.count == members.count {
                    names[i] = part.stem + "-" + part.ext
                } else if folders.count == members.count, !part.folder.isEmpty, part.folder != "." {
                    names[i] = part.folder + "-" + part.stem
                } else {
                    names[i] = [part.folder, part.stem, part.ext].filter { !$0.isEmpty && $0 != "." }.joined(separator: "-")
                }
            }
        }
        var used: [String: Int] = [:]
        return names.map { name in
            used[name, default: 0] += 1
            return (used[name]! > 1 ? name + "-\(used[name]!)" : name) + ".review.html"
        }
    }
}
