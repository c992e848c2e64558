#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio score FILE --template ID [--simulate] [--json]`: scores a design file as a
// practice answer to a builtin template (core/practice/PracticeScore.h): the template's
// rubric items met and missed with their sentences, the back-of-envelope estimates beside
// the reference's, the reference's non-functional targets checked by the solver at the
// reference's peak load (with --simulate, the p99 targets by a short simulation too) and the
// total. --json prints one JSON object (core/practice/PracticeScoreJson.h). Exits 0 once
// scored, whatever the score; 1 with `FILE: PLACE: MESSAGE` lines when the file is not a
// valid design, or when ID is not a template (naming those there are); 2 on a bad command
// line (--template missing).
Command scoreCommand();

} // namespace studio::app
