#pragma once

#include <QLoggingCategory>

namespace SeqDesk::HubSpot {
Q_DECLARE_LOGGING_CATEGORY(lcHubSpot)
}
