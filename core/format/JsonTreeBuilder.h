#pragma once

// Private to core/format: builds a JSON value from nlohmann's SAX events. Unlike nlohmann's
// parser callback (which copied each key and, at each closed object, scanned its parent),
// it neither recurses nor copies what it has read, so any input costs time linear in its
// size; it refuses nesting deeper than kMaxJsonDepth and a key given twice in one object.

#include "format/JsonFields.h"

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace studio::core::format {

// Containers ({...} or [...]) open at once, at most. A design file needs about six; the
// limit keeps a hostile file from exhausting the stack of whatever walks the value.
inline constexpr std::size_t kMaxJsonDepth = 64;

class JsonTreeBuilder {
public:
    // Builds into `root`, which must outlive the builder.
    explicit JsonTreeBuilder(Json& root)
        : m_root(root) {}

    // Why the parse stopped, when it did.
    enum class Stop { None, TooDeep, SyntaxError };
    Stop stop() const { return m_stop; }
    // SyntaxError: the bytes read when the error was found (from 1), and what was wrong.
    std::size_t errorBytes() const { return m_errorBytes; }
    const std::string& errorWhat() const { return m_errorWhat; }
    // TooDeep: the place (`components[0].properties.x[0]`) of the container refused.
    const std::string& deepPlace() const { return m_deepPlace; }
    // Each key given twice, at the place of its object.
    const Problems& duplicates() const { return m_duplicates; }

    // The SAX interface nlohmann's sax_parse() calls; false stops the parse.
    bool null();
    bool boolean(bool value);
    bool number_integer(Json::number_integer_t value);
    bool number_unsigned(Json::number_unsigned_t value);
    bool number_float(Json::number_float_t value, const Json::string_t& text);
    bool string(Json::string_t& value);
    bool binary(Json::binary_t& value);
    bool start_object(std::size_t elements);
    bool key(Json::string_t& key);
    bool end_object();
    bool start_array(std::size_t elements);
    bool end_array();
    bool parse_error(std::size_t bytes, const std::string& token, const Json::exception& error);

private:
    struct Frame {
        Json* value = nullptr; // the open container, inside its parent (or the root)
        // An object's keys, for telling a repeated one, once it has many (a few are compared
        // in the object itself).
        std::unique_ptr<std::unordered_set<std::string>> manyKeys;
        std::string key;       // in an object, the key of the value being read
        std::size_t count = 0; // in an array, the elements finished so far
    };

    // Adds `value` to the open container (or makes it the root); returns where it lives.
    Json* add(Json&& value);
    bool scalar(Json&& value);
    // Whether the innermost object already holds the key being read.
    bool repeated(Frame& top);
    bool open(Json&& empty);
    bool close();
    // The place of the value being read in the innermost open container.
    std::string placeOfNext(std::size_t frames) const;

    Json& m_root;
    std::vector<Frame> m_stack;
    Problems m_duplicates;
    Stop m_stop = Stop::None;
    std::size_t m_errorBytes = 0;
    std::string m_errorWhat;
    std::string m_deepPlace;
};

} // namespace studio::core::format
