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
    // The tooltip of a field with a range: the catalog's help, then "Range: 1 .. 100000".
    static QString withRange(const QString& help, double min, double max);
};

} // namespace studio::widgets
