// The interviewer's curveballs played against a design: the seed's failure modes, by the
// solver or a short simulation, and a clear word when the design has nothing to strike.
#include "practice/Curveballs.h"

#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::core::practice {
namespace {

const Curveball& ball(const std::string& id) {
    static const std::vector<Curveball> all = curveballs();
    return *std::find_if(all.begin(), all.end(), [&](const Curveball& b) { return b.id == id; });
}

std::string text(const CurveballOutcome& out) {
    std::string all;
    for (const Message& line : out.lines)
        all += line.format() + "\n";
    return all;
}

TEST(Curveballs, EveryOneIsOfferedAndTheProblemsOwnComesFirst) {
    EXPECT_EQ(curveballs().size(), 5u);
    EXPECT_EQ(curveballs("news-feed").front().id, "hot-key");
    EXPECT_EQ(curveballs("distributed-cache").front().id, "cache-flushed");
    EXPECT_EQ(curveballs("chat").front().id, "primary-down");
}

TEST(Curveballs, TenTimesTheTrafficSaturatesTheShortener) {
    const Design& design = findTemplate("url-shortener")->design;
    const CurveballOutcome out = playCurveball(design, ball("tenfold-traffic"));
    ASSERT_TRUE(out.played) << (out.skip ? out.skip->format() : "");
    EXPECT_NE(text(out).find("saturates"), std::string::npos) << text(out);
    EXPECT_NE(text(out).find("worst p99: ∞"), std::string::npos) << text(out);
}

TEST(Curveballs, TheDatabasePrimaryFailingIsSimulatedBesideTheCalmRun) {
    const Design& design = findTemplate("url-shortener")->design;
    const CurveballOutcome out = playCurveball(design, ball("primary-down"));
    ASSERT_TRUE(out.played) << (out.skip ? out.skip->format() : "");
    EXPECT_EQ(out.target, "URL database");
    ASSERT_EQ(out.lines.size(), 4u);
    EXPECT_NE(text(out).find("requests answered"), std::string::npos) << text(out);
}

TEST(Curveballs, AFlushedCacheIsSimulated) {
    const CurveballOutcome out =
        playCurveball(findTemplate("url-shortener")->design, ball("cache-flushed"));
    ASSERT_TRUE(out.played);
    EXPECT_NE(out.target.find("cache"), std::string::npos) << out.target;
}

TEST(Curveballs, AnEmptyDesignSaysWhatIsMissing) {
    for (const Curveball& b : curveballs()) {
        const CurveballOutcome out = playCurveball(Design{}, b);
        EXPECT_FALSE(out.played) << b.id;
        ASSERT_TRUE(out.skip) << b.id;
        EXPECT_FALSE(out.skip->format().empty());
    }
}

} // namespace
} // namespace studio::core::practice
