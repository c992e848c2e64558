#include "practice/PracticeCategories.h"

#include "util/Message.h"

namespace studio::core::practice {

const std::vector<std::string>& categoryNames() {
    static const std::vector<std::string> names = {"components", "data_flow", "sizing", "estimates",
                                                   "targets"};
    return names;
}

const char* categoryTitle(Category category) {
    static const char* const titles[] = {
        SDS_TRANSLATE_NOOP("Practice", "Components"), SDS_TRANSLATE_NOOP("Practice", "Data flow"),
        SDS_TRANSLATE_NOOP("Practice", "Sizing"), SDS_TRANSLATE_NOOP("Practice", "Estimates"),
        SDS_TRANSLATE_NOOP("Practice", "Targets")};
    return titles[static_cast<std::size_t>(category)];
}

Category categoryOf(const RubricCheck& check) {
    if (std::holds_alternative<KindPresentCheck>(check))
        return Category::Components;
    if (std::holds_alternative<PathCheck>(check) || std::holds_alternative<LinkModeCheck>(check))
        return Category::DataFlow;
    if (std::holds_alternative<PropertyRangeCheck>(check))
        return Category::Sizing;
    return Category::Estimates;
}

ScoreSummary summarize(const PracticeScore& score, const Template& reference) {
    ScoreSummary summary;
    summary.earned = score.earned;
    summary.possible = score.possible;
    summary.categories.assign(categoryNames().size(), {0, 0});
    for (std::size_t i = 0; i < score.rubric.items.size() && i < reference.rubric.size(); ++i) {
        const RubricItemResult& item = score.rubric.items[i];
        auto& points =
            summary.categories[static_cast<std::size_t>(categoryOf(reference.rubric[i].check))];
        points[1] += item.points;
        if (item.passed)
            points[0] += item.points;
        else
            summary.missed.push_back(item.id);
    }
    auto& targets = summary.categories[static_cast<std::size_t>(Category::Targets)];
    targets = {score.targetsMet, static_cast<int>(score.solver.targets.size())};
    return summary;
}

} // namespace studio::core::practice
