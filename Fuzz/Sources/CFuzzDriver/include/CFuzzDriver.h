#ifndef HIREKIT_CFUZZDRIVER_H
#define HIREKIT_CFUZZDRIVER_H

/// Runs libFuzzer's driver (flags, corpus, mutation loop) on the target's LLVMFuzzerTestOneInput.
/// SwiftPM links every executable with `main` aliased to the Swift module's entry point, so libFuzzer's own
/// `main` is never pulled in; each target's `@main` calls this instead.
int hirekit_fuzz_main(int argc, char **argv);

#endif
