#!/usr/bin/env bash
# Installs Debian's R (r-base-core, base R only) for the test that runs examples/balance.R, when
# Rscript is missing (idempotent).
set -euo pipefail
if command -v Rscript >/dev/null 2>&1; then exit 0; fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends r-base-core >/dev/null
command -v Rscript
