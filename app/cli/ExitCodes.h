#pragma once

#include "cli/CliOptions.h"

namespace SeqDesk::HubSpot {
struct ApiError;
}

namespace SeqDesk::Cli {

// The documented exit code for a failed HubSpot call:
// 3 authentication or permission, 2 bad input (unknown user, invalid request), 4 otherwise.
ExitCode exitCodeFor(const HubSpot::ApiError &error);

} // namespace SeqDesk::Cli
