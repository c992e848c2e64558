#pragma once

#include "widgets/export/ExportOptions.h"

#include "model/Design.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace studio::widgets {

class DesignScene;
class StudioDocument;

// File > Export (PNG, SVG, PDF of the whole design or the selection) and Edit > Copy as
// Image. Exports draw a private copy of the design (no selection outline, handles, grid or
// estimate colours) and never change the document. A PNG carries its design, so File > Open
// restores it. Failures (a folder that cannot be written) show a message naming the file;
// an earlier file at the path is left as it was.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(StudioDocument* document, DesignScene* scene, QWidget* window);

    // PNG…, SVG…, PDF…
    void fillExportMenu(QMenu* menu);
    // Edit > Copy as Image (enabled while the design has something to draw).
    QAction* copyAsImageAction() const { return m_copyAsImage; }

    // What an export shows: the selection and the links between it, or the whole design
    // when `selectionOnly` is false or nothing is selected.
    core::Design exportedDesign(bool selectionOnly) const;

    // How the options and the file are asked for; tests replace them. Nothing: cancelled.
    std::function<std::optional<ExportChoice>(ExportFormat, bool hasSelection)> askChoice;
    std::function<QString(ExportFormat, const QString& suggestedPath)> askPath;

public slots:
    // Asks for the options and a file, then exports.
    void exportAs(ExportFormat format);
    // Writes the export to `path` with a progress dialog when it takes a while; on failure
    // shows why (a window-modal message box) and returns false.
    bool exportTo(ExportFormat format, const QString& path, const ExportChoice& choice);
    // Puts the selection (or the whole design) on the clipboard as a 2x image on white,
    // together with the design itself (so it also pastes back into the studio).
    void copyAsImage();

signals:
    void statusMessage(const QString& text);

private:
    void showError(const QString& text);
    void updateActions();

    StudioDocument* m_document;
    DesignScene* m_scene;
    QWidget* m_window;
    QAction* m_copyAsImage = nullptr;
    QString m_lastFolder;
};

} // namespace studio::widgets
