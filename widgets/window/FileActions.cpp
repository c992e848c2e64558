#include "widgets/window/FileActions.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/library/StudioLibrary.h"
#include "widgets/library/TemplateGallery.h"

#include "format/AnyDesignFile.h"
#include "templates/BuiltinTemplates.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

namespace studio::widgets {

namespace {
constexpr int kRecentFiles = 10;
constexpr int kProblemsShown = 12; // in the box itself; all are in its details
const QString kRecentKey = QStringLiteral("recentFiles");

// The design in a design file, or inside a PNG the studio exported (found by its signature,
// whatever the file is called).
core::Result<core::LoadedDesign> readDesign(const QString& path, const core::Catalog& catalog) {
    return core::loadDesignAnyFile(QFile::encodeName(path).toStdString(), catalog);
}
} // namespace

FileActions::FileActions(StudioDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window) {
    askToSave = [this] {
        const QString name =
            !m_document->filePath().isEmpty() ? QFileInfo(m_document->filePath()).fileName()
            : m_document->libraryId()         ? QStringLiteral("\u201c%1\u201d")
                                            .arg(QString::fromStdString(m_document->design().name))
                                      : tr("This design");
        return QMessageBox::warning(
            m_window, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them before closing?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    askName = [this](const QString& suggestion) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            QInputDialog::getText(m_window, tr("Save to Library"), tr("Name of the design:"),
                                  QLineEdit::Normal, suggestion, &ok);
        if (!ok)
            return std::nullopt;
        return name.trimmed().isEmpty() ? suggestion : name.trimmed();
    };
    // Whatever opens next did not come from the template (createFromTemplate sets it after).
    connect(m_document, &StudioDocument::designReset, this, [this] { m_templateId.clear(); });
}

void FileActions::fillFileMenu(QMenu* menu) {
    menu->addAction(tr("&New"), QKeySequence::New, this, &FileActions::newDesign);
    m_fromTemplate =
        menu->addAction(tr("New from &Template…"), this, &FileActions::newFromTemplate);
    m_fromTemplate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &FileActions::open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    menu->addSeparator();
    m_save = menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileActions::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &FileActions::saveAs);
    m_addToLibrary = menu->addAction(tr("Add to &Library"), this, &FileActions::saveToLibrary);
    m_addToLibrary->setStatusTip(tr("Keep this design in the library; Save then writes there"));
    connect(m_document, &StudioDocument::homeChanged, this, &FileActions::updateActions);
    updateActions();
}

void FileActions::setLibrary(StudioLibrary* library) {
    m_library = library;
    updateActions();
}

void FileActions::updateActions() {
    if (m_addToLibrary)
        m_addToLibrary->setEnabled(m_library && !m_library->readOnly() && !m_document->libraryId());
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
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Design"), QFileInfo(m_document->filePath()).path(), designFilter());
    if (!path.isEmpty())
        openFile(path);
}

QString FileActions::designFilter() {
    return tr("Designs (*.json *.png);;Design files (*.json);;PNG images with a design "
              "(*.png);;All files (*)");
}

bool FileActions::openFile(const QString& path) {
    auto loaded = readDesign(path, m_document->catalog());
    if (!loaded.ok()) {
        showProblems(tr("Cannot Open Design"), tr("%1 cannot be opened."), path, loaded.problems());
        return false;
    }
    core::LoadedDesign& opened = loaded.value();
    if (opened.source == core::DesignSource::Png) {
        // The PNG stays an image: the design inside opens as a new, unsaved design, so Save
        // puts it in the library (or asks for a file) instead of writing JSON over the PNG.
        m_document->reset(std::move(opened.design));
        m_document->markUnsaved();
    } else {
        m_document->reset(std::move(opened.design), DocumentHome::file(path));
    }
    addRecentFile(path);
    emit designOpened();
    if (opened.source == core::DesignSource::Png)
        emit statusMessage(
            tr("Opened the design inside %1 as a new design").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::save() {
    if (!m_document->filePath().isEmpty())
        return saveTo(m_document->filePath());
    if (m_library && !m_library->readOnly())
        return saveToLibrary();
    return saveAs();
}

bool FileActions::saveToLibrary() {
    if (!m_library)
        return false;
    const std::optional<core::DesignId> home = m_document->libraryId();
    core::Problems problems;
    core::DesignId id = home.value_or(0);
    if (home) {
        auto saved = m_library->save(*home, m_document->design());
        if (!saved.ok())
            problems = saved.problems();
    } else {
        const auto name = askName(QString::fromStdString(m_document->design().name));
        if (!name)
            return false;
        if (name->toStdString() != m_document->design().name) {
            core::Design renamed = m_document->design();
            renamed.name = name->toStdString();
            m_document->push(new EditDesignCommand(m_document->model(), renamed, tr("name")));
        }
        auto added = m_library->add(m_document->design(), m_templateId);
        if (added.ok())
            id = added.value();
        else
            problems = added.problems();
    }
    if (!problems.empty()) {
        showProblems(tr("Cannot Save Design"),
                     tr("The design cannot be saved to the library %1; your changes are still "
                        "here, unsaved."),
                     m_library->path(), problems);
        return false;
    }
    m_document->markSaved(DocumentHome::library(id));
    emit statusMessage(tr("Saved \u201c%1\u201d to the library")
                           .arg(QString::fromStdString(m_document->design().name)));
    return true;
}

void FileActions::importIntoLibrary() {
    if (!m_library)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Designs"), QFileInfo(m_document->filePath()).path(), designFilter());
    for (const QString& path : paths)
        importFile(path);
}

bool FileActions::importFile(const QString& path) {
    if (!m_library)
        return false;
    auto design = readDesign(path, m_document->catalog());
    core::Problems problems = design.ok() ? core::Problems{} : design.problems();
    if (design.ok()) {
        auto added = m_library->add(design.value().design);
        if (!added.ok())
            problems = added.problems();
    }
    if (!problems.empty()) {
        showProblems(tr("Cannot Import Design"),
                     tr("%1 cannot be added to the library; nothing in the library changed."), path,
                     problems);
        return false;
    }
    emit statusMessage(tr("Added \u201c%1\u201d to the library")
                           .arg(QString::fromStdString(design.value().design.name)));
    return true;
}

void FileActions::newFromTemplate() {
    if (!maybeSave())
        return;
    TemplateGallery gallery(m_window);
    if (gallery.exec() == QDialog::Accepted)
        createFromTemplate(gallery.chosenId());
}

bool FileActions::createFromTemplate(const std::string& id) {
    const core::Template* reference = core::findTemplate(id);
    if (!reference)
        return false;
    // Looking at a template adds nothing to the library: its first save does.
    m_document->reset(reference->design);
    m_templateId = reference->id;
    emit designOpened();
    return true;
}

bool FileActions::openFromLibrary(core::DesignId id) {
    if (!m_library || !maybeSave())
        return false;
    auto design = m_library->loadDesign(id);
    if (!design.ok()) {
        showProblems(tr("Cannot Open Design"), tr("A design in the library %1 cannot be opened."),
                     m_library->path(), design.problems());
        return false;
    }
    m_document->reset(std::move(design).value(), DocumentHome::library(id));
    emit designOpened();
    return true;
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
