#pragma once

#include "hubspot/Result.h"

#include <functional>
#include <memory>
#include <optional>

// Catches the one result of an asynchronous client call; wait with QTRY_VERIFY(c.done()).
template<typename T> class ResultCatcher final
{
public:
    std::function<void(SeqDesk::HubSpot::Result<T>)> callback()
    {
        auto slot = m_slot;
        return [slot](SeqDesk::HubSpot::Result<T> r) {
            ++slot->calls;
            slot->result.emplace(std::move(r));
        };
    }
    bool done() const { return m_slot->result.has_value(); }
    int calls() const { return m_slot->calls; }
    const SeqDesk::HubSpot::Result<T> &result() const { return *m_slot->result; }
    bool ok() const { return done() && result().ok(); }
    const T &value() const { return result().value(); }
    const SeqDesk::HubSpot::ApiError &error() const { return result().error(); }

private:
    struct Slot
    {
        std::optional<SeqDesk::HubSpot::Result<T>> result;
        int calls = 0;
    };
    std::shared_ptr<Slot> m_slot = std::make_shared<Slot>();
};
