#pragma once

#include "hubspot/ClientConfig.h"
#include "hubspot/Types.h"

#include <QByteArray>

// Inputs the fake-network client suites share.
namespace ClientFixtures {

inline const QByteArray account200 = QByteArrayLiteral(
    R"({"portalId":1,"accountType":"STANDARD","timeZone":"UTC","companyCurrency":"USD","utcOffset":"+00:00","utcOffsetMilliseconds":0,"uiDomain":"app.hubspot.com","dataHostingLocation":"na1"})");

// A client that retries at once and paces nothing, aimed at a port where nothing listens
// (the fake network answers instead).
inline SeqDesk::HubSpot::ClientConfig fastConfig(int timeoutMs = 2000)
{
    SeqDesk::HubSpot::ClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    c.backoffBaseMs = 1;
    c.backoffCapMs = 5;
    c.timeoutMs = timeoutMs;
    c.maxRetries = 3;
    c.fallbackRatePerSecond = 1000;
    return c;
}

// User 9 enrolls contact 101 into sequence 42 from rep@x.com.
inline SeqDesk::HubSpot::EnrollmentRequest enrollment()
{
    return {QStringLiteral("9"), QStringLiteral("101"), QStringLiteral("42"),
            QStringLiteral("rep@x.com"), QString()};
}

} // namespace ClientFixtures
