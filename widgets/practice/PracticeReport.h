#pragma once

// The report after a practice session is submitted (issue 19): the total and what was good
// and missing, every rubric item with the seed's passage quoted for a miss, the estimates
// and targets compared, the time per phase, the self-assessment (the person's answer beside
// the reference's, rated by the person) and both designs at one scale. Exports as PDF.
#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <QDialog>

#include <map>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

namespace studio::widgets {

class ReportDiagrams;

class PracticeReport : public QDialog {
    Q_OBJECT

public:
    // `score` and `reference` null for a custom prompt; all three are copied.
    PracticeReport(const core::practice::PracticeSession& session,
                   const core::practice::PracticeScore* score, const core::Template* reference,
                   QWidget* parent = nullptr);
    ~PracticeReport() override;

    // The session with the ratings the person gave here.
    const core::practice::PracticeSession& session() const { return m_session; }
    // Writes the report as PDF to `path`; an error text naming it, empty on success.
    QString exportPdf(const QString& path) const;

    QLabel* total() const { return m_total; }
    QTextBrowser* rubric() const { return m_rubric; }
    QTextBrowser* numbers() const { return m_numbers; }
    // The rating box of a selfAssessedTopics() topic; null for another.
    QComboBox* ratingBox(const std::string& topic) const;
    ReportDiagrams* diagrams() const { return m_diagrams; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // The person changed a self-assessment rating: session() has it.
    void selfAssessed();

private:
    QWidget* buildSelfAssessment();
    void askAndExport();

    core::practice::PracticeSession m_session;
    std::optional<core::practice::PracticeScore> m_score;
    std::optional<core::Template> m_reference;
    QLabel* m_total = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_rubric = nullptr;
    QTextBrowser* m_numbers = nullptr;
    ReportDiagrams* m_diagrams = nullptr;
    std::map<std::string, QComboBox*> m_ratings;
};

} // namespace studio::widgets
