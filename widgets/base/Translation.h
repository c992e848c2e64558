#pragma once

#include "util/Message.h"
#include "util/Problem.h"

#include <QString>
#include <QStringList>

class QTranslator;
class QLocale;

namespace studio::widgets {

// Fills %1..%9 in `templ` with `args` in one pass, as core::fillArguments does: an argument's
// own text is never scanned again, and a placeholder without an argument stays as it is.
QString fillArguments(const QString& templ, const QStringList& args);

// The message in the current language: its template translated in its context, then filled.
QString translatedMessage(const core::Message& message);

// A catalog text (kind and property labels, descriptions) in the current language.
QString catalogText(const char* text);

// One line naming the file, the place in it and what is wrong: "a.json: links[2]: ...".
QString problemLine(const QString& fileName, const core::Problem& problem);
// Every problem on a line of its own, "place: what is wrong" (no file name).
QString problemLines(const core::Problems& problems);

// Loads the studio's translation for `locale` from the embedded :/i18n/ files into
// `translator`. Returns false when there is none (English needs none).
bool loadStudioTranslation(QTranslator& translator, const QLocale& locale);

} // namespace studio::widgets
