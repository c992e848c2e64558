// The estimate overlay's bands: 50%, 80% and 100% utilisation; nothing finite is saturated.
#include "solver/LoadBand.h"

#include <gtest/gtest.h>

#include <limits>
#include <utility>

using namespace studio::core;

TEST(LoadBandRuleTest, BandsByUtilisation) {
    // Each band from its lower edge to just below the next one.
    const std::pair<double, LoadBand> cases[] = {
        {0, LoadBand::Low},           {0.4999, LoadBand::Low},    {0.5, LoadBand::Moderate},
        {0.7999, LoadBand::Moderate}, {0.8, LoadBand::High},      {0.9999, LoadBand::High},
        {1, LoadBand::Saturated},     {3.5, LoadBand::Saturated},
    };
    for (const auto& [utilisation, band] : cases)
        EXPECT_EQ(loadBandFor(utilisation), band) << utilisation;
}

TEST(LoadBandRuleTest, NotFiniteIsSaturated) {
    EXPECT_EQ(loadBandFor(std::numeric_limits<double>::infinity()), LoadBand::Saturated);
    EXPECT_EQ(loadBandFor(std::numeric_limits<double>::quiet_NaN()), LoadBand::Saturated);
}
