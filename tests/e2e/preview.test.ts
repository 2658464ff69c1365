/**
 * `pulumi preview --policy-pack <repo>` with the real Pulumi CLI on the
 * example program examples/programs/alicloud-customer-data (scenarios 1–4).
 * The alicloud provider is the passthrough test provider (see
 * support/engine.ts): the pack sees the program's inputs and the provider
 * config, as the engine sends them.
 */
import * as path from "path";
import { configsDir, exampleResources, exampleUrn, parsePolicyLines, withLog, Workspace, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

beforeAll(() => {
  ensureSetup();
}, SETUP_TIMEOUT_MS);

const workspaces: Workspace[] = [];
afterAll(() => {
  for (const w of workspaces) w.remove();
});

async function workspace(label: string, stack: string, config: Record<string, string> = {}): Promise<Workspace> {
  const w = Workspace.withProgram(label);
  workspaces.push(w);
  await w.initStack(stack, config);
  return w;
}

/** URNs reported by `policy` at `level`. */
function reported(r: RunResult, policy: string, level?: string): string[] {
  return parsePolicyLines(r.output)
    .filter((l) => l.policy === policy && (!level || l.level === level))
    .map((l) => l.urn ?? `(no urn: ${l.subject})`)
    .sort();
}

const allUrns = (stack: string) => exampleResources.map((r) => exampleUrn(stack, r.type, r.name)).sort();

describe("scenario 1: default config, stack us (alicloud:region us-west-1)", () => {
  let r: RunResult;
  beforeAll(async () => {
    const w = await workspace("us", "us");
    r = await w.preview("us");
  });

  it("fails the preview", () => {
    withLog(r, () => expect(r.code).not.toBe(0));
    expect(r.output).toMatch(/❌ us-person-data-guard@v0\.1\.0 \(local: /);
  });

  it("reports restricted-provider (mandatory) on every resource and the default provider", () => {
    withLog(r, () => expect(reported(r, "restricted-provider", "mandatory")).toEqual(allUrns("us")));
    // The CLI's own summary line per resource, as users see it.
    for (const subject of [
      "alicloud:oss:Bucket: customer-data",
      "alicloud:vpc:Network: customer-vpc",
      "alicloud:vpc:Switch: customer-vswitch",
      "alicloud:ecs:Instance: app",
      "alicloud:rds:Instance: customer-db",
      "alicloud:rds:Account: app-account",
      "pulumi:providers:alicloud: default_3_108_0",
    ]) {
      expect(r.output).toContain(`restricted-provider  (${subject})`);
    }
  });

  it("names the region, its jurisdiction and the determination; no restricted-region in the US", () => {
    const bucket = parsePolicyLines(r.output).find((l) => l.policy === "restricted-provider" && l.subject.endsWith("customer-data"));
    expect(bucket?.message).toContain(
      "alicloud:oss/bucket:Bucket 'customer-data' (provider package alicloud, region us-west-1 (US)) is restricted for U.S.-person data by determination us-dsp-2025 (28 CFR Part 202 (EO 14117))",
    );
    expect(reported(r, "restricted-region")).toEqual([]);
  });

  it("never prints the secret account password", () => {
    expect(r.output).not.toContain("correct-Horse-battery-9");
  });
});

describe("scenario 2: stack cn (alicloud:region cn-hangzhou)", () => {
  let r: RunResult;
  beforeAll(async () => {
    const w = await workspace("cn", "cn");
    r = await w.preview("cn");
  });

  it("fails with restricted-provider and restricted-region (CN) on every resource", () => {
    withLog(r, () => expect(r.code).not.toBe(0));
    withLog(r, () => {
      expect(reported(r, "restricted-provider", "mandatory")).toEqual(allUrns("cn"));
      expect(reported(r, "restricted-region", "mandatory")).toEqual(allUrns("cn"));
    });
    for (const l of parsePolicyLines(r.output).filter((x) => x.policy === "restricted-region")) {
      expect(l.message).toContain("region cn-hangzhou (CN)");
      expect(l.message).toContain("lies in restricted jurisdiction CN");
    }
  });
});

describe("scenario 3: --policy-pack-config examples/configs/migration-advisory.json", () => {
  let r: RunResult;
  beforeAll(async () => {
    const w = await workspace("advisory", "us");
    r = await w.preview("us", { config: path.join(configsDir, "migration-advisory.json") });
  });

  it("succeeds, with every finding downgraded to an advisory warning", () => {
    withLog(r, () => expect(r.code).toBe(0));
    expect(r.output).toMatch(/⚠️ us-person-data-guard@v0\.1\.0/);
    expect(reported(r, "restricted-provider", "advisory")).toEqual(allUrns("us"));
    expect(parsePolicyLines(r.output).filter((l) => l.level === "mandatory")).toEqual([]);
    expect(r.output).toMatch(/\+ 8 to create/);
  });

  it("prints the migration-inventory summary", () => {
    const inv = parsePolicyLines(r.output).filter((l) => l.policy === "migration-inventory");
    expect(inv).toHaveLength(1);
    expect(inv[0]?.message).toContain(
      "Migration inventory under determination us-dsp-2025 (28 CFR Part 202 (EO 14117)): 8 resource(s) to move, 0 kept in place by exemptions.",
    );
    expect(inv[0]?.message).toContain("By region: alicloud us-west-1: 8.");
    expect(inv[0]?.message).toContain("alicloud:oss/bucket:Bucket → Amazon S3");
  });
});

describe("scenario 4: tagged scope + an exemption covering the stack (examples/configs/e2e-tagged-exemption.json)", () => {
  const config = path.join(configsDir, "e2e-tagged-exemption.json");
  const stack = "e2e-tagged";
  let w: Workspace;
  beforeAll(async () => {
    w = await workspace("tagged", stack, { "alicloud:region": "us-west-1", zoneId: "us-west-1a" });
  });

  it("tag removed (pulumi config set tagged false): nothing in scope, the preview succeeds", async () => {
    await w.setConfig(stack, "tagged", "false");
    const r = await w.preview(stack, { config });
    withLog(r, () => expect(r.code).toBe(0));
    expect(parsePolicyLines(r.output).filter((l) => l.level === "mandatory")).toEqual([]);
    expect(reported(r, "restricted-provider")).toEqual([]);
    // Nothing in scope, so the exemption is unused and exemption-review says so.
    const review = parsePolicyLines(r.output).filter((l) => l.policy === "exemption-review");
    expect(review.map((l) => l.message).join("\n")).toMatch(/Exemption EXC-E2E-STACK .*matched no resource in this stack/);
  });

  it("tag present: the exemption keeps the tagged resources in place and the preview succeeds", async () => {
    await w.setConfig(stack, "tagged", "true");
    const r = await w.preview(stack, { config });
    withLog(r, () => expect(r.code).toBe(0));
    expect(parsePolicyLines(r.output).filter((l) => l.level === "mandatory")).toEqual([]);
    const tagged = exampleResources.filter((x) => x.tagged);
    const review = parsePolicyLines(r.output)
      .filter((l) => l.policy === "exemption-review")
      .map((l) => l.message)
      .join("\n");
    expect(review).toContain(
      `Exemption EXC-E2E-STACK (approved by security@example.com, ticket SEC-E2E) covers ${tagged.length} resource(s)`,
    );
    const inv = parsePolicyLines(r.output).find((l) => l.policy === "migration-inventory");
    expect(inv?.message).toContain(`0 resource(s) to move, ${tagged.length} kept in place by exemptions.`);
  });
});
