#!/usr/bin/env bash
# Build (or reuse) the Pulumi toolchain this project's engine tests need, from
# the Go module proxy only: no release downloads are reachable from our
# machines.
#
#   scripts/pulumi-toolchain.sh [all|cli|test-providers|provider|env|env-file|check|help]
#
#   all       (default) cli, test-providers, then provider. A provider that
#             cannot be built is a warning here (exit 0) unless
#             PULUMI_TOOLCHAIN_STRICT=1.
#   cli       the Pulumi CLI (`pulumi`) and Pulumi's own Node.js language
#             host (`pulumi-language-nodejs`), both at the version of
#             scripts/toolchain/pulumi/go.mod; the host is built from a copy of
#             the upstream source in ../shared/upstream/pulumi-language-nodejs-vX.Y.Z/
#             (see PULUMI_UPSTREAM_DIR).
#   test-providers
#             this project's passthrough TEST provider
#             (scripts/toolchain/pulumi-resource-passthrough), installed as
#             test-providers/bin/pulumi-resource-<pkg> for alicloud
#             ($PULUMI_ALICLOUD_VERSION), aws, kubernetes and azure-native (the
#             plugin versions the example programs' npm SDKs ask for). A stand-in that echoes inputs, for
#             `pulumi preview` in the end-to-end tests while the real provider
#             module is not served. NOT put on PATH by env.sh: tests prepend
#             $PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN themselves.
#   provider  the alicloud provider plugin (`pulumi-resource-alicloud`).
#   env       print the CLI's bin dir (no build; exit 1 if not built yet).
#   env-file  print the path of the generated env file (no build).
#   check     verify the built toolchain (versions, `policy analyze --file`,
#             a throwaway local file backend); builds nothing.
#
# Binaries are cached outside the repository, keyed by version:
#   ${PULUMI_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/us-person-data-guard/toolchain}/
#     pulumi-vX.Y.Z/bin/{pulumi,pulumi-language-nodejs}
#     alicloud-vX.Y.Z/bin/pulumi-resource-alicloud
#     test-providers/bin/pulumi-resource-alicloud   (passthrough stand-in)
#     pulumi-vX.Y.Z/env.sh  PATH + offline settings; source it (or scripts/pulumi-env.sh)
#     logs/         build logs
#     build/        generated build dirs (provider)
# A second run reuses what is there (binary present, `--version` works and the
# wrapper sources are unchanged) and takes seconds.
#
# Environment:
#   PULUMI_TOOLCHAIN_CACHE        cache root (see above)
#   PULUMI_TOOLCHAIN_USE_SYSTEM=1 use a `pulumi` already on PATH instead of building
#   PULUMI_UPSTREAM_DIR           dir holding pulumi-language-nodejs-vX.Y.Z/ (default: the
#                                 first of <repo>/../shared/upstream, <repo>/../../shared/upstream,
#                                 /work/shared/upstream that has it)
#   PULUMI_TOOLCHAIN_GO_P         go build -p for the CLI (default 2)
#   PULUMI_TOOLCHAIN_PROVIDER_GO_P go build -p for the provider (default 1)
#   PULUMI_TOOLCHAIN_STRICT=1     make a provider failure fatal in `all`
#   PULUMI_ALICLOUD_VERSION       provider version (default 3.108.0, = npm @pulumi/alicloud)
#   PULUMI_ALICLOUD_PROVIDER_REF  commit (or pseudo-version) of the provider module to use
#                                 when the version cannot be resolved by itself
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WRAPPERS="$SCRIPT_DIR/toolchain"
CACHE="${PULUMI_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/us-person-data-guard/toolchain}"
LOG_DIR="$CACHE/logs"

ALICLOUD_VERSION="${PULUMI_ALICLOUD_VERSION:-3.108.0}"
ALICLOUD_VERSION="${ALICLOUD_VERSION#v}"
ALICLOUD_MODULE="github.com/pulumi/pulumi-alicloud/provider/v3"

STEP="start"
REPORTED=0
log() { printf '[toolchain] %s\n' "$*" >&2; }
fail() {
  printf '[toolchain] ERROR: step "%s" failed: %s\n' "$STEP" "$*" >&2
  REPORTED=1
  exit 1
}
# Anything that dies without calling fail still names its step.
# shellcheck disable=SC2154 # rc is assigned inside the trap string
trap 'rc=$?; if [ $rc -ne 0 ] && [ "$REPORTED" = 0 ]; then printf "[toolchain] ERROR: step \"%s\" failed (exit %s)\n" "$STEP" "$rc" >&2; fi' EXIT

# Print the tail of a log file after a failed command.
show_log_tail() {
  local f="$1"
  if [ -s "$f" ]; then
    printf '[toolchain] --- last lines of %s ---\n' "$f" >&2
    tail -n 25 "$f" >&2
    printf '[toolchain] ---\n' >&2
  fi
}

now() { date +%s; }
elapsed() { # seconds -> "Xm Ys"
  local s=$1
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}

# Version of the CLI: the pkg/v3 requirement of the CLI wrapper module.
cli_version() {
  local v
  v="$(awk '$1 == "github.com/pulumi/pulumi/pkg/v3" && $2 ~ /^v[0-9]/ { print $2; exit }' "$WRAPPERS/pulumi/go.mod")"
  [ -n "$v" ] || fail "cannot read the github.com/pulumi/pulumi/pkg/v3 version from $WRAPPERS/pulumi/go.mod"
  printf '%s\n' "$v"
}

# The env file is keyed by the CLI version too: the cache dir is shared by
# every checkout on the machine, and one on another release must not point
# this one's tests at its binaries.
ENV_FILE="$CACHE/pulumi-$(cli_version)/env.sh"

# Content hash of a wrapper module (its go.mod, go.sum and Go files), so a
# cached binary is rebuilt when the wrapper changes.
wrapper_stamp() {
  local dir="$1"
  (
    cd "$dir" || exit 1
    for f in go.mod go.sum *.go; do
      if [ -f "$f" ]; then cat "$f"; fi
    done
  ) | sha256sum | cut -c1-16
}

# A cached binary is usable when it exists, answers its version flag and was
# built from the current wrapper sources.
# go_build DIR LDFLAGS OUT LOG WHAT [PACKAGE]: builds PACKAGE (default: the module in DIR) to
# OUT.tmp with the flags every binary of ours uses, then moves it into place; on failure
# shows the log's tail and fails naming WHAT.
go_build() {
  local dir="$1" ldflags="$2" out="$3" log_file="$4" what="$5" pkg="${6:-.}"
  if ! (cd "$dir" && go build -p "${PULUMI_TOOLCHAIN_GO_P:-2}" -trimpath -tags osusergo,grpcnotrace \
    -ldflags "$ldflags" -o "$out.tmp" "$pkg") >"$log_file" 2>&1; then
    show_log_tail "$log_file"
    fail "go build of $what failed (full log: $log_file)"
  fi
  mv -f "$out.tmp" "$out"
}

cached_ok() {
  local bin="$1" stamp="$2" vflag="$3"
  [ -x "$bin" ] || return 1
  [ -f "$bin.stamp" ] && [ "$(cat "$bin.stamp")" = "$stamp" ] || return 1
  PULUMI_HOME="${PULUMI_HOME:-$CACHE/pulumi-home}" PULUMI_SKIP_UPDATE_CHECK=true "$bin" "$vflag" >/dev/null 2>&1 || return 1
}

require_go() {
  STEP="check go"
  command -v go >/dev/null 2>&1 || fail "the go command is not on PATH (Go >= 1.26 is needed; apt-get install golang-go is too old, use the machine's Go)"
  local gv
  gv="$(go env GOVERSION 2>/dev/null || true)"
  case "$gv" in
    go1.2[6-9]* | go1.[3-9][0-9]* | go[2-9]*) ;;
    *) fail "Go >= 1.26 is needed to build Pulumi v3.27x (found '${gv:-unknown}')" ;;
  esac
}

go_env() {
  export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"
  export CGO_ENABLED=0
  export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"
}

# ---------------------------------------------------------------------------
# CLI + language host
# ---------------------------------------------------------------------------
CLI_BIN_DIR=""

# Directory holding Pulumi's own Node.js language host source for version V
# (pulumi-language-nodejs-V/, unmodified upstream files plus ORIGIN.md), or fail
# listing where it looked. PULUMI_UPSTREAM_DIR wins; then shared/upstream beside
# the repository (CI: a fresh clone with shared/ next to it), then /work/shared.
upstream_host_dir() {
  local v="$1" repo d
  repo="$(cd "$SCRIPT_DIR/.." && pwd)"
  local -a cands=()
  if [ -n "${PULUMI_UPSTREAM_DIR:-}" ]; then cands+=("$PULUMI_UPSTREAM_DIR"); fi
  cands+=("$repo/../shared/upstream" "$repo/../../shared/upstream" "/work/shared/upstream")
  for d in "${cands[@]}"; do
    if [ -f "$d/pulumi-language-nodejs-$v/main.go" ] && [ -f "$d/pulumi-language-nodejs-$v/go.mod" ]; then
      (cd "$d/pulumi-language-nodejs-$v" && pwd)
      return 0
    fi
  done
  fail "the upstream Node.js language host source pulumi-language-nodejs-$v was not found in: ${cands[*]} (set PULUMI_UPSTREAM_DIR to the dir that holds it)"
}

# Hash of the upstream host's files (so a changed copy is rebuilt).
upstream_stamp() {
  local dir="$1"
  (
    cd "$dir" || exit 1
    for f in go.mod go.sum *.go; do
      if [ -f "$f" ]; then cat "$f"; fi
    done
  ) | sha256sum | cut -c1-16
}

build_cli() {
  if [ "${PULUMI_TOOLCHAIN_USE_SYSTEM:-}" = "1" ] && command -v pulumi >/dev/null 2>&1; then
    STEP="use system pulumi"
    CLI_BIN_DIR="$(cd "$(dirname "$(command -v pulumi)")" && pwd)"
    log "using the pulumi on PATH: $CLI_BIN_DIR/pulumi ($(PULUMI_SKIP_UPDATE_CHECK=true pulumi version 2>/dev/null || echo 'version unknown'))"
    if ! command -v pulumi-language-nodejs >/dev/null 2>&1; then
      log "WARNING: no pulumi-language-nodejs on PATH next to it; Node.js policy packs will not run"
    fi
    return 0
  fi

  STEP="cli: check cache"
  local v bin_dir cli_stamp lh_stamp lh_src
  v="$(cli_version)"
  bin_dir="$CACHE/pulumi-$v/bin"
  CLI_BIN_DIR="$bin_dir"
  cli_stamp="$(wrapper_stamp "$WRAPPERS/pulumi")"
  STEP="cli: find the upstream language host"
  lh_src="$(upstream_host_dir "$v")"
  lh_stamp="upstream-$(upstream_stamp "$lh_src")"

  STEP="cli: check cache"
  if cached_ok "$bin_dir/pulumi" "$cli_stamp" version &&
    cached_ok "$bin_dir/pulumi-language-nodejs" "$lh_stamp" --version; then
    log "pulumi CLI $v and pulumi-language-nodejs (upstream): cached in $bin_dir"
    return 0
  fi

  require_go
  go_env
  mkdir -p "$bin_dir" "$LOG_DIR"
  local ts log_file t0
  ts="$(date +%Y%m%d-%H%M%S)"

  if cached_ok "$bin_dir/pulumi" "$cli_stamp" version; then
    log "pulumi CLI $v: cached in $bin_dir"
  else
    STEP="build pulumi CLI $v"
    log_file="$LOG_DIR/pulumi-$v-$ts.log"
    log "building pulumi CLI $v (cold, several minutes; log: $log_file)…"
    t0="$(now)"
    go_build "$WRAPPERS/pulumi" "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$v" \
      "$bin_dir/pulumi" "$log_file" "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@$v" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
    STEP="check pulumi CLI $v"
    PULUMI_SKIP_UPDATE_CHECK=true "$bin_dir/pulumi" version >/dev/null 2>>"$log_file" ||
      fail "the freshly built $bin_dir/pulumi does not run (see $log_file)"
    printf '%s\n' "$cli_stamp" >"$bin_dir/pulumi.stamp"
    log "built pulumi CLI $v in $(elapsed $(($(now) - t0)))"
  fi

  if cached_ok "$bin_dir/pulumi-language-nodejs" "$lh_stamp" --version; then
    log "pulumi-language-nodejs (upstream): cached in $bin_dir"
  else
    # Pulumi's own host, built from a copy of the shared upstream source (never
    # edited in place): drop upstream's in-repository replaces (../pkg, ../..)
    # and require pkg/v3 and sdk/v3 at the release, as ORIGIN.md there says.
    STEP="build pulumi-language-nodejs $v (upstream)"
    local build_dir="$CACHE/build/pulumi-language-nodejs-$v"
    log_file="$LOG_DIR/pulumi-language-nodejs-$v-$ts.log"
    log "building pulumi-language-nodejs $v from $lh_src (upstream source; log: $log_file)…"
    t0="$(now)"
    rm -rf "$build_dir"
    mkdir -p "$build_dir"
    cp "$lh_src"/go.mod "$lh_src"/go.sum "$lh_src"/*.go "$build_dir/"
    chmod -R u+w "$build_dir"
    (
      cd "$build_dir"
      sed -i '/=> \.\.\//d' go.mod
      go mod edit -require="github.com/pulumi/pulumi/pkg/v3@$v" -require="github.com/pulumi/pulumi/sdk/v3@$v"
    ) >"$log_file" 2>&1 || { show_log_tail "$log_file"; fail "preparing $build_dir failed"; }
    go_build "$build_dir" "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$v" \
      "$bin_dir/pulumi-language-nodejs" "$log_file.build" "pulumi-language-nodejs $v (upstream)"
    cat "$log_file.build" >>"$log_file" && rm -f "$log_file.build"
    "$bin_dir/pulumi-language-nodejs" --version >/dev/null 2>>"$log_file" ||
      fail "the freshly built pulumi-language-nodejs does not run (see $log_file)"
    printf '%s\n' "$lh_stamp" >"$bin_dir/pulumi-language-nodejs.stamp"
    log "built pulumi-language-nodejs $v (upstream) in $(elapsed $(($(now) - t0)))"
  fi
}

# ---------------------------------------------------------------------------
# alicloud provider
# ---------------------------------------------------------------------------
PROVIDER_BIN_DIR=""

# Print the module version (tag or pseudo-version) of the provider module to
# build, or fail with the proxy's answers.
resolve_provider_module() {
  local q out errs=""
  local -a queries=()
  if [ -n "${PULUMI_ALICLOUD_PROVIDER_REF:-}" ]; then
    queries+=("$PULUMI_ALICLOUD_PROVIDER_REF")
  fi
  # The provider module carries no tags of its own; try the tag anyway, then
  # the commit the root tag points at (the sdk module is tagged sdk/vX.Y.Z).
  queries+=("v$ALICLOUD_VERSION")
  local sdk_hash
  sdk_hash="$(go list -m -json "github.com/pulumi/pulumi-alicloud/sdk/v3@v$ALICLOUD_VERSION" 2>/dev/null |
    awk -F'"' '$2 == "Hash" { print $4; exit }' || true)"
  if [ -n "$sdk_hash" ]; then queries+=("$sdk_hash"); fi
  for q in "${queries[@]}"; do
    if out="$(go list -m -f '{{.Version}}' "$ALICLOUD_MODULE@$q" 2>&1)"; then
      printf '%s\n' "$out"
      return 0
    fi
    errs+="  $ALICLOUD_MODULE@$q: $(printf '%s' "$out" | tr '\n' ' ')"$'\n'
  done
  printf '%s' "$errs" >&2
  return 1
}

build_provider() {
  STEP="provider: check cache"
  local v="v$ALICLOUD_VERSION"
  local bin_dir="$CACHE/alicloud-$v/bin"
  local bin="$bin_dir/pulumi-resource-alicloud"
  local stamp
  stamp="$(wrapper_stamp "$WRAPPERS/pulumi-resource-alicloud")"
  if cached_ok "$bin" "$stamp" -version || cached_ok "$bin" "$stamp" --version; then
    PROVIDER_BIN_DIR="$bin_dir"
    log "pulumi-resource-alicloud $v: cached in $bin_dir"
    return 0
  fi

  require_go
  go_env
  mkdir -p "$LOG_DIR"
  local ts log_file build_dir modver mod_dir t0
  ts="$(date +%Y%m%d-%H%M%S)"
  log_file="$LOG_DIR/alicloud-$v-$ts.log"

  STEP="provider: resolve $ALICLOUD_MODULE for $v"
  log "resolving $ALICLOUD_MODULE for alicloud $v…"
  if ! modver="$(resolve_provider_module 2>"$log_file")"; then
    cat "$log_file" >&2
    fail "the Go module proxy does not serve $ALICLOUD_MODULE at $v (nor the commit of its tag); set PULUMI_ALICLOUD_PROVIDER_REF to a served commit/pseudo-version, or PULUMI_ALICLOUD_VERSION to another release"
  fi
  log "provider module version: $modver"

  STEP="provider: download $ALICLOUD_MODULE@$modver"
  mod_dir="$(go mod download -json "$ALICLOUD_MODULE@$modver" 2>>"$log_file" | awk -F'"' '$2 == "Dir" { print $4; exit }')" || true
  if [ -z "$mod_dir" ] || [ ! -d "$mod_dir" ]; then
    show_log_tail "$log_file"
    fail "go mod download of $ALICLOUD_MODULE@$modver failed"
  fi
  [ -f "$mod_dir/cmd/pulumi-resource-alicloud/schema.json" ] ||
    fail "$mod_dir/cmd/pulumi-resource-alicloud/schema.json is missing from the module"

  STEP="provider: prepare build dir"
  build_dir="$CACHE/build/alicloud-$v"
  rm -rf "$build_dir"
  mkdir -p "$build_dir"
  cp "$WRAPPERS/pulumi-resource-alicloud/main.go" "$WRAPPERS/pulumi-resource-alicloud/go.mod" "$build_dir/"
  if [ -f "$WRAPPERS/pulumi-resource-alicloud/go.sum" ]; then
    cp "$WRAPPERS/pulumi-resource-alicloud/go.sum" "$build_dir/"
  fi
  chmod u+w "$build_dir"/*
  # schema-embed.json = the committed schema.json with the version set.
  command -v node >/dev/null 2>&1 || fail "node is needed to write schema-embed.json"
  node -e '
    const fs = require("fs");
    const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    s.version = process.argv[3];
    fs.writeFileSync(process.argv[2], JSON.stringify(s));
  ' "$mod_dir/cmd/pulumi-resource-alicloud/schema.json" "$build_dir/schema-embed.json" "$ALICLOUD_VERSION" ||
    fail "could not write schema-embed.json"
  # Require the provider and repeat its non-local replace directives.
  (
    cd "$build_dir"
    go mod edit -require="$ALICLOUD_MODULE@$modver"
    go mod edit -json "$mod_dir/go.mod" |
      node -e '
        let d = ""; process.stdin.on("data", c => d += c).on("end", () => {
          for (const r of JSON.parse(d).Replace || []) {
            if (!r.New.Version) continue; // local path replace: not reproducible here
            const oldp = r.Old.Path + (r.Old.Version ? "@" + r.Old.Version : "");
            console.log(oldp + "=" + r.New.Path + "@" + r.New.Version);
          }
        });' |
      while IFS= read -r rep; do go mod edit -replace="$rep"; done
    go mod tidy
  ) >>"$log_file" 2>&1 || { show_log_tail "$log_file"; fail "go mod tidy in $build_dir failed"; }

  STEP="provider: build pulumi-resource-alicloud $v"
  mkdir -p "$bin_dir"
  log "building pulumi-resource-alicloud $v (cold: well over 10 minutes, several GB of memory; log: $log_file)…"
  t0="$(now)"
  if ! (cd "$build_dir" && go build -p "${PULUMI_TOOLCHAIN_PROVIDER_GO_P:-1}" -trimpath \
    -ldflags "-X main.version=$ALICLOUD_VERSION -X $ALICLOUD_MODULE/pkg/version.Version=$ALICLOUD_VERSION" \
    -o "$bin.tmp" .) >>"$log_file" 2>&1; then
    show_log_tail "$log_file"
    fail "go build of the alicloud provider failed (full log: $log_file)"
  fi
  mv -f "$bin.tmp" "$bin"
  printf '%s\n' "$stamp" >"$bin.stamp"
  PROVIDER_BIN_DIR="$bin_dir"
  log "built pulumi-resource-alicloud $v in $(elapsed $(($(now) - t0)))"
}

# ---------------------------------------------------------------------------
# test providers (passthrough stand-ins)
# ---------------------------------------------------------------------------
TEST_PROVIDERS_DIR="$CACHE/test-providers"
TEST_PROVIDERS_BIN_DIR=""
# package=version pairs to install as pulumi-resource-<package> copies. Each
# version is the plugin version the pinned npm SDK asks for (its package.json
# "pulumi": {"version"}): alicloud for examples/programs/alicloud-customer-data
# and examples/third-party/, aws, kubernetes and azure-native for
# examples/programs/real-sdks.
TEST_PROVIDER_PACKAGES="${PULUMI_TEST_PROVIDER_PACKAGES:-alicloud=$ALICLOUD_VERSION aws=7.48.0 kubernetes=4.34.2 azure-native=3.28.0}"

build_test_providers() {
  STEP="test-providers: check cache"
  local src="$WRAPPERS/pulumi-resource-passthrough"
  local bin_dir="$TEST_PROVIDERS_DIR/bin"
  local stamp entry pkg ver bin log_file t0
  stamp="$(wrapper_stamp "$src")"
  mkdir -p "$bin_dir"
  for entry in $TEST_PROVIDER_PACKAGES; do
    pkg="${entry%%=*}"
    ver="${entry#*=}"
    bin="$bin_dir/pulumi-resource-$pkg"
    # The version is stamped into the binary: key the cache on it too.
    if cached_ok "$bin" "$stamp-$ver" --version && [ "$("$bin" --version)" = "$ver" ]; then
      log "pulumi-resource-$pkg $ver (passthrough test provider): cached in $bin_dir"
      continue
    fi
    require_go
    go_env
    mkdir -p "$LOG_DIR"
    STEP="test-providers: build pulumi-resource-$pkg $ver"
    log_file="$LOG_DIR/test-provider-$pkg-$ver-$(date +%Y%m%d-%H%M%S).log"
    log "building pulumi-resource-$pkg $ver (passthrough test provider; log: $log_file)…"
    t0="$(now)"
    go_build "$src" "-X main.version=$ver" "$bin" "$log_file" scripts/toolchain/pulumi-resource-passthrough
    [ "$("$bin" --version 2>>"$log_file")" = "$ver" ] ||
      fail "the freshly built $bin does not report version $ver (see $log_file)"
    printf '%s\n' "$stamp-$ver" >"$bin.stamp"
    log "built pulumi-resource-$pkg $ver (passthrough test provider) in $(elapsed $(($(now) - t0)))"
  done
  TEST_PROVIDERS_BIN_DIR="$bin_dir"
}

# ---------------------------------------------------------------------------
# env file
# ---------------------------------------------------------------------------
write_env_file() {
  STEP="write env file"
  mkdir -p "$CACHE/state" "$CACHE/pulumi-home" "$(dirname "$ENV_FILE")"
  local path_add="$CLI_BIN_DIR"
  if [ -z "$PROVIDER_BIN_DIR" ]; then
    local p="$CACHE/alicloud-v$ALICLOUD_VERSION/bin"
    [ -x "$p/pulumi-resource-alicloud" ] && PROVIDER_BIN_DIR="$p"
  fi
  [ -n "$PROVIDER_BIN_DIR" ] && path_add="$path_add:$PROVIDER_BIN_DIR"
  if [ -z "$TEST_PROVIDERS_BIN_DIR" ] && [ -d "$TEST_PROVIDERS_DIR/bin" ]; then
    TEST_PROVIDERS_BIN_DIR="$TEST_PROVIDERS_DIR/bin"
  fi
  local tmp="$ENV_FILE.tmp"
  cat >"$tmp" <<EOF
# Generated by scripts/pulumi-toolchain.sh; source it (or scripts/pulumi-env.sh).
# Variables already set in the environment win for PULUMI_HOME,
# PULUMI_BACKEND_URL and PULUMI_CONFIG_PASSPHRASE, so a test can point them
# at its own temporary directories before sourcing this file.
export PULUMI_TOOLCHAIN_BIN="$CLI_BIN_DIR"
export PULUMI_TOOLCHAIN_PROVIDER_BIN="$PROVIDER_BIN_DIR"
# Passthrough TEST providers (scripts/toolchain/pulumi-resource-passthrough):
# deliberately not on PATH; the end-to-end tests prepend this dir themselves.
export PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN="$TEST_PROVIDERS_BIN_DIR"
case ":\$PATH:" in
  *":$path_add:"*) ;;
  *) export PATH="$path_add:\$PATH" ;;
esac
export PULUMI_HOME="\${PULUMI_HOME:-$CACHE/pulumi-home}"
export PULUMI_BACKEND_URL="\${PULUMI_BACKEND_URL:-file://$CACHE/state}"
export PULUMI_CONFIG_PASSPHRASE="\${PULUMI_CONFIG_PASSPHRASE-us-person-data-guard-local}"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
EOF
  mv -f "$tmp" "$ENV_FILE"
}

# ---------------------------------------------------------------------------
mode="${1:-all}"
case "$mode" in
  -h | --help | help)
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  env)
    STEP="env"
    if [ "${PULUMI_TOOLCHAIN_USE_SYSTEM:-}" = "1" ] && command -v pulumi >/dev/null 2>&1; then
      cd "$(dirname "$(command -v pulumi)")" && pwd
      exit 0
    fi
    d="$CACHE/pulumi-$(cli_version)/bin"
    [ -x "$d/pulumi" ] || fail "the pulumi CLI is not built yet; run scripts/pulumi-toolchain.sh cli"
    printf '%s\n' "$d"
    exit 0
    ;;
  check)
    # Verify a built toolchain without building anything: versions, the
    # `policy analyze --file` flag, and a throwaway local file backend.
    STEP="check: env file"
    [ -f "$ENV_FILE" ] || fail "$ENV_FILE does not exist yet; run scripts/pulumi-toolchain.sh cli"
    tmp="$(mktemp -d)"
    # shellcheck disable=SC2154 # rc is assigned inside the trap string
    trap 'rc=$?; rm -rf "$tmp"; if [ $rc -ne 0 ] && [ "$REPORTED" = 0 ]; then printf "[toolchain] ERROR: step \"%s\" failed (exit %s)\n" "$STEP" "$rc" >&2; fi' EXIT
    export PULUMI_HOME="$tmp/home" PULUMI_BACKEND_URL="file://$tmp/state" PULUMI_CONFIG_PASSPHRASE=check
    mkdir -p "$tmp/state" "$tmp/project"
    # shellcheck disable=SC1090
    . "$ENV_FILE"
    STEP="check: pulumi version"
    log "pulumi: $(command -v pulumi) $(pulumi version)"
    STEP="check: pulumi-language-nodejs"
    log "pulumi-language-nodejs: $(command -v pulumi-language-nodejs) $(pulumi-language-nodejs --version)"
    STEP="check: policy analyze --file"
    pulumi policy analyze --help 2>&1 | grep -q -- '--file' || fail "this pulumi has no 'policy analyze --file'"
    log "pulumi policy analyze --file: present"
    STEP="check: local backend"
    printf 'name: toolchain-check\nruntime: nodejs\n' >"$tmp/project/Pulumi.yaml"
    (cd "$tmp/project" && pulumi login && pulumi stack init check &&
      pulumi stack export --file "$tmp/export.json") >"$tmp/out.log" 2>&1 || {
      cat "$tmp/out.log" >&2
      fail "login / stack init / stack export on $PULUMI_BACKEND_URL"
    }
    grep -q '"deployment"' "$tmp/export.json" || fail "stack export wrote no deployment"
    log "local file backend: login, stack init and stack export work"
    STEP="check: provider"
    if command -v pulumi-resource-alicloud >/dev/null 2>&1; then
      log "pulumi-resource-alicloud: $(command -v pulumi-resource-alicloud)"
    else
      log "pulumi-resource-alicloud: not built (the CLI and 'policy analyze --file' do not need it)"
    fi
    if [ -x "${PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN:-/nonexistent}/pulumi-resource-alicloud" ]; then
      names=""
      for f in "$PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN"/pulumi-resource-*; do
        case "$f" in *.stamp | *.tmp) ;; *) names="$names${names:+ }$(basename "$f")" ;; esac
      done
      log "test providers (passthrough stand-ins, not on PATH): $PULUMI_TOOLCHAIN_TEST_PROVIDERS_BIN ($names)"
    fi
    log "check passed"
    exit 0
    ;;
  env-file)
    STEP="env-file"
    [ -f "$ENV_FILE" ] || fail "$ENV_FILE does not exist yet; run scripts/pulumi-toolchain.sh cli"
    printf '%s\n' "$ENV_FILE"
    exit 0
    ;;
  all | cli | provider | test-providers) ;;
  *)
    STEP="parse arguments"
    fail "unknown mode '$mode' (use all, cli, test-providers, provider, env, env-file, check or help)"
    ;;
esac

mkdir -p "$CACHE"
T_START="$(now)"

if [ "$mode" = all ] || [ "$mode" = cli ]; then
  build_cli
fi

if [ "$mode" = all ] || [ "$mode" = test-providers ]; then
  build_test_providers
fi

provider_status="skipped"
if [ "$mode" = all ] || [ "$mode" = provider ]; then
  if [ "$mode" = provider ] || [ "${PULUMI_TOOLCHAIN_STRICT:-}" = "1" ]; then
    build_provider
    provider_status="ok"
  else
    # In `all`, a provider that cannot be had is a warning: the CLI and
    # `pulumi policy analyze --file` do not need it.
    if (build_provider); then
      provider_status="ok"
      PROVIDER_BIN_DIR="$CACHE/alicloud-v$ALICLOUD_VERSION/bin"
    else
      provider_status="unavailable"
      log "WARNING: pulumi-resource-alicloud v$ALICLOUD_VERSION is not available (see above); continuing without it (PULUMI_TOOLCHAIN_STRICT=1 makes this fatal)"
    fi
  fi
fi

if [ -z "$CLI_BIN_DIR" ]; then
  CLI_BIN_DIR="$CACHE/pulumi-$(cli_version)/bin"
fi
write_env_file
STEP="done"
log "done in $(elapsed $(($(now) - T_START))) (provider: $provider_status)"
log "env file: $ENV_FILE (source it, or: source scripts/pulumi-env.sh)"
printf '%s\n' "$CLI_BIN_DIR"
