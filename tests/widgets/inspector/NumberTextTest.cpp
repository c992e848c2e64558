#include "widgets/inspector/NumberText.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

TEST(NumberTextTest, ShowsNumbersCompactly) {
    EXPECT_EQ(displayNumber(0.005), "0.005");
    EXPECT_EQ(displayNumber(0.00025), "0.00025");
    EXPECT_EQ(displayNumber(0.0005), "0.0005");
    EXPECT_EQ(displayNumber(0.1 + 0.2), "0.30000000000000004") << "exact, never rounded";
    EXPECT_EQ(displayNumber(16e9), "16,000,000,000");
    EXPECT_EQ(displayNumber(1234.5), "1,234.5");
    EXPECT_EQ(displayNumber(-0.5), "-0.5");
    EXPECT_EQ(displayNumber(0), "0");
    EXPECT_EQ(displayNumber(1e-9), "1e-09");
    EXPECT_EQ(displayNumber(1e18), "1e+18");
}

TEST(NumberTextTest, ReadsPlainGroupedAndScientificNumbers) {
    EXPECT_EQ(parseNumber("0.005"), 0.005);
    EXPECT_EQ(parseNumber(" 42 "), 42);
    EXPECT_EQ(parseNumber("1,000"), 1000);
    EXPECT_EQ(parseNumber("1,234.5"), 1234.5);
    EXPECT_EQ(parseNumber("4e9"), 4e9);
    EXPECT_EQ(parseNumber("-1"), -1);
    EXPECT_FALSE(parseNumber("abc"));
    EXPECT_FALSE(parseNumber(""));
    EXPECT_FALSE(parseNumber("1e999")) << "not finite";
    for (double value : {0.005, 1234.5, 16e9, 1e-9, 0.30000000000000004})
        EXPECT_EQ(parseNumber(displayNumber(value)), value);
}

TEST(NumberTextTest, ReadsTheLocalesNotationAndPlainDecimals) {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(displayNumber(0.005), "0,005");
    EXPECT_EQ(displayNumber(1234.5), "1.234,5");
    EXPECT_EQ(parseNumber("0,005"), 0.005);
    EXPECT_EQ(parseNumber("0.005"), 0.005) << "a plain decimal point is not a group separator";
    EXPECT_EQ(parseNumber("1.234,5"), 1234.5);
    EXPECT_EQ(parseNumber(displayNumber(1e-9)), 1e-9);
    QLocale::setDefault(previous);
}

} // namespace
} // namespace studio::widgets
