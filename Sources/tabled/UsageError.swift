/// A mistake in how `tabled` was called: reported, then exit 2.
struct UsageError: Error {
    var message: String
}
