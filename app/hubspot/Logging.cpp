#include "hubspot/Logging.h"

namespace SeqDesk::HubSpot {
Q_LOGGING_CATEGORY(lcHubSpot, "seqdesk.hubspot", QtInfoMsg)
}
