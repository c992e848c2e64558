#pragma once

#include "catalog/Catalog.h"
#include "document/DesignDocument.h"
#include "util/Problem.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>

namespace studio::widgets {

// The design open in the studio: the core document (the model, the single source of truth),
// the file it came from, and (later) its undo stack. Turns the core document's change
// notifications into Qt signals; ids are the model's.
class StudioDocument : public QObject {
    Q_OBJECT

public:
    explicit StudioDocument(QObject* parent = nullptr,
                            const core::Catalog& catalog = core::Catalog::standard());
    ~StudioDocument() override;

    const core::Design& design() const { return m_model.design(); }
    // The core document, for edits (undo commands apply their change sets to it).
    core::DesignDocument& model() { return m_model; }
    const core::Catalog& catalog() const { return m_catalog; }
    // The file the design was opened from; empty for a design never saved.
    const QString& filePath() const { return m_filePath; }

    // Replaces the whole design (a file opened, a new design).
    void reset(core::Design design, const QString& filePath = {});

    // Opens the design file at `path`. On failure returns every problem and leaves the
    // document as it was: nothing is opened half-way.
    core::Problems load(const QString& path);

signals:
    void componentAdded(const std::string& id);
    void componentRemoved(const std::string& id);
    void componentChanged(const std::string& id);
    void linkAdded(const std::string& id);
    void linkRemoved(const std::string& id);
    void linkChanged(const std::string& id);
    void zoneAdded(const std::string& id);
    void zoneRemoved(const std::string& id);
    void zoneChanged(const std::string& id);
    void designPropertiesChanged();
    // The whole design was replaced: views rebuild from design().
    void designReset();

private:
    class Relay; // core::DesignListener -> the signals above

    const core::Catalog& m_catalog;
    core::DesignDocument m_model;
    std::unique_ptr<Relay> m_relay;
    QString m_filePath;
};

} // namespace studio::widgets
