/**
 * The org-wide path (scenario 7): `pulumi policy publish` uploads the pack as
 * `npm pack` packs it; on each stack the CLI downloads and extracts the
 * tarball and installs its production dependencies (`npm install
 * --omit=dev`), with no build step. So: pack the repository, install the
 * tarball that way in a clean directory, and rerun scenario 1 against it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exampleResources, exampleUrn, parsePolicyLines, repoRoot, run, withLog, Workspace, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(600_000);

let tmp: string;
let packDir: string;
let packedFiles: string[];
let install: RunResult;

beforeAll(async () => {
  ensureSetup();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-e2e-published-"));
  const packJson = execFileSync("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [packed] = JSON.parse(packJson) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed.files.map((f) => f.path);
  execFileSync("tar", ["-xzf", path.join(tmp, packed.filename), "-C", tmp]);
  packDir = path.join(tmp, "package");
  install = await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: packDir,
    env: { ...process.env, npm_config_loglevel: "error" },
    timeoutMs: 480_000,
  });
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

  it("installs its production dependencies without a build step", () => {
    withLog(install, () => expect(install.code).toBe(0), "npm install --omit=dev");
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
      withLog(r, () => {
        expect(r.code).not.toBe(0);
        expect(r.output).toContain(`us-person-data-guard@v0.1.0 (local: ${packDir})`);
        const urns = parsePolicyLines(r.output)
          .filter((l) => l.policy === "restricted-provider" && l.level === "mandatory")
          .map((l) => l.urn)
          .sort();
        expect(urns).toEqual(exampleResources.map((x) => exampleUrn("us", x.type, x.name)).sort());
      }, "pulumi preview --policy-pack <installed tarball>");
    } finally {
      w.remove();
    }
  });
});
