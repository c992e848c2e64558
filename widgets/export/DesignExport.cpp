#include "DesignExport.h"

#include "DesignRenderer.h"
#include "PngDesign.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace studio::widgets {

namespace {

constexpr double kMaxPdfPoints = 200 * 72; // the largest page PDF readers accept: 200 inches

QString tr(const char* text) {
    return QCoreApplication::translate("studio::widgets::DesignExport", text);
}

QString cannotWrite(const QString& path, const QString& reason) {
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// Opens `file` for writing; an error text when it cannot be.
QString openForWriting(QSaveFile& file) {
    if (file.open(QIODevice::WriteOnly))
        return {};
    return cannotWrite(file.fileName(), file.errorString());
}

QString commit(QSaveFile& file) {
    if (file.commit())
        return {};
    return cannotWrite(file.fileName(), file.errorString());
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
    writer.write(image);
    return bytes;
}

QString writePng(const core::Design& design, const QString& path, const PngOptions& options) {
    QSaveFile file(path);
    if (QString error = openForWriting(file); !error.isEmpty())
        return error;
    QImageWriter writer(&file, "png");
    writer.setCompression(kPngCompression);
    if (!writer.write(exportImage(design, options))) {
        file.cancelWriting();
        return cannotWrite(path, writer.errorString());
    }
    return commit(file);
}

QString writeSvg(const core::Design& design, const QString& path) {
    QSaveFile file(path);
    if (QString error = openForWriting(file); !error.isEmpty())
        return error;
    const DesignRenderer renderer(design);
    const QRectF source = renderer.sourceRect();
    const QRectF page(0, 0, source.width(), source.height());
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(page.size().toSize());
    generator.setViewBox(page);
    generator.setTitle(QString::fromStdString(design.name));
    generator.setDescription(tr("Exported from System Design Studio"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        file.cancelWriting();
        return cannotWrite(path, tr("the SVG could not be started"));
    }
    painter.fillRect(page, Qt::white);
    renderer.render(&painter, page);
    painter.end();
    return commit(file);
}

QString writePdf(const core::Design& design, const QString& path) {
    QSaveFile file(path);
    if (QString error = openForWriting(file); !error.isEmpty())
        return error;
    const DesignRenderer renderer(design);
    const QRectF source = renderer.sourceRect();
    const double fit = std::min(1.0, kMaxPdfPoints / std::max(source.width(), source.height()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one device unit is one point
        writer.setPageSize(
            QPageSize(source.size() * fit, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QString::fromStdString(design.name));
        writer.setCreator(QStringLiteral("System Design Studio"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return cannotWrite(path, tr("the PDF could not be started"));
        }
        const QRectF page(0, 0, writer.width(), writer.height());
        painter.fillRect(page, Qt::white);
        renderer.render(&painter, page);
        painter.end();
    }
    return commit(file);
}

} // namespace studio::widgets
