#include "widgets/practice/DeepDivePage.h"

#include "widgets/base/Translation.h"
#include "widgets/practice/CurveballRunner.h"
#include "widgets/practice/PracticeTopics.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

namespace {

using namespace core::practice;

enum Column { TopicColumn, NoteColumn };

} // namespace

DeepDivePage::DeepDivePage(QWidget* parent)
    : QWidget(parent)
    , m_checklist(new QTableWidget(0, 2, this))
    , m_breaksFirst(new QPushButton(tr("What Breaks First?"), this))
    , m_askButton(new QPushButton(tr("Ask Me a Curveball"), this))
    , m_asked(new QComboBox(this))
    , m_outcome(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_runner(new CurveballRunner(this)) {
    m_checklist->setHorizontalHeaderLabels({tr("Covered"), tr("Your note")});
    m_checklist->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setSectionResizeMode(TopicColumn,
                                                          QHeaderView::ResizeToContents);
    m_checklist->verticalHeader()->hide();
    for (const std::string& topic : deepDiveTopics()) {
        const int row = m_checklist->rowCount();
        m_checklist->insertRow(row);
        auto* item = new QTableWidgetItem(topicTitle(topic));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_checklist->setItem(row, TopicColumn, item);
        m_checklist->setItem(row, NoteColumn, new QTableWidgetItem);
    }
    m_breaksFirst->setToolTip(tr("Colour the canvas by the estimated load at the peak: the "
                                 "busiest component breaks first"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setPlaceholderText(tr("Your answer to the interviewer"));
    m_asked->setEnabled(false);
    m_answer->setEnabled(false);

    auto* curveballs = new QGroupBox(tr("Curveballs"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_askButton);
    row->addWidget(m_asked, 1);
    auto* box = new QVBoxLayout(curveballs);
    box->addLayout(row);
    box->addWidget(m_outcome);
    box->addWidget(m_answer, 1);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("The reference design's deep-dive prompts"), this), 1);
    top->addWidget(m_breaksFirst);
    layout->addLayout(top);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(curveballs, 1);

    connect(m_breaksFirst, &QPushButton::clicked, this, &DeepDivePage::breaksFirstRequested);
    connect(m_askButton, &QPushButton::clicked, this, &DeepDivePage::askCurveball);
    connect(m_runner, &CurveballRunner::played, this, &DeepDivePage::played);
    connect(m_asked, &QComboBox::currentIndexChanged, this, &DeepDivePage::showAsked);
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        const int i = m_asked->currentIndex();
        if (i >= 0 && i < static_cast<int>(m_curveballs.size()))
            m_curveballs[static_cast<std::size_t>(i)].answer =
                m_answer->toPlainText().toStdString();
        emit edited();
    });
    connect(m_checklist, &QTableWidget::itemChanged, this, &DeepDivePage::edited);
}

bool DeepDivePage::playing() const {
    return m_runner->playing();
}

void DeepDivePage::load(const PracticeSession& session) {
    m_templateId = session.templateId;
    const QSignalBlocker quiet(m_checklist);
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const auto i = static_cast<std::size_t>(row);
        const bool known = i < session.deepDive.size();
        m_checklist->item(row, TopicColumn)
            ->setCheckState(known && session.deepDive[i].covered ? Qt::Checked : Qt::Unchecked);
        m_checklist->item(row, NoteColumn)
            ->setText(known ? QString::fromStdString(session.deepDive[i].note) : QString());
    }
    m_curveballs = session.curveballs;
    const QSignalBlocker quietList(m_asked);
    m_asked->clear();
    for (const CurveballAnswer& c : m_curveballs)
        m_asked->addItem(QString::fromStdString(c.statement));
    m_asked->setCurrentIndex(static_cast<int>(m_curveballs.size()) - 1);
    showAsked(m_asked->currentIndex());
}

void DeepDivePage::store(PracticeSession& session) const {
    session.deepDive.clear();
    for (int row = 0; row < m_checklist->rowCount(); ++row)
        session.deepDive.push_back(
            {deepDiveTopics().at(static_cast<std::size_t>(row)),
             m_checklist->item(row, TopicColumn)->checkState() == Qt::Checked,
             m_checklist->item(row, NoteColumn)->text().trimmed().toStdString()});
    session.curveballs = m_curveballs;
}

void DeepDivePage::askCurveball() {
    if (playing() || !currentDesign)
        return;
    const std::vector<Curveball> all = curveballs(m_templateId);
    const auto next = std::find_if(all.begin(), all.end(), [&](const Curveball& b) {
        return std::none_of(m_curveballs.begin(), m_curveballs.end(),
                            [&](const CurveballAnswer& c) { return c.id == b.id; });
    });
    if (next == all.end()) {
        m_outcome->setText(tr("That was every curveball."));
        return;
    }
    m_askButton->setEnabled(false);
    m_outcome->setText(
        tr("“%1”\n\nPlaying it against your design…").arg(translatedMessage(next->statement)));
    m_runner->play(currentDesign(), *next);
}

void DeepDivePage::played(const Curveball& ball, const CurveballOutcome& outcome) {
    m_askButton->setEnabled(true);
    // Nothing on the canvas yet: the interviewer waits for a design to throw it at.
    if (outcome.skip && currentDesign && currentDesign().components.empty()) {
        m_outcome->setText(
            tr("“%1”\n\nDraw your design first: %2")
                .arg(translatedMessage(ball.statement), translatedMessage(*outcome.skip)));
        return;
    }
    // Kept as the person read them, in the studio's language.
    QStringList lines;
    for (const core::Message& line : outcome.lines)
        lines << translatedMessage(line);
    if (outcome.skip)
        lines = QStringList{tr("Not played: %1").arg(translatedMessage(*outcome.skip))};
    m_curveballs.push_back({ball.id,
                            translatedMessage(ball.statement).toStdString(),
                            lines.join(u'\n').toStdString(),
                            {}});
    m_asked->addItem(translatedMessage(ball.statement));
    m_asked->setCurrentIndex(m_asked->count() - 1);
    emit edited();
}

void DeepDivePage::showAsked(int index) {
    const bool valid = index >= 0 && index < static_cast<int>(m_curveballs.size());
    m_asked->setEnabled(valid);
    m_answer->setEnabled(valid);
    if (!valid) {
        m_outcome->setText(tr("The interviewer may throw a curveball at your design: a "
                              "failure, more traffic, a hot key."));
        return;
    }
    const CurveballAnswer& c = m_curveballs[static_cast<std::size_t>(index)];
    m_outcome->setText(
        tr("“%1”\n\nOn your design:\n%2")
            .arg(QString::fromStdString(c.statement), QString::fromStdString(c.outcome)));
    const QSignalBlocker quiet(m_answer);
    m_answer->setPlainText(QString::fromStdString(c.answer));
}

} // namespace studio::widgets
