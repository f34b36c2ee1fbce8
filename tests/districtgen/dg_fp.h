/*
 * Included first by every file that does floating-point arithmetic on
 * generated values. Fusing a multiply and an add (FMA) changes the last
 * bit of a result, and with it the printed scores, so contraction is
 * switched off: the same seed then gives the same bytes whatever the
 * target CPU. GCC already keeps it off in ISO C mode and would warn
 * about the pragma, so only clang gets it.
 */
#ifndef DG_FP_H
#define DG_FP_H

#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#endif
