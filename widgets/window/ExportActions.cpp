#include "widgets/window/ExportActions.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/export/DesignExport.h"
#include "widgets/export/DesignRenderer.h"
#include "widgets/export/ExportDialog.h"
#include "widgets/export/PngDesign.h"
#include "widgets/window/ClipboardData.h"

#include "document/Fragment.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>

namespace studio::widgets {

namespace {

constexpr int kProgressDelayMs = 500; // shorter exports show no progress dialog

QString extension(ExportFormat format) {
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

// A file name from the design's name: letters, digits, '-' and '_' kept.
QString baseName(const core::Design& design) {
    QString name = QString::fromStdString(design.name).trimmed();
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return name.isEmpty() ? QStringLiteral("design") : name;
}

} // namespace

ExportActions::ExportActions(StudioDocument* document, DesignScene* scene, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window) {
    m_copyAsImage = new QAction(tr("Copy as &Image"), this);
    m_copyAsImage->setObjectName(QStringLiteral("copyAsImage"));
    m_copyAsImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAsImage->setStatusTip(
        tr("Copy the selection, or the whole design when nothing is selected, as an image"));
    connect(m_copyAsImage, &QAction::triggered, this, &ExportActions::copyAsImage);

    askChoice = [this](ExportFormat format, bool hasSelection) -> std::optional<ExportChoice> {
        ExportDialog dialog(format, hasSelection, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    askPath = [this](ExportFormat format, const QString& suggested) {
        const QString filter = format == ExportFormat::Png   ? tr("PNG images (*.png)")
                               : format == ExportFormat::Svg ? tr("SVG drawings (*.svg)")
                                                             : tr("PDF documents (*.pdf)");
        QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), suggested, filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += u'.' + extension(format);
        return path;
    };

    connect(m_document, &StudioDocument::designReset, this, &ExportActions::updateActions);
    for (const auto signal : {&StudioDocument::componentAdded, &StudioDocument::componentRemoved,
                              &StudioDocument::zoneAdded, &StudioDocument::zoneRemoved})
        connect(m_document, signal, this, &ExportActions::updateActions);
    updateActions();
}

void ExportActions::fillExportMenu(QMenu* menu) {
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->addAction(tr("&PNG Image…"), this, [this] { exportAs(ExportFormat::Png); })
        ->setObjectName(QStringLiteral("exportPng"));
    menu->addAction(tr("&SVG Drawing…"), this, [this] { exportAs(ExportFormat::Svg); })
        ->setObjectName(QStringLiteral("exportSvg"));
    menu->addAction(tr("P&DF Document…"), this, [this] { exportAs(ExportFormat::Pdf); })
        ->setObjectName(QStringLiteral("exportPdf"));
}

core::Design ExportActions::exportedDesign(bool selectionOnly) const {
    const auto ids = m_scene->selectedIds();
    if (!selectionOnly || ids.empty())
        return m_document->design();
    return core::extractFragment(m_document->design(), ids);
}

void ExportActions::exportAs(ExportFormat format) {
    const std::optional<ExportChoice> choice = askChoice(format, !m_scene->selectedIds().empty());
    if (!choice)
        return;
    QString folder = m_lastFolder;
    if (folder.isEmpty() && !m_document->filePath().isEmpty())
        folder = QFileInfo(m_document->filePath()).path();
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(baseName(m_document->design()) + u'.' + extension(format));
    const QString path = askPath(format, suggested);
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).path();
    exportTo(format, path, *choice);
}

bool ExportActions::exportTo(ExportFormat format, const QString& path, const ExportChoice& choice) {
    const core::Design design = exportedDesign(choice.selectionOnly);
    // The steps block the event loop; the dialog shows once one of them ends after the delay.
    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 3,
                             m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kProgressDelayMs);
    progress.setValue(0);
    QString error;
    if (format == ExportFormat::Png) {
        QImage image;
        {
            const DesignRenderer renderer(design);
            progress.setValue(1);
            image = renderer.image(choice.png);
        }
        embedDesign(image, design);
        progress.setValue(2);
        error = writePngImage(image, path);
    } else {
        progress.setValue(1);
        error = format == ExportFormat::Svg ? writeSvg(design, path) : writePdf(design, path);
    }
    progress.setValue(3);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportActions::copyAsImage() {
    const core::Design design = exportedDesign(true);
    QMimeData* data = toMimeData(design);
    data->setImageData(exportImage(design, PngOptions{}));
    QGuiApplication::clipboard()->setMimeData(data);
    emit statusMessage(m_scene->selectedIds().empty() ? tr("Copied the design as an image")
                                                      : tr("Copied the selection as an image"));
}

void ExportActions::showError(const QString& text) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot Export"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setInformativeText(tr("Nothing was written; any file already there is unchanged."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExportActions::updateActions() {
    const core::Design& design = m_document->design();
    m_copyAsImage->setEnabled(!design.components.empty() || !design.zones.empty());
}

} // namespace studio::widgets
