#include "widgets/practice/WrapUpPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace studio::widgets {

WrapUpPage::WrapUpPage(QWidget* parent)
    : QWidget(parent)
    , m_tradeOffs(new QPlainTextEdit(this))
    , m_tenTimes(new QPlainTextEdit(this))
    , m_monitoring(new QPlainTextEdit(this)) {
    m_tradeOffs->setPlaceholderText(tr("What you chose and what it cost: consistency for "
                                       "availability, a cache's staleness for speed…"));
    m_tenTimes->setPlaceholderText(tr("What breaks first at ten times the traffic, and what "
                                      "you would change."));
    m_monitoring->setPlaceholderText(tr("RED for every service (rate, errors, duration), USE for "
                                        "every resource (utilisation, saturation, errors), and "
                                        "the alerts."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Trade-offs"), this));
    layout->addWidget(m_tradeOffs, 1);
    layout->addWidget(new QLabel(tr("At 10x scale"), this));
    layout->addWidget(m_tenTimes, 1);
    layout->addWidget(new QLabel(tr("Monitoring"), this));
    layout->addWidget(m_monitoring, 1);
    for (QPlainTextEdit* edit : {m_tradeOffs, m_tenTimes, m_monitoring})
        connect(edit, &QPlainTextEdit::textChanged, this, &WrapUpPage::edited);
}

void WrapUpPage::load(const core::practice::PracticeSession& session) {
    m_tradeOffs->setPlainText(QString::fromStdString(session.tradeOffs));
    m_tenTimes->setPlainText(QString::fromStdString(session.tenTimes));
    m_monitoring->setPlainText(QString::fromStdString(session.monitoring));
}

void WrapUpPage::store(core::practice::PracticeSession& session) const {
    session.tradeOffs = m_tradeOffs->toPlainText().trimmed().toStdString();
    session.tenTimes = m_tenTimes->toPlainText().trimmed().toStdString();
    session.monitoring = m_monitoring->toPlainText().trimmed().toStdString();
}

} // namespace studio::widgets
