// Progressive hints: a nudge, a pointer, then the answer, for the first item the design
// misses; none once it meets every item.
#include "practice/Hints.h"

#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

namespace studio::core::practice {
namespace {

TEST(Hints, EachItemGivesItsHintsThenItsAnswerThenTheNextItem) {
    const Template& t = *findTemplate("url-shortener");
    std::vector<HintUse> taken;
    const RubricItem& first = t.rubric.front();
    const int levels = static_cast<int>(first.hints.size()) + 1;
    for (int level = 1; level <= levels; ++level) {
        const auto hint = nextHint(Design{}, t, taken);
        ASSERT_TRUE(hint);
        EXPECT_EQ(hint->item, first.id);
        EXPECT_EQ(hint->level, level);
        EXPECT_EQ(hint->answer, level == levels);
        EXPECT_EQ(hint->text, level == levels ? first.text : first.hints[level - 1]);
        EXPECT_EQ(hintText(t, {hint->item, hint->level}), hint->text);
        taken.push_back({hint->item, hint->level});
    }
    const auto next = nextHint(Design{}, t, taken);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->item, t.rubric[1].id);
    EXPECT_EQ(next->level, 1);
}

TEST(Hints, NoneForADesignThatMeetsEveryItem) {
    const Template& t = *findTemplate("url-shortener");
    EXPECT_FALSE(nextHint(t.design, t, {}));
    EXPECT_EQ(hintText(t, {"no-such-item", 1}), "");
    EXPECT_EQ(hintText(t, {t.rubric.front().id, 99}), "");
}

} // namespace
} // namespace studio::core::practice
