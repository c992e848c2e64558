#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio templates [--json]`: lists the templates built into the binary, in gallery
// order: one `ID  TITLE  SUMMARY` line each, or a JSON list of {id, title, summary, order}.
// Exits 1 (after listing the rest) when an embedded template does not parse, naming it.
Command templatesCommand();

// `sdstudio new --template ID -o FILE [--force]`: writes the template's design as a design
// file. An unknown ID exits 1 naming the known ones; an existing FILE is left alone (exit 1)
// unless --force is given.
Command newCommand();

// "unknown template 'ID'; did you mean 'CLOSEST'? (known: ...)": every builtin template's id.
QString unknownTemplateMessage(const QString& id);

} // namespace studio::app
