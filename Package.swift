// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tabled",
    // Linux only: the output stage uses syncfs and renameat2, and nothing tests another platform.
    products: [
        .executable(name: "tabled", targets: ["tabled"]),
        .executable(name: "tabled-preview", targets: ["tabled-preview"]),
        .library(name: "Tabled", targets: ["Tabled"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        // The live preview's server, and the packages it is built on that the preview names directly.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
    ],
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev), linked from its
        // static archives (TabledMarkdown's linker flags): two fewer libraries to load at each start.
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libxml2 from Debian (libxml2-dev): HTML pages, Word's XML and poppler's word boxes.
        // Headers only, with no pkg-config (which would link it): TabledReader loads the library
        // when it first reads a published paper, as loading it (with ICU, lzma and zlib) at
        // start-up was a fifth of every run's start-up. Its include folder is TabledReader's flag.
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libyaml from Debian (libyaml-dev), linked from its static archive (TabledReader's
        // linker flags), as cmark-gfm is: the YAML reader's events, and nothing of another
        // package's internals.
        .systemLibrary(
            name: "CLibYAML",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Stage 0: values every stage shares (locations, diagnostics, amounts, the paper model).
        .target(name: "TabledModel"),
        // Stage 1: YAML text -> located model; published papers (Markdown, HTML, Word, PDF word boxes) -> the same table model.
        .target(name: "TabledReader", dependencies: ["TabledModel", "TabledMarkdown", "CLibYAML", "CLibXML2"],
                swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])],
                linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libyaml.a"])]),
        // An arena for each cmark-gfm parse: its nodes in a few blocks, walked in order and freed at once.
        .target(name: "CCmarkArena"),
        // Markdown -> the document tree: the only user of cmark-gfm, for readers and layout alike.
        .target(name: "TabledMarkdown", dependencies: ["TabledModel", "CCmarkGFM", "CCmarkArena"],
                linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libcmark-gfm-extensions.a", "-Xlinker", "-l:libcmark-gfm.a"])]),
        // Stage 2: the model -> diagnostics (tables, figures, references, house rules) and what they resolve.
        .target(name: "TabledCheck", dependencies: ["TabledModel"]),
        // Stage 3: the checked model -> view models -> Markdown with placed blocks, through Mustache templates.
        .target(name: "TabledPresent", dependencies: ["TabledModel", "TabledCheck", .product(name: "Mustache", package: "swift-mustache")]),
        // Stage 4: the templates' Markdown and the placed blocks -> one document tree.
        .target(name: "TabledLayout", dependencies: ["TabledModel", "TabledPresent", "TabledMarkdown"]),
        // Stage 5: the document tree -> HTML page, plain text, Markdown.
        .target(name: "TabledWriter", dependencies: ["TabledModel"]),
        // Stage 5: the document tree -> Word (Office Open XML, zipped by ZIPFoundation).
        .target(name: "TabledWord", dependencies: ["TabledModel", "ZIPFoundation"]),
        // The pipeline that joins the stages; no I/O.
        .target(name: "Tabled", dependencies: ["TabledModel", "TabledReader", "TabledCheck", "TabledPresent", "TabledLayout", "TabledWriter", "TabledWord"]),
        // Agendas: front sheets and public and confidential packs, from checked papers; no I/O.
        .target(name: "TabledPack", dependencies: ["Tabled", "TabledModel", "TabledReader", "TabledPresent", "TabledLayout", "TabledWriter", "TabledWord"]),
        // One Linux call the CLI needs that Foundation lacks: renameat2(RENAME_EXCHANGE).
        .target(name: "CTabledSystem"),
        // The command line's own pieces that `tabled` and `tabled-preview` share: reading inputs,
        // the terminal, the exit codes, the options of `preview`.
        .target(name: "TabledCommandLine", dependencies: ["Tabled", "TabledPack", "TabledModel", "TabledReader", "TabledPresent",
                                                         .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The command line: the only place that reads argv, touches files or prints.
        .executableTarget(name: "tabled", dependencies: ["Tabled", "TabledPack", "TabledModel", "TabledReader", "TabledWord", "TabledCommandLine",
                                                  "CTabledSystem", "ZIPFoundation",
                                                  .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `tabled preview`'s server, a program of its own that `tabled preview` hands over to, so
        // that the web server's thousands of protocol conformances are not in `tabled`, where the
        // Swift runtime scans them all at each first cast of every run (BENCHMARKS.md).
        .executableTarget(name: "tabled-preview", dependencies: ["Tabled", "TabledModel", "TabledPresent", "TabledCommandLine",
                                                          .product(name: "ArgumentParser", package: "swift-argument-parser"),
                                                          .product(name: "Hummingbird", package: "hummingbird"),
                                                          .product(name: "NIOCore", package: "swift-nio"),
                                                          .product(name: "Logging", package: "swift-log"),
                                                          .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]),
        // libFuzzer targets, built only by `make fuzz` with -sanitize=fuzzer (libFuzzer brings main).
        .target(name: "TabledFuzzSupport"),
        .executableTarget(name: "TabledFuzzYAML", dependencies: ["Tabled", "TabledWriter", "TabledFuzzSupport"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "TabledFuzzMarkdown", dependencies: ["Tabled", "TabledMarkdown", "TabledWriter", "TabledFuzzSupport"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "TabledFuzzPublished", dependencies: ["Tabled", "TabledReader", "TabledWriter", "TabledFuzzSupport"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .executableTarget(name: "TabledFuzzPack", dependencies: ["Tabled", "TabledPack", "TabledReader", "TabledModel", "TabledWriter", "TabledFuzzSupport"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "TabledTests", dependencies: ["Tabled", "TabledPack", "TabledModel", "TabledReader", "TabledCheck", "TabledPresent", "TabledLayout", "TabledMarkdown", "TabledWriter", "TabledWord", "TabledCommandLine", "CCmarkArena", "ZIPFoundation"], exclude: ["Spec"]),
        .testTarget(name: "TabledCLITests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)
