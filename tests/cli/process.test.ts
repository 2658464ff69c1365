/**
 * The built command as a real child process (what `npx us-person-data-guard`
 * runs): shebang, exit codes, stdout/stderr, stdin. Builds dist first.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, stackTraceLine } from "./helpers";

jest.setTimeout(180_000);

const bin = path.join(repoRoot, "dist", "policypack", "cli", "main.js");

/** Newest modification time of the pack's sources. */
function newestSource(dir = path.join(repoRoot, "policypack")): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : e.name.endsWith(".ts") ? fs.statSync(p).mtimeMs : 0);
  }
  return newest;
}

beforeAll(() => {
  // Build when dist is missing or older than the sources (CI builds first, so this is usually skipped).
  // tsc emits even when another module has a type error; the checks below need only the emitted JavaScript.
  if (!fs.existsSync(bin) || fs.statSync(bin).mtimeMs < newestSource()) {
    spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
      cwd: repoRoot,
      stdio: "ignore",
    });
  }
  if (!fs.existsSync(bin)) throw new Error(`build did not produce ${bin}`);
});

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built command", () => {
  it("keeps the shebang so npm can link it as a program", () => {
    expect(fs.readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(path.resolve(repoRoot, pkg.bin["us-person-data-guard"]!)).toBe(bin);
  });

  it("scans the examples: exit 1, a JSON report on stdout, nothing on stderr", () => {
    const r = cli(["scan", "examples/state", "--format", "json", "--now", "2026-11-28"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as { exitCode: number; inputs: unknown[] };
    expect(report.exitCode).toBe(1);
    expect(report.inputs).toHaveLength(4);
  });

  it("reads stdin, prints its version, and fails cleanly on bad input", () => {
    const preview = fs.readFileSync(path.join(repoRoot, "examples", "state", "mixed-clouds.preview.json"), "utf8");
    expect(cli(["scan", "-", "--fail-on", "none"], preview).status).toBe(0);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
    const bad = cli(["scan", "-"], '{"version": 3, "deployment": {"resources": [');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("us-person-data-guard: <stdin>: truncated JSON (unexpected end of input)\n");
    expect(bad.stderr).not.toMatch(stackTraceLine);
  });

  it("exits quietly when stdout is closed early", () => {
    // `… | head -c 10`: EPIPE must not become a stack trace.
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" scan examples/state --format html | head -c 10 >/dev/null`], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(stackTraceLine);
  });
});
