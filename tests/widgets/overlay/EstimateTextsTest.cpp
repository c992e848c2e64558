#include "widgets/overlay/EstimateTexts.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <limits>

namespace studio::widgets {
namespace {

using core::solver::Figure;

TEST(LoadBandTest, BandsByUtilisation) {
    EXPECT_EQ(loadBandFor(0), LoadBand::Low);
    EXPECT_EQ(loadBandFor(0.4999), LoadBand::Low);
    EXPECT_EQ(loadBandFor(0.5), LoadBand::Moderate);
    EXPECT_EQ(loadBandFor(0.7999), LoadBand::Moderate);
    EXPECT_EQ(loadBandFor(0.8), LoadBand::High);
    EXPECT_EQ(loadBandFor(0.9999), LoadBand::High);
    EXPECT_EQ(loadBandFor(1), LoadBand::Saturated);
    EXPECT_EQ(loadBandFor(3.5), LoadBand::Saturated);
    EXPECT_EQ(loadBandFor(std::numeric_limits<double>::infinity()), LoadBand::Saturated);
    EXPECT_EQ(loadBandFor(std::numeric_limits<double>::quiet_NaN()), LoadBand::Saturated);
}

// The tests' main sets an English (United States) locale.
TEST(EstimateTextsTest, RatesAsPeopleReadThem) {
    EXPECT_EQ(EstimateTexts::rate(1157.4), "1,157");
    EXPECT_EQ(EstimateTexts::rate(7794), "7,794");
    EXPECT_EQ(EstimateTexts::rate(12.345), "12.3");
    EXPECT_EQ(EstimateTexts::rate(0.25), "0.25");
    EXPECT_EQ(EstimateTexts::rate(0), "0");
    EXPECT_EQ(EstimateTexts::rate(1.5e12), "1.5E+12"); // the locale's exponent
}

TEST(EstimateTextsTest, PercentNeverRoundsUpToSaturated) {
    EXPECT_EQ(EstimateTexts::percent({0.724, false}), "72%");
    EXPECT_EQ(EstimateTexts::percent({0.724, true}), "≈72%");
    EXPECT_EQ(EstimateTexts::percent({0.996, false}), "99.6%");
    EXPECT_EQ(EstimateTexts::percent({0.9996, false}), ">99.9%");
    EXPECT_EQ(EstimateTexts::percent({1, false}), "100%");
    EXPECT_EQ(EstimateTexts::percent({1.3, false}), "130%");
    EXPECT_EQ(EstimateTexts::percent({0.001, false}), "0.1%");
    EXPECT_EQ(EstimateTexts::percent({1e-9, false}), "<0.1%");
    EXPECT_EQ(EstimateTexts::percent({std::numeric_limits<double>::infinity(), false}), "∞");
}

TEST(EstimateTextsTest, TimesAndAvailability) {
    EXPECT_EQ(EstimateTexts::seconds({0.0052, false}), "5.2 ms");
    EXPECT_EQ(EstimateTexts::seconds({1.5, true}), "≈1.5 s");
    EXPECT_EQ(EstimateTexts::availability(0.998001), "99.80%");
    EXPECT_EQ(EstimateTexts::availability(0.99999), "99.9990%");
    EXPECT_EQ(EstimateTexts::availability(1), "100.00%");
    EXPECT_EQ(EstimateTexts::availability(0.999999999), "99.999999%"); // never "100%"
}

// Core decides the figure (util/ReadableNumber.h); the locale writes its digits.
TEST(EstimateTextsTest, TheLocaleWritesCoresFigures) {
    const QLocale english;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(EstimateTexts::rate(1157.4), "1.157");
    EXPECT_EQ(EstimateTexts::percent({0.996, true}), "≈99,6%");
    EXPECT_EQ(EstimateTexts::percent({0.9996, false}), ">99,9%");
    EXPECT_EQ(EstimateTexts::seconds({0.0052, false}), "5,2 ms");
    EXPECT_EQ(EstimateTexts::availability(0.99999), "99,9990%");
    QLocale::setDefault(english);
}

TEST(EstimateTextsTest, ComponentLoadOfASaturatedBottleneck) {
    core::Design design;
    core::Component app;
    app.id = "app";
    app.name = "App";
    design.components.push_back(app);
    core::solver::ComponentResult result;
    result.id = "app";
    result.station = true;
    result.carriesTraffic = true;
    result.arrivalRate = 1157.4;
    result.utilisation = {1.25, false};
    result.saturation = core::solver::Saturation::Overloaded;
    core::solver::Solution solution;
    solution.capacity.bottleneck = "app";

    const ComponentLoad load = EstimateTexts::componentLoad(result, design, solution);
    EXPECT_EQ(load.band, LoadBand::Saturated);
    EXPECT_TRUE(load.saturated);
    EXPECT_TRUE(load.bottleneck);
    EXPECT_EQ(load.text, "1,157 req/s · 125%");
    EXPECT_EQ(load.badge, "bottleneck · saturated");

    result.carriesTraffic = false;
    const ComponentLoad idle = EstimateTexts::componentLoad(result, design, solution);
    EXPECT_EQ(idle.band, LoadBand::Neutral);
    EXPECT_FALSE(idle.bottleneck);
}

} // namespace
} // namespace studio::widgets
