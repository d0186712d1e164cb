#pragma once

#include "hubspot/ApiError.h"

#include <optional>
#include <utility>

namespace SeqDesk::HubSpot {

// Either a value or an ApiError. value() on a failure (or error() on a success) is a
// programming error and asserts.
template<typename T> class Result final
{
public:
    static Result success(T value)
    {
        Result r;
        r.m_value = std::move(value);
        return r;
    }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        if (r.m_error.kind == ErrorKind::None)
            r.m_error.kind = ErrorKind::Parse; // never a failure without a kind
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T takeValue()
    {
        Q_ASSERT(m_value.has_value());
        return std::move(*m_value);
    }
    const ApiError &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace SeqDesk::HubSpot
