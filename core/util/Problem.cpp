#include "util/Problem.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace studio::core {

namespace {

bool aboutOneOf(const Problem& problem, const std::vector<ProblemSubject>& items) {
    return std::any_of(items.begin(), items.end(),
                       [&](const ProblemSubject& item) { return problem.about.sameItem(item); });
}

// What makes two problems the same for addedProblems().
using Identity =
    std::tuple<ProblemSubject::Kind, std::string, std::string, std::string, std::string>;

Identity identityOf(const Problem& problem) {
    const ProblemSubject& about = problem.about;
    return {about.kind, about.id, about.path, about.key, problem.message.format()};
}

} // namespace

std::string Problem::text() const {
    const std::string what = message.format();
    return place.empty() ? what : place + ": " + what;
}

Problem makeProblem(std::string place, const char* context, std::string templ,
                    std::vector<std::string> args) {
    return Problem{std::move(place), Message{context, std::move(templ), std::move(args)}, {}};
}

void markSubject(Problems& problems, std::size_t from, ProblemSubject::Kind kind,
                 const std::string& id, const std::string& itemPlace) {
    for (std::size_t i = from; i < problems.size(); ++i) {
        Problem& problem = problems[i];
        if (problem.about.kind != ProblemSubject::Kind::Unknown)
            continue;
        problem.about.kind = kind;
        problem.about.id = id;
        const std::string& place = problem.place;
        if (itemPlace.empty())
            problem.about.path = place;
        else if (place.size() > itemPlace.size() + 1 && place[itemPlace.size()] == '.' &&
                 place.compare(0, itemPlace.size(), itemPlace) == 0)
            problem.about.path = place.substr(itemPlace.size() + 1);
    }
}

Problems addedProblems(const Problems& before, const Problems& after,
                       const std::vector<ProblemSubject>& items) {
    std::map<Identity, int> had;
    for (const auto& problem : before)
        if (aboutOneOf(problem, items))
            ++had[identityOf(problem)];
    Problems added;
    for (const auto& problem : after) {
        if (!aboutOneOf(problem, items))
            continue;
        if (const auto it = had.find(identityOf(problem)); it != had.end() && it->second > 0)
            --it->second;
        else
            added.push_back(problem);
    }
    return added;
}

} // namespace studio::core
