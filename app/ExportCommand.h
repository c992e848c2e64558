#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio export FILE (--png OUT [--scale N] [--transparent] | --svg OUT | --pdf OUT |
// --json OUT)`: draws the design in FILE (a design file, or a PNG exported by the studio with
// its design inside) as the canvas does and writes it in exactly one format. --scale is 1,
// 2 (the default) or 4 image pixels per scene unit, lowered so the longer side stays within
// 8,192 pixels; --transparent leaves the PNG's background transparent instead of white.
// --json writes the design file itself (what a PNG carries). Runs offscreen. Exits 1, printing
// `FILE: PLACE: MESSAGE` lines on standard error, when FILE is not a valid design (or a PNG
// without one) or OUT cannot be written (whatever was at OUT stays as it was); 2 on a bad
// command line.
Command exportCommand();

} // namespace studio::app
