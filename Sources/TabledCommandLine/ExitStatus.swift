import ArgumentParser

/// Every exit code `tabled` uses, in one table (a contract: scripts depend on it).
package enum ExitStatus: Int32 {
    /// Everything was fine; warnings are allowed.
    case success = 0
    /// An input has errors; nothing was written for it.
    case inputErrors = 1
    /// Bad usage, or a file that cannot be read.
    case usage = 2
    /// Output could not be written.
    case writeFailed = 3

    package var exitCode: ExitCode { ExitCode(rawValue) }

    /// The worse of two outcomes, so one failing file decides the run's code.
    package func worse(_ other: ExitStatus) -> ExitStatus {
        rawValue >= other.rawValue ? self : other
    }
}
