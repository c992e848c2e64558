#pragma once

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QPushButton;

namespace studio::widgets {

class ApplyBox;
class CalculationView;
class StudioDocument;

// "From the design": the figures the design's estimation inputs give (core's designEstimate,
// with its formula), kept up to date as the design changes; a button per calculator the
// inputs can fill in; and the design's peak traffic and cache size to apply to a client and a
// cache.
class DesignEstimatePage : public QWidget {
    Q_OBJECT

public:
    explicit DesignEstimatePage(StudioDocument* document, QWidget* parent = nullptr);

    void setSelection(const std::vector<std::string>& ids);

    CalculationView* view() const { return m_view; }
    // The button that fills in calculator `name`, or nullptr.
    QPushButton* prefillButton(const std::string& name) const;
    ApplyBox* arrivalBox() const { return m_arrival; }
    ApplyBox* cacheBox() const { return m_cache; }

signals:
    // Fill calculator `name` in from the design (see designInputs) and show it.
    void prefillRequested(const QString& name);

private:
    void refresh();

    StudioDocument* m_document;
    QLabel* m_empty;
    CalculationView* m_view;
    std::map<std::string, QPushButton*> m_prefill;
    ApplyBox* m_arrival;
    ApplyBox* m_cache;
};

} // namespace studio::widgets
