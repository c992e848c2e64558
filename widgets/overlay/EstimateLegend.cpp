#include "widgets/overlay/EstimateLegend.h"

#include "widgets/canvas/items/SceneStyle.h"
#include "widgets/overlay/EstimateTexts.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace studio::widgets {

namespace {
constexpr int kMargin = 10;    // from the viewport's edges, pixels
constexpr int kMaxWidth = 900; // pixels
constexpr QSize kSwatch(22, 14);

struct Entry {
    LoadBand band;
    bool bottleneck;
};
constexpr std::array<Entry, 6> kEntries = {{
    {LoadBand::Low, false},
    {LoadBand::Moderate, false},
    {LoadBand::High, false},
    {LoadBand::Saturated, false},
    {LoadBand::Neutral, false},
    {LoadBand::Neutral, true},
}};
} // namespace

EstimateLegend::EstimateLegend(QAbstractScrollArea* view)
    : QFrame(view)
    , m_view(view)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this)) {
    setObjectName(QStringLiteral("estimateLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);

    const QString texts[] = {
        tr("under 50% busy"), tr("50–80%"),        tr("80–100%"),
        tr("saturated"),      tr("not estimated"), tr("bottleneck"),
    };
    const QString tips[] = {
        tr("Utilisation under 50%: plenty of headroom."),
        tr("Utilisation from 50% to 80%: comfortable."),
        tr("Utilisation from 80% to 100%: queues grow long; little headroom."),
        tr("Utilisation of 100% or more: more arrives than it can serve."),
        tr("Not a queue (a client, a note) or no traffic reaches it."),
        tr("A thick border: the component with the highest utilisation."),
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        m_swatches[i] = new QLabel(this);
        auto* text = new QLabel(texts[i], this);
        text->setToolTip(tips[i]);
        m_swatches[i]->setToolTip(tips[i]);
        const int row = static_cast<int>(i / 3);
        const int column = static_cast<int>(i % 3) * 2;
        grid->addWidget(m_swatches[i], row, column);
        grid->addWidget(text, row, column + 1);
    }
    grid->setColumnStretch(5, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    m_problems->hide();

    refreshSwatches();
    view->viewport()->installEventFilter(this);
    hide();
}

QString EstimateLegend::titleText() const {
    return m_title->text();
}

QString EstimateLegend::summaryText() const {
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QString EstimateLegend::problemText() const {
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void EstimateLegend::showSolution(const core::solver::Solution& solution,
                                  const core::Design& design) {
    m_title->setText(EstimateTexts::title(solution.rates));
    m_summary->setText(EstimateTexts::summary(solution, design));
    m_summary->show();
    m_problems->clear();
    m_problems->hide();
    reposition();
}

void EstimateLegend::showProblems(const core::Problems& problems, core::solver::RateBasis basis) {
    m_title->setText(EstimateTexts::title(basis));
    m_summary->clear();
    m_summary->hide();
    m_problems->setText(EstimateTexts::problems(problems));
    m_problems->show();
    reposition();
}

void EstimateLegend::showEvent(QShowEvent* event) {
    QFrame::showEvent(event);
    reposition(); // the fonts are final once shown
}

bool EstimateLegend::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        reposition();
    return QFrame::eventFilter(watched, event);
}

void EstimateLegend::changeEvent(QEvent* event) {
    // Also sent while the constructor sets the frame up: the swatches come last.
    if (event->type() == QEvent::PaletteChange && m_swatches.back())
        refreshSwatches();
    QFrame::changeEvent(event);
}

void EstimateLegend::refreshSwatches() {
    // The canvas's own colours: the scene derives them from the same palette.
    const SceneStyle style = SceneStyle::fromPalette(palette());
    const qreal ratio = devicePixelRatioF();
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        QPixmap pixmap(kSwatch * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPen& pen = style.loadPen(kEntries[i].band, kEntries[i].bottleneck);
        painter.setPen(pen);
        painter.setBrush(style.loadBrush(kEntries[i].band));
        const double inset = pen.widthF() / 2;
        painter.drawRoundedRect(
            QRectF(QPointF(0, 0), QSizeF(kSwatch)).adjusted(inset, inset, -inset, -inset), 3, 3);
        painter.end();
        m_swatches[i]->setPixmap(pixmap);
    }
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, style.refused);
    m_problems->setPalette(palette);
}

void EstimateLegend::reposition() {
    const QRect area = m_view->viewport()->geometry(); // in the view's coordinates
    // The summary wants one line, the problems the whole width; wrapped when there is less.
    int wanted = sizeHint().width();
    const QMargins margins = layout()->contentsMargins();
    if (!m_summary->isHidden())
        wanted = std::max(wanted, m_summary->fontMetrics().horizontalAdvance(m_summary->text()) +
                                      margins.left() + margins.right() + 2 * frameWidth() +
                                      m_summary->fontMetrics().averageCharWidth());
    if (!m_problems->isHidden())
        wanted = kMaxWidth;
    const int width = std::min({kMaxWidth, area.width() - 2 * kMargin, wanted});
    if (width <= 0)
        return;
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.left() + kMargin, area.bottom() + 1 - kMargin - height, width, height);
    raise();
}

} // namespace studio::widgets
