/**
 * A state whose region is an encrypted secret: the scan reads the resource's
 * own endpoints in its outputs (`bucketRegionalDomainName`, `endpoint`, …)
 * instead of leaving it unplaced, and prints no secret.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formats } from "../../policypack/report";
import { now, run } from "./helpers";

const sig = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";
const cipher = (tag: string) => ({ [sig]: secretSig, ciphertext: `v1:CIPHER-${tag}` });
const pre = "urn:pulumi:prod::shop::";
const secretProvider = `${pre}pulumi:providers:aws::default_6_60_0`;
const usProvider = `${pre}pulumi:providers:aws::us`;

function stack(): unknown {
  const res = (type: string, name: string, outputs: Record<string, unknown>, provider = `${secretProvider}::p1`) => ({
    urn: `${pre}${type}::${name}`,
    custom: true,
    id: name,
    type,
    inputs: { bucket: name },
    outputs,
    provider,
  });
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-11-01T00:00:00Z", magic: "m", version: "v3.248.0" },
      secrets_providers: { type: "passphrase", state: { salt: "v1:x" } },
      resources: [
        { urn: `${pre}pulumi:pulumi:Stack::shop-prod`, custom: false, type: "pulumi:pulumi:Stack" },
        {
          urn: secretProvider,
          custom: true,
          id: "p1",
          type: "pulumi:providers:aws",
          inputs: { region: cipher("R1") },
          outputs: { region: cipher("R2") },
        },
        {
          urn: usProvider,
          custom: true,
          id: "p2",
          type: "pulumi:providers:aws",
          inputs: { region: "us-east-1" },
          outputs: { region: "us-east-1" },
        },
        res("aws:s3/bucketV2:BucketV2", "cn", { arn: "arn:aws:s3:::cn", bucketRegionalDomainName: "cn.s3.cn-north-1.amazonaws.com.cn" }),
        res("aws:rds/instance:Instance", "hk", {
          endpoint: "hk.abc123.ap-east-1.rds.amazonaws.com:5432",
          address: "hk.abc123.ap-east-1.rds.amazonaws.com",
        }),
        res("aws:s3/bucketV2:BucketV2", "us", { arn: "arn:aws:s3:::us", bucketRegionalDomainName: "us.s3.us-east-1.amazonaws.com" }),
        res("aws:lb/loadBalancer:LoadBalancer", "hidden", { dnsName: cipher("DNS") }),
        // placed by its provider: outputs are not read for endpoints (the region already decides)
        res("aws:s3/bucketV2:BucketV2", "placed", { bucketRegionalDomainName: "placed.s3.ap-east-1.amazonaws.com" }, `${usProvider}::p2`),
      ],
    },
  };
}

describe("scan: endpoints in outputs place a resource whose region is a secret", () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "updg-outputs-"));
    file = path.join(dir, "prod.json");
    fs.writeFileSync(file, JSON.stringify(stack()));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports the bucket in CN and the database in HK as mandatory restricted-region findings; the U.S. bucket only as unplaced", async () => {
    const r = await run(["scan", file, "--format", "json", "--now", now]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      findings: {
        name: string;
        policy: string;
        rule: string;
        level?: string;
        enforcementLevel?: string;
        jurisdictions?: string[];
        message?: string;
      }[];
    };
    const of = (name: string) => report.findings.filter((f) => f.name === name);
    const jurisdiction = (name: string) => of(name).filter((f) => f.policy === "restricted-region" && f.rule === "jurisdiction");
    expect(jurisdiction("cn").map((f) => f.jurisdictions)).toEqual([["CN"]]);
    expect(jurisdiction("hk").map((f) => f.jurisdictions)).toEqual([["HK"]]);
    expect(jurisdiction("us")).toEqual([]);
    expect(of("us").map((f) => f.rule)).toEqual(["unknown-region"]);
    expect(jurisdiction("hidden")).toEqual([]);
    expect(of("placed")).toEqual([]);
  });

  it.each([...formats])("%s: no ciphertext in the report", async (format) => {
    const r = await run(["scan", file, "--format", format, "--now", now]);
    expect(r.stdout + r.stderr).not.toContain("CIPHER");
  });
});
