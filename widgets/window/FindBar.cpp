#include "widgets/window/FindBar.h"

#include "widgets/base/ComponentSummary.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace studio::widgets {

namespace {
constexpr int kMargin = 8;     // pixels between the bar and the canvas's edges
constexpr int kMaxWidth = 420; // pixels

// F3 and Shift+F3 only: Ctrl+G, the platform's other "find next", groups.
bool isFindKey(QKeyEvent* event) {
    const int key = event->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape ||
           key == Qt::Key_F3;
}

QToolButton* toolButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}
} // namespace

FindBar::FindBar(DesignView* view)
    : QFrame(view)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(toolButton(this, QStyle::SP_ArrowUp, tr("Previous match (Shift+Enter)")))
    , m_next(toolButton(this, QStyle::SP_ArrowDown, tr("Next match (Enter)"))) {
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_field->setPlaceholderText(tr("Find a component by name or kind"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(160);
    m_field->installEventFilter(this);
    QToolButton* close = toolButton(this, QStyle::SP_TitleBarCloseButton, tr("Close (Escape)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_currentId.clear();
        search();
        if (!m_matches.empty())
            showMatch(0);
    });
    // The clear button changes the text without an edit.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_currentId.clear();
            search();
        }
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    // A new design: the count speaks of it, not of the old one.
    connect(m_view->designScene()->document(), &StudioDocument::designReset, this, [this] {
        m_currentId.clear();
        search();
    });
    m_view->viewport()->installEventFilter(this);
    hide();
}

QString FindBar::countText() const {
    return m_count->text();
}

void FindBar::open() {
    place();
    QFrame::show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::findNext() {
    step(1);
}

void FindBar::findPrevious() {
    step(-1);
}

void FindBar::dismiss() {
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::search() {
    m_matches.clear();
    m_current = -1;
    const QString text = m_field->text().trimmed();
    if (!text.isEmpty()) {
        const StudioDocument* document = m_view->designScene()->document();
        for (const core::Component& component : document->design().components) {
            const QString name = QString::fromStdString(component.name);
            const QString kind = QString::fromStdString(component.kind);
            const QString label =
                ComponentSummary::kindLabel(component, document->catalog().find(component.kind));
            if (name.contains(text, Qt::CaseInsensitive) ||
                label.contains(text, Qt::CaseInsensitive) ||
                kind.contains(text, Qt::CaseInsensitive))
                m_matches.push_back(component.id);
        }
        const auto shown = std::find(m_matches.begin(), m_matches.end(), m_currentId);
        if (shown != m_matches.end())
            m_current = static_cast<int>(shown - m_matches.begin());
    }
    updateCount();
}

void FindBar::step(int delta) {
    if (!isVisible())
        open();
    search();
    if (m_matches.empty())
        return;
    const int count = static_cast<int>(m_matches.size());
    if (m_current < 0)
        showMatch(delta > 0 ? 0 : count - 1);
    else
        showMatch(((m_current + delta) % count + count) % count);
}

void FindBar::showMatch(int index) {
    m_current = index;
    m_currentId = m_matches[static_cast<std::size_t>(index)];
    DesignScene* scene = m_view->designScene();
    scene->selectIds({m_currentId});
    if (const ComponentItem* item = scene->componentItem(m_currentId))
        m_view->showItems(item->sceneBox());
    updateCount();
}

void FindBar::updateCount() {
    const bool searching = !m_field->text().trimmed().isEmpty();
    const bool none = searching && m_matches.empty();
    const int count = static_cast<int>(m_matches.size());
    if (!searching)
        m_count->clear();
    else if (none)
        m_count->setText(tr("No match"));
    else if (m_current >= 0)
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(count));
    else
        m_count->setText(count == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    // Red text says at a glance that nothing matches.
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Text,
                     none ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::Text));
    m_field->setPalette(palette);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

void FindBar::place() {
    const QRect area = m_view->viewport()->geometry();
    const QSize hint = sizeHint();
    const int width = std::min({std::max(hint.width(), kMaxWidth), area.width() - 2 * kMargin});
    setGeometry(area.right() + 1 - kMargin - width, area.top() + kMargin, width, hint.height());
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::Resize && isVisible())
            place();
        return QFrame::eventFilter(watched, event);
    }
    if (watched != m_field)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys belong to the bar while it has the focus, whatever the window binds.
        auto* key = static_cast<QKeyEvent*>(event);
        if (isFindKey(key)) {
            key->accept();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            dismiss();
            return true;
        }
        if (isFindKey(key)) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace studio::widgets
