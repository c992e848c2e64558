#include "estimate/Dimension.h"

#include "util/Message.h"

namespace studio::core::estimate {

namespace {

struct DimensionTexts {
    const char* name;
    const char* noun;
    const char* expectation;
    const char* baseUnit;
};

const DimensionTexts& texts(Dimension dimension) {
    static const DimensionTexts table[] = {
        {"count", SDS_TRANSLATE_NOOP("Estimate", "a count"),
         SDS_TRANSLATE_NOOP("Estimate", "a count (e.g. 10M)"), "count"},
        {"bytes", SDS_TRANSLATE_NOOP("Estimate", "a size"),
         SDS_TRANSLATE_NOOP("Estimate", "a size (e.g. 5 GB)"), "B"},
        {"seconds", SDS_TRANSLATE_NOOP("Estimate", "a duration"),
         SDS_TRANSLATE_NOOP("Estimate", "a duration (e.g. 150 ms)"), "s"},
        {"rate", SDS_TRANSLATE_NOOP("Estimate", "a rate"),
         SDS_TRANSLATE_NOOP("Estimate", "a rate (e.g. 10K/s or 10K QPS)"), "1/s"},
        {"bytes_per_second", SDS_TRANSLATE_NOOP("Estimate", "a data rate"),
         SDS_TRANSLATE_NOOP("Estimate", "a data rate (e.g. 50 MB/s)"), "B/s"},
        {"bits_per_second", SDS_TRANSLATE_NOOP("Estimate", "a bit rate"),
         SDS_TRANSLATE_NOOP("Estimate", "a bit rate (e.g. 400 Mbps)"), "bit/s"},
        {"fraction", SDS_TRANSLATE_NOOP("Estimate", "a percentage"),
         SDS_TRANSLATE_NOOP("Estimate", "a fraction or a percentage (e.g. 0.2 or 20%)"),
         "fraction"},
        {"days", SDS_TRANSLATE_NOOP("Estimate", "a duration"),
         SDS_TRANSLATE_NOOP("Estimate", "a duration in days (e.g. 365)"), "days"},
        {"text", SDS_TRANSLATE_NOOP("Estimate", "a text"), SDS_TRANSLATE_NOOP("Estimate", "a text"),
         "text"},
    };
    return table[static_cast<int>(dimension)];
}

} // namespace

const char* dimensionNoun(Dimension dimension) {
    return texts(dimension).noun;
}

const char* dimensionExpectation(Dimension dimension) {
    return texts(dimension).expectation;
}

const char* baseUnitName(Dimension dimension) {
    return texts(dimension).baseUnit;
}

const char* dimensionName(Dimension dimension) {
    return texts(dimension).name;
}

} // namespace studio::core::estimate
