#include "format/JsonText.h"

#include "format/DesignJson.h"
#include "format/JsonTreeBuilder.h"

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

// The offset of the first bracket that opens container number `depth` + 1 at once, outside
// strings; the text's length if none does. Only asked about text that parsed up to there,
// so strings and escapes are well formed.
std::size_t offsetBeyondDepth(const std::string& text, std::size_t depth) {
    std::size_t open = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++open > depth)
                return i;
        } else if (c == ']' || c == '}') {
            --open;
        }
    }
    return text.size();
}

void reportAt(Problems& problems, std::string place, const std::string& text, std::size_t offset,
              std::string detail) {
    const auto [line, column] = lineAndColumn(text, offset);
    report(problems, std::move(place),
           SDS_TRANSLATE_NOOP("Validation", "not valid JSON at line %1, column %2: %3"),
           {std::to_string(line), std::to_string(column), std::move(detail)});
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
    // nlohmann's reader takes a NUL byte for the end of the text and would ignore whatever
    // follows; JSON text never holds one.
    if (const auto nul = text.find('\0'); nul != std::string::npos) {
        reportAt(problems, {}, text, nul,
                 "a NUL byte; a design file is text and holds nothing "
                 "after its JSON object");
        return std::nullopt;
    }
    Json json;
    JsonTreeBuilder builder(json);
    // strict: nothing but white space may follow the value.
    Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true);
    switch (builder.stop()) {
    case JsonTreeBuilder::Stop::None:
        break;
    case JsonTreeBuilder::Stop::TooDeep: {
        const auto [line, column] = lineAndColumn(text, offsetBeyondDepth(text, kMaxJsonDepth));
        report(problems, builder.deepPlace(),
               SDS_TRANSLATE_NOOP("Validation",
                                  "nested deeper than %1 levels at line %2, column %3; a design "
                                  "file is never this deep"),
               {std::to_string(kMaxJsonDepth), std::to_string(line), std::to_string(column)});
        return std::nullopt;
    }
    case JsonTreeBuilder::Stop::SyntaxError:
        // The byte count points just past the last character read.
        reportAt(problems, {}, text, builder.errorBytes() == 0 ? 0 : builder.errorBytes() - 1,
                 parseErrorDetail(builder.errorWhat()));
        return std::nullopt;
    }
    if (!builder.duplicates().empty()) {
        problems.insert(problems.end(), builder.duplicates().begin(), builder.duplicates().end());
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
        if (!formatOk) {
            // Another program's file (or a template): nothing else in it is worth a problem.
            report(problems, "format",
                   SDS_TRANSLATE_NOOP("Validation",
                                      "expected \"%1\", got \"%2\": this is not a System Design "
                                      "Studio design"),
                   {kDesignFormatName, format});
            return false;
        }
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
