#ifndef TABLED_CLIBYAML_SHIM_H
#define TABLED_CLIBYAML_SHIM_H
/* libyaml from Debian (libyaml-dev), the parser whose events build a paper's node tree. */
#include <yaml.h>
#endif
