#include "widgets/window/MainWindow.h"

#include "Version.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Theme.h"
#include "widgets/calculators/CalculatorsPanel.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/help/ShortcutsDialog.h"
#include "widgets/help/UserGuideDialog.h"
#include "widgets/inspector/InspectorWidget.h"
#include "widgets/library/DraftKeeper.h"
#include "widgets/library/LibraryPanel.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/library/ThumbnailQueue.h"
#include "widgets/overlay/EstimateOverlay.h"
#include "widgets/palette/PaletteWidget.h"
#include "widgets/simulation/CapacityDialog.h"
#include "widgets/simulation/FlowAnimation.h"
#include "widgets/simulation/SimulationOverlay.h"
#include "widgets/simulation/SimulationPanel.h"
#include "widgets/window/EditActions.h"
#include "widgets/window/ExportActions.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/FindBar.h"
#include "widgets/window/Minimap.h"
#include "widgets/window/PracticeActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QWhatsThis>

#include <utility>

namespace studio::widgets {

MainWindow::MainWindow(StudioLibrary* library, QWidget* parent)
    : QMainWindow(parent)
    , m_document(new StudioDocument(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_files(new FileActions(m_document, this))
    , m_edits(new EditActions(m_document, m_scene, this))
    , m_counts(new QLabel(this))
    , m_zoom(new QLabel(this))
    , m_overlay(new EstimateOverlay(m_document, m_scene, m_view))
    , m_library(library) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/sdstudio.svg")));
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    createDocks();
    createMenus();

    connect(m_document, &StudioDocument::designReset, this, &MainWindow::updateCounts);
    for (const auto signal : {&StudioDocument::componentAdded, &StudioDocument::componentRemoved,
                              &StudioDocument::linkAdded, &StudioDocument::linkRemoved,
                              &StudioDocument::zoneAdded, &StudioDocument::zoneRemoved})
        connect(m_document, signal, this, &MainWindow::updateCounts);
    for (const auto signal :
         {&StudioDocument::designReset, &StudioDocument::designPropertiesChanged})
        connect(m_document, signal, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::homeChanged, this, &MainWindow::updateTitle);
    connect(m_document, &StudioDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_files, &FileActions::designOpened, m_view, &DesignView::showOpened);
    connect(m_edits, &EditActions::designLaidOut, m_view, &DesignView::fitToWindow);
    connect(m_view, &DesignView::zoomChanged, this,
            [this](double zoom) { m_zoom->setText(tr("%1%").arg(qRound(zoom * 100))); });
    connect(m_view, &DesignView::contextMenuRequested, this, &MainWindow::showContextMenu);
    const auto showStatus = [this](const QString& message) {
        statusBar()->showMessage(message, 5000);
    };
    connect(m_scene, &DesignScene::statusMessage, this, showStatus);
    connect(m_files, &FileActions::statusMessage, this, showStatus);

    updateTitle();
    updateCounts();
    m_zoom->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1600, 1000);
    // Nine tenths of the screen at first (the saved layout wins later): on 1920 x 1080 the
    // canvas then shows a template whole, where a 1440 x 900 window left it 830 px.
    resize(available.width() * 9 / 10, available.height() * 9 / 10);
    restoreLayout();
}

MainWindow::~MainWindow() {
    // The scene outlives nothing it reports to: it goes first, while the document it
    // mirrors is still there, and tells no one about the selection it loses on the way.
    QObject::disconnect(m_scene, nullptr, nullptr, nullptr);
    delete m_view;
    delete m_scene;
}

void MainWindow::createDocks() {
    m_palette = new PaletteWidget(this);
    auto* paletteDock = new QDockWidget(tr("Components"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    connect(m_palette, &PaletteWidget::kindActivated, this, [this](const QString& kind) {
        m_scene->addComponentAt(kind, m_view->visibleCenter());
    });

    m_inspector = new InspectorWidget(m_document, this);
    auto* inspectorDock = new QDockWidget(tr("Properties"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_inspector->setSelection(m_scene->selectedIds()); });

    m_calculators = new CalculatorsPanel(m_document, this);
    auto* calculatorsDock = new QDockWidget(tr("Calculators"), this);
    calculatorsDock->setObjectName(QStringLiteral("calculatorsDock"));
    calculatorsDock->setWidget(m_calculators);
    addDockWidget(Qt::RightDockWidgetArea, calculatorsDock);
    tabifyDockWidget(inspectorDock, calculatorsDock);
    inspectorDock->raise();
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_calculators->setSelection(m_scene->selectedIds()); });
    resizeDocks({paletteDock, inspectorDock}, {220, 340}, Qt::Horizontal);

    // The overview: under the properties, out of the canvas's way.
    m_minimap = new Minimap(m_view, this);
    auto* overviewDock = new QDockWidget(tr("Overview"), this);
    overviewDock->setObjectName(QStringLiteral("overviewDock"));
    overviewDock->setWidget(m_minimap);
    addDockWidget(Qt::RightDockWidgetArea, overviewDock);
    resizeDocks({overviewDock}, {180}, Qt::Vertical);

    // The simulation: under the canvas, shown when a run starts.
    m_simulation = new SimulationPanel(m_document, m_library, this);
    m_simulationDock = new QDockWidget(tr("Simulation"), this);
    m_simulationDock->setObjectName(QStringLiteral("simulationDock"));
    m_simulationDock->setWidget(m_simulation);
    addDockWidget(Qt::BottomDockWidgetArea, m_simulationDock);
    m_simulationDock->hide();
    m_simulationOverlay = new SimulationOverlay(m_document, m_scene, this);
    m_simulation->setFlow(new FlowAnimation(m_scene, this));
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_simulation->setSelection(m_scene->selectedIds()); });
    // A finished run colours the canvas, unless the estimate overlay is on.
    connect(m_simulation, &SimulationPanel::runFinished, this, [this] {
        m_simulationOverlay->setRun(m_simulation->shownRun());
        if (m_simulation->shownRun() && !m_overlayAction->isChecked())
            m_simulationOverlayAction->setChecked(true);
    });

    if (m_library)
        createLibraryDock();
}

void MainWindow::createLibraryDock() {
    m_files->setLibrary(m_library);
    m_drafts = new DraftKeeper(m_document, m_library, this);
    connect(m_drafts, &DraftKeeper::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    m_thumbnails = new ThumbnailQueue(m_library, this);
    m_thumbnails->requestStale();

    m_libraryPanel = new LibraryPanel(m_library, this);
    auto* libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_libraryPanel);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);
    connect(m_libraryPanel, &LibraryPanel::openRequested, this, &MainWindow::openLibraryDesign);
    connect(m_libraryPanel, &LibraryPanel::versionRestored, this,
            &MainWindow::reloadRestoredVersion);
    connect(m_libraryPanel, &LibraryPanel::importRequested, m_files,
            &FileActions::importIntoLibrary);
}

void MainWindow::openLibraryDesign(core::DesignId id) {
    if (m_document->libraryId() == id)
        return; // already open
    if (m_files->openFromLibrary(id))
        statusBar()->showMessage(tr("Opened \u201c%1\u201d from the library")
                                     .arg(QString::fromStdString(m_document->design().name)),
                                 5000);
}

void MainWindow::reloadRestoredVersion(core::DesignId id) {
    if (m_document->libraryId() != id)
        return;
    if (m_document->isModified()) {
        statusBar()->showMessage(tr("The version was restored in the library; the open copy "
                                    "keeps your unsaved changes"),
                                 10000);
        return;
    }
    auto design = m_library->loadDesign(id);
    if (design.ok())
        m_document->reset(std::move(design).value(), DocumentHome::library(id));
}

bool MainWindow::offerDraft() {
    if (!m_drafts)
        return false;
    return m_drafts->restoreNewest([this](const core::DraftEntry& draft) {
        const QString name =
            draft.designName.empty()
                ? tr("a new design")
                : QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(draft.designName));
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(draft.saved), QLocale::ShortFormat);
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"),
                        tr("System Design Studio did not close properly. Unsaved changes to "
                           "%1 were kept at %2.")
                            .arg(name, when),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Restore them now, discard them, or decide at the next start."));
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == restore)
            return DraftKeeper::Choice::Restore;
        if (box.clickedButton() == discard)
            return DraftKeeper::Choice::Discard;
        return DraftKeeper::Choice::Later;
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->fillFileMenu(file);
    m_exports = new ExportActions(m_document, m_scene, this);
    connect(m_exports, &ExportActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    m_exports->fillExportMenu(file->addMenu(tr("E&xport")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Platforms without a standard quit key (no desktop environment) get Ctrl+Q.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_edits->fillEditMenu(edit);
    edit->addAction(m_exports->copyAsImageAction());
    edit->addSeparator();
    m_findBar = new FindBar(m_view);
    m_findAction = edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::open);
    // F3 only: Ctrl+G, the platform's other "find next", groups.
    QAction* findNext =
        edit->addAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), m_findBar, &FindBar::findNext);
    QAction* findPrevious =
        edit->addAction(tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3), m_findBar,
                        &FindBar::findPrevious);
    addActions({m_findAction, findNext, findPrevious});
    m_edits->fillArrangeMenu(menuBar()->addMenu(tr("&Arrange")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DesignView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DesignView::zoomOut);
    // draw.io: Ctrl+Shift+H fits; Excalidraw: Shift+1 fits, Ctrl+0 resets to 100%.
    QAction* fit = view->addAction(tr("&Fit to Window"), m_view, &DesignView::fitToWindow);
    fit->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), QKeySequence(Qt::SHIFT | Qt::Key_1)});
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view,
                    &DesignView::resetZoom);
    view->addSeparator();
    QAction* snap = view->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);
    view->addSeparator();
    m_overlayAction = view->addAction(tr("&Estimate Overlay"));
    m_overlayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_overlayAction->setCheckable(true);
    m_overlayAction->setStatusTip(
        tr("Colour each component by its estimated utilisation and mark the bottleneck"));
    connect(m_overlayAction, &QAction::toggled, m_overlay, &EstimateOverlay::setEnabled);
    m_peakAction = view->addAction(tr("Use &Peak Load"));
    m_peakAction->setCheckable(true);
    m_peakAction->setChecked(true);
    m_peakAction->setStatusTip(
        tr("Estimate at each client's rate × its peak factor; off: at the average rate"));
    connect(m_peakAction, &QAction::toggled, m_overlay, &EstimateOverlay::setPeakLoad);
    m_simulationOverlayAction = view->addAction(tr("Si&mulation Overlay"));
    m_simulationOverlayAction->setCheckable(true);
    m_simulationOverlayAction->setStatusTip(
        tr("Colour each component by its simulated utilisation in the last run"));
    connect(m_simulationOverlayAction, &QAction::toggled, m_simulationOverlay,
            &SimulationOverlay::setEnabled);
    // One overlay at a time: both colour the same boxes.
    connect(m_overlayAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_simulationOverlayAction->setChecked(false);
    });
    connect(m_simulationOverlayAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_overlayAction->setChecked(false);
    });
    view->addSeparator();
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(themeMenu); // exclusive
    const std::pair<Theme, QString> themeChoices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [choice, text] : themeChoices) {
        QAction* action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == storedTheme());
        action->setData(static_cast<int>(choice));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice = choice] { chooseTheme(choice); });
    }
    view->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    for (QAction* action : view->actions())
        if (!action->shortcut().isEmpty())
            addAction(action);

    // What a newcomer looks for first, in sight: drawing links, fitting, the estimate.
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    tools->addActions({m_edits->connectAction(), fit, m_overlayAction});

    QMenu* simulate = menuBar()->addMenu(tr("&Simulate"));
    m_runAction = simulate->addAction(tr("&Run Simulation"));
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAction->setStatusTip(tr("Simulate the design as it is now on a worker thread"));
    connect(m_runAction, &QAction::triggered, this, [this] {
        m_simulationDock->show();
        m_simulationDock->raise();
        m_simulation->run();
    });
    QAction* cancelRun =
        simulate->addAction(tr("&Cancel Simulation"), m_simulation, &SimulationPanel::cancel);
    cancelRun->setEnabled(false);
    connect(m_simulation, &SimulationPanel::runningChanged, this, [this, cancelRun](bool on) {
        m_runAction->setEnabled(!on);
        cancelRun->setEnabled(on);
    });
    simulate->addAction(tr("Find Ca&pacity…"), this, [this] {
        auto* dialog = new CapacityDialog(m_document->design(), m_document->catalog(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    simulate->addAction(m_simulationDock->toggleViewAction());
    addAction(m_runAction);
    tools->addAction(m_runAction);

    m_practice = new PracticeActions(m_document, m_files, m_library, m_overlayAction, this);
    m_practice->fillPracticeMenu(menuBar()->addMenu(tr("&Practice")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                         [this] { ShortcutsDialog::showFor(this); });
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addAction(tr("&User Guide"), this, [this] { UserGuideDialog::showFor(this); });
    QAction* whatsThis = QWhatsThis::createAction(help); // Shift+F1
    whatsThis->setText(tr("&What Is This?"));
    help->addAction(whatsThis);
    addActions({shortcuts, whatsThis}); // shortcuts work wherever the focus is in the window
    help->addSeparator();
    QAction* about =
        help->addAction(tr("&About System Design Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openFile(const QString& path) {
    if (!m_files->openFile(path))
        return false;
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::showContextMenu(const QPoint& screenPos) {
    QMenu menu(this);
    m_edits->fillContextMenu(&menu);
    menu.exec(screenPos);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_drafts)
        m_drafts->discard(); // saved, or discarded on purpose: nothing to restore next time
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/estimateOverlay"), m_overlayAction->isChecked());
    settings.setValue(QStringLiteral("view/estimatePeakLoad"), m_peakAction->isChecked());
    event->accept();
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_peakAction->setChecked(
        settings.value(QStringLiteral("view/estimatePeakLoad"), true).toBool());
    m_overlayAction->setChecked(
        settings.value(QStringLiteral("view/estimateOverlay"), false).toBool());
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About System Design Studio"),
        tr("<h3>System Design Studio %1</h3>"
           "<p>Sketch a distributed system the way you would on a whiteboard, then ask it "
           "questions: requests per second, storage, what breaks first, the p99 at peak.</p>")
            .arg(QString::fromLatin1(core::studioVersion())));
}

void MainWindow::updateTitle() {
    QString name = QString::fromStdString(m_document->design().name);
    if (name.isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    const QString home = !m_document->filePath().isEmpty()
                             ? QFileInfo(m_document->filePath()).fileName()
                         : m_document->libraryId() ? tr("library")
                                                   : tr("not saved");
    // [*] shows the unsaved-changes marker where the platform puts it.
    setWindowTitle(tr("%1 (%2)[*] — System Design Studio").arg(name, home));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateCounts() {
    const core::Design& design = m_document->design();
    m_counts->setText(tr("Components: %1 · Links: %2 · Zones: %3")
                          .arg(design.components.size())
                          .arg(design.links.size())
                          .arg(design.zones.size()));
}

} // namespace studio::widgets
