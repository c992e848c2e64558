#pragma once

#include <QCoreApplication>
#include <QString>

namespace studio::widgets {

// The few texts the inspector's fields say themselves, rather than the model's validation.
class FieldTexts {
    Q_DECLARE_TR_FUNCTIONS(studio::widgets::FieldTexts)

public:
    // Shown in a field whose selected items have different values.
    static QString mixed();
    // Shown in an optional field left blank.
    static QString notSet();
    // "`key` must be a number, got "abc"", in the validation's own words.
    static QString notANumber(const QString& key, const QString& text);
    // A unit as written beside a field, in the current language: the catalog's and the
    // estimation's units ("count", "users", "days", "req/s"...) are words; symbols ("s", "B",
    // "x", "0..1") stay as they are.
    static QString unit(const char* unit);
    // The tooltip of a field with a range: the catalog's help, then "Range: 1 .. 100000".
    static QString withRange(const QString& help, double min, double max);
};

} // namespace studio::widgets
