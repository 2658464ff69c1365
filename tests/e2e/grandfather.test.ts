/**
 * Grandfathering an estate through the real CLI (SPEC "Migration workflow"):
 *
 *  1. `pulumi up` a stack of restricted resources with the pack advisory
 *     (examples/configs/migration-advisory.json), then `pulumi stack export`;
 *  2. `scan <export> --write-exemptions cfg.json --expires … --reason …`
 *     writes a `--policy-pack-config` file exempting exactly what was found;
 *  3. `pulumi preview --policy-pack <repo> --policy-pack-config cfg.json`
 *     passes: nothing blocks, `exemption-review` lists the grandfathered
 *     resources with the exemption's expiry, `migration-inventory` counts them
 *     as kept by exemptions;
 *  4. one more restricted resource added to the program blocks the preview,
 *     with a mandatory violation naming that resource only;
 *  5. writing over the existing file without `--force`, and into a path that
 *     cannot be written, exit 2 with one line and write nothing.
 */
import * as fs from "fs";
import * as path from "path";
import {
  configsDir,
  exampleResources,
  exampleUrn,
  parsePolicyLines,
  repoRoot,
  run,
  scanCli,
  withLog,
  Workspace,
  type RunResult,
} from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

const stack = "us";
const exemptionId = "GRANDFATHERED-alicloud-customer-data-us";
/** Within the pack's default maxExemptionDays (365) of the system clock the pack judges by. */
const expires = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
const allUrns = exampleResources.map((r) => exampleUrn(stack, r.type, r.name)).sort();
const newUrn = exampleUrn(stack, "alicloud:oss/bucket:Bucket", "customer-archive");

let w: Workspace;
let exportFile: string;
let cfgFile: string;

function scan(args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [scanCli, "scan", ...args], { cwd: w.root, env: { ...process.env, NO_COLOR: "1" } });
}

const mandatory = (r: RunResult): string[] =>
  parsePolicyLines(r.output)
    .filter((l) => l.level === "mandatory")
    .map((l) => `${l.policy} ${l.urn ?? l.subject}`)
    .sort();

beforeAll(async () => {
  ensureSetup();
  w = Workspace.withProgram("grandfather");
  await w.initStack(stack);
  exportFile = path.join(w.root, "us.export.json");
  cfgFile = path.join(w.root, "grandfathered.json");
}, SETUP_TIMEOUT_MS);

afterAll(() => w?.remove());

describe("grandfather a deployed stack, then ratchet", () => {
  it("pulumi up with the pack advisory deploys the restricted resources; pulumi stack export", async () => {
    const up = await w.pulumi([
      "up",
      "--yes",
      "--skip-preview",
      "--stack",
      stack,
      "--policy-pack",
      repoRoot,
      "--policy-pack-config",
      path.join(configsDir, "migration-advisory.json"),
    ]);
    withLog(up, () => expect(up.code).toBe(0), "pulumi up");
    expect(parsePolicyLines(up.output).filter((l) => l.policy === "restricted-provider" && l.level === "advisory").length).toBe(
      allUrns.length,
    );
    const exp = await w.pulumi(["stack", "export", "--stack", stack, "--file", exportFile]);
    withLog(exp, () => expect(exp.code).toBe(0), "pulumi stack export");
    const urns = (
      JSON.parse(fs.readFileSync(exportFile, "utf8")) as { deployment: { resources: { urn: string }[] } }
    ).deployment.resources.map((r) => r.urn);
    for (const u of allUrns) expect(urns).toContain(u);
  });

  it("scan --write-exemptions writes one exemption for the stack with the exact URNs found; the scan still reports", async () => {
    const r = await scan([
      exportFile,
      "--write-exemptions",
      cfgFile,
      "--expires",
      expires,
      "--reason",
      "Grandfathered while the customer-data stack moves to AWS",
      "--approved-by",
      "security@example.com",
      "--ticket",
      "MIG-16",
    ]);
    withLog(r, () => {
      expect(r.code).toBe(1); // the report still says what is restricted
      expect(r.stderr).toBe("");
    });
    expect(r.stdout).toMatch(
      /^MANDATORY restricted-provider alicloud:oss\/bucket:Bucket 'customer-data' us-west-1 \(US\) stack alicloud-customer-data\/us$/m,
    );
    const cfg = JSON.parse(fs.readFileSync(cfgFile, "utf8")) as Record<
      string,
      { exemptions?: { id: string; resources: string[]; expires: string }[] }
    >;
    for (const policy of ["restricted-provider", "restricted-region", "restricted-data-flow", "exemption-review"]) {
      const ex = cfg[policy]?.exemptions ?? [];
      expect(ex.map((e) => e.id)).toEqual([exemptionId]);
      expect([...ex[0]!.resources].sort()).toEqual(allUrns);
      expect(ex[0]!.expires).toBe(expires);
    }
  });

  it("pulumi preview with that file passes: the grandfathered resources are exempted and listed with their expiry", async () => {
    const r = await w.preview(stack, { config: cfgFile });
    withLog(r, () => {
      expect(r.code).toBe(0);
      expect(mandatory(r)).toEqual([]);
      expect(parsePolicyLines(r.output).filter((l) => l.policy === "restricted-provider")).toEqual([]);
    });
    const review = parsePolicyLines(r.output)
      .filter((l) => l.policy === "exemption-review")
      .map((l) => l.message)
      .join("\n");
    withLog(r, () => {
      expect(review).toContain(
        `Exemption ${exemptionId} (approved by security@example.com, ticket MIG-16) covers ${allUrns.length} resource(s)`,
      );
      expect(review).toContain(`Expires ${expires}.`);
      for (const u of allUrns) expect(review).toContain(u);
    });
    const inv = parsePolicyLines(r.output).find((l) => l.policy === "migration-inventory");
    expect(inv?.message).toContain(`0 resource(s) to move, ${allUrns.length} kept in place by exemptions.`);
  });

  it("a newly added restricted resource still blocks, and only it is reported", async () => {
    const program = path.join(w.cwd, "index.ts");
    fs.appendFileSync(
      program,
      '\nexport const archive = new alicloud.oss.Bucket("customer-archive", { bucket: `customer-archive-${pulumi.getStack()}`, acl: "private", tags }).bucket;\n',
    );
    const r = await w.preview(stack, { config: cfgFile });
    withLog(r, () => {
      expect(r.code).not.toBe(0);
      expect(r.output).toMatch(/❌ us-person-data-guard@v0\.1\.0 \(local: /);
      expect(mandatory(r)).toEqual([`restricted-provider ${newUrn}`]);
    });
    const review = parsePolicyLines(r.output)
      .filter((l) => l.policy === "exemption-review")
      .map((l) => l.message)
      .join("\n");
    expect(review).toContain(`covers ${allUrns.length} resource(s)`);
    expect(review).not.toContain(newUrn);
  });

  it("writing over the existing file without --force refuses: exit 2, one line, the file unchanged", async () => {
    const before = fs.readFileSync(cfgFile);
    const r = await scan([exportFile, "--write-exemptions", cfgFile, "--expires", expires, "--reason", "again"]);
    withLog(r, () => {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`${cfgFile}: already exists (pass --force to replace it)`);
    });
    expect(fs.readFileSync(cfgFile).equals(before)).toBe(true);
    // With --force it is replaced.
    const forced = await scan([exportFile, "--write-exemptions", cfgFile, "--expires", expires, "--reason", "again", "--force"]);
    withLog(forced, () => expect(forced.code).toBe(1));
    expect(fs.readFileSync(cfgFile, "utf8")).toContain('"reason": "again"');
  });

  it("an unwritable exemptions path: exit 2, one line naming it, nothing written", async () => {
    for (const target of [path.join(w.root, "no-such-dir", "cfg.json"), path.join(exportFile, "cfg.json")]) {
      const r = await scan([exportFile, "--write-exemptions", target, "--expires", expires, "--reason", "x"]);
      withLog(r, () => {
        expect(r.code).toBe(2);
        expect(r.stdout).toBe(""); // found before the scan: no report either
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
        expect(r.stderr).toContain(target);
        expect(r.stderr).not.toMatch(/^\s+at /m);
      });
      expect(fs.existsSync(target)).toBe(false);
    }
    expect(fs.readdirSync(w.root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
