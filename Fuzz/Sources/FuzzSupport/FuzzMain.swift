import CFuzzDriver
import Foundation

/// Hands the process over to libFuzzer; every target's `@main` calls this.
public func runFuzzer() -> Never {
    exit(hirekit_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv))
}
