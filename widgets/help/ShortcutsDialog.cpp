#include "widgets/help/ShortcutsDialog.h"

#include "widgets/base/HeadingTree.h"
#include "widgets/help/CanvasGestures.h"
#include "widgets/help/MenuShortcuts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::widgets {

ShortcutsDialog::ShortcutsDialog(QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_menus(menus)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    resize(720, 600);
    rebuild();
}

ShortcutsDialog* ShortcutsDialog::showFor(QMainWindow* window) {
    auto* sheet = window->findChild<ShortcutsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!sheet)
        sheet = new ShortcutsDialog(window->menuBar(), window);
    else
        sheet->rebuild();
    sheet->show();
    sheet->raise();
    sheet->activateWindow();
    return sheet;
}

void ShortcutsDialog::rebuild() {
    m_tree->clear();
    QList<ShortcutSection> sections;
    if (m_menus)
        sections = menuShortcuts(*m_menus);
    sections.append(canvasGestures());
    for (const ShortcutSection& section : sections) {
        QTreeWidgetItem* heading = addHeading(m_tree, section.title);
        heading->setFirstColumnSpanned(true);
        for (const ShortcutLine& line : section.lines) {
            auto* item = new QTreeWidgetItem(heading, {line.command, line.keys});
            item->setFlags(Qt::ItemIsEnabled);
            item->setToolTip(1, line.keys); // in full where the column cuts it short
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0) + 16, 300));
    setFilter(m_filter->text());
}

void ShortcutsDialog::setFilter(const QString& text) {
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    const QString needle = text.trimmed();
    filterUnderHeadings(m_tree, [&needle](const QTreeWidgetItem& item) {
        return needle.isEmpty() || item.text(0).contains(needle, Qt::CaseInsensitive) ||
               item.text(1).contains(needle, Qt::CaseInsensitive) ||
               item.parent()->text(0).contains(needle, Qt::CaseInsensitive);
    });
}

} // namespace studio::widgets
