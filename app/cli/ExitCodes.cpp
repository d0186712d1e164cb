#include "cli/ExitCodes.h"

#include "hubspot/ApiError.h"

namespace SeqDesk::Cli {

using namespace SeqDesk::HubSpot;

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return ExitOk;
    case ErrorKind::BadRequest:
    case ErrorKind::ContactVerdict:
        return ExitUsage;
    case ErrorKind::Fatal:
        switch (error.fatalReason) {
        case FatalReason::InvalidAuthentication:
        case FatalReason::MissingScopes:
        case FatalReason::Forbidden:
        case FatalReason::NoSalesSeat:
        case FatalReason::NoConnectedInbox:
            return ExitAuth;
        case FatalReason::InvalidConfiguration:
        case FatalReason::NotFound:
        case FatalReason::SequenceNotFound:
            return ExitUsage;
        case FatalReason::None:
        case FatalReason::DailyLimit:
        case FatalReason::Tls:
        case FatalReason::EndlessPagination:
            return ExitNetwork;
        }
        return ExitNetwork;
    case ErrorKind::SenderCapReached:
    case ErrorKind::Retryable:
    case ErrorKind::Parse:
    case ErrorKind::Cancelled:
        return ExitNetwork;
    }
    return ExitNetwork;
}

} // namespace SeqDesk::Cli
