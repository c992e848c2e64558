#include "util/Problem.h"

namespace studio::core {

std::string Problem::text() const {
    const std::string what = message.format();
    return place.empty() ? what : place + ": " + what;
}

Problem makeProblem(std::string place, const char* context, std::string templ,
                    std::vector<std::string> args) {
    return Problem{std::move(place), Message{context, std::move(templ), std::move(args)}};
}

} // namespace studio::core
