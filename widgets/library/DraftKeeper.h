#pragma once

#include "library/LibraryEntries.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace studio::widgets {

class StudioDocument;
class StudioLibrary;

// Autosaves the open document's unsaved edits as a library draft, apart from its versions:
// at most once per interval while there are unsaved changes. A save or a deliberate discard
// (the document becomes clean or is replaced) drops the draft; after a crash the draft is
// still there, and restoreNewest() offers it at the next start.
class DraftKeeper : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 20000;

    DraftKeeper(StudioDocument* document, StudioLibrary* library, QObject* parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    std::optional<core::DraftId> draftId() const { return m_draft; }

    // Writes the draft now if there are unsaved changes (the timer calls this).
    void saveNow();
    // Drops the draft (the person discarded their changes on purpose).
    void discard();

    enum class Choice { Restore, Discard, Later };
    // Offers the newest draft of the library through `ask`; Restore opens it as the document
    // (unsaved, at home in its library entry when it has one), Discard drops it, Later keeps
    // it for the next start. Returns true when a draft was restored.
    bool restoreNewest(const std::function<Choice(const core::DraftEntry&)>& ask);

signals:
    // A draft could not be written (disk full, library locked): the message says why.
    void failed(const QString& message);

private:
    void documentChanged();

    StudioDocument* m_document; // not owned
    StudioLibrary* m_library;   // not owned
    QTimer m_timer;
    std::optional<core::DraftId> m_draft;
};

} // namespace studio::widgets
