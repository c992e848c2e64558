#pragma once

#include "document/ChangeSet.h"
#include "model/Design.h"
#include "util/Message.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

// Each user action on a design as a function from the design before it to the ChangeSet
// that performs it. Qt-free so that every edit's logic is tested here; widgets/ wraps each
// in an undo command. Ids that name nothing are ignored.
namespace studio::core::edits {

// Adds the component; one without a zone joins the zone its rectangle lands in.
ChangeSet addComponent(const Design& design, Component component);

// Removes components (with every link touching them), links and zones. A removed zone's
// components and nested zones move to its parent zone.
ChangeSet deleteItems(const Design& design, const std::vector<std::string>& ids);

// The ids plus every member (component or nested zone, at any depth) of a zone among them:
// what moveItems moves, and what the canvas previews moving.
std::set<std::string> withMembers(const Design& design, const std::vector<std::string>& ids);

// What zoneHolding() places: a component belongs to the zone holding its centre, a zone to
// the zone holding all of it.
enum class Placing { Component, Zone };

// The one rule for which zone a thing is in, used by every edit and by the canvas's drop:
// the smallest zone (by area), other than those in `excluded`, that holds a component or
// zone at `rect` (edges included); "" when none does.
std::string zoneHolding(const Design& design, const Rect& rect, Placing placing,
                        const std::set<std::string>& excluded = {});

// Moves components and zones by (dx, dy); a zone's components and nested zones move with it,
// and so do the bends of a link whose two ends both move.
// What moves on its own (not with its zone) joins the zone it lands in, or leaves its zone
// for none, as zoneHolding() says.
ChangeSet moveItems(const Design& design, const std::vector<std::string>& ids, double dx,
                    double dy);

// Gives the link these bend points (empty: a straight line).
ChangeSet setBends(const Design& design, const std::string& linkId, std::vector<Point> bends);
// Removes every bend of the named links (other ids are ignored).
ChangeSet straighten(const Design& design, const std::vector<std::string>& ids);

// Gives a component or zone a new rectangle (resize); width and height at least 1.
ChangeSet setRect(const Design& design, const std::string& id, Rect rect);

ChangeSet rename(const Design& design, const std::string& id, const std::string& name);

// Why a link from `from` to `to` cannot be drawn, or nothing if it can.
std::optional<Message> cannotConnect(const Design& design, const std::string& from,
                                     const std::string& to);
// A new link (id made unique) with the mode people usually mean between these kinds.
ChangeSet connect(const Design& design, const std::string& from, const std::string& to);

enum class LinkEnd { From, To };
ChangeSet reconnect(const Design& design, const std::string& linkId, LinkEnd end,
                    const std::string& componentId);

// Adds `fragment` (see Fragment.h) with fresh ids, moved by (dx, dy).
ChangeSet paste(const Design& design, const Design& fragment, double dx, double dy);

// A new zone around the given components and zones (with a margin), which become its
// members; the new zone sits in the zone they shared, if any.
ChangeSet group(const Design& design, const std::vector<std::string>& ids, ZoneKind kind,
                const std::string& name);
// Removes the zone; its members move to its parent.
ChangeSet ungroup(const Design& design, const std::string& zoneId);

enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };
ChangeSet align(const Design& design, const std::vector<std::string>& ids, Alignment alignment);

enum class Axis { Horizontal, Vertical };
// Equal gaps between the items along the axis, the outermost two staying where they are.
ChangeSet distribute(const Design& design, const std::vector<std::string>& ids, Axis axis);

} // namespace studio::core::edits
