#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace studio::widgets {

// One field of an inspector form: its editor, the unit beside it and, under it, the reason
// its last value was refused. A refused value marks the editor (the dynamic property
// "invalid", which the inspector's style sheet draws red) and its tooltip; a value that is
// accepted, or the model's value shown again, clears the mark.
class FieldRow : public QWidget {
    Q_OBJECT

public:
    // Takes ownership of `editor`; `help` becomes its tooltip.
    FieldRow(QWidget* editor, const QString& unit, const QString& help, QWidget* parent = nullptr);

    QWidget* editor() const { return m_editor; }
    const QString& help() const { return m_help; }

    void setError(const QString& reason);
    void clearError();
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    // Whether the model's value must not be shown now: the editor holds a refused value, or
    // the person is typing in it.
    bool isBusy() const;

    // The row holding `editor`, or nullptr.
    static FieldRow* of(const QWidget* editor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateErrorColour();
    void setMarked(bool marked);

    QWidget* m_editor;
    QLabel* m_errorLabel;
    QString m_help;
    QString m_error;
};

} // namespace studio::widgets
