#pragma once

#include <QPalette>
#include <QString>

namespace studio::widgets {

// The studio's colours: the platform's own (System), or Qt's Fusion style with a light or a
// dark palette. The choice is kept in QSettings (kThemeKey) and applied to the running
// application, so every widget and the canvas repaint in it at once.
enum class Theme { System, Light, Dark };

inline constexpr const char* kThemeKey = "view/theme";

// The stored choice; System when none is stored or it is not one of the three.
Theme storedTheme();
// Applies `theme` to the application (style and palette) without storing it.
void applyTheme(Theme theme);
// Applies `theme` and stores it for the next start.
void chooseTheme(Theme theme);
// At start-up, before the first window shows: applies the stored choice.
void applyStoredTheme();

// The palette the Dark choice applies: readable text on dark greys, a blue highlight.
QPalette darkPalette();

// "system", "light", "dark": the settings' spelling.
QString themeName(Theme theme);

} // namespace studio::widgets
