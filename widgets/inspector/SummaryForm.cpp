#include "widgets/inspector/SummaryForm.h"

#include "widgets/base/ComponentSummary.h"
#include "widgets/base/StudioDocument.h"

#include <QLabel>
#include <QMap>
#include <QStringList>
#include <QVBoxLayout>

namespace studio::widgets {

SummaryForm::SummaryForm(StudioDocument* document, std::vector<std::string> ids, QWidget* parent)
    : InspectorForm(document, parent)
    , m_ids(std::move(ids))
    , m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("summaryForm"));
    m_details->setObjectName(QStringLiteral("summary"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout()->addWidget(m_details);
    finish();
    refresh();
}

bool SummaryForm::refresh() {
    const core::Design& design = m_document->design();
    QMap<QString, int> kinds;
    int links = 0;
    int zones = 0;
    int count = 0;
    for (const auto& id : m_ids) {
        if (const auto* component = design.findComponent(id)) {
            ++kinds[ComponentSummary::kindLabel(*component,
                                                m_document->catalog().find(component->kind))];
        } else if (design.findLink(id)) {
            ++links;
        } else if (design.findZone(id)) {
            ++zones;
        } else {
            continue;
        }
        ++count;
    }
    if (count == 0)
        return false;
    setHeading({}, tr("%1 items selected").arg(count),
               tr("Select items of one kind to edit what they share."));
    QStringList lines;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        lines.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
    if (links > 0)
        lines.append(QStringLiteral("%1 × %2").arg(links).arg(tr("link")));
    if (zones > 0)
        lines.append(QStringLiteral("%1 × %2").arg(zones).arg(tr("zone")));
    m_details->setText(lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace studio::widgets
