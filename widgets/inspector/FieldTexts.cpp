#include "widgets/inspector/FieldTexts.h"

#include "widgets/inspector/NumberText.h"

#include <QtGlobal>

#include <cstring>

namespace studio::widgets {

namespace {

// The units that are words, marked for translation in FieldTexts' context.
constexpr const char* kWordUnits[] = {
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "count"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "users"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "days"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "copies"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "items"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "req/s"),
    QT_TRANSLATE_NOOP("studio::widgets::FieldTexts", "1/day"),
};

} // namespace

QString FieldTexts::mixed() {
    return tr("mixed");
}

QString FieldTexts::notSet() {
    return tr("not set");
}

QString FieldTexts::notANumber(const QString& key, const QString& text) {
    return QCoreApplication::translate("Validation", "%1 must be a number, got %2")
        .arg(key, QStringLiteral("\"%1\"").arg(text.trimmed()));
}

QString FieldTexts::unit(const char* unit) {
    if (!unit)
        return {};
    for (const char* word : kWordUnits)
        if (std::strcmp(word, unit) == 0)
            return tr(word);
    return QString::fromUtf8(unit);
}

QString FieldTexts::withRange(const QString& help, double min, double max) {
    const QString range = tr("Range: %1 .. %2").arg(displayNumber(min), displayNumber(max));
    return help.isEmpty() ? range : help + QLatin1Char('\n') + range;
}

} // namespace studio::widgets
