#include "format/JsonFields.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::format {

namespace {

void report(Problems& problems, const std::string& place, const char* templ,
            std::vector<std::string> args) {
    problems.push_back(makeProblem(place, kContext, templ, std::move(args)));
}

std::string joined(const std::vector<std::string_view>& items) {
    std::string out;
    for (const auto item : items) {
        out += out.empty() ? "" : ", ";
        out += item;
    }
    return out;
}

} // namespace

std::string jsonTypeName(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "a list";
    case Json::value_t::object:
        return "an object";
    default:
        return "binary data";
    }
}

std::string childPlace(const std::string& place, std::string_view key) {
    return place.empty() ? std::string(key) : place + "." + std::string(key);
}

Json jsonNumber(double value) {
    constexpr double kExact = 9007199254740992.0; // 2^53: every whole double below is exact
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kExact)
        return static_cast<std::int64_t>(value);
    return value;
}

bool readString(const Json& value, const std::string& place, Problems& problems, std::string& out) {
    if (!value.is_string()) {
        report(problems, place, SDS_TRANSLATE_NOOP("Validation", "expected a string, got %1"),
               {jsonTypeName(value)});
        return false;
    }
    out = value.get<std::string>();
    return true;
}

bool readNumber(const Json& value, const std::string& place, Problems& problems, double& out) {
    if (!value.is_number()) {
        report(problems, place, SDS_TRANSLATE_NOOP("Validation", "expected a number, got %1"),
               {jsonTypeName(value)});
        return false;
    }
    out = value.get<double>();
    return true;
}

bool readInteger(const Json& value, const std::string& place, Problems& problems,
                 std::int64_t& out) {
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    if (value.is_number_integer() && !value.is_number_unsigned()) {
        out = value.get<std::int64_t>();
        return true;
    }
    if (value.is_number_unsigned() && value.get<std::uint64_t>() <= std::uint64_t(kMax)) {
        out = static_cast<std::int64_t>(value.get<std::uint64_t>());
        return true;
    }
    if (value.is_number()) {
        const double number = value.get<double>();
        // 2^63 is exactly representable; anything at or beyond it does not fit.
        if (std::trunc(number) == number && std::fabs(number) < 9223372036854775808.0) {
            out = static_cast<std::int64_t>(number);
            return true;
        }
        report(problems, place, SDS_TRANSLATE_NOOP("Validation", "expected a whole number, got %1"),
               {formatNumber(number)});
        return false;
    }
    report(problems, place, SDS_TRANSLATE_NOOP("Validation", "expected a whole number, got %1"),
           {jsonTypeName(value)});
    return false;
}

bool expectArray(const Json& value, const std::string& place, Problems& problems) {
    if (value.is_array())
        return true;
    report(problems, place, SDS_TRANSLATE_NOOP("Validation", "expected a list, got %1"),
           {jsonTypeName(value)});
    return false;
}

ObjectReader::ObjectReader(const Json& json, std::string place, Problems& problems)
    : m_json(json)
    , m_place(std::move(place))
    , m_problems(problems)
    , m_object(json.is_object()) {
    if (!m_object)
        report(m_problems, m_place, SDS_TRANSLATE_NOOP("Validation", "expected an object, got %1"),
               {jsonTypeName(json)});
}

const Json* ObjectReader::get(std::string_view key) {
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.emplace_back(key);
    if (!m_object)
        return nullptr;
    const auto it = m_json.find(key);
    return it == m_json.end() ? nullptr : &*it;
}

const Json* ObjectReader::require(std::string_view key) {
    const Json* value = get(key);
    if (!value && m_object) {
        report(m_problems, m_place, SDS_TRANSLATE_NOOP("Validation", "\"%1\" is missing"),
               {std::string(key)});
        m_problems.back().about.key = key;
    }
    return value;
}

// The read overloads build a value's place only when they report a problem there: a
// 200,000-component file would otherwise build millions of strings it never shows.
bool ObjectReader::read(std::string_view key, std::string& out) {
    const Json* value = get(key);
    if (value && value->is_string()) {
        out = value->get_ref<const std::string&>();
        return true;
    }
    return value && readString(*value, childPlace(m_place, key), m_problems, out);
}

bool ObjectReader::read(std::string_view key, double& out) {
    const Json* value = get(key);
    if (value && value->is_number()) {
        out = value->get<double>();
        return true;
    }
    return value && readNumber(*value, childPlace(m_place, key), m_problems, out);
}

bool ObjectReader::read(std::string_view key, std::int64_t& out) {
    const Json* value = get(key);
    if (value && value->is_number_integer() && !value->is_number_unsigned()) {
        out = value->get<std::int64_t>();
        return true;
    }
    return value && readInteger(*value, childPlace(m_place, key), m_problems, out);
}

bool ObjectReader::read(std::string_view key, int& out) {
    std::int64_t wide = 0;
    if (!read(key, wide))
        return false;
    constexpr auto kMin = std::numeric_limits<int>::min();
    constexpr auto kMax = std::numeric_limits<int>::max();
    if (wide < kMin || wide > kMax) {
        report(m_problems, childPlace(m_place, key),
               SDS_TRANSLATE_NOOP("Validation", "expected a whole number from %1 to %2, got %3"),
               {std::to_string(kMin), std::to_string(kMax), std::to_string(wide)});
        return false;
    }
    out = static_cast<int>(wide);
    return true;
}

bool ObjectReader::read(std::string_view key, bool& out) {
    const Json* value = get(key);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        report(m_problems, childPlace(m_place, key),
               SDS_TRANSLATE_NOOP("Validation", "expected true or false, got %1"),
               {jsonTypeName(*value)});
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool ObjectReader::read(std::string_view key, std::vector<std::string>& out) {
    const Json* value = get(key);
    const std::string place = childPlace(m_place, key);
    if (!value || !expectArray(*value, place, m_problems))
        return false;
    std::vector<std::string> items;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        std::string item;
        ok = readString((*value)[i], place + "[" + std::to_string(i) + "]", m_problems, item) && ok;
        items.push_back(std::move(item));
    }
    if (ok)
        out = std::move(items);
    return ok;
}

bool ObjectReader::read(std::string_view key, std::vector<double>& out) {
    const Json* value = get(key);
    const std::string place = childPlace(m_place, key);
    if (!value || !expectArray(*value, place, m_problems))
        return false;
    std::vector<double> items;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        double item = 0;
        ok = readNumber((*value)[i], place + "[" + std::to_string(i) + "]", m_problems, item) && ok;
        items.push_back(item);
    }
    if (ok)
        out = std::move(items);
    return ok;
}

void ObjectReader::reportChoice(std::string_view key, const std::string& choices,
                                const std::string& got) {
    report(m_problems, childPlace(m_place, key),
           SDS_TRANSLATE_NOOP("Validation", "expected one of %1, got \"%2\""), {choices, got});
}

void ObjectReader::finish() {
    if (!m_object)
        return;
    for (const auto& [key, value] : m_json.items()) {
        if (std::find(m_known.begin(), m_known.end(), key) != m_known.end())
            continue;
        report(m_problems, m_place,
               SDS_TRANSLATE_NOOP("Validation", "unknown key \"%1\" (expected one of: %2)"),
               {key, joined(m_known)});
        m_problems.back().about.key = key;
    }
}

} // namespace studio::core::format
