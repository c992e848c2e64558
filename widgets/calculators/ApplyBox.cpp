#include "widgets/calculators/ApplyBox.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/EditCommitter.h"

#include "model/DisplayName.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

ApplyBox::ApplyBox(StudioDocument* document, ApplyTarget target, QWidget* parent)
    : QGroupBox(applyTargetSpec(target).title(), parent)
    , m_document(document)
    , m_target(applyTargetSpec(target))
    , m_what(new QLabel(this))
    , m_targets(new QComboBox(this))
    , m_button(new QPushButton(tr("Apply"), this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("applyBox"));
    m_what->setObjectName(QStringLiteral("applyWhat"));
    m_what->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("applyTargets"));
    m_targets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targets->setMinimumContentsLength(8);
    // The placeholder ("No client with an open workload") must not widen a narrow dock.
    m_targets->setMinimumWidth(m_targets->fontMetrics().averageCharWidth() * 12);
    m_targets->setPlaceholderText(m_target.noTarget());
    m_button->setObjectName(QStringLiteral("applyButton"));
    m_problem->setObjectName(QStringLiteral("applyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128
                                           ? QColor(0xff, 0x8a, 0x80)
                                           : QColor(0xb7, 0x1c, 0x1c));
    m_problem->setPalette(red);

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_what);
    auto* row = new QHBoxLayout;
    row->addWidget(m_targets, 1);
    row->addWidget(m_button);
    column->addLayout(row);
    column->addWidget(m_problem);

    connect(m_button, &QPushButton::clicked, this, &ApplyBox::apply);
    connect(m_targets, &QComboBox::currentIndexChanged, this, [this] {
        m_problem->hide();
        updateState();
    });
    connect(document, &StudioDocument::changed, this, [this](const core::DesignChanges& changes) {
        if (changes.touchesComponents())
            refreshTargets();
    });
    connect(document, &StudioDocument::designReset, this, [this] {
        m_selection.clear();
        refreshTargets();
    });
    refreshTargets();
}

bool ApplyBox::fits(const std::string& id) const {
    const core::Component* component = m_document->design().findComponent(id);
    if (!component)
        return false;
    return m_target.fits(*component, m_document->catalog());
}

void ApplyBox::setAmount(const std::optional<ApplyAmount>& amount) {
    m_amount = amount;
    m_problem->hide();
    updateState();
}

void ApplyBox::setSelection(const std::vector<std::string>& ids) {
    m_selection = ids;
    refreshTargets();
    for (const std::string& id : ids)
        if (choose(id))
            break;
}

std::string ApplyBox::chosen() const {
    return m_targets->currentData().toString().toStdString();
}

bool ApplyBox::choose(const std::string& id) {
    const int index = m_targets->findData(QString::fromStdString(id));
    if (index < 0)
        return false;
    m_targets->setCurrentIndex(index);
    return true;
}

void ApplyBox::refreshTargets() {
    const std::string keep = chosen();
    std::vector<std::string> ids;
    for (const std::string& id : m_selection)
        if (fits(id) && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    const auto selected = static_cast<std::ptrdiff_t>(ids.size());
    for (const core::Component& component : m_document->design().components)
        if (fits(component.id) && std::find(ids.begin(), ids.end(), component.id) == ids.end())
            ids.push_back(component.id);
    if (m_target.listedLast)
        std::stable_partition(ids.begin() + selected, ids.end(), [this](const std::string& id) {
            return !m_target.listedLast(*m_document->design().findComponent(id),
                                        m_document->catalog());
        });

    const QSignalBlocker block(m_targets);
    m_targets->clear();
    for (const std::string& id : ids) {
        const core::Component* component = m_document->design().findComponent(id);
        const QString name = QString::fromStdString(core::displayName(*component));
        m_targets->addItem(name, QString::fromStdString(id));
        m_targets->setItemData(m_targets->count() - 1, QString::fromStdString(id), Qt::ToolTipRole);
    }
    if (!choose(keep))
        m_targets->setCurrentIndex(ids.empty() ? -1 : 0);
    updateState();
}

bool ApplyBox::canApply() const {
    return m_amount.has_value() && !chosen().empty();
}

void ApplyBox::updateState() {
    m_what->setText(m_amount ? m_target.what(*m_amount) : tr("No result to apply yet."));
    m_targets->setEnabled(m_targets->count() > 0);
    m_button->setEnabled(canApply());
    const core::Component* component = m_document->design().findComponent(chosen());
    m_button->setToolTip(
        component ? tr("Apply to %1 (one undo step)").arg(QString::fromStdString(component->name))
                  : QString());
}

QString ApplyBox::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool ApplyBox::apply() {
    if (!canApply())
        return false;
    const std::string id = chosen();
    const core::Design& design = m_document->design();
    const core::Component* component = design.findComponent(id);
    if (!component)
        return false;
    const core::Component after = m_target.applied(*component, *m_amount);
    // The design's own validation decides, as for an edit in the inspector.
    core::Design changed = design;
    *changed.findComponent(id) = after;
    const EditCommitter committer(m_document);
    const core::Problems problems =
        committer.newProblems(design, changed, {core::ProblemSubject::component(id)});
    if (!problems.empty()) {
        m_problem->setText(EditCommitter::describe(problems));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_document->push(m_target.command(m_document->model(), id, *m_amount));
    return true;
}

} // namespace studio::widgets
