#!/usr/bin/env bash
# Installs every build and test dependency from Debian 12 packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  g++ cmake ninja-build pkg-config python3 \
  libboost-dev libboost-graph-dev libyaml-cpp-dev libicu-dev \
  libcli11-dev nlohmann-json3-dev libfmt-dev doctest-dev libbenchmark-dev hyperfine graphviz \
  >/dev/null
