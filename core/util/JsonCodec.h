#pragma once

// Structures stored whole as JSON and read back exactly (the library's run results and
// practice sessions): each structure names its fields once, in a Fields specialisation,
// and the writer and the reader walk the same list. Doubles round-trip; inf and NaN are
// written as "inf", "-inf", "nan". A reader failure throws Unreadable naming the field's
// place ("results.requests[0].p99: a number").
//
//   template <> struct json::Fields<Endpoint> {
//       template <class V, class S> static void visit(V& v, S& s) {
//           v("method", s.method), v("path", s.path);
//       }
//   };
//
// Other leaf types get a Codec specialisation: static Json write(const T&) and
// static void read(const Json&, T&, const std::string& place).
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace studio::core::json {

using Json = nlohmann::json;

struct Unreadable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& place, const char* wanted) {
    throw Unreadable(place + ": " + wanted);
}

template <class T> struct Codec;
template <class S> struct Fields;

template <class T> Json write(const T& value) {
    return Codec<T>::write(value);
}
template <class T> void read(const Json& j, T& value, const std::string& place) {
    Codec<T>::read(j, value, place);
}

template <> struct Codec<double> {
    static Json write(double x) {
        if (std::isfinite(x))
            return x;
        return std::isnan(x) ? "nan" : (x > 0 ? "inf" : "-inf");
    }
    static void read(const Json& j, double& x, const std::string& place) {
        if (j.is_number())
            x = j.get<double>();
        else if (j == "inf")
            x = std::numeric_limits<double>::infinity();
        else if (j == "-inf")
            x = -std::numeric_limits<double>::infinity();
        else if (j == "nan")
            x = std::numeric_limits<double>::quiet_NaN();
        else
            fail(place, "a number");
    }
};

template <> struct Codec<bool> {
    static Json write(bool x) { return x; }
    static void read(const Json& j, bool& x, const std::string& place) {
        if (!j.is_boolean())
            fail(place, "true or false");
        x = j.get<bool>();
    }
};

template <class I>
requires std::is_integral_v<I>
struct IntegerCodec {
    static Json write(I x) { return x; }
    static void read(const Json& j, I& x, const std::string& place) {
        const bool fits =
            std::is_signed_v<I>
                ? j.is_number_integer() &&
                      (j.is_number_unsigned()
                           ? j.get<std::uint64_t>() <=
                                 static_cast<std::uint64_t>(std::numeric_limits<I>::max())
                           : j.get<std::int64_t>() >= std::numeric_limits<I>::min() &&
                                 j.get<std::int64_t>() <= std::numeric_limits<I>::max())
                : j.is_number_unsigned() && j.get<std::uint64_t>() <= std::numeric_limits<I>::max();
        if (!fits)
            fail(place, "a whole number in range");
        x = j.get<I>();
    }
};
template <> struct Codec<int> : IntegerCodec<int> {};
template <> struct Codec<std::int64_t> : IntegerCodec<std::int64_t> {};
template <> struct Codec<std::uint64_t> : IntegerCodec<std::uint64_t> {};

template <> struct Codec<std::string> {
    static Json write(const std::string& x) { return x; }
    static void read(const Json& j, std::string& x, const std::string& place) {
        if (!j.is_string())
            fail(place, "a text");
        x = j.get<std::string>();
    }
};

template <class T> struct Codec<std::vector<T>> {
    static Json write(const std::vector<T>& items) {
        Json list = Json::array();
        for (const T& item : items)
            list.push_back(json::write(item));
        return list;
    }
    static void read(const Json& j, std::vector<T>& items, const std::string& place) {
        if (!j.is_array())
            fail(place, "a list");
        items.resize(j.size());
        for (std::size_t i = 0; i < j.size(); ++i)
            json::read(j[i], items[i], place + "[" + std::to_string(i) + "]");
    }
};

template <class T, std::size_t N> struct Codec<std::array<T, N>> {
    static Json write(const std::array<T, N>& items) {
        Json list = Json::array();
        for (const T& item : items)
            list.push_back(json::write(item));
        return list;
    }
    static void read(const Json& j, std::array<T, N>& items, const std::string& place) {
        if (!j.is_array() || j.size() != N)
            fail(place, "a list of the right length");
        for (std::size_t i = 0; i < N; ++i)
            json::read(j[i], items[i], place + "[" + std::to_string(i) + "]");
    }
};

// Any structure with a Fields specialisation: an object, one key per field.
template <class S>
requires requires {
    sizeof(Fields<S>);
}
struct Codec<S> {
    struct Writer {
        Json& out;
        template <class T> void operator()(const char* key, const T& value) {
            out[key] = json::write(value);
        }
    };
    struct Reader {
        const Json& in;
        const std::string& place;
        template <class T> void operator()(const char* key, T& value) {
            const auto found = in.find(key);
            if (found == in.end())
                fail(place + "." + key, "present");
            json::read(*found, value, place + "." + key);
        }
    };
    static Json write(const S& s) {
        Json out = Json::object();
        Writer writer{out};
        Fields<S>::visit(writer, s);
        return out;
    }
    static void read(const Json& j, S& s, const std::string& place) {
        if (!j.is_object())
            fail(place, "an object");
        Reader reader{j, place};
        Fields<S>::visit(reader, s);
    }
};

} // namespace studio::core::json
