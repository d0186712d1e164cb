#pragma once

#include "secrets/SecretStore.h"

#include <QObject>
#include <QTest>

#include <optional>

// Runs one SecretStore call and waits for its answer (processing events, never sleeping).
// An empty optional means the store never answered.
template<typename Call>
std::optional<SeqDesk::Secrets::SecretResult> waitForSecret(Call call, int timeoutMs = 10000)
{
    QObject context;
    std::optional<SeqDesk::Secrets::SecretResult> result;
    call(&context, [&result](const SeqDesk::Secrets::SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}
