#pragma once

#include "util/Message.h"

#include <string>
#include <vector>

namespace studio::core {

// One thing wrong with an input, with where it is and what to do about it.
struct Problem {
    // Where, in the file's own terms: `components[3] "orders-db"`, `links[2]`, `version`.
    // Empty for problems with the file as a whole. Never translated (it quotes the file).
    std::string place;
    Message message;

    // `place: message`, in English.
    std::string text() const;
};

using Problems = std::vector<Problem>;

Problem makeProblem(std::string place, const char* context, std::string templ,
                    std::vector<std::string> args = {});

} // namespace studio::core
