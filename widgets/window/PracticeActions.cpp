#include "widgets/window/PracticeActions.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/practice/PracticePanel.h"
#include "widgets/practice/PracticeSetupDialog.h"
#include "widgets/practice/ProgressView.h"
#include "widgets/practice/SessionList.h"
#include "widgets/window/FileActions.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QVBoxLayout>

namespace studio::widgets {

PracticeActions::PracticeActions(StudioDocument* document, FileActions* files,
                                 StudioLibrary* library, QAction* breaksFirst, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_library(library)
    , m_window(window)
    , m_panel(new PracticePanel(document, library, window))
    , m_dock(new QDockWidget(tr("Practice"), window)) {
    m_dock->setObjectName(QStringLiteral("practiceDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A tab beside Properties and Calculators: the whole column's height for the phases.
    if (auto* inspector = window->findChild<QDockWidget*>(QStringLiteral("inspectorDock")))
        window->tabifyDockWidget(inspector, m_dock);
    m_dock->hide();
    connect(m_panel, &PracticePanel::breaksFirstRequested, breaksFirst,
            [breaksFirst] { breaksFirst->setChecked(true); });
    askSession = [this]() -> std::optional<core::practice::PracticeSession> {
        PracticeSetupDialog dialog(m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.session();
    };
}

void PracticeActions::fillPracticeMenu(QMenu* menu) {
    QAction* start = menu->addAction(tr("&New Session…"), this, &PracticeActions::newSession);
    start->setStatusTip(tr("A timed interview practice: clarify, design, deep dive, wrap up"));
    QAction* progress = menu->addAction(tr("&Progress…"), this, &PracticeActions::showProgress);
    progress->setEnabled(m_library != nullptr);
    menu->addAction(m_dock->toggleViewAction());
}

void PracticeActions::newSession() {
    if (auto session = askSession())
        start(std::move(*session));
}

bool PracticeActions::start(core::practice::PracticeSession session) {
    if (!m_files->maybeSave())
        return false;
    core::Design empty;
    empty.name = tr("Practice: %1").arg(QString::fromStdString(session.title)).toStdString();
    empty.description = session.prompt;
    m_document->reset(std::move(empty));
    session.design = m_document->design();
    m_dock->show();
    m_dock->raise();
    m_window->resizeDocks({m_dock}, {480}, Qt::Horizontal);
    m_panel->start(std::move(session));
    return true;
}

void PracticeActions::showProgress() {
    if (!m_library)
        return;
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Practice Progress"));
    auto* tabs = new QTabWidget(dialog);
    tabs->addTab(new ProgressView(m_library, tabs), tr("Progress"));
    tabs->addTab(new SessionList(m_library, tabs), tr("Sessions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(1000, 700);
    dialog->show();
}

} // namespace studio::widgets
