#include "widgets/window/ClipboardData.h"

#include "format/DesignJson.h"

#include <QMimeData>

namespace studio::widgets {

QMimeData* toMimeData(const core::Design& fragment) {
    const QByteArray json = QByteArray::fromStdString(core::designToJson(fragment));
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kDesignMimeType), json);
    data->setText(QString::fromUtf8(json));
    return data;
}

std::optional<core::Design> fromMimeData(const QMimeData* data) {
    if (!data)
        return std::nullopt;
    QByteArray json = data->data(QString::fromLatin1(kDesignMimeType));
    if (json.isEmpty() && data->hasText())
        json = data->text().toUtf8();
    if (json.trimmed().isEmpty())
        return std::nullopt;
    auto result = core::designFromJson(json.toStdString());
    if (!result.ok())
        return std::nullopt;
    return std::move(result).value();
}

} // namespace studio::widgets
