#include "widgets/practice/PracticeSetupDialog.h"

#include "templates/BuiltinTemplates.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <cmath>

namespace studio::widgets {

namespace {

using namespace core::practice;

// The list's rows: the ten problems, then "random", then "your own prompt".
constexpr int kRandom = -1;
constexpr int kCustom = -2;

// "5", "2.5": minutes to a tenth, no trailing zero.
QString minutesText(double seconds) {
    return QLocale().toString(std::round(seconds / 6) / 10, 'g', 4);
}

} // namespace

PracticeSetupDialog::PracticeSetupDialog(QWidget* parent)
    : QDialog(parent)
    , m_problems(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_minutes(new QDoubleSpinBox(this))
    , m_phases(new QLabel(this)) {
    setWindowTitle(tr("New Practice Session"));
    pickRandom = [](int count) {
        return static_cast<int>(QRandomGenerator::global()->bounded(count));
    };

    const auto& templates = core::builtinTemplates();
    for (std::size_t i = 0; i < templates.size(); ++i) {
        auto* item = new QListWidgetItem(QString::fromStdString(templates[i].title), m_problems);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(QString::fromStdString(templates[i].summary));
    }
    auto* random = new QListWidgetItem(tr("A random problem"), m_problems);
    random->setData(Qt::UserRole, kRandom);
    auto* custom = new QListWidgetItem(tr("Your own prompt"), m_problems);
    custom->setData(Qt::UserRole, kCustom);
    m_problems->setCurrentRow(0);

    m_title->setPlaceholderText(tr("Design a pastebin"));
    m_prompt->setPlaceholderText(tr("The prompt as an interviewer would give it: what to build, "
                                    "for how many users."));
    m_minutes->setRange(5, 180);
    m_minutes->setDecimals(0);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    m_phases->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Prompt"), m_prompt);
    form->addRow(tr("Length"), m_minutes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which problem? The reference design stays hidden until the "
                                    "report."),
                                 this));
    layout->addWidget(m_problems, 1);
    layout->addLayout(form);
    layout->addWidget(m_phases);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_problems, &QListWidget::currentRowChanged, this, &PracticeSetupDialog::updateChoice);
    connect(m_title, &QLineEdit::textChanged, this, &PracticeSetupDialog::updateChoice);
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, &PracticeSetupDialog::updateChoice);
    updateChoice();
    resize(560, 560);
}

void PracticeSetupDialog::updateChoice() {
    const bool custom = m_problems->currentItem() &&
                        m_problems->currentItem()->data(Qt::UserRole).toInt() == kCustom;
    m_title->setEnabled(custom);
    m_prompt->setEnabled(custom);
    const auto planned = plannedSeconds(m_minutes->value());
    QStringList parts;
    for (std::size_t i = 0; i < kPhaseCount; ++i)
        parts << tr("%1 %2 min")
                     .arg(
                         QCoreApplication::translate("Practice", phaseTitle(static_cast<Phase>(i))),
                         minutesText(planned[i]));
    m_phases->setText(tr("Phases: %1.").arg(parts.join(QStringLiteral(", "))));
    if (auto* ok = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok))
        ok->setEnabled(!custom || !m_title->text().trimmed().isEmpty());
}

PracticeSession PracticeSetupDialog::session() const {
    const auto& templates = core::builtinTemplates();
    int row = m_problems->currentItem() ? m_problems->currentItem()->data(Qt::UserRole).toInt() : 0;
    const double minutes = m_minutes->value();
    if (row == kCustom)
        return newSession({}, m_title->text().trimmed().toStdString(),
                          m_prompt->toPlainText().trimmed().toStdString(), minutes);
    if (row == kRandom)
        row = pickRandom(static_cast<int>(templates.size()));
    const core::Template& t = templates.at(static_cast<std::size_t>(row));
    return newSession(t.id, t.title, t.design.description, minutes);
}

} // namespace studio::widgets
