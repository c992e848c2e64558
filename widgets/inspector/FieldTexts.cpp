#include "widgets/inspector/FieldTexts.h"

#include "widgets/inspector/NumberText.h"

namespace studio::widgets {

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

QString FieldTexts::withRange(const QString& help, double min, double max) {
    const QString range = tr("Range: %1 .. %2").arg(displayNumber(min), displayNumber(max));
    return help.isEmpty() ? range : help + QLatin1Char('\n') + range;
}

} // namespace studio::widgets
