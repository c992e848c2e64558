#include "widgets/canvas/items/SceneStyle.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

// Accents per palette group (edge, compute, data, messaging, other), then per link mode and
// per zone kind; each has a light-theme and a dark-theme variant.
struct Accent {
    QRgb light;
    QRgb dark;
};

constexpr std::array<Accent, 5> kGroupAccents = {{
    {0x2563eb, 0x60a5fa}, // edge: blue
    {0x15803d, 0x4ade80}, // compute: green
    {0xc2410c, 0xfb923c}, // data: orange
    {0x7e22ce, 0xc084fc}, // messaging: purple
    {0x475569, 0x94a3b8}, // other: slate
}};

constexpr std::array<Accent, 4> kZoneAccents = {{
    {0x0f766e, 0x2dd4bf}, // region: teal
    {0x1d4ed8, 0x93c5fd}, // availability zone: blue
    {0xa16207, 0xfacc15}, // vpc: amber
    {0x52525b, 0xa1a1aa}, // group: grey
}};

// Per LoadBand (off, neutral, low, moderate, high, saturated): slate, slate, green, amber,
// orange, red; and how far each tints the canvas (light, dark): busier is stronger.
constexpr std::array<Accent, kLoadBandCount> kLoadAccents = {{
    {0x64748b, 0x94a3b8},
    {0x64748b, 0x94a3b8},
    {0x16a34a, 0x4ade80},
    {0xca8a04, 0xfacc15},
    {0xea580c, 0xfb923c},
    {0xdc2626, 0xf87171},
}};
constexpr std::array<std::array<double, 2>, kLoadBandCount> kLoadTint = {{
    {0.05, 0.10},
    {0.05, 0.10},
    {0.14, 0.20},
    {0.20, 0.22},
    {0.20, 0.26},
    {0.26, 0.34},
}};

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double luminance(const QColor& color) {
    const auto linear = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor pick(const Accent& accent, bool dark) {
    return QColor(dark ? accent.dark : accent.light);
}

QFont sizedFont(const QFont& base, int pixels, bool bold) {
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

QColor mixColors(const QColor& a, const QColor& b, double t) {
    const auto channel = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()), channel(a.alphaF(), b.alphaF()));
}

SceneStyle SceneStyle::fromPalette(const QPalette& palette) {
    SceneStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    style.mutedText = mixColors(style.text, style.background, 0.35);
    style.grid = mixColors(style.background, style.text, style.dark ? 0.18 : 0.14);
    style.labelBackground = style.background;
    style.labelBackground.setAlphaF(0.85f);
    style.textPen = QPen(style.text);
    style.mutedTextPen = QPen(style.mutedText);
    style.selection = palette.color(QPalette::Highlight);
    // A dark highlight vanishes on a dark canvas: lighten it.
    if (style.dark && style.selection.lightnessF() < 0.6)
        style.selection = mixColors(style.selection, Qt::white, 0.4);
    style.refused = QColor(style.dark ? 0xf87171 : 0xdc2626);
    style.handleFill = style.background;

    for (std::size_t i = 0; i < kGroupAccents.size(); ++i) {
        const QColor accent = pick(kGroupAccents[i], style.dark);
        style.m_componentFill[i] = mixColors(style.background, accent, style.dark ? 0.22 : 0.10);
        style.m_componentBorder[i] = accent;
        style.m_componentPen[i] = QPen(accent, 1.5);
        style.m_componentBrush[i] = QBrush(style.m_componentFill[i]);
        style.m_componentBlockPen[i] = QPen(accent, 1);
        style.m_componentBlockPen[i].setCosmetic(true);
    }
    style.m_noteFill = mixColors(style.background, QColor(0xeab308), style.dark ? 0.18 : 0.16);
    style.m_noteBorder = mixColors(style.background, QColor(0xca8a04), 0.7);
    style.m_noteBrush = QBrush(style.m_noteFill);
    style.m_notePen = QPen(style.m_noteBorder, 1);
    style.m_notePen.setCosmetic(true);

    for (std::size_t i = 0; i < kLoadAccents.size(); ++i) {
        const QColor accent = pick(kLoadAccents[i], style.dark);
        style.m_loadFill[i] = mixColors(style.background, accent, kLoadTint[i][style.dark ? 1 : 0]);
        style.m_loadBorder[i] = accent;
        style.m_loadBrush[i] = QBrush(style.m_loadFill[i]);
        style.m_loadPen[i] = QPen(accent, 1.5);
        style.m_bottleneckPen[i] = QPen(accent, 3.5);
        style.m_loadBlockPen[i] = QPen(accent, 1);
        style.m_loadBlockPen[i].setCosmetic(true);
        style.m_loadBadgeBrush[i] = QBrush(accent);
        // Near-black or white, whichever stands out more from the accent (WCAG contrast).
        const QColor ink(0x111827), paper(Qt::white);
        style.m_loadBadgeTextPen[i] =
            QPen(contrastRatio(ink, accent) >= contrastRatio(paper, accent) ? ink : paper);
    }

    style.m_link[static_cast<std::size_t>(core::LinkMode::Call)] =
        mixColors(style.text, style.background, 0.15);
    style.m_link[static_cast<std::size_t>(core::LinkMode::Choose)] =
        pick({0x2563eb, 0x7dd3fc}, style.dark);
    style.m_link[static_cast<std::size_t>(core::LinkMode::Handoff)] =
        pick({0x9333ea, 0xd8b4fe}, style.dark);

    for (std::size_t i = 0; i < kZoneAccents.size(); ++i) {
        const QColor accent = pick(kZoneAccents[i], style.dark);
        style.m_zoneFill[i] = mixColors(style.background, accent, style.dark ? 0.07 : 0.04);
        style.m_zoneBorder[i] = mixColors(style.background, accent, 0.75);
    }

    const QFont base = QGuiApplication::font();
    style.kindFont = sizedFont(base, 10, false);
    style.nameFont = sizedFont(base, 13, true);
    style.detailFont = sizedFont(base, 10, false);
    style.linkFont = sizedFont(base, 10, false);
    style.zoneFont = sizedFont(base, 12, true);
    style.badgeFont = sizedFont(base, 9, true);
    return style;
}

QColor SceneStyle::componentFill(core::KindGroup group) const {
    return m_componentFill[static_cast<std::size_t>(group)];
}

QColor SceneStyle::componentBorder(core::KindGroup group) const {
    return m_componentBorder[static_cast<std::size_t>(group)];
}

const QPen& SceneStyle::componentPen(core::KindGroup group) const {
    return m_componentPen[static_cast<std::size_t>(group)];
}

const QBrush& SceneStyle::componentBrush(core::KindGroup group) const {
    return m_componentBrush[static_cast<std::size_t>(group)];
}

const QPen& SceneStyle::componentBlockPen(core::KindGroup group) const {
    return m_componentBlockPen[static_cast<std::size_t>(group)];
}

QColor SceneStyle::loadFill(LoadBand band) const {
    return m_loadFill[static_cast<std::size_t>(band)];
}

QColor SceneStyle::loadBorder(LoadBand band) const {
    return m_loadBorder[static_cast<std::size_t>(band)];
}

const QBrush& SceneStyle::loadBrush(LoadBand band) const {
    return m_loadBrush[static_cast<std::size_t>(band)];
}

const QPen& SceneStyle::loadPen(LoadBand band, bool bottleneck) const {
    const auto i = static_cast<std::size_t>(band);
    return bottleneck ? m_bottleneckPen[i] : m_loadPen[i];
}

const QPen& SceneStyle::loadBlockPen(LoadBand band) const {
    return m_loadBlockPen[static_cast<std::size_t>(band)];
}

const QBrush& SceneStyle::loadBadgeBrush(LoadBand band) const {
    return m_loadBadgeBrush[static_cast<std::size_t>(band)];
}

const QPen& SceneStyle::loadBadgeTextPen(LoadBand band) const {
    return m_loadBadgeTextPen[static_cast<std::size_t>(band)];
}

QColor SceneStyle::linkColor(core::LinkMode mode) const {
    return m_link[static_cast<std::size_t>(mode)];
}

QColor SceneStyle::zoneFill(core::ZoneKind kind) const {
    return m_zoneFill[static_cast<std::size_t>(kind)];
}

QColor SceneStyle::zoneBorder(core::ZoneKind kind) const {
    return m_zoneBorder[static_cast<std::size_t>(kind)];
}

} // namespace studio::widgets
