#include "widgets/calculators/CalculatorList.h"

#include "widgets/base/HeadingTree.h"

#include "estimate/CalculatorRegistry.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace estimate = core::estimate;

namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

// The registry's families in its order, with how many calculators each has.
struct Family {
    QString title;
    std::size_t size;
};

std::vector<Family> families() {
    return {
        {CalculatorList::tr("Load and data"), estimate::sizingCalculatorSpecs().size()},
        {CalculatorList::tr("Reliability and latency"),
         estimate::reliabilityCalculatorSpecs().size()},
        {CalculatorList::tr("Algorithms"), estimate::algorithmCalculatorSpecs().size()},
    };
}

QString searchText(const estimate::CalculatorSpec& calculator, const QString& description) {
    QString text = QString::fromUtf8(calculator.name) + u' ' + description + u' ' +
                   QString::fromUtf8(calculator.description);
    for (const estimate::InputSpec& input : calculator.inputs)
        text += u' ' + QString::fromUtf8(input.key);
    return text;
}

} // namespace

CalculatorList::CalculatorList(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("calculatorList"));
    m_search->setObjectName(QStringLiteral("calculatorSearch"));
    m_search->setPlaceholderText(tr("Search calculators"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("calculatorTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    populate();

    connect(m_search, &QLineEdit::textChanged, this, &CalculatorList::setFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, kNameRole).toString().isEmpty())
            emit currentChanged(item->data(0, kNameRole).toString());
    });
}

void CalculatorList::populate() {
    const auto& all = estimate::calculators();
    std::size_t next = 0;
    const QBrush muted = palette().brush(QPalette::PlaceholderText);
    for (const Family& family : families()) {
        QTreeWidgetItem* heading = addHeading(m_tree, family.title);
        heading->setFirstColumnSpanned(true);
        for (std::size_t i = 0; i < family.size && next < all.size(); ++i, ++next) {
            const estimate::CalculatorSpec& calculator = all[next];
            const QString name = QString::fromUtf8(calculator.name);
            const QString description =
                QCoreApplication::translate("Estimate", calculator.description);
            auto* item = new QTreeWidgetItem(heading, {name, description});
            item->setData(0, kNameRole, name);
            item->setData(0, kSearchRole, searchText(calculator, description));
            item->setToolTip(0, description);
            item->setToolTip(1, description);
            item->setForeground(1, muted);
        }
    }
    m_tree->expandAll();
}

QTreeWidgetItem* CalculatorList::itemFor(const QString& name) const {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* heading = m_tree->topLevelItem(g);
        for (int i = 0; i < heading->childCount(); ++i)
            if (heading->child(i)->data(0, kNameRole).toString() == name)
                return heading->child(i);
    }
    return nullptr;
}

QString CalculatorList::current() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kNameRole).toString() : QString();
}

bool CalculatorList::setCurrent(const QString& name) {
    QTreeWidgetItem* item = itemFor(name);
    if (!item)
        return false;
    if (item->isHidden())
        m_search->clear();
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return true;
}

void CalculatorList::setFilter(const QString& text) {
    const QString needle = text.trimmed();
    filterUnderHeadings(m_tree, [&needle](const QTreeWidgetItem& item) {
        return needle.isEmpty() ||
               item.data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
    });
}

} // namespace studio::widgets
