#include "model/RequestMix.h"

#include <algorithm>
#include <string>

namespace studio::core {

std::vector<RequestClass> withNewClass(std::vector<RequestClass> classes) {
    RequestClass added{"write", 1.0, Operation::Write, 1000, 200};
    const auto taken = [&](const std::string& name) {
        return std::any_of(classes.begin(), classes.end(),
                           [&](const RequestClass& c) { return c.name == name; });
    };
    for (int n = 2; taken(added.name); ++n)
        added.name = "class-" + std::to_string(n);
    if (!classes.empty()) {
        added.mix = classes.back().mix / 2;
        classes.back().mix -= added.mix;
    }
    classes.push_back(added);
    return classes;
}

std::vector<RequestClass> withoutClass(std::vector<RequestClass> classes, std::size_t index) {
    if (classes.size() < 2 || index >= classes.size())
        return classes;
    const double mix = classes[index].mix;
    classes.erase(classes.begin() + static_cast<std::ptrdiff_t>(index));
    classes.front().mix += mix;
    return classes;
}

} // namespace studio::core
