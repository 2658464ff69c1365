#!/usr/bin/env bash
# Put the toolchain built by scripts/pulumi-toolchain.sh on PATH, with the
# offline Pulumi settings (local file backend, private PULUMI_HOME, fixed
# passphrase, no update check, no plugin downloads).
#
#   source scripts/pulumi-env.sh      # exports into the current shell
#   eval "$(scripts/pulumi-env.sh)"   # same, from a child process
#   scripts/pulumi-env.sh --bin-dir   # print only the CLI's bin dir
#
# It builds nothing: when the toolchain is missing it says so and fails
# (run scripts/pulumi-toolchain.sh cli first). PULUMI_HOME, PULUMI_BACKEND_URL
# and PULUMI_CONFIG_PASSPHRASE already set in the environment are kept.

_pulumi_env_main() {
  local script_dir env_file
  script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  env_file="$("$script_dir/pulumi-toolchain.sh" env-file 2>/dev/null)" || {
    echo "[toolchain] no toolchain env file yet: run scripts/pulumi-toolchain.sh cli" >&2
    return 1
  }
  if [ "${1:-}" = "--bin-dir" ]; then
    "$script_dir/pulumi-toolchain.sh" env
    return
  fi
  if [ "${_PULUMI_ENV_SOURCED:-0}" = 1 ]; then
    # shellcheck disable=SC1090
    . "$env_file"
  else
    cat "$env_file"
  fi
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  _PULUMI_ENV_SOURCED=1 _pulumi_env_main "$@"
else
  set -euo pipefail
  _PULUMI_ENV_SOURCED=0 _pulumi_env_main "$@"
fi
