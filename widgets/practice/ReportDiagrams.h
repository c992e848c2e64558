#pragma once

// The practice report's two diagrams, the person's design beside the reference design, drawn
// with DesignRenderer at one scale (scene units to device units the same for both), so that
// sizes compare at a glance.
#include "widgets/export/DesignRenderer.h"

#include "model/Design.h"

#include <QSizeF>
#include <QWidget>

#include <memory>

namespace studio::widgets {

// The largest scale (device units per scene unit, at most `maxScale`) at which a diagram of
// `a` and one of `b` (scene units; `b` empty: only `a`) each fit `room`.
double commonDiagramScale(const QSizeF& a, const QSizeF& b, const QSizeF& room,
                          double maxScale = 1);

// Draws `renderer`'s design at `scale` with its top left at `topLeft` on white, framed; an
// empty design gets `emptyText` in its middle.
void paintReportDiagram(QPainter& painter, const DesignRenderer& renderer, const QPointF& topLeft,
                        double scale, const QString& emptyText);

class ReportDiagrams : public QWidget {
    Q_OBJECT

public:
    // `reference` null: a custom prompt, only the person's design.
    ReportDiagrams(const core::Design& answer, const core::Design* reference,
                   QWidget* parent = nullptr);
    ~ReportDiagrams() override;

    // The scale both are drawn at in the current size, and whether they sit side by side
    // (otherwise stacked).
    double scale() const { return m_scale; }
    bool sideBySide() const { return m_sideBySide; }
    const DesignRenderer& answer() const { return *m_answer; }
    const DesignRenderer* reference() const { return m_reference.get(); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange();

    std::unique_ptr<DesignRenderer> m_answer;
    std::unique_ptr<DesignRenderer> m_reference;
    double m_scale = 1;
    bool m_sideBySide = true;
    QPointF m_answerAt;    // top left of the person's diagram
    QPointF m_referenceAt; // top left of the reference's
};

} // namespace studio::widgets
