#pragma once

#include <vector>

namespace studio::core {

// The design-wide back-of-envelope inputs. 0 means "not given" for every field but
// `replicas` and `peakFactor`.
struct Estimation {
    double dau = 0;                 // daily active users
    double readsPerUserPerDay = 0;  // actions a user makes a day that read
    double writesPerUserPerDay = 0; // actions a user makes a day that write
    double readBytes = 0;           // bytes returned by one read
    double writeBytes = 0;          // bytes stored by one write
    double itemCount = 0;           // objects stored in all (100M short URLs)
    double itemBytes = 0;           // bytes per stored object
    double retentionDays = 0;       // days data is kept
    double replicas = 1;            // copies of every stored byte
    double peakFactor = 1;          // peak rate / average rate
    double concurrentFraction = 0;  // share of users connected at once (0..1)

    bool operator==(const Estimation&) const = default;
};

// Describes one field of Estimation for the file format, validation and the inspector.
struct EstimationField {
    const char* key;   // file key, snake_case
    const char* label; // for people (translatable, context "Estimation")
    const char* unit;  // as in docs/FORMAT.md: "users", "1/day", "B", "days", "x", "0..1"
    double min;
    double max;
    double Estimation::*member;
};

const std::vector<EstimationField>& estimationFields();

} // namespace studio::core
