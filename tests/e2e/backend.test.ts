/**
 * Self-managed backends as the real CLI writes them: every exported state of
 * examples/state/ is imported with `pulumi stack import` into a file backend,
 * once plain and once with PULUMI_SELF_MANAGED_STATE_GZIP=true (the CLI then
 * writes `.json.gz` checkpoints), and `scan file://<backend>` must find, stack
 * by stack, exactly what scanning the export files finds.
 */
import * as fs from "fs";
import * as path from "path";
import { exportedStates, repoRoot, run, scanCli, withLog, Workspace } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

const states = exportedStates();
const passphrase = process.env.E2E_STATE_PASSPHRASE ?? "us-person-data-guard-local";

beforeAll(() => {
  ensureSetup();
}, SETUP_TIMEOUT_MS);

interface Report {
  readonly findings: readonly { readonly policy: string; readonly urn: string }[];
  readonly stacks?: readonly { readonly stack: string; readonly status: string }[];
}

async function scanJson(target: string): Promise<Report> {
  const r = await run(process.execPath, [scanCli, "scan", target, "--format", "json", "--fail-on", "none"], {
    cwd: repoRoot,
    env: { ...process.env },
  });
  let report: Report | undefined;
  withLog(
    r,
    () => {
      expect(r.code).toBe(0);
      report = JSON.parse(r.stdout) as Report;
    },
    `scan ${target}`,
  );
  return report!;
}

const key = (f: { policy: string; urn: string }) => `${f.policy} ${f.urn}`;

describe.each([
  ["plain", {}],
  ["gzipped (PULUMI_SELF_MANAGED_STATE_GZIP=true)", { PULUMI_SELF_MANAGED_STATE_GZIP: "true" }],
])("scan of a file backend written by the CLI, %s", (label, extraEnv) => {
  it("finds what the export files find, stack by stack", async () => {
    const ws = Workspace.bare(`backend-${label.split(" ")[0]}`);
    try {
      const env = { PULUMI_CONFIG_PASSPHRASE: passphrase, ...extraEnv };
      const expected = new Set<string>();
      const names: string[] = [];
      for (const s of states) {
        const resources = s.doc.deployment.resources ?? [];
        const [, , stackName] = resources[0]!.urn.split("::")[0]!.split(":");
        const project = resources[0]!.urn.split("::")[1]!;
        const dir = path.join(ws.cwd, project);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: ${project}\nruntime: nodejs\n`);
        const init = await ws.pulumi(["stack", "init", stackName!], { cwd: dir, env });
        withLog(init, () => expect(init.code).toBe(0), "pulumi stack init");
        const imp = await ws.pulumi(["stack", "import", "--file", s.file], { cwd: dir, env });
        withLog(imp, () => expect(imp.code).toBe(0), "pulumi stack import");
        names.push(`${project}/${stackName}`);
        for (const f of (await scanJson(s.file)).findings) expected.add(key(f));
      }
      // The CLI wrote what this test is about.
      const files: string[] = [];
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          if (e.isDirectory()) walk(path.join(d, e.name));
          else files.push(path.join(d, e.name));
        }
      };
      walk(path.join(ws.backend, ".pulumi", "stacks"));
      const checkpoints = files.filter((f) => /\.json(\.gz)?$/.test(f));
      expect(checkpoints).toHaveLength(states.length);
      for (const f of checkpoints) expect(f.endsWith(".json.gz")).toBe("PULUMI_SELF_MANAGED_STATE_GZIP" in extraEnv);

      const report = await scanJson(`file://${ws.backend}`);
      expect(new Set(report.findings.map(key))).toEqual(expected);
      expect((report.stacks ?? []).map((s) => [s.stack, s.status]).sort()).toEqual(names.sort().map((n) => [n, "scanned"]));
    } finally {
      ws.remove();
    }
  });
});
