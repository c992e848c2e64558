#pragma once

#include "util/Problem.h"

#include <cassert>
#include <optional>
#include <utility>

namespace studio::core {

// The outcome of something that can fail for an expected reason (a file, a parse, a
// validation): either a value or the list of problems that prevented it.
template <class T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Problems problems)
        : m_problems(std::move(problems)) {
        assert(!m_problems.empty());
    }
    Result(Problem problem)
        : m_problems{std::move(problem)} {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }

    const Problems& problems() const { return m_problems; }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

} // namespace studio::core
