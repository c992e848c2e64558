#pragma once

#include <string>
#include <vector>

// Marks a user-facing text in core for Qt's lupdate (aliased to QT_TRANSLATE_NOOP by the build)
// without making core depend on Qt. Expands to the text itself.
#define SDS_TRANSLATE_NOOP(context, text) text

namespace studio::core {

// A user-facing text as a message template with arguments, so the GUI can translate the
// template (context + text) before filling in %1, %2, ... as Qt's QString::arg does.
struct Message {
    const char* context = "";
    std::string text; // English template with %1..%9 placeholders
    std::vector<std::string> args;

    // The English text with the arguments filled in.
    std::string format() const;
};

// Fills %1..%9 in `templ` with `args` (a missing argument leaves the placeholder as it is).
std::string fillArguments(const std::string& templ, const std::vector<std::string>& args);

// A number as people read it in a message: whole numbers in full ("100000"), others in the
// shortest exact form ("0.5", "1e+300"), "NaN" and "inf" spelled out.
std::string formatNumber(double value);

} // namespace studio::core
