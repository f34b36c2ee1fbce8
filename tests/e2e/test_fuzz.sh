#!/bin/bash
# Each fuzz target for a short time, so shallow crashes cannot land.
# The fuzz build has its own sanitizers: it runs in the plain pass only.
set -u
[ "${VARIANT:-plain}" = plain ] || exit 0
cd "$(dirname "$0")/../.." || exit 2
FUZZ_SECONDS=${CHECK_FUZZ_SECONDS:-10} sh tests/fuzz/run.sh
