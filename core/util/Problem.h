#pragma once

#include "util/Message.h"
#include "util/ProblemSubject.h"

#include <cstddef>
#include <string>
#include <vector>

namespace studio::core {

// One thing wrong with an input, with where it is and what to do about it.
struct Problem {
    // Where, in the file's own terms: `components[3] "orders-db"`, `links[2]`, `version`.
    // Empty for problems with the file as a whole. Never translated (it quotes the file).
    std::string place;
    Message message;
    // The same place as structure (item, id, field), where the producer knows it: the
    // validator and the design file's readers say it; compare this, not `place`.
    ProblemSubject about;

    // `place: message`, in English.
    std::string text() const;
};

using Problems = std::vector<Problem>;

Problem makeProblem(std::string place, const char* context, std::string templ,
                    std::vector<std::string> args = {});

// Says that the problems from index `from` on, not yet about anything, are about the item
// (`kind`, `id`) whose text place is `itemPlace` (`components[3] "api"`; "" for the
// design): each one's path is the rest of its place. Producers build every place inside an
// item from the item's, so this is exact; it costs nothing when there are no problems.
void markSubject(Problems& problems, std::size_t from, ProblemSubject::Kind kind,
                 const std::string& id, const std::string& itemPlace);

// The problems of `after` about one of `items` (any field in them) that `before` does not
// have: what a change to those items would add. Two problems are the same when their
// subjects and English messages are; `before` cancels as many as it has.
Problems addedProblems(const Problems& before, const Problems& after,
                       const std::vector<ProblemSubject>& items);

} // namespace studio::core
