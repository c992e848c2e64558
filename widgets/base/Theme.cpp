#include "widgets/base/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace studio::widgets {

namespace {

// The style the platform gave the application, remembered before the first change so the
// System choice can go back to it.
const QString& platformStyleName() {
    static const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

void setFusion() {
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
}

} // namespace

QString themeName(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme storedTheme() {
    const QString stored = QSettings().value(QLatin1String(kThemeKey)).toString();
    for (const Theme theme : {Theme::Light, Theme::Dark})
        if (stored == themeName(theme))
            return theme;
    return Theme::System;
}

QPalette darkPalette() {
    const QColor window(0x2b2d30), base(0x1e1f22), text(0xe6e6e6), disabled(0x7f8289);
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26282b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c3f41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c8f96));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x36383c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff6b6b));
    palette.setColor(QPalette::Light, QColor(0x4a4d52));
    palette.setColor(QPalette::Midlight, QColor(0x3c3f43));
    palette.setColor(QPalette::Mid, QColor(0x25272a));
    palette.setColor(QPalette::Dark, QColor(0x18191b));
    palette.setColor(QPalette::Shadow, QColor(0x0c0c0d));
    palette.setColor(QPalette::Highlight, QColor(0x3574f0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6ea6ff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb48ef7));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a4d52));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return palette;
}

void applyTheme(Theme theme) {
    platformStyleName(); // remembered before the first change
    switch (theme) {
    case Theme::System:
        if (!platformStyleName().isEmpty() &&
            QApplication::style()->name().compare(platformStyleName(), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(platformStyleName());
        // An empty palette resolves to the platform's (and follows its changes).
        QApplication::setPalette(QPalette());
        break;
    case Theme::Light:
        setFusion();
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        setFusion();
        QApplication::setPalette(darkPalette());
        break;
    }
}

void chooseTheme(Theme theme) {
    applyTheme(theme);
    QSettings().setValue(QLatin1String(kThemeKey), themeName(theme));
}

void applyStoredTheme() {
    const Theme theme = storedTheme();
    if (theme != Theme::System) // the platform's look is already there
        applyTheme(theme);
}

} // namespace studio::widgets
