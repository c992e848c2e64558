#include "format/JsonText.h"

#include "format/DesignJson.h"

#include <set>

namespace studio::core::format {

namespace {

void report(Problems& problems, std::string place, const char* templ,
            std::vector<std::string> args = {}) {
    problems.push_back(makeProblem(std::move(place), kContext, templ, std::move(args)));
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 2:
// syntax error while parsing value - unexpected end of input; expected ..."; the position is
// computed here from the byte offset, so keep what comes after the last " - ".
std::string parseErrorDetail(const std::string& what) {
    const auto dash = what.rfind(" - ");
    if (dash != std::string::npos)
        return what.substr(dash + 3);
    const auto bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Tracks where the parser is, to name the object holding a duplicate key.
struct Frame {
    bool object = false;
    std::set<std::string> keys;
    std::string key;
    std::size_t count = 0; // elements finished so far, in an array
};

std::string pathOf(const std::vector<Frame>& stack) {
    std::string path;
    for (std::size_t i = 0; i + 1 < stack.size(); ++i) {
        const Frame& frame = stack[i];
        if (frame.object)
            path += (path.empty() ? "" : ".") + frame.key;
        else
            path += "[" + std::to_string(frame.count) + "]";
    }
    return path;
}

} // namespace

std::pair<std::size_t, std::size_t> lineAndColumn(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

std::optional<Json> parseJsonText(const std::string& text, Problems& problems) {
    if (blank(text)) {
        report(problems, {}, SDS_TRANSLATE_NOOP("Validation", "the file is empty"));
        return std::nullopt;
    }
    std::vector<Frame> stack;
    Problems duplicates;
    const auto finishElement = [&] {
        if (!stack.empty() && !stack.back().object)
            ++stack.back().count;
    };
    const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
        case Json::parse_event_t::array_start:
            stack.push_back(Frame{event == Json::parse_event_t::object_start, {}, {}, 0});
            break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            if (!stack.empty())
                stack.pop_back();
            finishElement();
            break;
        case Json::parse_event_t::key:
            if (!stack.empty()) {
                stack.back().key = parsed.get<std::string>();
                if (!stack.back().keys.insert(stack.back().key).second)
                    report(duplicates, pathOf(stack),
                           SDS_TRANSLATE_NOOP("Validation",
                                              "the key \"%1\" is given twice; keep only one"),
                           {stack.back().key});
            }
            break;
        case Json::parse_event_t::value:
            finishElement();
            break;
        }
        return true;
    };
    Json json;
    try {
        json = Json::parse(text, callback);
    } catch (const Json::parse_error& error) {
        // `byte` counts from 1 and points at the last character read.
        const auto [line, column] = lineAndColumn(text, error.byte == 0 ? 0 : error.byte - 1);
        report(problems, {},
               SDS_TRANSLATE_NOOP("Validation", "not valid JSON at line %1, column %2: %3"),
               {std::to_string(line), std::to_string(column), parseErrorDetail(error.what())});
        return std::nullopt;
    } catch (const Json::exception& error) {
        report(problems, {}, SDS_TRANSLATE_NOOP("Validation", "not valid JSON: %1"),
               {parseErrorDetail(error.what())});
        return std::nullopt;
    }
    if (!duplicates.empty()) {
        problems.insert(problems.end(), duplicates.begin(), duplicates.end());
        return std::nullopt;
    }
    if (!json.is_object()) {
        report(
            problems, {},
            SDS_TRANSLATE_NOOP("Validation", "a design file holds one JSON object ({...}), got %1"),
            {jsonTypeName(json)});
        return std::nullopt;
    }
    return json;
}

bool checkFormatAndVersion(ObjectReader& reader, Problems& problems) {
    bool formatOk = false;
    if (!reader.get("format")) {
        report(problems, {},
               SDS_TRANSLATE_NOOP("Validation",
                                  "\"format\" is missing: a System Design Studio design starts "
                                  "with \"format\": \"%1\""),
               {kDesignFormatName});
    } else if (std::string format; reader.read("format", format)) {
        formatOk = format == kDesignFormatName;
        if (!formatOk)
            report(problems, "format",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "expected \"%1\", got \"%2\": this is not a System Design "
                                      "Studio design"),
                   {kDesignFormatName, format});
    }

    std::int64_t version = 0;
    if (!reader.get("version")) {
        report(problems, {},
               SDS_TRANSLATE_NOOP("Validation", "\"version\" is missing (this studio writes %1)"),
               {std::to_string(kDesignFormatVersion)});
        return true;
    }
    if (!reader.read("version", version))
        return true;
    if (version > kDesignFormatVersion) {
        // Nothing else is worth saying about a file written by a newer studio.
        if (formatOk)
            problems.clear();
        report(problems, "version",
               SDS_TRANSLATE_NOOP("Validation",
                                  "this file is format version %1, newer than this studio reads "
                                  "(%2); open it with a newer System Design Studio"),
               {std::to_string(version), std::to_string(kDesignFormatVersion)});
        return false;
    }
    if (version < 1)
        report(problems, "version",
               SDS_TRANSLATE_NOOP("Validation",
                                  "there is no format version %1; this studio reads version %2"),
               {std::to_string(version), std::to_string(kDesignFormatVersion)});
    return true;
}

} // namespace studio::core::format
