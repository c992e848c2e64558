#include "widgets/inspector/TextPairList.h"

#include "widgets/inspector/MultiLineEdit.h"

#include <QFrame>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio::widgets {

TextPairList::TextPairList(const QString& name, const QString& firstKey, const QString& firstLabel,
                           const QString& secondKey, const QString& secondLabel,
                           const QString& addText, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
    , m_firstKey(firstKey)
    , m_firstLabel(firstLabel)
    , m_secondKey(secondKey)
    , m_secondLabel(secondLabel)
    , m_entriesLayout(new QVBoxLayout) {
    setObjectName(name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setContentsMargins(0, 0, 0, 0);
    m_entriesLayout->setSpacing(6);
    layout->addLayout(m_entriesLayout);
    auto* add = new QPushButton(addText, this);
    add->setObjectName(name + QStringLiteral("Add"));
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, &TextPairList::addRequested);
}

void TextPairList::addEntry() {
    const int index = static_cast<int>(m_entries.size());
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(4);
    const QString prefix = QStringLiteral("%1[%2].").arg(m_name).arg(index);
    auto* first = new QLineEdit(frame);
    first->setObjectName(prefix + m_firstKey);
    first->setPlaceholderText(m_firstLabel);
    auto* second = new MultiLineEdit(frame);
    second->setObjectName(prefix + m_secondKey);
    second->setPlaceholderText(m_secondLabel);
    auto* remove = new QToolButton(frame);
    remove->setObjectName(prefix + QStringLiteral("remove"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove"));
    remove->setAutoRaise(true);
    grid->addWidget(first, 0, 0);
    grid->addWidget(remove, 0, 1);
    grid->addWidget(second, 1, 0, 1, 2);
    m_entriesLayout->addWidget(frame);
    m_entries.push_back({frame, first, second});

    connect(first, &QLineEdit::editingFinished, this, [this, first] {
        if (!first->isModified())
            return;
        first->setModified(false);
        emit edited();
    });
    connect(second, &MultiLineEdit::editingFinished, this, &TextPairList::edited);
    connect(remove, &QToolButton::clicked, this, [this, index] { emit removeRequested(index); });
}

void TextPairList::setPairs(const std::vector<Pair>& pairs) {
    while (m_entries.size() > pairs.size()) {
        m_entries.back().frame->hide();
        m_entries.back().frame->deleteLater();
        m_entries.pop_back();
    }
    while (m_entries.size() < pairs.size())
        addEntry();
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        Entry& entry = m_entries[i];
        if (!(entry.first->hasFocus() && entry.first->isModified()) &&
            entry.first->text() != pairs[i].first) {
            entry.first->setText(pairs[i].first);
            entry.first->setCursorPosition(0);
        }
        if (!(entry.second->hasFocus() && entry.second->isModified()))
            entry.second->setText(pairs[i].second);
    }
}

std::vector<TextPairList::Pair> TextPairList::pairs() const {
    std::vector<Pair> pairs;
    for (const Entry& entry : m_entries)
        pairs.emplace_back(entry.first->text().trimmed(), entry.second->text());
    return pairs;
}

} // namespace studio::widgets
