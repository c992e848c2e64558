#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio calc NAME KEY=VALUE... [--json]`: runs a back-of-envelope calculator of core (see
// core/estimate/CalculatorRegistry.h) and prints each output (its value in base units and as
// people read it), the formula with the numbers put in and the units (SI, 1 KB = 1000 B).
// `sdstudio calc [NAME] --list` lists the calculators and their keys.
// Exit status: 0 done; 1 bad input (a missing, unknown or twice-given key, a value that does
// not parse, a unit of the wrong kind, a zero divisor...), one `KEY: MESSAGE` line a problem on
// standard error; 2 a bad command line: no NAME, an unknown calculator, an argument that is
// not KEY=VALUE.
Command calcCommand();

} // namespace studio::app
