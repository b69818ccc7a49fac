#!/usr/bin/env bash
# Set up articlecast in ./.venv, installing the system packages it needs when missing.
#   scripts/setup.sh          runtime only (for `make demo`)
#   scripts/setup.sh test     runtime + test tools (for `make test`)
#   scripts/setup.sh bench    runtime + the espeak-ng and lame commands the benchmark compares with
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
venv="${VENV:-.venv}"
python="${PYTHON:-python3}"

missing=()
ldconfig -p 2>/dev/null | grep -q 'libespeak-ng\.so\.1' || missing+=(libespeak-ng1)
if [ "$extras" = test ]; then
  command -v ffmpeg >/dev/null || missing+=(ffmpeg)
  # The listener pages' browser tests drive Debian's Chromium with Playwright (which cannot fetch its own here).
  [ -x /usr/bin/chromium ] || missing+=(chromium)
fi
if [ "$extras" = bench ]; then
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  command -v lame >/dev/null || missing+=(lame)
fi
command -v "$python" >/dev/null || missing+=(python3)
if command -v "$python" >/dev/null && ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  missing+=(python3-venv)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif [ "${missing[*]}" = libespeak-ng1 ]; then
    echo "No eSpeak NG library here: using the copy from PyPI (espeakng-loader) instead." >&2
    standalone=1
  else
    echo "articlecast needs these system packages: ${missing[*]}" >&2
    echo "Install them, e.g.: sudo apt-get install ${missing[*]}   (then run this again)" >&2
    exit 1
  fi
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "articlecast needs Python 3.11 or newer; $("$python" --version) found. Set PYTHON=python3.11." >&2
  exit 1
fi

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
spec="."
[ "$extras" = test ] && spec=".[test]"
[ "$extras" = bench ] && extras=""
[ -n "${standalone:-}" ] && [ "$extras" != test ] && spec=".[standalone]"  # the test extra has it
stamp="$venv/.installed-$extras${standalone:+-standalone}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
