#pragma once

// Private to core/library: the error boundary every Library function runs inside.

#include "library/Library.h"
#include "library/SqliteFailure.h"
#include "library/SqliteTransaction.h"

#include <exception>

namespace studio::core {

namespace library {

inline constexpr const char* kContext = "Library";

// Now, in milliseconds since 1970-01-01 UTC.
UnixMs now();

inline bool succeeded(const Problems& problems) {
    return problems.empty();
}
template <class T> bool succeeded(const Result<T>& result) {
    return result.ok();
}

} // namespace library

template <class F> auto Library::guarded(F&& body) const -> decltype(body()) {
    using R = decltype(body());
    try {
        return body();
    } catch (const sqlite::Failure& error) {
        return R{failure(error.code(), error.what())};
    } catch (const std::exception& error) {
        return R{failure(-1, error.what())};
    }
}

template <class F> auto Library::guardedWrite(F&& body) -> decltype(body()) {
    using R = decltype(body());
    if (m_readOnly)
        return R{refuseWrite()};
    return guarded([&]() -> R {
        sqlite::Transaction transaction(m_db);
        R result = body();
        if (library::succeeded(result))
            transaction.commit();
        return result;
    });
}

} // namespace studio::core
