# scripts/deps.sh: sourced by scripts/play, scripts/test and scripts/bench.
# Installs the Debian packages that are missing, and only those, non-interactively.

meldsim_need_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "meldsim: these Debian packages are missing: ${missing[*]}" >&2
    echo "meldsim: run as root, or install them first: sudo apt-get install ${missing[*]}" >&2
    exit 3
  fi
  echo "meldsim: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# What building meldsim needs.
MELDSIM_BUILD_PACKAGES=(build-essential cmake pkg-config liblua5.4-dev libphysfs-dev libcjson-dev
  libcmocka-dev libsqlite3-dev libgmp-dev libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev libcurl4-openssl-dev
  libespeak-ng-dev espeak-ng-data)
# What building the .deb needs on top (scripts/package; dpkg-shlibdeps is in dpkg-dev).
MELDSIM_PACKAGE_PACKAGES=(dpkg-dev file)
# What the tests need on top: a virtual display, key presses, zip files, a browser, a look at
# sound (sox), the .deb checks, and node/npm for the learning record store the LRS tests run (npm package xapi-statements).
MELDSIM_TEST_PACKAGES=(xvfb xauth xdotool zip unzip python3 chromium sqlite3 sox "${MELDSIM_PACKAGE_PACKAGES[@]}"
  desktop-file-utils appstream)
# Debian's npm brings nodejs; a machine with node and npm from elsewhere (nodesource) keeps its own.
command -v npm >/dev/null 2>&1 || MELDSIM_TEST_PACKAGES+=(npm)
# The fuzz targets (scripts/fuzz, and their smoke run in scripts/test): clang with libFuzzer.
MELDSIM_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
# The memory check of scripts/test --valgrind.
MELDSIM_VALGRIND_PACKAGES=(valgrind)

meldsim_build() { # meldsim_build DIR [cmake options...]
  local dir=$1
  shift
  cmake -S . -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
