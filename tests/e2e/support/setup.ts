/**
 * One-time preparation of the end-to-end suite, run from each test file's
 * `beforeAll` (and usable as a Jest `globalSetup`): whichever runs first in
 * the process does the work, the others find the marker and return.
 *
 *  1. `bash scripts/pulumi-toolchain.sh cli` and `… test-providers`: the real
 *     Pulumi CLI, Pulumi's own Node.js language host (built from the upstream source) and the passthrough test provider
 *     (cold: minutes; warm: well under a second);
 *  2. `npm run build`: the pack's compiled JavaScript (dist/), which is what
 *     `pulumi preview --policy-pack <repo>` loads (E2E_SKIP_BUILD=1 skips it
 *     and tests the dist/ that is there);
 *  3. `npm ci` in examples/programs/alicloud-customer-data and
 *     examples/programs/real-sdks, each skipped when its node_modules was
 *     installed from the same package-lock.json (the third-party programs
 *     under examples/third-party/ use alicloud-customer-data's).
 *
 * The suite must run in one process (`npm run test:e2e` passes --runInBand):
 * parallel workers would rebuild dist/ and node_modules under each other.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { exampleProgram, loadToolchain, realSdksProgram, repoRoot, sha256 } from "./engine";

export interface SetupTimings {
  readonly toolchainCliMs: number;
  readonly toolchainTestProvidersMs: number;
  readonly buildMs: number;
  readonly programInstallMs: number;
  readonly programInstall: "npm ci" | "cached";
}

const markerDir = path.join(os.tmpdir(), "us-person-data-guard-e2e");
// Keyed by this process (pid + start time), so a recycled pid never matches.
const marker = path.join(markerDir, `setup-${process.pid}-${Math.floor(performance.timeOrigin)}.json`);

function step(what: string, cmd: string, args: string[], cwd: string): number {
  const t0 = Date.now();
  try {
    execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`e2e setup: ${what} failed (exit ${err.status}):\n${err.stdout ?? ""}${err.stderr ?? ""}`, { cause: e });
  }
  return Date.now() - t0;
}

export function ensureSetup(): SetupTimings {
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, "utf8")) as SetupTimings;

  const toolchainCliMs = step("scripts/pulumi-toolchain.sh cli", "bash", ["scripts/pulumi-toolchain.sh", "cli"], repoRoot);
  const toolchainTestProvidersMs = step(
    "scripts/pulumi-toolchain.sh test-providers",
    "bash",
    ["scripts/pulumi-toolchain.sh", "test-providers"],
    repoRoot,
  );
  loadToolchain();
  // E2E_SKIP_BUILD=1: test the dist/ that is there (e.g. while the sources are mid-edit).
  const buildMs = process.env.E2E_SKIP_BUILD === "1" ? 0 : step("npm run build", "npm", ["run", "build"], repoRoot);

  // npm ci only when node_modules was not installed from this very lock file.
  let programInstall: SetupTimings["programInstall"] = "cached";
  let programInstallMs = 0;
  for (const [dir, marker] of [
    [exampleProgram, "@pulumi/alicloud"],
    [realSdksProgram, "@pulumi/azure-native"],
  ] as const) {
    const lock = fs.readFileSync(path.join(dir, "package-lock.json"), "utf8");
    const stampFile = path.join(dir, "node_modules", ".e2e-package-lock.sha256");
    const installed = fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8").trim() === sha256(lock);
    if (!installed || !fs.existsSync(path.join(dir, "node_modules", marker, "package.json"))) {
      programInstallMs += step(`npm ci in ${path.relative(repoRoot, dir)}`, "npm", ["ci", "--no-audit", "--no-fund"], dir);
      fs.writeFileSync(stampFile, sha256(lock) + "\n");
      programInstall = "npm ci";
    }
  }

  const timings: SetupTimings = { toolchainCliMs, toolchainTestProvidersMs, buildMs, programInstallMs, programInstall };
  fs.mkdirSync(markerDir, { recursive: true });
  for (const f of fs.readdirSync(markerDir)) {
    const p = path.join(markerDir, f);
    if (Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true }); // earlier runs' markers
  }
  fs.writeFileSync(marker, JSON.stringify(timings));
  // One line for the log: how long the toolchain took this time (cold vs warm).
  process.stdout.write(
    `[e2e setup] toolchain cli ${toolchainCliMs} ms, test-providers ${toolchainTestProvidersMs} ms, ` +
      `npm run build ${buildMs} ms, example program: ${programInstall} ${programInstallMs} ms\n`,
  );
  return timings;
}

/** Jest `globalSetup` entry point (optional: the test files call ensureSetup themselves). */
export default function globalSetup(): void {
  ensureSetup();
}

/** Timeout for a `beforeAll` that may build the toolchain cold (CLI ≈ 5 min on 2 cores). */
export const SETUP_TIMEOUT_MS = 30 * 60_000;
