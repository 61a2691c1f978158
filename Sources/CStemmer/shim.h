#ifndef HIREKIT_CSTEMMER_SHIM_H
#define HIREKIT_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
