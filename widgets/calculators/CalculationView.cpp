#include "widgets/calculators/CalculationView.h"

#include "widgets/base/Translation.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

namespace {

QLabel* selectableLabel(QWidget* parent, Qt::TextFormat format = Qt::PlainText) {
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setMuted(QLabel* label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

// One paragraph a step, a little apart, so that a step too long for the width and wrapped
// still reads as one.
QString formulaHtml(const QString& lines) {
    QString html;
    for (const QString& line : lines.split(u'\n'))
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:3px\">") +
                line.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

QString translatedLines(const std::vector<core::Message>& messages) {
    QStringList lines;
    for (const core::Message& message : messages)
        lines.append(translatedMessage(message));
    return lines.join(u'\n');
}

} // namespace

CalculationView::CalculationView(QWidget* parent)
    : QWidget(parent)
    , m_outputs(new QFormLayout)
    , m_formulaTitle(new QLabel(tr("Formula"), this))
    , m_formula(selectableLabel(this, Qt::RichText))
    , m_notes(selectableLabel(this)) {
    // As wide as the panel gives, never wider: updateWrapping() puts the values under their
    // keys when the columns do not fit, instead of the outputs pushing the panel wider than
    // its dock (where the seed's column was cut off).
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_outputs->setLabelAlignment(Qt::AlignLeft);
    m_outputs->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outputs->setRowWrapPolicy(QFormLayout::DontWrapRows);
    column->addLayout(m_outputs);

    QFont bold = m_formulaTitle->font();
    bold.setBold(true);
    m_formulaTitle->setFont(bold);
    column->addWidget(m_formulaTitle);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formula->setWordWrap(true);
    m_formula->setMargin(4);
    m_formula->setAutoFillBackground(true);
    m_formula->setBackgroundRole(QPalette::AlternateBase);
    column->addWidget(m_formula);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    setMuted(m_notes);
    column->addWidget(m_notes);
    clear();
}

void CalculationView::clear() {
    while (m_outputs->rowCount() > 0)
        m_outputs->removeRow(0);
    m_outputKeys.clear();
    m_formula->clear();
    m_formulaLines.clear();
    m_notes->clear();
    m_formulaTitle->hide();
    m_formula->hide();
    m_notes->hide();
}

void CalculationView::setCalculation(const core::estimate::Calculation& calculation) {
    clear();
    QFont bold = font();
    bold.setBold(true);
    for (const core::estimate::Output& output : calculation.outputs) {
        const QString key = QString::fromStdString(output.key);
        auto* name = new QLabel(key, this);
        name->setTextFormat(Qt::PlainText);
        auto* value = selectableLabel(this);
        value->setObjectName(QStringLiteral("output:") + key);
        value->setText(QString::fromStdString(output.peopleForm()));
        value->setFont(bold);
        auto* seed = selectableLabel(this);
        seed->setObjectName(QStringLiteral("seed:") + key);
        seed->setText(QString::fromStdString(output.seedForm()));
        seed->setToolTip(
            tr("Rounded to two significant digits, as the reference designs write estimates"));
        setMuted(seed);
        auto* field = new QWidget(this);
        auto* row = new QHBoxLayout(field);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(value);
        row->addWidget(seed, 1);
        m_outputs->addRow(name, field);
        m_outputKeys.push_back(output.key);
    }
    m_formulaLines = translatedLines(calculation.formula);
    m_formula->setText(formulaHtml(m_formulaLines));
    m_notes->setText(translatedLines(calculation.notes));
    m_formulaTitle->setVisible(!calculation.formula.empty());
    m_formula->setVisible(!calculation.formula.empty());
    m_notes->setVisible(!calculation.notes.empty());
    updateWrapping();
}

void CalculationView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateWrapping();
}

void CalculationView::updateWrapping() {
    // Every output beside its key when all fit, else every value under its key: a narrow
    // dock gets tidy two-line entries rather than some rows wrapped and some not.
    int labels = 0;
    int fields = 0;
    for (int row = 0; row < m_outputs->rowCount(); ++row) {
        if (const QLayoutItem* label = m_outputs->itemAt(row, QFormLayout::LabelRole))
            labels = std::max(labels, label->sizeHint().width());
        if (const QLayoutItem* field = m_outputs->itemAt(row, QFormLayout::FieldRole))
            fields = std::max(fields, field->sizeHint().width());
    }
    const int spacing = std::max(0, m_outputs->horizontalSpacing());
    const auto policy =
        labels + spacing + fields <= width() ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows;
    if (m_outputs->rowWrapPolicy() != policy)
        m_outputs->setRowWrapPolicy(policy);
}

QLabel* CalculationView::outputLabel(const std::string& key, const char* prefix) const {
    return findChild<QLabel*>(QString::fromLatin1(prefix) + QString::fromStdString(key));
}

QString CalculationView::outputText(const std::string& key) const {
    const QLabel* label = outputLabel(key, "output:");
    return label ? label->text() : QString();
}

QString CalculationView::seedText(const std::string& key) const {
    const QLabel* label = outputLabel(key, "seed:");
    return label ? label->text() : QString();
}

QString CalculationView::formulaText() const {
    return m_formulaLines;
}

QString CalculationView::notesText() const {
    return m_notes->text();
}

} // namespace studio::widgets
