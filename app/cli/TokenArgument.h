#pragma once

// `--token pat-…` on a command line is readable by every user of the machine (ps,
// /proc/<pid>/cmdline) for as long as the process runs. seqdesk-cli reads it, then overwrites
// it in the process's own argument memory, so `ps` shows asterisks from then on, and warns:
// HUBSPOT_ACCESS_TOKEN or the keychain (--store-token) keep it off the command line for good.
namespace SeqDesk::Cli {

// Overwrites the values of `--token VALUE` and `--token=VALUE` in argv with '*' (their
// length is kept). True when there was one. Call after the arguments were parsed.
bool hideTokenArguments(int argc, char *argv[]);

} // namespace SeqDesk::Cli
