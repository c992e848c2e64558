#include "widgets/window/EditActions.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/commands/AutoLayoutCommand.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/window/ClipboardData.h"

#include "document/Fragment.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace studio::widgets {

namespace {

constexpr double kPasteStep = 20; // scene units each paste moves further along

} // namespace

EditActions::EditActions(StudioDocument* document, DesignScene* scene, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window) {
    m_undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_cut = addAction(tr("Cu&t"), QKeySequence::Cut, &EditActions::cut);
    m_copy = addAction(tr("&Copy"), QKeySequence::Copy, &EditActions::copy);
    m_paste = addAction(tr("&Paste"), QKeySequence::Paste, &EditActions::paste);
    m_duplicate =
        addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &EditActions::duplicate);
    m_delete = addAction(tr("&Delete"), QKeySequence::Delete, &EditActions::deleteSelection);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_selectAll = addAction(tr("Select &All"), QKeySequence::SelectAll, &EditActions::selectAll);
    m_rename = addAction(tr("Re&name"), QKeySequence(Qt::Key_F2), &EditActions::rename);
    m_group =
        addAction(tr("&Group into Zone"), QKeySequence(Qt::CTRL | Qt::Key_G), &EditActions::group);
    m_ungroup = addAction(tr("U&ngroup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                          &EditActions::ungroup);
    m_autoLayout = addAction(tr("Auto-&Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                             &EditActions::autoLayout);
    m_straighten = addAction(tr("&Straighten Links"), QKeySequence(), &EditActions::straighten);
    // Excalidraw's arrow tool: while on, a drag from one box to another links them.
    m_connect = new QAction(tr("C&onnect"), this);
    m_connect->setCheckable(true);
    m_connect->setShortcut(QKeySequence(Qt::Key_C));
    m_connect->setToolTip(tr("Connect (C): drag from one component to another to link them"));
    m_connect->setStatusTip(
        tr("Drag from one component to another to link them; Escape or C again to stop"));
    connect(m_connect, &QAction::toggled, m_scene, &DesignScene::setConnectMode);
    connect(m_scene, &DesignScene::connectModeChanged, m_connect, &QAction::setChecked);
    m_window->addAction(m_connect);

    using core::edits::Alignment;
    const std::pair<QString, Alignment> alignments[] = {
        {tr("Align &Left"), Alignment::Left},
        {tr("Align &Centre"), Alignment::HorizontalCenter},
        {tr("Align &Right"), Alignment::Right},
        {tr("Align &Top"), Alignment::Top},
        {tr("Align &Middle"), Alignment::VerticalCenter},
        {tr("Align &Bottom"), Alignment::Bottom}};
    for (const auto& [text, alignment] : alignments) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, a = alignment] { align(a); });
        m_alignActions.append(action);
    }
    const std::pair<QString, core::edits::Axis> axes[] = {
        {tr("Distribute &Horizontally"), core::edits::Axis::Horizontal},
        {tr("Distribute &Vertically"), core::edits::Axis::Vertical}};
    for (const auto& [text, axis] : axes) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, a = axis] { distribute(a); });
        m_distributeActions.append(action);
    }

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        m_pasteCount = 0;
        updateEnabled();
    });
    updateEnabled();
}

QAction* EditActions::addAction(const QString& text, const QKeySequence& key,
                                void (EditActions::*slot)()) {
    auto* action = new QAction(text, this);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, slot);
    m_window->addAction(action); // shortcuts work wherever the focus is in the window
    return action;
}

void EditActions::fillEditMenu(QMenu* menu) const {
    menu->addActions({m_undo, m_redo});
    menu->addSeparator();
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addActions({m_selectAll, m_rename});
    menu->addSeparator();
    menu->addAction(m_connect);
}

void EditActions::fillArrangeMenu(QMenu* menu) const {
    menu->addActions({m_group, m_ungroup});
    menu->addSeparator();
    menu->addActions(m_alignActions);
    menu->addSeparator();
    menu->addActions(m_distributeActions);
    menu->addSeparator();
    menu->addActions({m_straighten, m_autoLayout});
}

void EditActions::fillContextMenu(QMenu* menu) const {
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    menu->addSeparator();
    menu->addActions({m_rename, m_group, m_ungroup});
    if (m_straighten->isEnabled())
        menu->addAction(m_straighten);
    QMenu* align = menu->addMenu(tr("Align"));
    align->addActions(m_alignActions);
    align->addActions(m_distributeActions);
    align->setEnabled(m_alignActions.first()->isEnabled());
}

void EditActions::updateEnabled() {
    const auto ids = m_scene->selectedIds();
    const core::Design& design = m_document->design();
    int boxes = 0, zones = 0, bent = 0;
    for (const auto& id : ids) {
        boxes += design.findComponent(id) || design.findZone(id) ? 1 : 0;
        zones += design.findZone(id) ? 1 : 0;
        const core::Link* link = design.findLink(id);
        bent += link && !link->bends.empty() ? 1 : 0;
    }
    m_cut->setEnabled(boxes > 0);
    m_copy->setEnabled(boxes > 0);
    m_duplicate->setEnabled(boxes > 0);
    m_delete->setEnabled(!ids.empty());
    m_rename->setEnabled(ids.size() == 1 && boxes == 1);
    m_group->setEnabled(boxes > 0);
    m_ungroup->setEnabled(zones > 0);
    m_straighten->setEnabled(bent > 0);
    for (QAction* action : m_alignActions)
        action->setEnabled(boxes >= 2);
    for (QAction* action : m_distributeActions)
        action->setEnabled(boxes >= 3);
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    m_paste->setEnabled(data &&
                        (data->hasFormat(QString::fromLatin1(kDesignMimeType)) || data->hasText()));
}

void EditActions::copy() {
    const auto ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    QGuiApplication::clipboard()->setMimeData(
        toMimeData(core::extractFragment(m_document->design(), ids)));
    m_pasteCount = 0;
}

void EditActions::cut() {
    const auto ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    copy();
    auto* command = new DeleteCommand(m_document->model(), ids);
    command->setText(tr("Cut %n item(s)", nullptr, static_cast<int>(ids.size())));
    m_document->push(command);
}

void EditActions::paste() {
    const auto fragment = fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (!fragment || (fragment->components.empty() && fragment->zones.empty()))
        return;
    pasteFragment(*fragment, false);
}

void EditActions::duplicate() {
    const auto ids = m_scene->selectedIds();
    if (ids.empty())
        return;
    m_pasteCount = 0;
    pasteFragment(core::extractFragment(m_document->design(), ids), true);
}

void EditActions::pasteFragment(const core::Design& fragment, bool duplicate) {
    const double offset = kPasteStep * ++m_pasteCount;
    auto* paste = new PasteCommand(m_document->model(), fragment, offset, offset, duplicate);
    const std::vector<std::string> pasted = paste->addedIds();
    m_document->push(paste);
    m_scene->selectIds(pasted);
}

void EditActions::straighten() {
    std::vector<std::string> bent;
    for (const auto& id : m_scene->selectedIds())
        if (const core::Link* link = m_document->design().findLink(id);
            link && !link->bends.empty())
            bent.push_back(id);
    if (!bent.empty())
        m_document->push(new StraightenCommand(m_document->model(), bent));
}

void EditActions::deleteSelection() {
    const auto ids = m_scene->selectedIds();
    if (!ids.empty())
        m_document->push(new DeleteCommand(m_document->model(), ids));
}

void EditActions::selectAll() {
    m_scene->selectAll();
}

void EditActions::rename() {
    const auto ids = m_scene->selectedIds();
    if (ids.size() == 1)
        m_scene->startRename(ids.front());
}

void EditActions::group() {
    std::vector<std::string> boxes;
    for (const auto& id : m_scene->selectedIds())
        if (m_document->design().findComponent(id) || m_document->design().findZone(id))
            boxes.push_back(id);
    if (boxes.empty())
        return;
    auto* group = new GroupCommand(m_document->model(), boxes, core::ZoneKind::Group,
                                   tr("Group").toStdString());
    const std::vector<std::string> added = group->addedIds();
    m_document->push(group);
    m_scene->selectIds(added);
}

void EditActions::ungroup() {
    std::vector<std::string> zones;
    for (const auto& id : m_scene->selectedIds())
        if (m_document->design().findZone(id))
            zones.push_back(id);
    if (zones.empty())
        return;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Ungroup %n zone(s)", nullptr, static_cast<int>(zones.size())));
    for (const auto& id : zones)
        m_document->push(new UngroupCommand(m_document->model(), id));
    stack->endMacro();
}

void EditActions::align(core::edits::Alignment alignment) {
    m_document->push(new AlignCommand(m_document->model(), m_scene->selectedIds(), alignment));
}

void EditActions::distribute(core::edits::Axis axis) {
    m_document->push(new DistributeCommand(m_document->model(), m_scene->selectedIds(), axis));
}

void EditActions::autoLayout() {
    const core::Design& design = m_document->design();
    std::vector<std::string> boxes;
    for (const auto& id : m_scene->selectedIds())
        if (design.findComponent(id) || design.findZone(id))
            boxes.push_back(id);
    int components = 0;
    for (const auto& id : core::edits::withMembers(design, boxes))
        components += design.findComponent(id) ? 1 : 0;
    const bool whole = components < 2;
    auto* command = new AutoLayoutCommand(m_document->model(), whole ? Ids{} : boxes);
    if (command->isEmpty()) {
        delete command;
        return;
    }
    m_document->push(command);
    if (whole)
        emit designLaidOut();
}

} // namespace studio::widgets
