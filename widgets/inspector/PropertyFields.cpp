#include "widgets/inspector/PropertyFields.h"

#include "widgets/base/Translation.h"
#include "widgets/inspector/ChoiceBox.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/MultiLineEdit.h"
#include "widgets/inspector/NumberEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

#include <cstdint>
#include <limits>

namespace studio::widgets {

namespace {

using Binder = PropertyFields::Binder;

QWidget* createEditor(const core::PropertySpec& spec) {
    switch (spec.type) {
    case core::PropertyType::Integer:
        if (spec.max <= std::numeric_limits<int>::max() &&
            spec.min >= std::numeric_limits<int>::min() + 2)
            return new IntegerSpinBox(spec.min, spec.max);
        return new NumberEdit;
    case core::PropertyType::Number:
        return new NumberEdit;
    case core::PropertyType::Boolean:
        return new QCheckBox;
    case core::PropertyType::Choice: {
        auto* combo = new ChoiceBox;
        for (const auto& choice : spec.choices)
            combo->addItem(PropertyFields::choiceText(choice), QString::fromStdString(choice));
        return combo;
    }
    case core::PropertyType::Text:
        // A note's text runs over several lines; other text is one line.
        if (spec.key == "text")
            return new MultiLineEdit;
        return new QLineEdit;
    }
    return new QLineEdit;
}

void show(QWidget* editor, const std::optional<core::PropertyValue>& value) {
    const QSignalBlocker blocker(editor);
    if (auto* spin = qobject_cast<IntegerSpinBox*>(editor)) {
        if (value)
            spin->setModelValue(static_cast<std::int64_t>(core::asNumber(*value)));
        else
            spin->setMixed(FieldTexts::mixed());
    } else if (auto* number = qobject_cast<NumberEdit*>(editor)) {
        if (value)
            number->setValue(core::asNumber(*value));
        else
            number->clearValue(FieldTexts::mixed());
    } else if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        const bool* flag = value ? std::get_if<bool>(&*value) : nullptr;
        box->setTristate(!flag);
        box->setCheckState(!flag ? Qt::PartiallyChecked : (*flag ? Qt::Checked : Qt::Unchecked));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const std::string* text = value ? std::get_if<std::string>(&*value) : nullptr;
        combo->setCurrentIndex(text ? combo->findData(QString::fromStdString(*text)) : -1);
    } else if (auto* lines = qobject_cast<MultiLineEdit*>(editor)) {
        lines->setPlaceholderText(value ? QString() : FieldTexts::mixed());
        lines->setText(value ? QString::fromStdString(core::toDisplayString(*value)) : QString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setPlaceholderText(value ? QString() : FieldTexts::mixed());
        line->setText(value ? QString::fromStdString(core::toDisplayString(*value)) : QString());
    }
}

// The editor's value as the spec's type; nothing while it still shows "mixed". A text that is
// not a number gives `error`.
std::optional<core::PropertyValue> read(QWidget* editor, const core::PropertySpec& spec,
                                        QString& error) {
    if (auto* spin = qobject_cast<IntegerSpinBox*>(editor)) {
        if (spin->isMixed())
            return std::nullopt;
        spin->setModified(false);
        return core::PropertyValue{static_cast<std::int64_t>(spin->value())};
    }
    if (auto* number = qobject_cast<NumberEdit*>(editor)) {
        if (!number->isModified())
            return std::nullopt; // focus came and went: the shown number is the stored one
        if (number->isBlank() && !number->placeholderText().isEmpty())
            return std::nullopt;
        const auto value = number->value();
        if (!value) {
            error = FieldTexts::notANumber(QString::fromStdString(spec.key), number->text());
            return std::nullopt;
        }
        number->setModified(false);
        if (spec.type == core::PropertyType::Integer && *value == static_cast<std::int64_t>(*value))
            return core::PropertyValue{static_cast<std::int64_t>(*value)};
        return core::PropertyValue{*value};
    }
    if (auto* box = qobject_cast<QCheckBox*>(editor))
        return core::PropertyValue{box->checkState() == Qt::Checked};
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() < 0)
            return std::nullopt;
        return core::PropertyValue{combo->currentData().toString().toStdString()};
    }
    if (auto* lines = qobject_cast<MultiLineEdit*>(editor))
        return core::PropertyValue{lines->text().toStdString()};
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setModified(false);
        return core::PropertyValue{line->text().toStdString()};
    }
    return std::nullopt;
}

} // namespace

QString PropertyFields::choiceText(const std::string& choice) {
    return QString::fromStdString(choice).replace(QLatin1Char('_'), QLatin1Char(' '));
}

FieldRow* PropertyFields::add(Binder& binder, QFormLayout* layout, const core::PropertySpec& spec) {
    QWidget* editor = createEditor(spec);
    const QString key = QString::fromStdString(spec.key);
    editor->setObjectName(key);
    const QString label = catalogText(spec.label);
    const bool numeric =
        spec.type == core::PropertyType::Integer || spec.type == core::PropertyType::Number;
    const QString help = numeric ? FieldTexts::withRange(catalogText(spec.help), spec.min, spec.max)
                                 : catalogText(spec.help);
    // A size shows its own unit, with a prefix: "16 GB".
    QString unit = FieldTexts::unit(spec.unit);
    if (auto* number = qobject_cast<NumberEdit*>(editor); number && unit == QLatin1String("B")) {
        number->setUnit(NumberEdit::Unit::Bytes);
        unit.clear();
    }
    FieldRow* row = Binder::addRow(layout, label, editor, unit, help);

    const std::function<core::PropertyValue(const core::Component&)> get =
        [key = spec.key, fallback = spec.defaultValue](const core::Component& component) {
            const auto it = component.properties.find(key);
            return it == component.properties.end() ? fallback : it->second;
        };
    binder.addField(row, [&binder, editor, get] { show(editor, binder.common(get)); });

    const auto commit = [&binder, editor, row, spec, label] {
        QString error;
        const auto value = read(editor, spec, error);
        if (!error.isEmpty()) {
            row->setError(error);
            return;
        }
        if (!value)
            return;
        if (const auto message = spec.check(*value)) {
            row->setError(translatedMessage(*message));
            return;
        }
        if (auto* box = qobject_cast<QCheckBox*>(editor))
            box->setTristate(false);
        binder.apply(row, label, [key = spec.key, value = *value](core::Component& component) {
            component.properties[key] = value;
        });
    };
    if (auto* spin = qobject_cast<IntegerSpinBox*>(editor))
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, &binder, commit);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, &binder, commit);
    else if (auto* box = qobject_cast<QCheckBox*>(editor))
        QObject::connect(box, &QCheckBox::toggled, &binder, commit);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        QObject::connect(combo, &QComboBox::currentIndexChanged, &binder, commit);
    else if (auto* lines = qobject_cast<MultiLineEdit*>(editor))
        QObject::connect(lines, &MultiLineEdit::editingFinished, &binder, commit);
    return row;
}

} // namespace studio::widgets
