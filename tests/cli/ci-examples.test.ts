/**
 * examples/ci: each workflow parses as YAML, and every scan command in it
 * runs against the bundled examples (the pack commands' config file loads as
 * the pack would read it; `pulumi preview` itself is run by the e2e suite).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { loadScanConfig } from "../../policypack/cli/config";
import { examples, repoRoot, run } from "./helpers";

const ciDir = path.join(repoRoot, "examples", "ci");
const workflows = fs.readdirSync(ciDir).filter((f) => /\.ya?ml$/.test(f));

/** Every shell line of `run:` (GitHub) and `script:` / `after_script:` (GitLab) entries, anywhere in the document. */
function shellLines(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string | undefined): void => {
    if (typeof v === "string" && (key === "run" || key === "script" || key === "after_script" || key === "before_script"))
      out.push(...v.split("\n"));
    else if (Array.isArray(v)) for (const x of v) walk(x, typeof x === "string" ? key : undefined);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(doc, undefined);
  return out.map((l) => l.trim()).filter(Boolean);
}

/** Shell words of a simple command line: double quotes, $VAR and ${VAR} expanded from `env`. */
function words(line: string, env: Record<string, string>): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  const expand = (s: string): string =>
    s.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, n: string) => {
      if (!(n in env)) throw new Error(`${n} is not set for: ${line}`);
      return env[n]!;
    });
  for (const m of line.matchAll(re)) out.push(m[2] !== undefined ? m[2] : expand(m[1] ?? m[3]!));
  return out;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-ci-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("there are a GitHub Actions and a GitLab CI workflow", () => {
  expect(workflows.sort()).toEqual(["github-actions.yml", "gitlab-ci.yml"]);
});

describe.each(workflows)("%s", (file) => {
  const doc: unknown = parse(fs.readFileSync(path.join(ciDir, file), "utf8"));
  const lines = shellLines(doc);

  it("previews with the policy pack and its config, and scans as SARIF, Markdown and a JSON baseline", () => {
    expect(lines.some((l) => /pulumi preview .*--policy-pack .*--policy-pack-config/.test(l))).toBe(true);
    const scans = lines.filter((l) => l.includes("us-person-data-guard scan"));
    for (const f of ["sarif", "markdown", "json"]) expect(scans.some((l) => l.includes(`--format ${f}`))).toBe(true);
    expect(scans.some((l) => l.includes("--baseline") && l.includes("--fail-on new"))).toBe(true);
  });

  it("every scan command runs against the bundled examples; the pack config loads", async () => {
    const env: Record<string, string> = {
      POLICY_PACK: repoRoot,
      POLICY_CONFIG: path.join(repoRoot, "examples", "configs", "migration-advisory.json"),
      SCAN_INPUT: path.join(repoRoot, examples),
      BASELINE: path.join(dir, `${file}.baseline.json`),
      GITHUB_STEP_SUMMARY: path.join(dir, `${file}.summary.md`),
      PULUMI_STACK: "dev",
    };
    expect(() => loadScanConfig(env["POLICY_CONFIG"], repoRoot)).not.toThrow();
    expect(fs.existsSync(path.join(env["POLICY_PACK"]!, "PulumiPolicy.yaml"))).toBe(true);
    // The baseline the workflow keeps in the repository: a JSON report of the same inputs.
    expect(
      (
        await run([
          "scan",
          env["SCAN_INPUT"]!,
          "--config",
          env["POLICY_CONFIG"]!,
          "--fail-on",
          "none",
          "--format",
          "json",
          "--output",
          env["BASELINE"]!,
        ])
      ).code,
    ).toBe(0);
    const scans = lines.filter((l) => l.includes("us-person-data-guard scan"));
    expect(scans.length).toBeGreaterThanOrEqual(3);
    for (const line of scans) {
      const w = words(line, env);
      const args = w
        .slice(w.indexOf("us-person-data-guard") + 1)
        .map((a) => (a.startsWith("-") || path.isAbsolute(a) || a === "scan" || !/\.(json|sarif|md)$/.test(a) ? a : path.join(dir, a)));
      const r = await run(args);
      expect({ line, stderr: r.stderr, code: r.code }).toEqual({ line, stderr: "", code: 0 });
      const out = args[args.indexOf("--output") + 1]!;
      expect(fs.statSync(out).size).toBeGreaterThan(0);
    }
  });
});
