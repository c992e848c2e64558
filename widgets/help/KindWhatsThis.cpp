#include "widgets/help/KindWhatsThis.h"

#include "widgets/base/Translation.h"

#include "catalog/KindExplanations.h"

namespace studio::widgets {

QString kindWhatsThis(const core::KindSpec& kind) {
    return QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
        .arg(catalogText(kind.label).toHtmlEscaped(), catalogText(kind.description).toHtmlEscaped(),
             catalogText(core::kindExplanation(kind.id)).toHtmlEscaped());
}

} // namespace studio::widgets
