#pragma once

#include "catalog/KindSpec.h"
#include "model/Link.h"
#include "model/Zone.h"

#include <QColor>
#include <QFont>
#include <QPalette>

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

    QFont kindFont;
    QFont nameFont;
    QFont detailFont;
    QFont linkFont;
    QFont zoneFont;

    QColor componentFill(core::KindGroup group) const;
    QColor componentBorder(core::KindGroup group) const;
    QColor noteFill() const { return m_noteFill; }
    QColor noteBorder() const { return m_noteBorder; }
    QColor linkColor(core::LinkMode mode) const;
    QColor zoneFill(core::ZoneKind kind) const;
    QColor zoneBorder(core::ZoneKind kind) const;

    static SceneStyle fromPalette(const QPalette& palette);

private:
    std::array<QColor, 5> m_componentFill;
    std::array<QColor, 5> m_componentBorder;
    std::array<QColor, 3> m_link;
    std::array<QColor, 4> m_zoneFill;
    std::array<QColor, 4> m_zoneBorder;
    QColor m_noteFill;
    QColor m_noteBorder;
};

// `a` moved towards `b` by `t` (0..1), channel by channel.
QColor mixColors(const QColor& a, const QColor& b, double t);

} // namespace studio::widgets
