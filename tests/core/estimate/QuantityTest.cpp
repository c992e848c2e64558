#include "estimate/Quantity.h"
#include "estimate/QuantityFormat.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::estimate {
namespace {

// The value `text` reads as for a key of `expected`, converted to it; NaN when it does not.
double read(const char* text, Dimension expected) {
    const QuantityParse parsed = parseQuantity(text, expected);
    if (!parsed.quantity)
        return std::nan("");
    return convertQuantity(*parsed.quantity, expected).value_or(std::nan(""));
}

Dimension dimensionOf(const char* text, Dimension expected = Dimension::Bytes) {
    return parseQuantity(text, expected).quantity.value().dimension;
}

TEST(Quantity, CountsWithMultipliers) {
    EXPECT_DOUBLE_EQ(read("10M", Dimension::Count), 1e7);
    EXPECT_DOUBLE_EQ(read("10K", Dimension::Count), 1e4);
    EXPECT_DOUBLE_EQ(read("10k", Dimension::Count), 1e4);
    EXPECT_DOUBLE_EQ(read("1e6", Dimension::Count), 1e6);
    EXPECT_DOUBLE_EQ(read("1,000", Dimension::Count), 1000);
    EXPECT_DOUBLE_EQ(read("1,000,000", Dimension::Count), 1e6);
    EXPECT_DOUBLE_EQ(read("2.5E3", Dimension::Count), 2500);
    EXPECT_DOUBLE_EQ(read(" 3 ", Dimension::Count), 3);
    EXPECT_DOUBLE_EQ(read("2 billion", Dimension::Count), 2e9);
    EXPECT_DOUBLE_EQ(read("1.5 million", Dimension::Count), 1.5e6);
    EXPECT_DOUBLE_EQ(read("3T", Dimension::Count), 3e12);
    EXPECT_DOUBLE_EQ(read("100M users", Dimension::Count), 1e8);
    EXPECT_DOUBLE_EQ(read("2x", Dimension::Count), 2);
    EXPECT_DOUBLE_EQ(read("-5", Dimension::Count), -5);
}

// Found by fuzz_calc_args: an exponent beyond an int ("0e33333333333PB") threw from std::stoi
// and ended the process.
TEST(Quantity, AnExponentBeyondAnIntIsReadNotThrown) {
    EXPECT_DOUBLE_EQ(read("0e33333333333PB", Dimension::Bytes), 0);
    EXPECT_DOUBLE_EQ(read("0e+33333333333M", Dimension::Count), 0);
    EXPECT_DOUBLE_EQ(read("1.5e+3K", Dimension::Count), 1.5e6);
    EXPECT_TRUE(std::isnan(read("1e33333333333PB", Dimension::Bytes)));
}

// "B" after a number is a billion for a key that counts and bytes for any other key.
TEST(Quantity, BIsBillionForCountsAndBytesOtherwise) {
    EXPECT_DOUBLE_EQ(read("2B", Dimension::Count), 2e9);
    EXPECT_DOUBLE_EQ(read("2B", Dimension::Bytes), 2);
    EXPECT_DOUBLE_EQ(read("100B", Dimension::Count), 1e11);
    EXPECT_DOUBLE_EQ(read("100B", Dimension::Bytes), 100);
    EXPECT_DOUBLE_EQ(read("2B/s", Dimension::Rate), 2e9);
    EXPECT_DOUBLE_EQ(read("2B/s", Dimension::BytesPerSecond), 2);
    // Spelt out, a size is a size whatever the key.
    EXPECT_EQ(dimensionOf("2 bytes", Dimension::Count), Dimension::Bytes);
    EXPECT_EQ(dimensionOf("5GB", Dimension::Count), Dimension::Bytes);
    EXPECT_EQ(dimensionOf("5TB", Dimension::Count), Dimension::Bytes);
}

TEST(Quantity, SizesAreSiUnlessBinary) {
    EXPECT_DOUBLE_EQ(read("1KB", Dimension::Bytes), 1000);
    EXPECT_DOUBLE_EQ(read("1kB", Dimension::Bytes), 1000);
    EXPECT_DOUBLE_EQ(read("5 GB", Dimension::Bytes), 5e9);
    EXPECT_DOUBLE_EQ(read("1 TB", Dimension::Bytes), 1e12);
    EXPECT_DOUBLE_EQ(read("500B", Dimension::Bytes), 500);
    EXPECT_DOUBLE_EQ(read("5gb", Dimension::Bytes), 5e9);
    EXPECT_DOUBLE_EQ(read("1KiB", Dimension::Bytes), 1024);
    EXPECT_DOUBLE_EQ(read("1 MiB", Dimension::Bytes), 1048576);
    EXPECT_DOUBLE_EQ(read("1GiB", Dimension::Bytes), 1073741824);
    EXPECT_DOUBLE_EQ(read("1000", Dimension::Bytes), 1000);
}

TEST(Quantity, Durations) {
    EXPECT_DOUBLE_EQ(read("150 ms", Dimension::Seconds), 0.15);
    EXPECT_DOUBLE_EQ(read("0.5ms", Dimension::Seconds), 0.0005);
    EXPECT_DOUBLE_EQ(read("16us", Dimension::Seconds), 16e-6);
    EXPECT_DOUBLE_EQ(read("16 \xCE\xBCs", Dimension::Seconds), 16e-6); // Greek mu
    EXPECT_DOUBLE_EQ(read("16\xC2\xB5s", Dimension::Seconds), 16e-6);  // micro sign
    EXPECT_DOUBLE_EQ(read("100 ns", Dimension::Seconds), 100e-9);
    EXPECT_DOUBLE_EQ(read("2 hours", Dimension::Seconds), 7200);
    EXPECT_DOUBLE_EQ(read("1 min", Dimension::Seconds), 60);
    EXPECT_DOUBLE_EQ(read("30 days", Dimension::Seconds), 2592000);
    EXPECT_DOUBLE_EQ(read("1 month", Dimension::Seconds), 2592000);
    EXPECT_DOUBLE_EQ(read("3", Dimension::Seconds), 3);
}

TEST(Quantity, DaysTakeAnyDuration) {
    EXPECT_DOUBLE_EQ(read("365", Dimension::Days), 365);
    EXPECT_DOUBLE_EQ(read("365 days", Dimension::Days), 365);
    EXPECT_DOUBLE_EQ(read("48 hours", Dimension::Days), 2);
    EXPECT_DOUBLE_EQ(read("2 weeks", Dimension::Days), 14);
    EXPECT_DOUBLE_EQ(read("1 year", Dimension::Days), 365);
    EXPECT_TRUE(std::isnan(read("5GB", Dimension::Days)));
}

TEST(Quantity, Rates) {
    EXPECT_DOUBLE_EQ(read("10K QPS", Dimension::Rate), 1e4);
    EXPECT_DOUBLE_EQ(read("10K qps", Dimension::Rate), 1e4);
    EXPECT_DOUBLE_EQ(read("10K", Dimension::Rate), 1e4);
    EXPECT_DOUBLE_EQ(read("20/s", Dimension::Rate), 20);
    EXPECT_DOUBLE_EQ(read("1.2K reads/sec", Dimension::Rate), 1200);
    EXPECT_DOUBLE_EQ(read("600/min", Dimension::Rate), 10);
    EXPECT_DOUBLE_EQ(read("86400 requests per day", Dimension::Rate), 1);
    EXPECT_DOUBLE_EQ(read("5 RPS", Dimension::Rate), 5);
}

TEST(Quantity, DataRatesInBytesAndBits) {
    EXPECT_DOUBLE_EQ(read("50MB/s", Dimension::BytesPerSecond), 5e7);
    EXPECT_DOUBLE_EQ(read("50 MBps", Dimension::BytesPerSecond), 5e7);
    EXPECT_DOUBLE_EQ(read("400Mbps", Dimension::BitsPerSecond), 4e8);
    EXPECT_DOUBLE_EQ(read("1 Gbps", Dimension::BitsPerSecond), 1e9);
    EXPECT_DOUBLE_EQ(read("400 Mbit/s", Dimension::BitsPerSecond), 4e8);
    // Bits and bytes a second convert at 8 bits a byte.
    EXPECT_DOUBLE_EQ(read("400Mbps", Dimension::BytesPerSecond), 5e7);
    EXPECT_DOUBLE_EQ(read("50MB/s", Dimension::BitsPerSecond), 4e8);
    EXPECT_EQ(dimensionOf("5 GB/day"), Dimension::BytesPerSecond);
    // "mbps" could be megabits or megabytes: nothing.
    EXPECT_FALSE(parseQuantity("5 mbps", Dimension::BitsPerSecond).quantity);
}

TEST(Quantity, FractionsAndPercentages) {
    EXPECT_DOUBLE_EQ(read("99.9%", Dimension::Fraction), 0.999);
    EXPECT_DOUBLE_EQ(read("20 %", Dimension::Fraction), 0.2);
    EXPECT_DOUBLE_EQ(read("0.2", Dimension::Fraction), 0.2);
    EXPECT_DOUBLE_EQ(read("80 percent", Dimension::Fraction), 0.8);
    EXPECT_NEAR(read("3 nines", Dimension::Fraction), 0.999, 1e-15);
    EXPECT_NEAR(read("5 nines", Dimension::Fraction), 0.99999, 1e-15);
}

// Decimal units shift the decimal exponent, so the value is the double nearest what was written.
TEST(Quantity, DecimalUnitsRoundOnce) {
    EXPECT_EQ(read("99.9%", Dimension::Fraction), 0.999);
    EXPECT_EQ(read("150 ms", Dimension::Seconds), 0.15);
    EXPECT_EQ(read("0.5ms", Dimension::Seconds), 0.0005);
    EXPECT_EQ(read("1.1K", Dimension::Count), 1100);
    EXPECT_EQ(read("3e-2 GB", Dimension::Bytes), 3e7);
    EXPECT_EQ(read("16us", Dimension::Seconds), 1.6e-5);
}

TEST(Quantity, WrongDimensionsDoNotConvert) {
    EXPECT_TRUE(std::isnan(read("5GB", Dimension::Seconds)));
    EXPECT_TRUE(std::isnan(read("150 ms", Dimension::Bytes)));
    EXPECT_TRUE(std::isnan(read("10M users", Dimension::Rate)));
    EXPECT_TRUE(std::isnan(read("99%", Dimension::Count)));
    EXPECT_EQ(dimensionOf("150 ms"), Dimension::Seconds);
    EXPECT_EQ(dimensionOf("10K QPS"), Dimension::Rate);
    EXPECT_EQ(dimensionOf("99.9%"), Dimension::Fraction);
}

TEST(Quantity, WhatDoesNotParse) {
    for (const char* text : {"", "abc", "GB", "1,00", "1,0000", "12..5", "e5", "-", "1.2.3"})
        EXPECT_FALSE(parseQuantity(text, Dimension::Count).quantity) << text;
    const QuantityParse unknown = parseQuantity("5 XB", Dimension::Bytes);
    EXPECT_FALSE(unknown.quantity);
    EXPECT_EQ(unknown.unknownUnit, "XB");
    EXPECT_EQ(parseQuantity("5 dayz", Dimension::Days).unknownUnit, "dayz");
}

TEST(Quantity, PlainNumbersTakeTheKeysDimension) {
    const auto plain = parseQuantity("10M", Dimension::Rate).quantity.value();
    EXPECT_TRUE(plain.plain);
    EXPECT_EQ(plain.dimension, Dimension::Rate);
    EXPECT_FALSE(parseQuantity("10M users", Dimension::Count).quantity.value().plain);
}

TEST(QuantityFormat, RoundsToSignificantDigits) {
    EXPECT_EQ(roundedNumber(5.475, 3), "5.48"); // 5.475 is 5.47499... in binary
    EXPECT_EQ(roundedNumber(1157.407, 2), "1200");
    EXPECT_EQ(roundedNumber(1157.407, 4), "1157");
    EXPECT_EQ(roundedNumber(0.5, 3), "0.5");
    // Below a millionth in scientific notation: a denormal printed "-nan" before.
    EXPECT_EQ(roundedNumber(1e-320, 3), "1e-320");
    EXPECT_EQ(roundedNumber(1.23456e-10, 3), "1.23e-10");
    EXPECT_EQ(roundedNumber(-2.5e-7, 3), "-2.5e-07");
    EXPECT_EQ(roundedNumber(8.766, 3), "8.77");
    EXPECT_EQ(roundedNumber(-2.25, 2), "-2.3");
    EXPECT_EQ(roundedNumber(0, 3), "0");
    EXPECT_EQ(roundedNumber(0.000016, 2), "0.000016");
}

TEST(QuantityFormat, AsPeopleReadThem) {
    EXPECT_EQ(formatQuantity(1157.407, Dimension::Rate, "req/s"), "1.16K req/s");
    EXPECT_EQ(formatQuantity(1157.407, Dimension::Rate), "1.16K/s");
    EXPECT_EQ(formatQuantity(5e7, Dimension::BytesPerSecond), "50 MB/s");
    EXPECT_EQ(formatQuantity(4e8, Dimension::BitsPerSecond), "400 Mbps");
    EXPECT_EQ(formatQuantity(5.475e12, Dimension::Bytes), "5.48 TB");
    EXPECT_EQ(formatQuantity(1e11, Dimension::Bytes, "/day"), "100 GB/day");
    EXPECT_EQ(formatQuantity(999.96e3, Dimension::Bytes), "1 MB");
    EXPECT_EQ(formatQuantity(8.766 * 3600, Dimension::Seconds), "8.77 hours");
    EXPECT_EQ(formatQuantity(3600, Dimension::Seconds), "1 hour");
    EXPECT_EQ(formatQuantity(43.83 * 60, Dimension::Seconds), "43.8 min");
    EXPECT_EQ(formatQuantity(16e-6, Dimension::Seconds), "16 \xCE\xBCs");
    EXPECT_EQ(formatQuantity(0.15, Dimension::Seconds), "150 ms");
    EXPECT_EQ(formatQuantity(0, Dimension::Seconds), "0 s");
    EXPECT_EQ(formatQuantity(2e8, Dimension::Count, "connections"), "200M connections");
    EXPECT_EQ(formatQuantity(2e9, Dimension::Count), "2B");
    EXPECT_EQ(formatQuantity(8, Dimension::Count, "servers"), "8 servers");
    EXPECT_EQ(formatQuantity(0.998001, Dimension::Fraction), "99.8001%");
    EXPECT_EQ(formatQuantity(0.999999, Dimension::Fraction), "99.9999%");
    EXPECT_EQ(formatQuantity(365, Dimension::Days), "365 days");
}

// What formatQuantity writes, parseQuantity reads back.
TEST(QuantityFormat, ReadsBack) {
    const std::pair<double, Dimension> cases[] = {
        {5e9, Dimension::Bytes},          {0.15, Dimension::Seconds},
        {1.2e3, Dimension::Rate},         {4e8, Dimension::BitsPerSecond},
        {5e7, Dimension::BytesPerSecond}, {0.999, Dimension::Fraction},
        {2e8, Dimension::Count},          {16e-6, Dimension::Seconds},
    };
    for (const auto& [value, dimension] : cases) {
        const std::string text = formatQuantity(value, dimension);
        EXPECT_NEAR(read(text.c_str(), dimension), value, value * 1e-12) << text;
    }
}

} // namespace
} // namespace studio::core::estimate
