/**
 * The org-wide path (scenario 7): `pulumi policy publish` uploads the pack as
 * `npm pack` packs it; on each stack the CLI downloads the tarball, extracts
 * its `package/` dir and asks the pack's language host to install its
 * dependencies (pkg/backend/httpstate/policypack.go `installRequiredPolicy`:
 * LanguageRuntime.InstallDependencies with IsPlugin=true), with no build
 * step. `pulumi install` in a policy pack directory makes the very same call
 * (pkg/cmd/pulumi/policy `InstallPluginDependencies`), so: pack the
 * repository, extract the tarball into a clean directory, run `pulumi
 * install` there with the real CLI and Pulumi's own Node.js language host
 * (which runs `npm install --loglevel=error --production`, the pack's
 * PulumiPolicy.yaml setting `production: true`), and rerun scenarios 1 and 6
 * against that directory. No npm command of ours is involved.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  exampleResources,
  exampleUrn,
  exportedStates,
  parsePolicyLines,
  repoRoot,
  run,
  scanCli,
  withLog,
  Workspace,
  type RunResult,
} from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(600_000);

let tmp: string;
let packDir: string;
let packedFiles: string[];
let install: RunResult;

beforeAll(async () => {
  ensureSetup();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-e2e-published-"));
  const packJson = execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [packed] = JSON.parse(packJson) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((f) => f.path);
  execFileSync("tar", ["-xzf", path.join(tmp, packed.filename), "-C", tmp]);
  packDir = path.join(tmp, "package");
  // The engine's install step: `pulumi install` in the pack dir (no Pulumi.yaml
  // there, a PulumiPolicy.yaml: the CLI installs the policy pack's dependencies
  // through the language host). npm_config_prefer_offline only lets npm use its
  // cache; the command line is the host's.
  const w = Workspace.bare("published-install");
  try {
    install = await w.pulumi(["install"], { cwd: packDir, env: { npm_config_prefer_offline: "true" }, timeoutMs: 480_000 });
  } finally {
    w.remove();
  }
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("scenario 7: the published package", () => {
  it("contains the compiled pack and nothing of the tests", () => {
    expect(packedFiles).toEqual(expect.arrayContaining(["package.json", "PulumiPolicy.yaml", "dist/policypack/index.js"]));
    expect(packedFiles.filter((f) => /^tests?\//.test(f) || /(^|\/)[^/]+\.test\.(ts|js)$/.test(f))).toEqual([]);
    expect(packedFiles.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("the engine installs its production dependencies without a build step (pulumi install → language host)", () => {
    withLog(
      install,
      () => {
        expect(install.code).toBe(0);
        // The upstream host's own progress lines: the install went through it.
        expect(install.output).toContain("Installing dependencies...");
        expect(install.output).toContain("Finished installing dependencies");
      },
      "pulumi install (in the extracted pack)",
    );
    const main = (JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")) as { main: string }).main;
    expect(fs.existsSync(path.join(packDir, main))).toBe(true);
    expect(fs.existsSync(path.join(packDir, "node_modules", "@pulumi", "policy", "package.json"))).toBe(true);
    // devDependencies stay out.
    expect(fs.existsSync(path.join(packDir, "node_modules", "jest"))).toBe(false);
    expect(fs.existsSync(path.join(packDir, "node_modules", "ts-jest"))).toBe(false);
  });

  it("blocks the us stack like the working tree does (scenario 1)", async () => {
    const w = Workspace.withProgram("published");
    try {
      await w.initStack("us");
      const r = await w.preview("us", { pack: packDir });
      withLog(
        r,
        () => {
          expect(r.code).not.toBe(0);
          expect(r.output).toContain(`us-person-data-guard@v0.1.0 (local: ${packDir})`);
          const urns = parsePolicyLines(r.output)
            .filter((l) => l.policy === "restricted-provider" && l.level === "mandatory")
            .map((l) => l.urn)
            .sort();
          expect(urns).toEqual(exampleResources.map((x) => exampleUrn("us", x.type, x.name)).sort());
        },
        "pulumi preview --policy-pack <installed tarball>",
      );
    } finally {
      w.remove();
    }
  });

  it("analyzes every exported state as scan does (scenario 6 against the installed pack)", async () => {
    const states = exportedStates();
    expect(states.length).toBeGreaterThan(0);
    const w = Workspace.bare("published-analyze");
    try {
      const scan = await run(process.execPath, [scanCli, "scan", ...states.map((s) => s.file), "--format", "json"], {
        cwd: repoRoot,
        env: process.env,
      });
      withLog(scan, () => expect([0, 1]).toContain(scan.code), "scan");
      const report = JSON.parse(scan.stdout) as {
        findings: { policy: string; level: string; urn: string; input: string; exempted: boolean }[];
      };
      for (const s of states) {
        const r = await w.pulumi(["policy", "analyze", "--file", s.file, "--policy-pack", packDir, "--json"]);
        const engine = analyzeFindings(r).sort();
        const fromScan = report.findings
          .filter((f) => RESOURCE_POLICIES.has(f.policy) && !f.exempted && path.resolve(repoRoot, f.input) === s.file)
          .map((f) => `${f.policy} ${f.level} ${f.urn}`)
          .sort();
        withLog(
          r,
          () => {
            expect(engine).toEqual(fromScan);
            expect(r.code !== 0).toBe(fromScan.some((f) => f.includes(" mandatory ")));
          },
          `pulumi policy analyze --file ${path.basename(s.file)} --policy-pack <installed tarball>`,
        );
      }
    } finally {
      w.remove();
    }
  });
});

/** Policies that report per resource, in both the engine and scan. */
const RESOURCE_POLICIES = new Set(["restricted-provider", "restricted-region", "restricted-data-flow", "upcoming-restriction"]);

/** "policy level urn" of each per-resource finding of `pulumi policy analyze --json`. */
function analyzeFindings(r: RunResult): string[] {
  const out: string[] = [];
  for (const line of r.stdout.split("\n")) {
    if (!line.trim().startsWith("{")) continue;
    const ev = JSON.parse(line) as { policyEvent?: { policyName: string; enforcementLevel: string; resourceUrn?: string } };
    const p = ev.policyEvent;
    if (p && RESOURCE_POLICIES.has(p.policyName)) out.push(`${p.policyName} ${p.enforcementLevel} ${p.resourceUrn ?? ""}`);
  }
  return out;
}
