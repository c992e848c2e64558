#include "widgets/inspector/NumberText.h"
#include "LocaleGuard.h"

#include "widgets/inspector/ByteText.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

using test::LocaleGuard;

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

TEST(NumberTextTest, ShowsFourSignificantDigitsWhereDigitsRunOn) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(compactNumber(10.0 / 3), "3.333");
    EXPECT_EQ(compactNumber(0.1 + 0.2), "0.3");
    EXPECT_EQ(compactNumber(0.005), "0.005") << "no trailing zeros";
    EXPECT_EQ(compactNumber(0.123456), "0.1235");
    EXPECT_EQ(compactNumber(1234.5678), "1,235") << "never fewer digits than the whole part";
    EXPECT_EQ(compactNumber(0.99999), "1");
    EXPECT_EQ(compactNumber(-2.0 / 3), "-0.6667");
    EXPECT_EQ(compactNumber(100000000), "100,000,000") << "whole numbers in full";
    EXPECT_EQ(compactNumber(1e-7), "1e-07");
}

TEST(NumberTextTest, ShowsFourSignificantDigitsInGerman) {
    const LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(compactNumber(10.0 / 3), "3,333");
    EXPECT_EQ(compactNumber(1234.5678), "1.235");
    EXPECT_EQ(compactNumber(100000000), "100.000.000");
    EXPECT_EQ(compactBytes(1.5e9), "1,5 GB");
}

TEST(NumberTextTest, SizesCarryTheirSiPrefix) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(compactBytes(16e9), "16 GB");
    EXPECT_EQ(compactBytes(1500), "1.5 KB") << "SI: 1 KB = 1,000 B";
    EXPECT_EQ(compactBytes(512), "512 B");
    EXPECT_EQ(compactBytes(999999), "1 MB");
    EXPECT_EQ(compactBytes(16123456789), "16.12 GB");
    EXPECT_EQ(exactBytes(16e9), "16 GB");
    EXPECT_EQ(exactBytes(16123456789), "16.123456789 GB") << "in full for editing";
    for (double bytes : {16e9, 16123456789.0, 512.0, 1e-3, 1.0 / 3})
        EXPECT_EQ(parseBytes(exactBytes(bytes)), bytes) << bytes;
}

TEST(NumberTextTest, ReadsSizesWithOrWithoutTheirUnit) {
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(parseBytes("16 GB"), 16e9);
    EXPECT_EQ(parseBytes("16GB"), 16e9);
    EXPECT_EQ(parseBytes("16e9"), 16e9);
    EXPECT_EQ(parseBytes("1.5 KB"), 1500);
    EXPECT_EQ(parseBytes("1 KiB"), 1024);
    EXPECT_EQ(parseBytes("512 B"), 512);
    EXPECT_EQ(parseBytes("16,000,000,000"), 16e9);
    EXPECT_FALSE(parseBytes("16 GQ"));
    EXPECT_FALSE(parseBytes("16 s")) << "a duration is no size";
    EXPECT_FALSE(parseBytes("GB"));
    const LocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(parseBytes("1,5 GB"), 1.5e9);
}

} // namespace
} // namespace studio::widgets
