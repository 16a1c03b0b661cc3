/// A mistake in how `tabled` was called: reported, then exit 2.
package struct UsageError: Error {
    package var message: String

    package init(message: String) {
        self.message = message
    }
}
