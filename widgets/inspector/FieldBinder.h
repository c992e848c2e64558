#pragma once

#include "widgets/inspector/ChoiceBox.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/FieldTexts.h"
#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/MultiLineEdit.h"
#include "widgets/inspector/NumberEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace studio::widgets {

// Ties the editors of a form to the fields of the items it shows (one component, link, zone
// or the design; or several components of one kind). Shows the model's values (a common
// value, or "mixed"), and when a person commits an editor hands a mutation of the item to the
// form's commit function, which validates it and pushes one command or marks the field.
template <class Item> class FieldBinder : public QObject {
public:
    using Mutation = std::function<void(Item&)>;
    // The items shown; empty once they are gone.
    using Items = std::function<std::vector<const Item*>()>;
    // Applies `mutation` to every item shown, validates and pushes it, or marks `row` with why
    // not. False when it was refused.
    using Commit = std::function<bool(const Mutation&, FieldRow* row, const QString& what)>;

    // How a field is read from and written into an item.
    template <class T> struct Field {
        std::function<T(const Item&)> get;
        std::function<void(Item&, const T&)> set;
    };
    // A field reached by reference; the accessor must only return the reference.
    template <class T> using Access = std::function<T&(Item&)>;
    template <class T> static Field<T> ref(Access<T> access) {
        return {[access](const Item& item) { return access(const_cast<Item&>(item)); },
                [access](Item& item, const T& value) { access(item) = value; }};
    }

    FieldBinder(QObject* parent, Items items, Commit commit)
        : QObject(parent)
        , m_items(std::move(items))
        , m_commit(std::move(commit)) {}

    std::vector<const Item*> items() const { return m_items(); }

    // Shows the model's values, except in fields being typed in or holding a refused value.
    void refresh() {
        if (m_items().empty())
            return;
        for (auto& [row, show] : m_fields)
            if (!row->isBusy())
                show();
    }

    // Registers a field made elsewhere; `show` displays the model's value in it.
    void addField(FieldRow* row, std::function<void()> show) {
        m_fields.emplace_back(row, std::move(show));
    }

    // Commits `mutation` for `row`; when it is accepted, shows the model's value again (the
    // number as the inspector writes it).
    bool apply(FieldRow* row, const QString& what, const Mutation& mutation) {
        const bool accepted = m_commit(mutation, row, what);
        if (accepted && row && !row->hasError())
            for (auto& [fieldRow, show] : m_fields)
                if (fieldRow == row)
                    show();
        return accepted;
    }

    // The value every item has, or nothing when they differ.
    template <class T> std::optional<T> common(const std::function<T(const Item&)>& get) const {
        std::optional<T> value;
        for (const Item* item : m_items()) {
            T next = get(*item);
            if (!value)
                value = std::move(next);
            else if (!(*value == next))
                return std::nullopt;
        }
        return value;
    }

    // The unit to show beside `edit`: none for a size in bytes, which `edit` then shows with
    // its prefix ("16 GB").
    static QString unitOf(NumberEdit* edit, const QString& unit) {
        if (unit != QLatin1String("B"))
            return unit;
        edit->setUnit(NumberEdit::Unit::Bytes);
        return {};
    }

    // A row labelled `label`, holding `editor` (whose objectName is the file key).
    static FieldRow* addRow(QFormLayout* layout, const QString& label, QWidget* editor,
                            const QString& unit, const QString& help) {
        auto* row = new FieldRow(editor, unit, help);
        auto* labelWidget = new QLabel(label);
        labelWidget->setToolTip(help);
        labelWidget->setBuddy(editor);
        // As tall as the editor, at the top of its row: level with the editor even when the
        // reason for a refused value shows under it.
        labelWidget->setFixedHeight(editor->sizeHint().height());
        layout->addRow(labelWidget, row);
        return row;
    }

    FieldRow* number(QFormLayout* layout, const QString& key, const QString& label,
                     const QString& unit, const QString& help, Field<double> field) {
        auto* edit = new NumberEdit;
        edit->setObjectName(key);
        FieldRow* row = addRow(layout, label, edit, unitOf(edit, unit), help);
        addField(row, [this, edit, field] {
            if (const auto value = common(field.get))
                edit->setValue(*value);
            else
                edit->clearValue(FieldTexts::mixed());
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, row, key, label, field] {
            if (!edit->isModified())
                return; // focus came and went: the shown number is the stored one
            if (edit->isBlank() && !edit->placeholderText().isEmpty())
                return; // still "mixed": nothing typed
            const auto value = edit->value();
            if (!value) {
                row->setError(FieldTexts::notANumber(key, edit->text()));
                return;
            }
            edit->setModified(false);
            apply(row, label, [field, v = *value](Item& item) { field.set(item, v); });
        });
        return row;
    }
    FieldRow* number(QFormLayout* layout, const QString& key, const QString& label,
                     const QString& unit, const QString& help, Access<double> access) {
        return number(layout, key, label, unit, help, ref(access));
    }

    // A number that may be left blank: "not set".
    FieldRow* optionalNumber(QFormLayout* layout, const QString& key, const QString& label,
                             const QString& unit, const QString& help,
                             Access<std::optional<double>> access) {
        const Field<std::optional<double>> field = ref(access);
        auto* edit = new NumberEdit;
        edit->setObjectName(key);
        FieldRow* row = addRow(layout, label, edit, unitOf(edit, unit), help);
        addField(row, [this, edit, field] {
            const auto value = common(field.get);
            if (value && *value)
                edit->setValue(**value);
            else
                edit->clearValue(value ? FieldTexts::notSet() : FieldTexts::mixed());
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, row, key, label, field] {
            if (!edit->isModified())
                return; // focus came and went: the shown number is the stored one
            std::optional<double> value;
            if (!edit->isBlank()) {
                value = edit->value();
                if (!value) {
                    row->setError(FieldTexts::notANumber(key, edit->text()));
                    return;
                }
            }
            edit->setModified(false);
            apply(row, label, [field, value](Item& item) { field.set(item, value); });
        });
        return row;
    }

    template <class Int>
    FieldRow* integer(QFormLayout* layout, const QString& key, const QString& label,
                      const QString& unit, const QString& help, double min, double max,
                      Access<Int> access) {
        const Field<Int> field = ref(access);
        auto* spin = new IntegerSpinBox(min, max);
        spin->setObjectName(key);
        FieldRow* row = addRow(layout, label, spin, unit, FieldTexts::withRange(help, min, max));
        addField(row, [this, spin, field] {
            const QSignalBlocker blocker(spin);
            if (const auto value = common(field.get))
                spin->setModelValue(*value);
            else
                spin->setMixed(FieldTexts::mixed());
        });
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this, spin, row, label, field] {
            if (spin->isMixed())
                return;
            spin->setModified(false);
            const Int value = static_cast<Int>(spin->value());
            apply(row, label, [field, value](Item& item) { field.set(item, value); });
        });
        return row;
    }

    FieldRow* text(QFormLayout* layout, const QString& key, const QString& label,
                   const QString& help, Access<std::string> access) {
        const Field<std::string> field = ref(access);
        return line(layout, key, label, help,
                    Field<QString>{[field](const Item& item) {
                                       return QString::fromStdString(field.get(item));
                                   },
                                   [field](Item& item, const QString& text) {
                                       field.set(item, text.trimmed().toStdString());
                                   }});
    }

    // One line of text.
    FieldRow* line(QFormLayout* layout, const QString& key, const QString& label,
                   const QString& help, Field<QString> field) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        FieldRow* row = addRow(layout, label, edit, {}, help);
        addField(row, [this, edit, field] {
            const auto value = common(field.get);
            edit->setPlaceholderText(value ? QString() : FieldTexts::mixed());
            edit->setText(value.value_or(QString()));
            edit->setCursorPosition(0);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, row, label, field] {
            edit->setModified(false);
            const QString value = edit->text();
            apply(row, label, [field, value](Item& item) { field.set(item, value); });
        });
        return row;
    }

    FieldRow* multiLine(QFormLayout* layout, const QString& key, const QString& label,
                        const QString& help, Access<std::string> access) {
        const Field<std::string> field = ref(access);
        return multiLine(
            layout, key, label, help,
            Field<QString>{
                [field](const Item& item) { return QString::fromStdString(field.get(item)); },
                [field](Item& item, const QString& text) { field.set(item, text.toStdString()); }});
    }

    // One entry per non-empty line.
    FieldRow* lines(QFormLayout* layout, const QString& key, const QString& label,
                    const QString& help, Access<std::vector<std::string>> access) {
        const Field<std::vector<std::string>> field = ref(access);
        return multiLine(layout, key, label, help,
                         Field<QString>{[field](const Item& item) {
                                            QStringList lines;
                                            for (const auto& line : field.get(item))
                                                lines.append(QString::fromStdString(line));
                                            return lines.join(QLatin1Char('\n'));
                                        },
                                        [field](Item& item, const QString& text) {
                                            std::vector<std::string> lines;
                                            for (const QString& line : text.split('\n'))
                                                if (!line.trimmed().isEmpty())
                                                    lines.push_back(line.trimmed().toStdString());
                                            field.set(item, lines);
                                        }});
    }

    FieldRow* multiLine(QFormLayout* layout, const QString& key, const QString& label,
                        const QString& help, Field<QString> field) {
        auto* edit = new MultiLineEdit;
        edit->setObjectName(key);
        FieldRow* row = addRow(layout, label, edit, {}, help);
        addField(row, [this, edit, field] {
            const auto value = common(field.get);
            edit->setPlaceholderText(value ? QString() : FieldTexts::mixed());
            edit->setText(value.value_or(QString()));
        });
        connect(edit, &MultiLineEdit::editingFinished, this, [this, edit, row, label, field] {
            const QString value = edit->text();
            apply(row, label, [field, value](Item& item) { field.set(item, value); });
        });
        return row;
    }

    FieldRow* flag(QFormLayout* layout, const QString& key, const QString& label,
                   const QString& help, Access<bool> access) {
        const Field<bool> field = ref(access);
        auto* box = new QCheckBox;
        box->setObjectName(key);
        FieldRow* row = addRow(layout, label, box, {}, help);
        addField(row, [this, box, field] {
            const QSignalBlocker blocker(box);
            const auto value = common(field.get);
            box->setTristate(!value);
            box->setCheckState(!value ? Qt::PartiallyChecked
                                      : (*value ? Qt::Checked : Qt::Unchecked));
        });
        connect(box, &QCheckBox::toggled, this, [this, box, row, label, field](bool checked) {
            box->setTristate(false);
            apply(row, label, [field, checked](Item& item) { field.set(item, checked); });
        });
        return row;
    }

    // A choice among `options` (value, label). `set`, when given, replaces the plain assignment
    // (to keep related fields consistent with the new value).
    template <class E>
    FieldRow* choice(QFormLayout* layout, const QString& key, const QString& label,
                     const QString& help, std::type_identity_t<Access<E>> access,
                     const std::vector<std::pair<E, QString>>& options,
                     std::function<void(Item&, E)> set = {}) {
        const Field<E> field = ref(access);
        auto* combo = new ChoiceBox;
        combo->setObjectName(key);
        for (const auto& [value, text] : options)
            combo->addItem(text, static_cast<int>(value));
        FieldRow* row = addRow(layout, label, combo, {}, help);
        addField(row, [this, combo, field] {
            const QSignalBlocker blocker(combo);
            const auto value = common(field.get);
            combo->setCurrentIndex(value ? combo->findData(static_cast<int>(*value)) : -1);
        });
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, row, label, field, set](int index) {
                    if (index < 0)
                        return;
                    const E value = static_cast<E>(combo->itemData(index).toInt());
                    apply(row, label, [field, set, value](Item& item) {
                        if (set)
                            set(item, value);
                        else
                            field.set(item, value);
                    });
                });
        return row;
    }

    // A value shown but not edited here (an id, a link's ends, a zone's parent).
    FieldRow* readOnly(QFormLayout* layout, const QString& key, const QString& label,
                       const QString& help, std::function<QString(const Item&)> text) {
        auto* edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setReadOnly(true);
        edit->setFrame(false);
        QPalette palette = edit->palette();
        palette.setColor(QPalette::Base, Qt::transparent);
        edit->setPalette(palette);
        FieldRow* row = addRow(layout, label, edit, {}, help);
        addField(row, [this, edit, text] {
            const auto value = common(text);
            edit->setText(value.value_or(FieldTexts::mixed()));
            edit->setCursorPosition(0);
        });
        return row;
    }

private:
    Items m_items;
    Commit m_commit;
    std::vector<std::pair<FieldRow*, std::function<void()>>> m_fields;
};

} // namespace studio::widgets
