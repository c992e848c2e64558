#include "widgets/practice/ClarifyPage.h"

#include "widgets/base/Translation.h"
#include "widgets/practice/PracticeTopics.h"

#include "estimate/DesignEstimate.h"
#include "model/Estimation.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <string_view>

namespace studio::widgets {

namespace {

using namespace core::practice;

enum Column { TopicColumn, AnswerColumn, AskedColumn };

} // namespace

ClarifyPage::ClarifyPage(QWidget* parent)
    : QWidget(parent)
    , m_functional(new QPlainTextEdit(this))
    , m_nonFunctional(new QTableWidget(0, 3, this))
    , m_figures(new QLabel(this)) {
    m_functional->setPlaceholderText(tr("One requirement a line: \"Shorten a long URL\", "
                                        "\"Redirect a short URL with HTTP 301\"…"));
    m_nonFunctional->setHorizontalHeaderLabels({tr("Topic"), tr("Your answer"), tr("Asked")});
    m_nonFunctional->horizontalHeaderItem(AskedColumn)
        ->setToolTip(tr("You asked the interviewer rather than assumed"));
    m_nonFunctional->horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
    m_nonFunctional->verticalHeader()->hide();
    for (const std::string& topic : nonFunctionalTopics()) {
        const int row = m_nonFunctional->rowCount();
        m_nonFunctional->insertRow(row);
        auto* name = new QTableWidgetItem(topicTitle(topic));
        name->setFlags(Qt::ItemIsEnabled);
        m_nonFunctional->setItem(row, TopicColumn, name);
        m_nonFunctional->setItem(row, AnswerColumn, new QTableWidgetItem);
        auto* asked = new QTableWidgetItem;
        asked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        asked->setCheckState(Qt::Unchecked);
        m_nonFunctional->setItem(row, AskedColumn, asked);
    }

    auto* worksheet = new QGroupBox(tr("Estimation worksheet"), this);
    auto* form = new QFormLayout;
    for (const core::EstimationField& field : core::estimationFields()) {
        auto* input = new QDoubleSpinBox(worksheet);
        input->setRange(field.min, std::min(field.max, 1e15));
        // Actions a user makes a day are often fractions (a URL every 30 days: 0.0333).
        const bool fine = field.max <= 1 || std::string_view(field.unit) == "1/day";
        input->setDecimals(fine ? 4 : 2);
        input->setGroupSeparatorShown(true);
        input->setSuffix(QStringLiteral(" ") + QString::fromUtf8(field.unit));
        form->addRow(QCoreApplication::translate("Estimation", field.label), input);
        m_inputs.push_back(input);
        connect(input, &QDoubleSpinBox::valueChanged, this, &ClarifyPage::updateFigures);
    }
    m_figures->setObjectName(QStringLiteral("practiceFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* sheet = new QHBoxLayout(worksheet);
    sheet->addLayout(form, 1);
    sheet->addWidget(m_figures, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Functional requirements"), this));
    layout->addWidget(m_functional, 1);
    layout->addWidget(new QLabel(tr("Non-functional requirements"), this));
    layout->addWidget(m_nonFunctional, 2);
    layout->addWidget(worksheet);

    connect(m_functional, &QPlainTextEdit::textChanged, this, &ClarifyPage::edited);
    connect(m_nonFunctional, &QTableWidget::itemChanged, this, &ClarifyPage::edited);
    updateFigures();
}

void ClarifyPage::load(const PracticeSession& session) {
    QStringList lines;
    for (const std::string& line : session.functional)
        lines << QString::fromStdString(line);
    m_functional->setPlainText(lines.join(u'\n'));
    for (int row = 0; row < m_nonFunctional->rowCount(); ++row) {
        const NonFunctionalAnswer* answer =
            row < static_cast<int>(session.nonFunctional.size())
                ? &session.nonFunctional[static_cast<std::size_t>(row)]
                : nullptr;
        m_nonFunctional->item(row, AnswerColumn)
            ->setText(answer ? QString::fromStdString(answer->answer) : QString());
        m_nonFunctional->item(row, AskedColumn)
            ->setCheckState(answer && answer->askedInterviewer ? Qt::Checked : Qt::Unchecked);
    }
    const auto& fields = core::estimationFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        m_inputs[i]->setValue(session.estimation.*fields[i].member);
    updateFigures();
}

void ClarifyPage::store(PracticeSession& session) const {
    session.functional.clear();
    for (const QString& line : m_functional->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            session.functional.push_back(line.trimmed().toStdString());
    session.nonFunctional.clear();
    for (int row = 0; row < m_nonFunctional->rowCount(); ++row)
        session.nonFunctional.push_back(
            {nonFunctionalTopics().at(static_cast<std::size_t>(row)),
             m_nonFunctional->item(row, AnswerColumn)->text().trimmed().toStdString(),
             m_nonFunctional->item(row, AskedColumn)->checkState() == Qt::Checked});
    const auto& fields = core::estimationFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        session.estimation.*fields[i].member = m_inputs[i]->value();
}

void ClarifyPage::updateFigures() {
    core::Estimation estimation;
    const auto& fields = core::estimationFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        estimation.*fields[i].member = m_inputs[i]->value();
    const auto calculation = core::estimate::designEstimate(estimation);
    QStringList lines;
    for (const core::Message& line : calculation.formula)
        lines << translatedMessage(line).toHtmlEscaped();
    m_figures->setText(lines.isEmpty() ? tr("Enter the daily users and what each does a day: "
                                            "the requests a second, storage and bandwidth "
                                            "follow here.")
                                       : lines.join(QStringLiteral("<br>")));
    emit edited();
}

} // namespace studio::widgets
