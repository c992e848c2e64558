#pragma once

#include "widgets/canvas/items/ComponentLoad.h"

#include "catalog/KindSpec.h"
#include "model/Link.h"
#include "model/Zone.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

#include <array>

namespace studio::widgets {

// Colours and fonts of the design scene, derived from a palette so the drawing reads on light
// and dark themes alike. Font sizes are in scene units (pixels at 100% zoom).
struct SceneStyle {
    bool dark = false;
    QColor background;
    QColor grid;
    QColor text;
    QColor mutedText;
    QColor labelBackground; // behind link labels
    QColor selection;       // outlines of selected things, handles, the rubber link
    QColor refused;         // a drop target that cannot take the link
    QColor handleFill;

    // Scene units per screen pixel (1 / the view's zoom): handles and pick tolerances keep
    // their size on screen at every zoom. Set by the scene from its view.
    double pixel = 1;

    // Ready-made pens and brushes: painting copies these (a reference count) instead of
    // building new ones each frame.
    QPen textPen;
    QPen mutedTextPen;

    QFont kindFont;
    QFont nameFont;
    QFont detailFont;
    QFont linkFont;
    QFont zoneFont;
    QFont badgeFont; // the estimate overlay's tags ("bottleneck")

    // The estimate overlay: a component's fill and border by how busy it is (LoadBand::Off
    // gives the neutral look too). The bottleneck's border is thicker.
    QColor loadFill(LoadBand band) const;
    QColor loadBorder(LoadBand band) const;
    const QBrush& loadBrush(LoadBand band) const;
    const QPen& loadPen(LoadBand band, bool bottleneck = false) const;
    const QPen& loadBlockPen(LoadBand band) const; // cosmetic, for the plain blocks
    // A tag on a loaded box: filled with the band's border colour, its text in a colour
    // that reads on it.
    const QBrush& loadBadgeBrush(LoadBand band) const;
    const QPen& loadBadgeTextPen(LoadBand band) const;

    QColor componentFill(core::KindGroup group) const;
    QColor componentBorder(core::KindGroup group) const;
    const QPen& componentPen(core::KindGroup group) const;
    const QBrush& componentBrush(core::KindGroup group) const;
    // A hairline border for the plain blocks drawn at low zoom.
    const QPen& componentBlockPen(core::KindGroup group) const;
    QColor noteFill() const { return m_noteFill; }
    QColor noteBorder() const { return m_noteBorder; }
    const QBrush& noteBrush() const { return m_noteBrush; }
    const QPen& notePen() const { return m_notePen; } // cosmetic, 1 pixel
    QColor linkColor(core::LinkMode mode) const;
    QColor zoneFill(core::ZoneKind kind) const;
    QColor zoneBorder(core::ZoneKind kind) const;

    static SceneStyle fromPalette(const QPalette& palette);

private:
    std::array<QColor, 5> m_componentFill;
    std::array<QColor, 5> m_componentBorder;
    std::array<QPen, 5> m_componentPen;
    std::array<QBrush, 5> m_componentBrush;
    std::array<QPen, 5> m_componentBlockPen;
    std::array<QColor, 3> m_link;
    std::array<QColor, 4> m_zoneFill;
    std::array<QColor, 4> m_zoneBorder;
    QColor m_noteFill;
    QColor m_noteBorder;
    QBrush m_noteBrush;
    QPen m_notePen;
    std::array<QColor, kLoadBandCount> m_loadFill;
    std::array<QColor, kLoadBandCount> m_loadBorder;
    std::array<QBrush, kLoadBandCount> m_loadBrush;
    std::array<QPen, kLoadBandCount> m_loadPen;
    std::array<QPen, kLoadBandCount> m_bottleneckPen;
    std::array<QPen, kLoadBandCount> m_loadBlockPen;
    std::array<QBrush, kLoadBandCount> m_loadBadgeBrush;
    std::array<QPen, kLoadBandCount> m_loadBadgeTextPen;
};

// `a` moved towards `b` by `t` (0..1), channel by channel.
QColor mixColors(const QColor& a, const QColor& b, double t);

} // namespace studio::widgets
