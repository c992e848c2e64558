#include "widgets/export/DesignExport.h"

#include "widgets/export/DesignRenderer.h"
#include "widgets/export/ExportFile.h"
#include "widgets/export/PngDesign.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace studio::widgets {

namespace {

constexpr double kMaxPdfPoints = 200 * 72; // the largest page PDF readers accept: 200 inches

QString tr(const char* text) {
    return QCoreApplication::translate("studio::widgets::DesignExport", text);
}

} // namespace

QImage exportImage(const core::Design& design, const PngOptions& options) {
    const DesignRenderer renderer(design);
    QImage image = renderer.image(options);
    embedDesign(image, design);
    return image;
}

QByteArray encodePng(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setCompression(kPngCompression);
    if (!writer.write(image))
        return {};
    return bytes;
}

QString writePngImage(const QImage& image, const QString& path) {
    const QByteArray bytes = encodePng(image);
    if (bytes.isEmpty())
        return cannotWriteExport(path, tr("the PNG could not be encoded"));
    return writeExportFile(path, bytes);
}

QString writePng(const core::Design& design, const QString& path, const PngOptions& options) {
    return writePngImage(exportImage(design, options), path);
}

QString writeSvg(const core::Design& design, const QString& path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const DesignRenderer renderer(design);
    const QRectF source = renderer.sourceRect();
    const QRectF page(0, 0, source.width(), source.height());
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(page.size().toSize());
    generator.setViewBox(page);
    generator.setTitle(QString::fromStdString(design.name));
    generator.setDescription(tr("Exported from System Design Studio"));
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWriteExport(path, tr("the SVG could not be started"));
    painter.fillRect(page, Qt::white);
    renderer.render(&painter, page);
    painter.end();
    return writeExportFile(path, bytes);
}

QString writePdf(const core::Design& design, const QString& path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const DesignRenderer renderer(design);
    const QRectF source = renderer.sourceRect();
    const double fit = std::min(1.0, kMaxPdfPoints / std::max(source.width(), source.height()));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one device unit is one point
        writer.setPageSize(
            QPageSize(source.size() * fit, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QString::fromStdString(design.name));
        writer.setCreator(QStringLiteral("System Design Studio"));
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWriteExport(path, tr("the PDF could not be started"));
        const QRectF page(0, 0, writer.width(), writer.height());
        painter.fillRect(page, Qt::white);
        renderer.render(&painter, page);
        painter.end();
    }
    return writeExportFile(path, bytes);
}

} // namespace studio::widgets
