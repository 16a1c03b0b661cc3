import Testing
@testable import TabledReader

/// libxml2 is loaded when the first published paper is read, not linked; a machine without it
/// still renders YAML, and a published paper it cannot read says why and what to install.
@Suite struct LibXMLConverterTests {
    @Test func theInstalledLibraryIsFoundByItsSonameAndReadsHTML() throws {
        #expect(throws: Never.self) { try LibXML2.load(soname: LibXML2.soname).get() }
        let tree = try LibXMLConverter.html(Array("<table><tr><td>1</td></tr></table>".utf8)).get()
        #expect(tree.nodes.contains { $0.name == "td" })
    }

    @Test func aMissingLibraryNamesItselfAndSaysWhatToInstall() {
        guard case .failure(.libraryMissing(let why)) = LibXML2.load(soname: "libtabled-absent.so.9") else {
            Issue.record("an absent library loaded")
            return
        }
        #expect(why.hasPrefix("libxml2, which reads it, could not be loaded (libtabled-absent.so.9: cannot open shared object file"))
        #expect(why.hasSuffix("install libxml2 (Debian: apt-get install libxml2)"))
    }

    @Test func aLibraryWithoutLibxml2sFunctionsIsRefusedByName() {
        // libc is loaded in every process and has none of libxml2's functions.
        guard case .failure(.libraryMissing(let why)) = LibXML2.load(soname: "libc.so.6") else {
            Issue.record("libc passed for libxml2")
            return
        }
        #expect(why.contains("libc.so.6 has no htmlReadMemory, xmlReadMemory, xmlFreeDoc"))
    }
}
