/** The scan decides as the pack: its finding cap (`capFindings`), its exemption horizon (`checkExemptionHorizon`), and unknownRegion for a region nothing determines. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "./helpers";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "upd-scan-cap-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

const stack = "urn:pulumi:prod::cap";
const hkProvider = `${stack}::pulumi:providers:aws::hk`;
const usProvider = `${stack}::pulumi:providers:aws::us`;

/** An app in us-east-1 whose environment names `n` buckets of an ap-east-1 provider by ARN. */
function state(n: number): unknown {
  const buckets = Array.from({ length: n }, (_, i) => ({
    urn: `${stack}::aws:s3/bucketV2:BucketV2::hk-${i}`,
    custom: true,
    id: `hk-bucket-${i}`,
    type: "aws:s3/bucketV2:BucketV2",
    inputs: { bucket: `hk-bucket-${i}` },
    outputs: { bucket: `hk-bucket-${i}`, arn: `arn:aws:s3:::hk-bucket-${i}`, region: "ap-east-1" },
    provider: `${hkProvider}::p-hk`,
  }));
  const env = Object.fromEntries(buckets.map((_b, i) => [`BUCKET_${i}`, `arn:aws:s3:::hk-bucket-${i}`]));
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-01-01T00:00:00Z", magic: "x", version: "v3.248.0" },
      resources: [
        { urn: `${stack}::pulumi:pulumi:Stack::cap-prod`, custom: false, type: "pulumi:pulumi:Stack" },
        {
          urn: hkProvider,
          custom: true,
          id: "p-hk",
          type: "pulumi:providers:aws",
          inputs: { region: "ap-east-1" },
          outputs: { region: "ap-east-1" },
        },
        {
          urn: usProvider,
          custom: true,
          id: "p-us",
          type: "pulumi:providers:aws",
          inputs: { region: "us-east-1" },
          outputs: { region: "us-east-1" },
        },
        ...buckets,
        {
          urn: `${stack}::aws:lambda/function:Function::app`,
          custom: true,
          id: "app",
          type: "aws:lambda/function:Function",
          inputs: { environment: { variables: env } },
          outputs: { environment: { variables: env }, arn: "arn:aws:lambda:us-east-1:123456789012:function:app" },
          provider: `${usProvider}::p-us`,
        },
      ],
    },
  };
}

interface Report {
  findings: { policy: string; urn: string; message?: string; reason?: string; count?: number }[];
}

describe("scan: one finding per (policy, resource, kind of destination), as the pack reports", () => {
  it("collapses the app's flows into the ap-east-1 buckets into one, with the count", async () => {
    for (const n of [1, 3, 7]) {
      const r = await run(["scan", writeTmp(`cap-${n}.json`, state(n)), "--format", "json", "--now", "2026-11-28"]);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      const flows = report.findings.filter((f) => f.policy === "restricted-data-flow" && f.urn.endsWith("::app"));
      expect(flows).toHaveLength(1);
      const text = JSON.stringify(flows[0]);
      if (n > 1) expect(text).toContain(`and ${n - 1} more`);
      else expect(text).not.toContain("more)");
      // Each bucket is still its own restricted-region finding (other resources, never merged).
      expect(report.findings.filter((f) => f.policy === "restricted-region" && /::hk-\d+$/.test(f.urn))).toHaveLength(n);
    }
  });
});

describe("scan: exemptions may not run beyond maxExemptionDays", () => {
  const exemption = (expires: string) => ({
    id: "EXC-FAR",
    resources: [`${stack}::aws:lambda/function:Function::app`],
    reason: "migration",
    expires,
  });

  it("rejects an exemption expiring more than maxExemptionDays after --now, naming the file, policy, key and id (exit 2)", async () => {
    const input = writeTmp("far-state.json", state(1));
    const cfg = writeTmp("far.json", { "restricted-data-flow": { exemptions: [exemption("2028-06-01")] } });
    const r = await run(["scan", input, "--config", cfg, "--now", "2026-11-28"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`${cfg}: invalid configuration for policy 'restricted-data-flow', key 'exemptions[0].expires'`);
    expect(r.stderr).toContain("exemption 'EXC-FAR' expires 2028-06-01");
    expect(r.stderr).toContain("maxExemptionDays (365)");
  });

  it("accepts it within the horizon, with a larger maxExemptionDays, later --now, or when the policy is disabled", async () => {
    const input = writeTmp("near-state.json", state(1));
    const ok = async (config: unknown, now = "2026-11-28"): Promise<number> =>
      (await run(["scan", input, "--config", writeTmp("ok.json", config), "--now", now, "--format", "json"])).code;
    expect(await ok({ "restricted-data-flow": { exemptions: [exemption("2027-06-01")] } })).not.toBe(2);
    expect(await ok({ "restricted-data-flow": { maxExemptionDays: 730, exemptions: [exemption("2028-06-01")] } })).not.toBe(2);
    expect(await ok({ "restricted-data-flow": { exemptions: [exemption("2028-06-01")] } }, "2027-12-01")).not.toBe(2);
    expect(await ok({ "restricted-data-flow": { enforcementLevel: "disabled", exemptions: [exemption("2028-06-01")] } })).not.toBe(2);
    // The same check, on another policy's exemptions.
    expect(await ok({ "restricted-region": { exemptions: [exemption("2030-01-01")] } })).toBe(2);
  });
});

describe("scan: a region nothing determines follows unknownRegion, as in the pack", () => {
  const azStack = "urn:pulumi:prod::az";
  const provider = `${azStack}::pulumi:providers:azure-native::default_3_8_0`;
  const doc = (resources: unknown[]) => ({
    version: 3,
    deployment: {
      manifest: { time: "2026-01-01T00:00:00Z", magic: "x", version: "v3.248.0" },
      resources: [
        { urn: `${azStack}::pulumi:pulumi:Stack::az-prod`, custom: false, type: "pulumi:pulumi:Stack" },
        { urn: provider, custom: true, id: "p1", type: "pulumi:providers:azure-native", inputs: {}, outputs: {} },
        ...resources,
      ],
    },
  });
  const server = {
    urn: `${azStack}::azure-native:sql:Server::orders-sql`,
    custom: true,
    id: "orders-sql",
    type: "azure-native:sql:Server",
    inputs: { serverName: "orders-sql", resourceGroupName: "rg-shared" },
    outputs: { name: "orders-sql" },
    provider: `${provider}::p1`,
  };
  const group = (location: string) => ({
    urn: `${azStack}::azure-native:resources:ResourceGroup::rg-shared`,
    custom: true,
    id: "/subscriptions/0/resourceGroups/rg-shared",
    type: "azure-native:resources:ResourceGroup",
    inputs: { resourceGroupName: "rg-shared", location },
    outputs: { name: "rg-shared", location },
    provider: `${provider}::p1`,
  });

  it("an azure-native resource without a location in a resource group outside the state: advisory, naming the group; mandatory with violation", async () => {
    const input = writeTmp("az-outside.json", doc([server]));
    const r = await run(["scan", input, "--format", "json", "--now", "2026-11-28", "--fail-on", "mandatory"]);
    const report = JSON.parse(r.stdout) as { findings: { policy: string; level: string; urn: string; message: string }[] };
    const mine = report.findings.filter((f) => f.urn === server.urn);
    expect(mine.map((f) => [f.policy, f.level])).toEqual([["restricted-region", "advisory"]]);
    expect(mine[0]!.message).toContain("resource group 'rg-shared', which is not in this stack");
    const cfg = writeTmp("violation.json", { "restricted-region": { unknownRegion: "violation" } });
    const strict = await run(["scan", input, "--config", cfg, "--format", "json", "--now", "2026-11-28"]);
    expect(strict.code).toBe(1);
    const s = JSON.parse(strict.stdout) as { findings: { urn: string; level: string }[] };
    expect(s.findings.filter((f) => f.urn === server.urn).map((f) => f.level)).toEqual(["mandatory"]);
  });

  it("in a resource group of the state in East Asia it is mandatory; in East US it is clean", async () => {
    const hk = await run(["scan", writeTmp("az-hk.json", doc([group("eastasia"), server])), "--format", "json", "--now", "2026-11-28"]);
    const hkReport = JSON.parse(hk.stdout) as { findings: { urn: string; policy: string; level: string }[] };
    expect(hkReport.findings.filter((f) => f.urn === server.urn).map((f) => [f.policy, f.level])).toEqual([
      ["restricted-region", "mandatory"],
    ]);
    const us = await run(["scan", writeTmp("az-us.json", doc([group("eastus"), server])), "--format", "json", "--now", "2026-11-28"]);
    expect((JSON.parse(us.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(us.code).toBe(0);
  });
});
