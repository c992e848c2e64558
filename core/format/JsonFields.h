#pragma once

// Private to core/format: typed access to the fields of the design file's JSON objects.

#include "model/EnumNames.h"
#include "util/Problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace studio::core::format {

using Json = nlohmann::ordered_json;

inline constexpr const char* kContext = "Validation";

// "a string", "an array", ... as the messages say what a value was.
std::string jsonTypeName(const Json& value);

// `place.key`, or `key` at the top level.
std::string childPlace(const std::string& place, std::string_view key);

// A double as JSON: a whole number within 2^53 as an integer (reads better: `"x": 120`),
// anything else as a floating-point number, printed so it reads back exactly.
Json jsonNumber(double value);

// Reads one JSON object of the file: each read checks the value's type and reports a
// problem at `place.key` when it is wrong, leaving the output untouched; finish() reports
// every key that nothing read, so typos do not pass silently. A problem at `place` about
// one key (missing, unknown) has that key as its subject's key; the item readers say the rest
// of the subject (markSubject).
class ObjectReader {
public:
    // Reports a problem at `place` if `json` is not an object (then every read is a no-op).
    ObjectReader(const Json& json, std::string place, Problems& problems);

    bool isObject() const { return m_object; }
    const std::string& place() const { return m_place; }
    void setPlace(std::string place) { m_place = std::move(place); }
    Problems& problems() { return m_problems; }

    // The value at `key`, or nullptr when absent; marks `key` as known either way. Keys are
    // held as views: pass literals or strings that outlive the reader.
    const Json* get(std::string_view key);
    // Like get(), reporting a problem when `key` is absent.
    const Json* require(std::string_view key);

    bool read(std::string_view key, std::string& out);
    bool read(std::string_view key, double& out);
    bool read(std::string_view key, int& out);
    bool read(std::string_view key, std::int64_t& out);
    bool read(std::string_view key, bool& out);
    bool read(std::string_view key, std::vector<std::string>& out);
    bool read(std::string_view key, std::vector<double>& out);

    template <class E> bool readEnum(std::string_view key, E& out) {
        std::string name;
        if (!read(key, name))
            return false;
        if (const auto value = parseEnum<E>(name)) {
            out = *value;
            return true;
        }
        reportChoice(key, enumNameList<E>(), name);
        return false;
    }

    // Reports every key of the object that no get/read asked for.
    void finish();

private:
    void reportChoice(std::string_view key, const std::string& choices, const std::string& got);

    const Json& m_json;
    std::string m_place;
    Problems& m_problems;
    bool m_object = false;
    std::vector<std::string_view> m_known; // in the order asked, to list what is allowed
};

// Value readers: check the type of `value`, report at `place` when wrong.
bool readString(const Json& value, const std::string& place, Problems& problems, std::string& out);
bool readNumber(const Json& value, const std::string& place, Problems& problems, double& out);
bool readInteger(const Json& value, const std::string& place, Problems& problems,
                 std::int64_t& out);
// A JSON array; reports a problem when `value` is something else.
bool expectArray(const Json& value, const std::string& place, Problems& problems);

} // namespace studio::core::format
