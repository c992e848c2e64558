#pragma once

#include <QPlainTextEdit>

namespace studio::widgets {

// A plain-text editor for a multi-line field (a note's text, a description, a list of
// requirements one per line) that commits like a line edit: editingFinished() when it loses
// the focus after a change, or on Ctrl+Return.
class MultiLineEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit MultiLineEdit(QWidget* parent = nullptr);

    // Shows the model's text; the person has not changed it yet.
    void setText(const QString& text);
    QString text() const { return toPlainText(); }
    bool isModified() const;

    QSize sizeHint() const override;

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void finish();
};

} // namespace studio::widgets
