#pragma once

// The Wrap up phase: the trade-offs made, what changes at 10x scale, and how the system is
// watched (the seed's RED and USE methods).
#include "practice/PracticeSession.h"

#include <QWidget>

class QPlainTextEdit;

namespace studio::widgets {

class WrapUpPage : public QWidget {
    Q_OBJECT

public:
    explicit WrapUpPage(QWidget* parent = nullptr);

    void load(const core::practice::PracticeSession& session);
    void store(core::practice::PracticeSession& session) const;

    QPlainTextEdit* tradeOffs() const { return m_tradeOffs; }

signals:
    void edited();

private:
    QPlainTextEdit* m_tradeOffs;
    QPlainTextEdit* m_tenTimes;
    QPlainTextEdit* m_monitoring;
};

} // namespace studio::widgets
