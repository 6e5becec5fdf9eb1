#ifndef CSPECCYAML_SHIM_H
#define CSPECCYAML_SHIM_H
#include <yaml.h>
#endif
