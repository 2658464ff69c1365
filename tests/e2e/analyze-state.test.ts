/**
 * Exported stack states under the real engine (scenario 6).
 *
 * `pulumi policy analyze --file <export> --policy-pack <repo>` evaluates a
 * `pulumi stack export` file with no program, no stack and no provider
 * plugin. For every exported state under examples/state/ (detected by
 * content: {version, deployment}; `pulumi preview --json` files are skipped)
 * and every bundled configuration, the engine must report exactly the
 * findings the `scan` command reports for that file: same (policy, level,
 * URN) set for the per-resource policies, same pass/fail.
 *
 * And every exported state must load with `pulumi stack import` into a fresh
 * stack. Exports carry their secrets encrypted under the passphrase of the
 * stack they came from: the import uses E2E_STATE_PASSPHRASE (default
 * `us-person-data-guard-local`, the toolchain's default passphrase).
 * E2E_STATE_DIR=<dir> runs all of this on other exports (e.g. regenerated
 * ones, before they replace examples/state/).
 */
import * as fs from "fs";
import * as path from "path";
import { configsDir, exportedStates, repoRoot, run, scanCli, sha256, withLog, Workspace, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

/** Policies that report per resource, in both the engine and scan. */
const RESOURCE_POLICIES = new Set(["restricted-provider", "restricted-region", "restricted-data-flow", "upcoming-restriction"]);
/** Configs that are invalid on purpose live in examples/configs/invalid/ (tested in config-errors.test.ts). */
const NOT_VALID = new Set<string>();

const states = exportedStates();
const configs: (string | undefined)[] = [
  undefined, // the pack's defaults
  ...fs
    .readdirSync(configsDir)
    .filter((f) => f.endsWith(".json") && !NOT_VALID.has(f))
    .sort()
    .map((f) => path.join(configsDir, f)),
];
const rel = (p: string) => path.relative(repoRoot, p);

let w: Workspace;
beforeAll(() => {
  ensureSetup();
  w = Workspace.bare("analyze");
}, SETUP_TIMEOUT_MS);
afterAll(() => w?.remove());

interface Finding {
  policy: string;
  level: string;
  urn: string;
}
const key = (f: Finding) => `${f.policy} ${f.level} ${f.urn}`;

/** Findings of `pulumi policy analyze --json` (one JSON event per line). */
function engineFindings(r: RunResult): Finding[] {
  const out: Finding[] = [];
  for (const line of r.stdout.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    const ev = JSON.parse(line) as { policyEvent?: { policyName: string; enforcementLevel: string; resourceUrn?: string } };
    const p = ev.policyEvent;
    if (p && RESOURCE_POLICIES.has(p.policyName)) out.push({ policy: p.policyName, level: p.enforcementLevel, urn: p.resourceUrn ?? "" });
  }
  return out;
}

interface ScanFinding extends Finding {
  input: string;
  exempted: boolean;
}

/** Non-exempted findings of one input in a `scan --format json` report (schema/scan-report.schema.json). */
function scanFindings(findings: readonly ScanFinding[], file: string): Finding[] {
  return findings
    .filter((f) => RESOURCE_POLICIES.has(f.policy) && !f.exempted && path.resolve(repoRoot, f.input) === file)
    .map((f) => ({ policy: f.policy, level: f.level, urn: f.urn }));
}

/** Runs fns with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}

describe("scenario 6: pulumi policy analyze --file on every exported state = scan", () => {
  it("finds the exported states (preview JSON skipped)", () => {
    expect(states.map((s) => path.basename(s.file))).toEqual(
      expect.arrayContaining(["alicloud-customer-data.cn-hangzhou.json", "alicloud-customer-data.us-west-1.json", "aws-replication.json"]),
    );
    expect(states.map((s) => path.basename(s.file))).not.toContain("mixed-clouds.preview.json");
  });

  it("restricted alicloud resources are reported by the engine without program or provider", async () => {
    const cn = states.find((s) => s.file.endsWith("alicloud-customer-data.cn-hangzhou.json"));
    expect(cn).toBeDefined();
    const r = await w.pulumi(["policy", "analyze", "--file", cn!.file, "--policy-pack", repoRoot]);
    withLog(r, () => {
      expect(r.code).not.toBe(0);
      expect(r.output).toContain("error: one or more mandatory policy violations were found");
      expect(r.output).toMatch(/restricted-region +\(pulumi:providers:alicloud: default_3_105_0\)/);
      expect(r.output).toContain("region cn-hangzhou (CN)");
      expect(r.output).not.toMatch(/pulumi-resource-/); // no provider plugin involved
    });
  });

  it("engine and scan agree on every (state, config): same findings, same pass/fail", async () => {
    const cases = configs.map((config) => ({ config }));
    const disagreements: string[] = [];
    let compared = 0;
    await pool(cases, 2, async ({ config }) => {
      const cfgArgs = config ? ["--config", config] : [];
      // One scan over all states (findings carry their input file) …
      const scan = await run(process.execPath, [scanCli, "scan", ...states.map((s) => s.file), ...cfgArgs, "--format", "json"], {
        cwd: repoRoot,
        env: process.env,
      });
      if (scan.code === 2) {
        disagreements.push(`scan failed for config ${config ? rel(config) : "(defaults)"}:\n${scan.output}`);
        return;
      }
      const report = JSON.parse(scan.stdout) as { findings: ScanFinding[] };
      // … and one engine run per state.
      for (const s of states) {
        const args = ["policy", "analyze", "--json", "--file", s.file, "--policy-pack", repoRoot];
        if (config) args.push("--policy-pack-config", config);
        const engine = await w.pulumi(args);
        const label = `${rel(s.file)} with ${config ? rel(config) : "the default config"}`;
        const fromScan = scanFindings(report.findings, s.file);
        const fromEngine = engineFindings(engine);
        const S = new Set(fromScan.map(key));
        const E = new Set(fromEngine.map(key));
        const onlyScan = [...S].filter((k) => !E.has(k));
        const onlyEngine = [...E].filter((k) => !S.has(k));
        const scanFails = fromScan.some((f) => f.level === "mandatory");
        // A non-zero exit must mean violations, not a crash of the pack or the CLI.
        const engineFails = engine.code !== 0;
        const engineCrashed = engineFails && !engine.output.includes("one or more mandatory policy violations were found");
        if (onlyScan.length || onlyEngine.length || scanFails !== engineFails || engineCrashed) {
          disagreements.push(
            `${label}:\n  only in scan:   ${onlyScan.join("\n                  ") || "-"}\n  only in engine: ${onlyEngine.join("\n                  ") || "-"}\n` +
              `  scan fails: ${scanFails}, engine exit: ${engine.code}${engineCrashed ? "\n" + engine.stderr : ""}`,
          );
        }
        compared++;
      }
    });
    expect(disagreements).toEqual([]);
    expect(compared).toBe(states.length * configs.length);
  });
});

describe("scenario 6b: every exported state loads with pulumi stack import", () => {
  const passphrase = process.env.E2E_STATE_PASSPHRASE ?? "us-person-data-guard-local";

  it.each(states.map((s) => [path.basename(s.file), s] as const))("%s", async (_name, s) => {
    const resources = s.doc.deployment.resources ?? [];
    expect(resources.length).toBeGreaterThan(0);
    // urn:pulumi:<stack>::<project>::…
    const [, , stackName] = resources[0]!.urn.split("::")[0]!.split(":");
    const project = resources[0]!.urn.split("::")[1];
    if (stackName === undefined || project === undefined) throw new Error(`unexpected URN ${resources[0]!.urn}`);
    const ws = Workspace.bare(`import-${stackName}`);
    try {
      fs.writeFileSync(path.join(ws.cwd, "Pulumi.yaml"), `name: ${project}\nruntime: nodejs\n`);
      const env = { PULUMI_CONFIG_PASSPHRASE: passphrase };
      const init = await ws.pulumi(["stack", "init", stackName], { env });
      withLog(init, () => expect(init.code).toBe(0), "pulumi stack init");
      const imp = await ws.pulumi(["stack", "import", "--file", s.file], { env });
      // Say why, when it fails: the usual culprits are a hand-edited manifest
      // (magic must be sha256 of manifest.version) and secrets encrypted under
      // a passphrase nobody knows.
      const manifest = s.doc.deployment.manifest ?? {};
      const hints: string[] = [];
      if (manifest.version && manifest.magic !== sha256(manifest.version)) {
        hints.push(
          `deployment.manifest.magic is ${manifest.magic}, the CLI expects sha256("${manifest.version}") = ${sha256(manifest.version)}`,
        );
      }
      if (/incorrect passphrase|failed to decrypt/.test(imp.output)) {
        hints.push(
          `its secrets do not decrypt with PULUMI_CONFIG_PASSPHRASE='${passphrase}' (set E2E_STATE_PASSPHRASE, or re-export the state from a stack using that passphrase)`,
        );
      }
      withLog(
        imp,
        () => {
          if (imp.code !== 0 && hints.length) throw new Error(`pulumi stack import of ${rel(s.file)} failed:\n  - ${hints.join("\n  - ")}`);
          expect(imp.code).toBe(0);
          expect(imp.output).toContain("Import complete.");
          expect(imp.output).not.toMatch(/magic cookie mismatch|integrity/);
        },
        "pulumi stack import",
      );
      const exp = await ws.pulumi(["stack", "export"], { env });
      withLog(
        exp,
        () => {
          expect(exp.code).toBe(0);
          const back = JSON.parse(exp.stdout) as { deployment: { resources?: { urn: string }[] } };
          expect((back.deployment.resources ?? []).map((r) => r.urn)).toEqual(resources.map((r) => r.urn));
        },
        "pulumi stack export",
      );
    } finally {
      ws.remove();
    }
  });
});
