#pragma once

namespace studio::app {

// A command given a file of 8 MB or more starts itself once more with glibc's malloc backing
// its heap by transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, which glibc
// reads only at start). Reading a 200,000-component design touches about 600 MB in small
// allocations, and a 4 KB page fault is costly in a virtual machine: `sdstudio validate` on
// a 20 MB design took 3.4 s before and 1.7-2.4 s after. Returns only when it did not restart
// (small inputs, the tunable already set, or exec failing); call first thing in main().
void restartWithHugePagesForLargeInputs(char* argv[]);

} // namespace studio::app
