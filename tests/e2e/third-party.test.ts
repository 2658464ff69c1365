/**
 * Programs written by others (examples/third-party/, unmodified; see each
 * SOURCE.md): the alicloud TypeScript template from pulumi/templates,
 * alicloud-ts-ecs from pulumi/examples and examples/vpc/ts from
 * pulumi/pulumi-alicloud, previewed by the real CLI with the pack under the
 * default config and examples/configs/migration-advisory.json.
 *
 * Running them offline: node_modules is alicloud-customer-data's (no install
 * per program), the alicloud plugin is the passthrough test provider, the
 * template is instantiated with `pulumi new --generate-only` as users do, and
 * each stack gets the `alicloud:region` its Pulumi.yaml offers as default (or
 * us-west-1 where it offers none).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  alicloudVersion,
  configsDir,
  exampleProgram,
  parsePolicyLines,
  thirdPartyDir,
  withLog,
  Workspace,
  type RunResult,
} from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

interface Program {
  /** Dir under examples/third-party/. */
  readonly dir: string;
  /** A template (Pulumi.yaml/package.json with ${PROJECT}): instantiate with `pulumi new --generate-only`. */
  readonly template: boolean;
  /** "(type: name)" subjects the CLI prints for the program's resources (from its index.ts). */
  readonly resources: readonly string[];
}

const defaultProvider = `pulumi:providers:alicloud: default_${alicloudVersion.replace(/\./g, "_")}`;
const programs: readonly Program[] = [
  { dir: "alicloud-typescript", template: true, resources: ["alicloud:oss:Bucket: my-bucket"] },
  {
    dir: "alicloud-ts-ecs",
    template: false,
    resources: [
      "alicloud:resourcemanager:ResourceGroup: pulumiDeployment",
      "alicloud:vpc:Network: pulumiExampleVpc",
      "alicloud:vpc:Subnet: pulumiExampleSubnet",
      "alicloud:ecs:SecurityGroup: pulumiExampleSg",
      "alicloud:ecs:Instance: pulumiExampleInstance",
    ],
  },
  { dir: "pulumi-alicloud-vpc-ts", template: false, resources: ["alicloud:vpc:Network: my-ts-vpc"] },
];

/** The `alicloud:region` default a program's Pulumi.yaml offers (template.config), or us-west-1. */
function defaultRegion(dir: string): string {
  const yaml = fs.readFileSync(path.join(thirdPartyDir, dir, "Pulumi.yaml"), "utf8");
  const m = /alicloud:region:\s*\n(?:\s+description:.*\n)?\s+default:\s*(\S+)/.exec(yaml);
  return m?.[1] ?? "us-west-1";
}

const workspaces: Workspace[] = [];
const tmpDirs: string[] = [];
afterAll(() => {
  for (const w of workspaces) w.remove();
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

async function workspaceFor(p: Program): Promise<Workspace> {
  let programDir = path.join(thirdPartyDir, p.dir);
  if (p.template) {
    const gen = fs.mkdtempSync(path.join(os.tmpdir(), "upd-e2e-template-"));
    tmpDirs.push(gen);
    const helper = Workspace.bare("template-new");
    workspaces.push(helper);
    const r = await helper.pulumi(["new", programDir, "--generate-only", "--yes", "--name", `${p.dir}-e2e`, "--dir", gen]);
    if (r.code !== 0) throw new Error(`pulumi new ${p.dir} failed:\n${r.output}`);
    programDir = gen;
  }
  const w = Workspace.forProgram(p.dir, programDir, path.join(exampleProgram, "node_modules"));
  workspaces.push(w);
  await w.initStack("dev", { "alicloud:region": defaultRegion(p.dir) });
  return w;
}

beforeAll(() => {
  ensureSetup();
}, SETUP_TIMEOUT_MS);

describe.each(programs)("third-party program $dir", (p) => {
  let w: Workspace;
  let mandatory: RunResult;
  let advisory: RunResult;
  const subjects = [...p.resources, defaultProvider].sort();

  beforeAll(async () => {
    w = await workspaceFor(p);
    mandatory = await w.preview("dev");
    advisory = await w.preview("dev", { config: path.join(configsDir, "migration-advisory.json") });
  }, SETUP_TIMEOUT_MS);

  it("SOURCE.md names the repository, commit, path and licence", () => {
    const src = fs.readFileSync(path.join(thirdPartyDir, p.dir, "SOURCE.md"), "utf8");
    expect(src).toMatch(/Repository: https:\/\/github\.com\/pulumi\//);
    expect(src).toMatch(/Commit: [0-9a-f]{40}/);
    expect(src).toMatch(/Path: `/);
    expect(src).toMatch(/Licence: Apache-2\.0/);
  });

  it("default config: the preview fails with restricted-provider (mandatory) on every resource and the default provider", () => {
    withLog(
      mandatory,
      () => {
        expect(mandatory.code).not.toBe(0);
        expect(mandatory.output).toMatch(/❌ us-person-data-guard@v0\.1\.0 \(local: /);
        const found = parsePolicyLines(mandatory.output)
          .filter((l) => l.policy === "restricted-provider" && l.level === "mandatory")
          .map((l) => l.subject)
          .sort();
        expect(found).toEqual(subjects);
      },
      `pulumi preview (${p.dir}, default config)`,
    );
  });

  it("default config: restricted-region exactly where the region is in a restricted jurisdiction", () => {
    const region = defaultRegion(p.dir);
    withLog(
      mandatory,
      () => {
        const found = parsePolicyLines(mandatory.output).filter((l) => l.policy === "restricted-region");
        if (region.startsWith("cn-")) {
          expect(found.map((l) => l.subject).sort()).toEqual(subjects);
          for (const l of found) expect(l.message).toContain(`region ${region} (CN)`);
        } else {
          expect(found).toEqual([]);
        }
      },
      `pulumi preview (${p.dir}, default config)`,
    );
  });

  it("migration-advisory config: the preview succeeds, every finding advisory, with the migration inventory", () => {
    withLog(
      advisory,
      () => {
        expect(advisory.code).toBe(0);
        const lines = parsePolicyLines(advisory.output);
        expect(lines.filter((l) => l.level === "mandatory")).toEqual([]);
        expect(
          lines
            .filter((l) => l.policy === "restricted-provider" && l.level === "advisory")
            .map((l) => l.subject)
            .sort(),
        ).toEqual(subjects);
        const inv = lines.filter((l) => l.policy === "migration-inventory");
        expect(inv).toHaveLength(1);
        expect(inv[0]?.message).toContain(`${subjects.length} resource(s) to move`);
      },
      `pulumi preview (${p.dir}, migration-advisory)`,
    );
  });
});
