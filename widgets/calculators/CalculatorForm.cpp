#include "widgets/calculators/CalculatorForm.h"

#include "widgets/base/Translation.h"
#include "widgets/calculators/CalculationView.h"
#include "widgets/inspector/FieldRow.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace studio::widgets {

namespace estimate = core::estimate;

namespace {

QString estimateText(const char* text) {
    return text && *text ? QCoreApplication::translate("Estimate", text) : QString();
}

QString placeholder(const estimate::InputSpec& spec) {
    if (spec.defaultValue)
        return CalculatorForm::tr("default: %1").arg(QString::fromUtf8(spec.defaultValue));
    const QString expected = spec.dimension == estimate::Dimension::Text
                                 ? estimateText(spec.description)
                                 : estimateText(estimate::dimensionExpectation(spec.dimension));
    return spec.list ? CalculatorForm::tr("%1, comma-separated").arg(expected) : expected;
}

// The field's name in words: its description, as a label ("Daily active users"); the key in
// words when the description lists keys ("token_bucket, fixed_window...").
QString label(const estimate::InputSpec& spec) {
    QString words = estimateText(spec.description);
    if (words.isEmpty() || words.contains(u'_'))
        words = QString::fromUtf8(spec.key).replace(u'_', u' ');
    return QLocale().toUpper(words.left(1)) + words.mid(1);
}

// The key first (what the command line and the files call it), then what it expects.
QString help(const estimate::InputSpec& spec) {
    QStringList lines{QString::fromUtf8(spec.key)};
    if (spec.dimension != estimate::Dimension::Text)
        lines.append(CalculatorForm::tr("Expects %1.")
                         .arg(estimateText(estimate::dimensionExpectation(spec.dimension))));
    if (spec.per > 0)
        lines.append(CalculatorForm::tr("Also takes a rate per day (e.g. 10/day)."));
    if (spec.list)
        lines.append(CalculatorForm::tr("Several values, separated by commas: a,b,c."));
    if (spec.required)
        lines.append(CalculatorForm::tr("Required."));
    else if (spec.defaultValue)
        lines.append(CalculatorForm::tr("Blank: %1.").arg(QString::fromUtf8(spec.defaultValue)));
    else
        lines.append(CalculatorForm::tr("Optional."));
    return lines.join(u'\n');
}

} // namespace

CalculatorForm::CalculatorForm(const estimate::CalculatorSpec& calculator, QWidget* parent)
    : QWidget(parent)
    , m_calculator(calculator)
    , m_status(new QLabel(this))
    , m_view(new CalculationView(this)) {
    setObjectName(QStringLiteral("calculatorForm"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);

    auto* title = new QLabel(QString::fromUtf8(calculator.name), this);
    title->setObjectName(QStringLiteral("calculatorTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    column->addWidget(title);
    auto* description = new QLabel(estimateText(calculator.description), this);
    description->setObjectName(QStringLiteral("calculatorDescription"));
    description->setWordWrap(true);
    column->addWidget(description);

    auto* fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const estimate::InputSpec& spec : calculator.inputs) {
        const QString key = QString::fromUtf8(spec.key);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder(spec));
        edit->setClearButtonEnabled(true);
        auto* name = new QLabel(label(spec), this);
        name->setObjectName(key + QStringLiteral("Label"));
        name->setTextFormat(Qt::PlainText);
        name->setBuddy(edit);
        if (spec.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        const QString tip = help(spec);
        name->setToolTip(tip);
        fields->addRow(name, new FieldRow(edit, {}, tip, this));
        m_editors.emplace_back(spec.key, edit);
        connect(edit, &QLineEdit::textChanged, this, &CalculatorForm::recompute);
    }
    column->addLayout(fields);

    m_status->setObjectName(QStringLiteral("calculatorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    column->addWidget(m_status);
    m_view->setObjectName(QStringLiteral("calculation"));
    column->addWidget(m_view);
    recompute();
}

void CalculatorForm::setValues(const Given& given) {
    m_filling = true;
    for (const auto& [key, edit] : m_editors) {
        QString text;
        for (const auto& [givenKey, written] : given)
            if (givenKey == key)
                text = QString::fromStdString(written);
        edit->setText(text);
    }
    m_filling = false;
    recompute();
}

CalculatorForm::Given CalculatorForm::values() const {
    Given given;
    for (const auto& [key, edit] : m_editors) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty())
            given.emplace_back(key, text.toStdString());
    }
    return given;
}

QLineEdit* CalculatorForm::editor(const std::string& key) const {
    for (const auto& [editorKey, edit] : m_editors)
        if (editorKey == key)
            return edit;
    return nullptr;
}

FieldRow* CalculatorForm::row(const std::string& key) const {
    return FieldRow::of(editor(key));
}

QString CalculatorForm::statusText() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

void CalculatorForm::recompute() {
    if (m_filling)
        return;
    const Given given = values();
    const auto result = estimate::runCalculator(m_calculator, given);

    // A field's own problems mark it; problems about a blank field or about several keys
    // go to the status line, and blank required fields are listed to fill in.
    std::map<std::string, QStringList> marks;
    QStringList missing;
    QStringList general;
    if (!result.ok()) {
        for (const core::Problem& problem : result.problems()) {
            const QLineEdit* edit = editor(problem.place);
            const QString reason = translatedMessage(problem.message);
            if (edit && !edit->text().trimmed().isEmpty()) {
                marks[problem.place].append(reason);
                continue;
            }
            const auto spec =
                std::find_if(m_calculator.inputs.begin(), m_calculator.inputs.end(),
                             [&](const estimate::InputSpec& s) { return problem.place == s.key; });
            if (edit && spec != m_calculator.inputs.end() && spec->required)
                missing.append(label(*spec));
            else
                general.append(problem.place.empty() ? reason
                                                     : QString::fromStdString(problem.place) +
                                                           QStringLiteral(": ") + reason);
        }
    }
    for (const auto& [key, edit] : m_editors) {
        FieldRow* fieldRow = FieldRow::of(edit);
        const auto found = marks.find(key);
        if (found != marks.end())
            fieldRow->setError(found->second.join(u'\n'));
        else
            fieldRow->clearError();
    }
    QStringList status;
    if (!missing.isEmpty())
        status.append(tr("Fill in %1 for a result.").arg(missing.join(QStringLiteral(", "))));
    status.append(general);
    m_status->setText(status.join(u'\n'));
    m_status->setVisible(!status.isEmpty());

    if (result.ok()) {
        m_calculation = result.value();
        m_view->setCalculation(*m_calculation);
    } else {
        m_calculation.reset();
        m_view->clear();
    }
    emit calculationChanged();
}

} // namespace studio::widgets
