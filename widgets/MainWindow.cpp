#include "MainWindow.h"

#include "DesignScene.h"
#include "DesignView.h"
#include "StudioDocument.h"
#include "Translation.h"
#include "Version.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>

#include <algorithm>

namespace studio::widgets {

namespace {
// Problems listed in the message box itself; all of them are in its details.
constexpr int kProblemsShown = 12;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new StudioDocument(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_counts(new QLabel(this)) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/sdstudio.svg")));
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_counts);
    createMenus();
    connect(m_document, &StudioDocument::designReset, this, &MainWindow::updateFromDocument);
    for (const auto signal : {&StudioDocument::componentAdded, &StudioDocument::componentRemoved,
                              &StudioDocument::linkAdded, &StudioDocument::linkRemoved,
                              &StudioDocument::zoneAdded, &StudioDocument::zoneRemoved})
        connect(m_document, signal, this, &MainWindow::updateFromDocument);
    connect(m_document, &StudioDocument::designPropertiesChanged, this,
            &MainWindow::updateFromDocument);
    updateFromDocument();
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1600, 1000);
    resize(std::min(1440, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Platforms without a standard quit key (no desktop environment) get Ctrl+Q.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_view, &DesignView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_view, &DesignView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit Design"), m_view, &DesignView::fitDesign);
    fit->setShortcut(tr("Ctrl+0"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        help->addAction(tr("&About System Design Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openFile(const QString& path) {
    const core::Problems problems = m_document->load(path);
    if (!problems.empty()) {
        showProblems(path, problems);
        return false;
    }
    m_view->fitDesign();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"),
                                                      QFileInfo(m_document->filePath()).path(),
                                                      tr("Designs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showProblems(const QString& path, const core::Problems& problems) {
    const QString fileName = QFileInfo(path).fileName();
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(problemLine(fileName, problem));

    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Design"),
                                tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList shown = lines.mid(0, kProblemsShown);
    if (lines.size() > kProblemsShown)
        shown.append(tr("…and %1 more (see details).").arg(lines.size() - kProblemsShown));
    box->setInformativeText(shown.join(u'\n'));
    box->setDetailedText(lines.join(u'\n'));
    box->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About System Design Studio"),
        tr("<h3>System Design Studio %1</h3>"
           "<p>Sketch a distributed system the way you would on a whiteboard, then ask it "
           "questions: requests per second, storage, what breaks first, the p99 at peak.</p>")
            .arg(QString::fromLatin1(core::studioVersion())));
}

void MainWindow::updateFromDocument() {
    const core::Design& design = m_document->design();
    QString name = QString::fromStdString(design.name);
    if (name.isEmpty())
        name = QFileInfo(m_document->filePath()).fileName();
    if (name.isEmpty())
        setWindowTitle(tr("System Design Studio"));
    else
        setWindowTitle(tr("%1 — System Design Studio").arg(name));
    m_counts->setText(tr("Components: %1 · Links: %2 · Zones: %3")
                          .arg(design.components.size())
                          .arg(design.links.size())
                          .arg(design.zones.size()));
}

} // namespace studio::widgets
