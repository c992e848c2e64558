#include "widgets/inspector/FieldRow.h"

#include "widgets/inspector/IntegerSpinBox.h"
#include "widgets/inspector/MultiLineEdit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {
constexpr const char* kRowProperty = "studioFieldRow";
const QColor kMark(217, 83, 79); // a red that reads on light and dark palettes
} // namespace

FieldRow::FieldRow(QWidget* editor, const QString& unit, const QString& help, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_errorLabel(new QLabel(this))
    , m_help(help) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(editor, 1);
    if (!unit.isEmpty()) {
        auto* unitLabel = new QLabel(unit, this);
        unitLabel->setObjectName(editor->objectName() + QStringLiteral("Unit"));
        unitLabel->setMinimumWidth(
            unitLabel->fontMetrics().horizontalAdvance(QStringLiteral("req/s")));
        unitLabel->setToolTip(help);
        line->addWidget(unitLabel);
    }
    column->addLayout(line);
    column->addWidget(m_errorLabel);

    m_errorLabel->setObjectName(editor->objectName() + QStringLiteral("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    updateErrorColour();

    editor->setProperty(kRowProperty, QVariant::fromValue(static_cast<QObject*>(this)));
    editor->setToolTip(help);
}

void FieldRow::setError(const QString& reason) {
    m_error = reason;
    m_errorLabel->setText(reason);
    m_errorLabel->show();
    m_editor->setToolTip(m_help.isEmpty() ? reason : reason + QStringLiteral("\n\n") + m_help);
    setMarked(true);
}

void FieldRow::clearError() {
    if (m_error.isEmpty())
        return;
    m_error.clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_editor->setToolTip(m_help);
    setMarked(false);
}

void FieldRow::setMarked(bool marked) {
    m_editor->setProperty("invalid", marked);
    // A line or text editor gets a red frame and background from a style sheet, set only
    // while it is marked (a style sheet freezes a widget's palette, so a light/dark switch
    // would pass it by); a table gets the frame. Spin boxes and combo boxes drawn by a style
    // sheet lose their arrows: they are tinted through their palette instead.
    auto* view =
        qobject_cast<QComboBox*>(m_editor) ? nullptr : m_editor->findChild<QAbstractItemView*>();
    if (view) { // a table
        view->setStyleSheet(marked ? QStringLiteral("QTableView { border: 1px solid #d9534f; }")
                                   : QString());
        return;
    }
    const bool framed =
        qobject_cast<QLineEdit*>(m_editor) || qobject_cast<QPlainTextEdit*>(m_editor);
    if (framed)
        m_editor->setStyleSheet(
            marked ? QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d9534f; "
                                    "background-color: rgba(217, 83, 79, 40); }")
                   : QString());
    if (framed)
        return;
    QList<QWidget*> tinted = m_editor->findChildren<QWidget*>();
    tinted.prepend(m_editor);
    for (QWidget* widget : tinted) {
        QPalette palette; // resolves only what is set here: the rest follows the parent
        if (marked) {
            for (const auto role : {QPalette::Base, QPalette::Button}) {
                const QColor base = m_editor->parentWidget()
                                        ? m_editor->parentWidget()->palette().color(role)
                                        : m_editor->palette().color(role);
                palette.setColor(role, QColor((base.red() * 3 + kMark.red()) / 4,
                                              (base.green() * 3 + kMark.green()) / 4,
                                              (base.blue() * 3 + kMark.blue()) / 4));
            }
        }
        widget->setPalette(palette);
    }
}

bool FieldRow::isBusy() const {
    if (hasError())
        return true;
    if (!m_editor->hasFocus() && !m_editor->isAncestorOf(QWidget::focusWidget()))
        return false;
    if (const auto* line = qobject_cast<const QLineEdit*>(m_editor))
        return line->isModified();
    if (const auto* spin = qobject_cast<const IntegerSpinBox*>(m_editor))
        return spin->isModified();
    if (const auto* text = qobject_cast<const MultiLineEdit*>(m_editor))
        return text->isModified();
    return false;
}

FieldRow* FieldRow::of(const QWidget* editor) {
    return editor ? qobject_cast<FieldRow*>(editor->property(kRowProperty).value<QObject*>())
                  : nullptr;
}

void FieldRow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        updateErrorColour();
    QWidget::changeEvent(event);
}

void FieldRow::updateErrorColour() {
    // A red that reads on light and dark windows alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText,
                          dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
}

} // namespace studio::widgets
