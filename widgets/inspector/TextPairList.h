#pragma once

#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

class QLineEdit;
class QVBoxLayout;

namespace studio::widgets {

class MultiLineEdit;

// An editable list of (one line, several lines) entries: the design's notes (title, text) and
// assumptions (subject, text). The owner fills it from the model and, on edited(), reads it
// back and commits the whole list.
class TextPairList : public QWidget {
    Q_OBJECT

public:
    using Pair = std::pair<QString, QString>;

    // Entries' editors are named `name`[i].`firstKey` and `name`[i].`secondKey`; the add
    // button `name`Add.
    TextPairList(const QString& name, const QString& firstKey, const QString& firstLabel,
                 const QString& secondKey, const QString& secondLabel, const QString& addText,
                 QWidget* parent = nullptr);

    // Shows `pairs`, leaving alone an entry the person is typing in.
    void setPairs(const std::vector<Pair>& pairs);
    std::vector<Pair> pairs() const;

signals:
    void edited();
    void addRequested();
    void removeRequested(int index);

private:
    struct Entry {
        QWidget* frame;
        QLineEdit* first;
        MultiLineEdit* second;
    };
    void addEntry();

    QString m_name;
    QString m_firstKey;
    QString m_firstLabel;
    QString m_secondKey;
    QString m_secondLabel;
    QVBoxLayout* m_entriesLayout;
    std::vector<Entry> m_entries;
};

} // namespace studio::widgets
