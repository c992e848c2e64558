#include "widgets/export/PngDesign.h"

#include "format/DesignJson.h"

namespace studio::widgets {

void embedDesign(QImage& image, const core::Design& design) {
    image.setText(QString::fromLatin1(core::kPngDesignKey),
                  QString::fromStdString(core::designToJson(design)));
}

} // namespace studio::widgets
