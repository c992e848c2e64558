#include "widgets/base/Translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace studio::widgets {

QString fillArguments(const QString& templ, const QStringList& args) {
    QString out;
    out.reserve(templ.size() + 16);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == u'%' && i + 1 < templ.size()) {
            const QChar digit = templ.at(i + 1);
            if (digit >= u'1' && digit <= u'9') {
                const qsizetype index = digit.unicode() - u'1';
                if (index < args.size()) {
                    out += args.at(index);
                    ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

QString translatedMessage(const core::Message& message) {
    const QString templ = QCoreApplication::translate(message.context, message.text.c_str());
    QStringList args;
    args.reserve(static_cast<qsizetype>(message.args.size()));
    for (const auto& arg : message.args)
        args.append(QString::fromStdString(arg));
    return fillArguments(templ, args);
}

QString catalogText(const char* text) {
    return text && *text ? QCoreApplication::translate("Catalog", text) : QString();
}

QString problemLine(const QString& fileName, const core::Problem& problem) {
    QString line = fileName + QStringLiteral(": ");
    if (!problem.place.empty())
        line += QString::fromStdString(problem.place) + QStringLiteral(": ");
    return line + translatedMessage(problem.message);
}

QString problemLines(const core::Problems& problems) {
    QStringList lines;
    for (const core::Problem& problem : problems)
        lines << (problem.place.empty()
                      ? QString()
                      : QString::fromStdString(problem.place) + QStringLiteral(": ")) +
                     translatedMessage(problem.message);
    return lines.join(u'\n');
}

bool loadStudioTranslation(QTranslator& translator, const QLocale& locale) {
    return translator.load(locale, QStringLiteral("sdstudio"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

} // namespace studio::widgets
