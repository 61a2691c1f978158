#ifndef HIREKIT_CPOPPLER_SHIM_H
#define HIREKIT_CPOPPLER_SHIM_H
#include <poppler.h>
#endif
