#include "widgets/practice/ReportDiagrams.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

constexpr double kMargin = 12;    // px around and between the diagrams
constexpr double kCaptionGap = 4; // px between a caption and its diagram

} // namespace

double commonDiagramScale(const QSizeF& a, const QSizeF& b, const QSizeF& room, double maxScale) {
    const auto fit = [&](const QSizeF& size) {
        if (size.isEmpty())
            return maxScale;
        return std::min(room.width() / size.width(), room.height() / size.height());
    };
    return std::max(0.0, std::min({maxScale, fit(a), fit(b)}));
}

void paintReportDiagram(QPainter& painter, const DesignRenderer& renderer, const QPointF& topLeft,
                        double scale, const QString& emptyText) {
    const QRectF target(topLeft, renderer.sourceRect().size() * scale);
    painter.save();
    painter.fillRect(target, Qt::white);
    renderer.render(&painter, target);
    if (renderer.design().components.empty() && !emptyText.isEmpty()) {
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, emptyText);
    }
    painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    painter.restore();
}

ReportDiagrams::ReportDiagrams(const core::Design& answer, const core::Design* reference,
                               QWidget* parent)
    : QWidget(parent)
    , m_answer(std::make_unique<DesignRenderer>(answer))
    , m_reference(reference ? std::make_unique<DesignRenderer>(*reference) : nullptr) {
    setObjectName(QStringLiteral("reportDiagrams"));
    setMinimumSize(320, 240);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xf2, 0xf2, 0xf2));
    setPalette(p);
    arrange();
}

ReportDiagrams::~ReportDiagrams() = default;

QSize ReportDiagrams::sizeHint() const {
    return {960, 600};
}

void ReportDiagrams::arrange() {
    const double caption = fontMetrics().height() + kCaptionGap;
    const QSizeF a = m_answer->sourceRect().size();
    const QSizeF b = m_reference ? m_reference->sourceRect().size() : QSizeF();
    const double w = width(), h = height();
    const QSizeF across((w - 3 * kMargin) / (m_reference ? 2 : 1), h - 2 * kMargin - caption);
    const QSizeF down(w - 2 * kMargin, (h - 3 * kMargin - 2 * caption) / 2);
    const double acrossScale = commonDiagramScale(a, b, across);
    const double downScale = m_reference ? commonDiagramScale(a, b, down) : 0;
    m_sideBySide = acrossScale >= downScale;
    m_scale = std::max(acrossScale, downScale);
    m_answerAt = QPointF(kMargin, kMargin + caption);
    m_referenceAt = m_sideBySide
                        ? QPointF(kMargin * 2 + across.width(), kMargin + caption)
                        : QPointF(kMargin, kMargin * 2 + caption * 2 + a.height() * m_scale);
}

void ReportDiagrams::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

void ReportDiagrams::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const double caption = fontMetrics().height() + kCaptionGap;
    const int percent = static_cast<int>(std::lround(m_scale * 100));
    const auto title = [&](const QPointF& at, const QString& text) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(at.x(), at.y() - caption, width() - at.x(), caption - kCaptionGap),
                         Qt::AlignLeft | Qt::AlignBottom, text);
        painter.setFont(font());
    };
    title(m_answerAt, tr("Your design (%1%)").arg(percent));
    paintReportDiagram(painter, *m_answer, m_answerAt, m_scale, tr("Your canvas is empty"));
    if (m_reference) {
        title(m_referenceAt, tr("The reference design (%1%, the same scale)").arg(percent));
        paintReportDiagram(painter, *m_reference, m_referenceAt, m_scale, QString());
    }
}

} // namespace studio::widgets
