#include "util/ReadableNumber.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace studio::core {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Cases = std::vector<std::pair<double, const char*>>;

// Every value of `cases` reads as its text under `rule`.
void expectTexts(ReadableNumber (*rule)(double, bool), const Cases& cases) {
    for (const auto& [value, text] : cases)
        EXPECT_EQ(rule(value, false).text(), text) << "for " << value;
}

TEST(ReadableNumberTest, UtilisationNeverRoundsAcrossIdleOrSaturated) {
    expectTexts(readableUtilisation, {{0, "0%"},
                                      {1e-9, "<0.1%"},
                                      {0.004, "0.4%"},
                                      {0.724, "72%"},
                                      {0.9949, "99%"},
                                      {0.996, "99.6%"},
                                      {0.9996, ">99.9%"},
                                      {std::nextafter(1.0, 0.0), ">99.9%"},
                                      {1, "100%"},
                                      {1.004, "100%"}, // saturated either way
                                      {1.3, "130%"},
                                      {1e300, "1e+302%"},
                                      {kInf, "∞"},
                                      {kNaN, "?"}});
}

TEST(ReadableNumberTest, UtilisationKeepsItsBoundForTheStudio) {
    const ReadableNumber above = readableUtilisation(0.9996);
    EXPECT_EQ(above.bound, ReadableNumber::Bound::Above);
    EXPECT_DOUBLE_EQ(above.number, 99.9);
    EXPECT_EQ(above.decimals, 1);
    EXPECT_EQ(above.unit, ReadableNumber::Unit::Percent);
    EXPECT_EQ(readableUtilisation(kInf).special, ReadableNumber::Special::Infinite);
}

TEST(ReadableNumberTest, RatesInThreeSignificantDigitsButWhole) {
    expectTexts(readableRate, {{0, "0"},
                               {1e-9, "<0.001"},
                               {0.25, "0.25"},
                               {0.9996, "1"},
                               {1, "1"},
                               {12.345, "12.3"},
                               {9.996, "10"},
                               {771.606, "772"},
                               {1157.4, "1157"},
                               {999999999999.6, "1e+12"},
                               {1.5e12, "1.5e+12"},
                               {1e300, "1e+300"},
                               {kInf, "∞"},
                               {kNaN, "?"}});
}

TEST(ReadableNumberTest, SecondsFromOneSecondMillisecondsBelow) {
    expectTexts(readableSeconds, {{0, "0 ms"},
                                  {1e-9, "<0.001 ms"},
                                  {0.000921, "0.921 ms"},
                                  {0.0052, "5.2 ms"},
                                  {0.1, "100 ms"},
                                  {0.9994, "999 ms"},
                                  {0.9996, "1 s"}, // the unit follows the rounded value
                                  {1, "1 s"},
                                  {1.5, "1.5 s"},
                                  {123.456, "123 s"},
                                  {1e300, "1e+300 s"},
                                  {kInf, "∞"},
                                  {kNaN, "?"}});
}

TEST(ReadableNumberTest, AvailabilityShowsItsNinesAndOnlyOneIsHundred) {
    expectTexts(readableAvailability, {{0, "0.00%"},
                                       {1e-9, "<0.01%"},
                                       {0.998001, "99.80%"},
                                       {0.999, "99.90%"},
                                       {0.9996, "99.960%"},
                                       {0.9998, "99.980%"},
                                       {0.99999, "99.9990%"},
                                       {0.999999999, "99.999999%"},
                                       {1 - 1e-15, "99.999999%"},
                                       {1, "100.00%"},
                                       {1e300, "100.00%"},
                                       {kInf, "∞"},
                                       {kNaN, "?"}});
}

TEST(ReadableNumberTest, ApproximateFiguresAreMarkedButNotInfinity) {
    EXPECT_EQ(readableUtilisation(0.724, true).text(), "≈72%");
    EXPECT_EQ(readableUtilisation(0.9996, true).text(), "≈>99.9%");
    EXPECT_EQ(readableSeconds(0.0052, true).text(), "≈5.2 ms");
    EXPECT_EQ(readableSeconds(kInf, true).text(), "∞");
    EXPECT_EQ(readableRate(kNaN, true).text(), "?");
}

} // namespace
} // namespace studio::core
