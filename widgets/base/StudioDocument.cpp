#include "widgets/base/StudioDocument.h"

#include "document/DesignListener.h"
#include "format/DesignFile.h"

#include <QFile>

namespace studio::widgets {

class StudioDocument::Relay : public core::DesignListener {
public:
    explicit Relay(StudioDocument& document)
        : m_document(document) {}

    void componentAdded(const std::string& id) override { emit m_document.componentAdded(id); }
    void componentRemoved(const std::string& id) override { emit m_document.componentRemoved(id); }
    void componentChanged(const std::string& id) override { emit m_document.componentChanged(id); }
    void linkAdded(const std::string& id) override { emit m_document.linkAdded(id); }
    void linkRemoved(const std::string& id) override { emit m_document.linkRemoved(id); }
    void linkChanged(const std::string& id) override { emit m_document.linkChanged(id); }
    void zoneAdded(const std::string& id) override { emit m_document.zoneAdded(id); }
    void zoneRemoved(const std::string& id) override { emit m_document.zoneRemoved(id); }
    void zoneChanged(const std::string& id) override { emit m_document.zoneChanged(id); }
    void designPropertiesChanged() override { emit m_document.designPropertiesChanged(); }
    void designReset() override { emit m_document.designReset(); }
    void designChanged(const core::DesignChanges& changes) override {
        emit m_document.changed(changes);
    }

private:
    StudioDocument& m_document;
};

StudioDocument::StudioDocument(QObject* parent, const core::Catalog& catalog)
    : QObject(parent)
    , m_catalog(catalog)
    , m_relay(std::make_unique<Relay>(*this)) {
    m_model.addListener(m_relay.get());
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

StudioDocument::~StudioDocument() {
    // Going away is not a save: the undo stack's last clearing must not reach anyone as
    // "now unmodified" (a draft keeper would drop the draft a crash-restart needs).
    QObject::disconnect(&m_undoStack, nullptr, this, nullptr);
    m_model.removeListener(m_relay.get());
}

void StudioDocument::push(QUndoCommand* command) {
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void StudioDocument::reset(core::Design design, const DocumentHome& home) {
    m_undoStack.clear();
    // clear() leaves an empty stack's clean state alone: after a design marked unsaved (a
    // PNG's, a restored draft) every later one would look modified.
    m_undoStack.setClean();
    m_model.reset(std::move(design));
    setHome(home);
    emit modifiedChanged(false);
}

void StudioDocument::markSaved(const DocumentHome& home) {
    m_undoStack.setClean();
    setHome(home);
}

void StudioDocument::markUnsaved() {
    m_undoStack.resetClean();
}

void StudioDocument::setHome(const DocumentHome& home) {
    if (m_home == home)
        return;
    m_home = home;
    emit homeChanged();
}

core::Problems StudioDocument::saveAs(const QString& path) {
    core::Problems problems =
        core::saveDesignFile(m_model.design(), QFile::encodeName(path).toStdString());
    if (!problems.empty())
        return problems;
    markSaved(DocumentHome::file(path));
    return {};
}

core::Problems StudioDocument::load(const QString& path) {
    auto result = core::loadDesignFile(QFile::encodeName(path).toStdString(), m_catalog);
    if (!result.ok())
        return result.problems();
    reset(std::move(result).value(), DocumentHome::file(path));
    return {};
}

} // namespace studio::widgets
