#include "practice/Hints.h"

#include "templates/Rubric.h"

#include <algorithm>

namespace studio::core::practice {

namespace {

// Levels an item gives: its hints, then its sentence.
int levels(const RubricItem& item) {
    return static_cast<int>(item.hints.size()) + 1;
}

int takenFor(const std::vector<HintUse>& taken, const std::string& item) {
    int most = 0;
    for (const HintUse& use : taken)
        if (use.item == item)
            most = std::max(most, use.level);
    return most;
}

const RubricItem* findItem(const Template& reference, const std::string& id) {
    for (const RubricItem& item : reference.rubric)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

std::string hintText(const Template& reference, const HintUse& taken) {
    const RubricItem* item = findItem(reference, taken.item);
    if (!item || taken.level < 1 || taken.level > levels(*item))
        return {};
    return taken.level <= static_cast<int>(item->hints.size())
               ? item->hints[static_cast<std::size_t>(taken.level - 1)]
               : item->text;
}

std::optional<Hint> nextHint(const Design& answer, const Template& reference,
                             const std::vector<HintUse>& taken) {
    const RubricScore score = checkRubric(answer, reference);
    for (std::size_t i = 0; i < score.items.size(); ++i) {
        if (score.items[i].passed)
            continue;
        const RubricItem& item = reference.rubric[i];
        const int level = takenFor(taken, item.id) + 1;
        if (level > levels(item))
            continue;
        return Hint{item.id, level, level == levels(item), hintText(reference, {item.id, level})};
    }
    return std::nullopt;
}

} // namespace studio::core::practice
