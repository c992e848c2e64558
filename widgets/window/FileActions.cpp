#include "window/FileActions.h"

#include "StudioDocument.h"
#include "Translation.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace studio::widgets {

namespace {
constexpr int kRecentFiles = 10;
constexpr int kProblemsShown = 12; // in the box itself; all are in its details
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

FileActions::FileActions(StudioDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window) {
    askToSave = [this] {
        const QString name = m_document->filePath().isEmpty()
                                 ? tr("This design")
                                 : QFileInfo(m_document->filePath()).fileName();
        return QMessageBox::warning(
            m_window, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them before closing?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
}

void FileActions::fillFileMenu(QMenu* menu) {
    menu->addAction(tr("&New"), QKeySequence::New, this, &FileActions::newDesign);
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &FileActions::open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    menu->addSeparator();
    m_save = menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileActions::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &FileActions::saveAs);
}

bool FileActions::maybeSave() {
    if (!m_document->isModified())
        return true;
    switch (askToSave()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void FileActions::newDesign() {
    if (!maybeSave())
        return;
    core::Design design;
    design.name = tr("Untitled").toStdString();
    m_document->reset(std::move(design));
    emit designOpened();
}

void FileActions::open() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Design"),
                                                      QFileInfo(m_document->filePath()).path(),
                                                      tr("Designs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::openFile(const QString& path) {
    const core::Problems problems = m_document->load(path);
    if (!problems.empty()) {
        showProblems(tr("Cannot Open Design"), tr("%1 cannot be opened."), path, problems);
        return false;
    }
    addRecentFile(path);
    emit designOpened();
    return true;
}

bool FileActions::save() {
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileActions::saveAs() {
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QString::fromStdString(m_document->design().name) + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Design As"), suggestion,
                                                      tr("Designs (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool FileActions::saveTo(const QString& path) {
    const core::Problems problems = m_document->saveAs(path);
    if (!problems.empty()) {
        showProblems(tr("Cannot Save Design"),
                     tr("%1 cannot be saved; your changes are still here, unsaved."), path,
                     problems);
        return false;
    }
    addRecentFile(path);
    return true;
}

QStringList FileActions::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void FileActions::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void FileActions::updateRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& file : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void FileActions::showProblems(const QString& title, const QString& text, const QString& path,
                               const core::Problems& problems) {
    const QString fileName = QFileInfo(path).fileName();
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(problemLine(fileName, problem));
    auto* box =
        new QMessageBox(QMessageBox::Warning, title, text.arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("problemsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList shown = lines.mid(0, kProblemsShown);
    if (lines.size() > kProblemsShown)
        shown.append(tr("…and %1 more (see details).").arg(lines.size() - kProblemsShown));
    box->setInformativeText(shown.join(u'\n'));
    box->setDetailedText(lines.join(u'\n'));
    box->open();
}

} // namespace studio::widgets
