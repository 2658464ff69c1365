import { decide } from "../../policypack/core/decide";
import { messageFor } from "../../policypack/core/message";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import type { SettingsInput } from "../../policypack/determination/types";
import { clock, clockAt, defaultProvider, explicitProvider, providerResource, resource } from "../support/views";

const settings = (s: SettingsInput = {}) => compileSettings(s);
const policiesOf = (fs: { policy: string }[]) => fs.map((f) => f.policy).sort();

describe("decide: restricted provider", () => {
  const alicloudUS = defaultProvider("alicloud", { region: "us-west-1" });
  const alicloudCN = defaultProvider("alicloud", { region: "cn-hangzhou" });

  it("blocks an alicloud bucket in a U.S. region by type token, naming package, region and determination", () => {
    const fs = decide(resource("alicloud:oss/bucket:Bucket", "customer-data", { bucket: "cd" }, alicloudUS), settings(), clock);
    expect(policiesOf(fs)).toEqual(["restricted-provider"]);
    const [f] = fs;
    expect(f!.blocking).toBe(true);
    const m = messageFor(f!);
    expect(m).toContain("alicloud:oss/bucket:Bucket");
    expect(m).toContain("provider package alicloud");
    expect(m).toContain("us-west-1 (US)");
    expect(m).toContain("us-dsp-2025");
    expect(m).toContain("28 CFR Part 202");
  });

  it("adds restricted-region for cn-hangzhou, with CN", () => {
    const fs = decide(resource("alicloud:oss/bucket:Bucket", "customer-data", {}, alicloudCN), settings(), clock);
    expect(policiesOf(fs)).toEqual(["restricted-provider", "restricted-region"]);
    const region = fs.find((f) => f.policy === "restricted-region")!;
    expect(region.region).toBe("cn-hangzhou");
    expect(region.jurisdictions).toEqual(["CN"]);
    expect(region.regionSource).toBe("stack-config:region");
  });

  it("analyses provider resources in their own right", () => {
    const fs = decide(providerResource(alicloudCN), settings(), clock);
    expect(policiesOf(fs)).toEqual(["restricted-provider", "restricted-region"]);
  });

  it.each([
    "tencentcloud:Cos/bucket:Bucket",
    "huaweicloud:Obs/bucket:Bucket",
    "volcengine:ecs/instance:Instance",
    "pulumi:providers:tencentcloud",
  ])("blocks %s under us-dsp-2025", (type) => {
    const fs = decide(resource(type, "x", {}), settings(), clock);
    expect(fs.some((f) => f.policy === "restricted-provider" && f.blocking)).toBe(true);
  });

  it("matches type tokens case-sensitively", () => {
    expect(decide(resource("Alicloud:oss/bucket:Bucket", "x", {}), settings(), clock)).toEqual([]);
  });

  it("never loses the provider finding to unknown or odd inputs", () => {
    const inputs = { region: unknownString, tags: unknownString, zoneId: 42, __proto__x: { a: 1 } };
    const fs = decide(
      resource("alicloud:ecs/instance:Instance", "vm", inputs, defaultProvider("alicloud", { region: unknownString })),
      settings(),
      clock,
    );
    const p = fs.find((f) => f.policy === "restricted-provider")!;
    expect(p.blocking).toBe(true);
  });

  it("keeps the provider finding when the clock throws (fail closed)", () => {
    const broken = () => {
      throw new Error("clock broke");
    };
    const fs = decide(resource("alicloud:oss/bucket:Bucket", "b", {}), settings(), broken);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.policy).toBe("restricted-provider");
    expect(fs[0]!.error).toContain("clock broke");
  });

  it("keeps the provider finding when reading an input throws (fail closed), with the error summarised", () => {
    const inputs = {};
    Object.defineProperty(inputs, "region", {
      enumerable: true,
      get: () => {
        throw new TypeError("boom while reading");
      },
    });
    const fs = decide(resource("alicloud:oss/bucket:Bucket", "b", inputs), settings(), clock);
    expect(fs).toEqual([
      expect.objectContaining({ policy: "restricted-provider", blocking: true, error: "TypeError: boom while reading" }),
    ]);
    expect(messageFor(fs[0]!)).toContain("failing closed after an internal error: TypeError: boom while reading");
  });

  it("alibaba-cloud-review restricts only alicloud", () => {
    const s = settings({ determination: "alibaba-cloud-review" });
    expect(decide(resource("alicloud:oss/bucket:Bucket", "b", {}, alicloudUS), s, clock).map((f) => f.policy)).toEqual([
      "restricted-provider",
    ]);
    expect(decide(resource("tencentcloud:Cos/bucket:Bucket", "b", {}), s, clock)).toEqual([]);
    expect(decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, defaultProvider("aws", { region: "ap-east-1" })), s, clock)).toEqual([]);
  });
});

describe("decide: region resolution order", () => {
  it("uses the explicit provider's region (the awsguard gap, pulumi-policy-aws#96)", () => {
    const hk = explicitProvider("aws", "hk", { region: "ap-east-1" });
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, hk), settings(), clock);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      policy: "restricted-region",
      region: "ap-east-1",
      jurisdictions: ["HK"],
      regionSource: "provider:region",
    });
  });

  it("prefers the resource's own region over the provider's", () => {
    const us = defaultProvider("aws", { region: "us-east-1" });
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", { region: "cn-north-1" }, us), settings(), clock);
    expect(fs[0]).toMatchObject({ region: "cn-north-1", jurisdictions: ["CN"], regionSource: "input:region" });
    const clean = decide(
      resource("aws:s3/bucketV2:BucketV2", "b", { region: "us-west-2" }, defaultProvider("aws", { region: "cn-north-1" })),
      settings(),
      clock,
    );
    expect(clean).toEqual([]);
  });

  it("resolves zones to regions", () => {
    const fs = decide(resource("aws:ec2/instance:Instance", "vm", { availabilityZone: "ap-east-1a" }), settings(), clock);
    expect(fs[0]).toMatchObject({ region: "ap-east-1", jurisdictions: ["HK"] });
  });

  it("knows ap-southeast-1 is Hong Kong on Huawei Cloud but Singapore on AWS", () => {
    expect(
      decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, defaultProvider("aws", { region: "ap-southeast-1" })), settings(), clock),
    ).toEqual([]);
    const hw = decide(
      resource("huaweicloud:Obs/bucket:Bucket", "b", {}, defaultProvider("huaweicloud", { region: "ap-southeast-1" })),
      settings(),
      clock,
    );
    expect(hw.find((f) => f.policy === "restricted-region")).toMatchObject({ jurisdictions: ["HK"] });
  });

  it("accepts Azure short and display names, and GCS upper-case locations", () => {
    for (const location of ["chinaeast2", "China East 2"]) {
      const fs = decide(resource("azure-native:storage:StorageAccount", "sa", { location }), settings(), clock);
      expect(fs[0]).toMatchObject({ policy: "restricted-region", jurisdictions: ["CN"] });
    }
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", { location: "ASIA-EAST2" }), settings(), clock)[0]).toMatchObject({
      jurisdictions: ["HK"],
    });
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", { location: "ASIA-EAST1" }), settings(), clock)).toEqual([]);
  });

  it("uses GCS custom dual-region placement over the multi-region location", () => {
    const tokyoOsaka = { location: "ASIA", customPlacementConfig: { dataLocations: ["ASIA-NORTHEAST1", "ASIA-NORTHEAST2"] } };
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", tokyoOsaka), settings(), clock)).toEqual([]);
    const withHk = { location: "ASIA", customPlacementConfig: { dataLocations: ["ASIA-EAST1", "ASIA-EAST2"] } };
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", withHk), settings(), clock)[0]).toMatchObject({
      region: "asia-east2",
      jurisdictions: ["HK"],
    });
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", { location: "ASIA" }), settings(), clock)[0]).toMatchObject({
      policy: "restricted-region",
    });
  });

  it("uses Azure environment: china on the provider", () => {
    const p = defaultProvider("azure-native", { environment: "china" });
    const fs = decide(resource("azure-native:resources:ResourceGroup", "rg", {}, p), settings(), clock);
    expect(fs[0]).toMatchObject({ policy: "restricted-region", jurisdictions: ["CN"], regionSource: "provider:environment" });
  });

  it("uses endpoint overrides into the China partition", () => {
    const p = explicitProvider("aws", "cn", { endpoints: [{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }] });
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, p), settings(), clock);
    expect(fs[0]).toMatchObject({ policy: "restricted-region", jurisdictions: ["CN"] });
  });

  it("flags an AWS provider whose endpoint is an Alibaba Cloud host as restricted-provider", () => {
    const p = explicitProvider("aws", "oss", { region: "us-east-1", endpoints: [{ s3: "https://oss-us-east-1.aliyuncs.com" }] });
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, p), settings(), clock);
    expect(fs[0]).toMatchObject({ policy: "restricted-provider", rule: "vendor-endpoint" });
  });
});

describe("decide: unknown and uncatalogued regions", () => {
  const unknownProvider = defaultProvider("aws", { region: unknownString });
  it("defers an unknown region to advisory", () => {
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, unknownProvider), settings(), clock);
    expect(fs).toEqual([expect.objectContaining({ policy: "restricted-region", rule: "unknown-region", blocking: false })]);
    expect(messageFor(fs[0]!)).toContain("may be restricted");
  });
  it("fails closed with unknownRegion: violation", () => {
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, unknownProvider), settings({ unknownRegion: "violation" }), clock);
    expect(fs[0]).toMatchObject({ rule: "unknown-region", blocking: true });
  });
  it("reports a region missing from the catalog, and honours determination.regions overrides", () => {
    const r = resource("aws:s3/bucketV2:BucketV2", "b", { region: "cn-east-9" });
    expect(decide(r, settings(), clock)[0]).toMatchObject({ rule: "uncatalogued-region", blocking: false });
    const s = settings({
      determination: { id: "acme", extends: "us-dsp-2025", regions: [{ provider: "aws", region: "cn-east-9", jurisdiction: "CN" }] },
    });
    expect(decide(r, s, clock)[0]).toMatchObject({ rule: "jurisdiction", jurisdictions: ["CN"] });
  });
  it("ignores resources without any location", () => {
    expect(decide(resource("aws:iam/role:Role", "r", { assumeRolePolicy: "{}" }), settings(), clock)).toEqual([]);
    expect(decide(resource("pulumi:pulumi:Stack", "shop-prod", {}), settings(), clock)).toEqual([]);
  });
});

describe("decide: allowedRegions", () => {
  const s = settings({ allowedRegions: { aws: ["us-*"] } });
  it("flags a region outside the list", () => {
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, defaultProvider("aws", { region: "eu-west-1" })), s, clock);
    expect(fs[0]).toMatchObject({ rule: "residency", region: "eu-west-1", blocking: true });
  });
  it("passes a region inside the list and ignores other packages", () => {
    expect(decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, defaultProvider("aws", { region: "us-gov-west-1" })), s, clock)).toEqual(
      [],
    );
    expect(decide(resource("gcp:storage/bucket:Bucket", "b", { location: "EU" }), s, clock)).toEqual([]);
  });
});

describe("decide: scope", () => {
  const tagged = settings({ scope: { mode: "tagged", tagKeys: ["data-classification"], tagValues: ["us-person"] } });
  const alicloud = defaultProvider("alicloud", { region: "us-west-1" });
  it("includes resources tagged case-insensitively, in several tag shapes", () => {
    for (const inputs of [
      { tags: { "Data-Classification": "US-Person" } },
      { labels: { "data-classification": "us-person" } },
      { tags: [{ key: "data-classification", value: "us-person" }] },
      { definedTags: { governance: { "data-classification": "us-person" } } },
    ]) {
      expect(decide(resource("alicloud:oss/bucket:Bucket", "b", inputs, alicloud), tagged, clock)).toHaveLength(1);
    }
  });
  it("excludes untagged resources and other values", () => {
    expect(decide(resource("alicloud:oss/bucket:Bucket", "b", {}, alicloud), tagged, clock)).toEqual([]);
    expect(
      decide(resource("alicloud:oss/bucket:Bucket", "b", { tags: { "data-classification": "public" } }, alicloud), tagged, clock),
    ).toEqual([]);
  });
  it("uses AWS default tags from the provider", () => {
    const p = defaultProvider("aws", { region: "ap-east-1", defaultTags: { tags: { "data-classification": "us-person" } } });
    expect(decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, p), tagged, clock)).toHaveLength(1);
  });
  it("treats unknown tags as in scope, deferred to advisory", () => {
    const fs = decide(resource("alicloud:oss/bucket:Bucket", "b", { tags: unknownString }, alicloud), tagged, clock);
    expect(fs).toEqual([expect.objectContaining({ policy: "restricted-provider", blocking: false })]);
  });
});

describe("decide: exemptions and time", () => {
  const urn = "urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs-2026";
  const exemption = (expires: string) => ({
    id: "EXC-42",
    resources: ["urn:pulumi:prod::shop::alicloud:oss/bucket:Bucket::logs*"],
    reason: "mirror",
    expires,
  });
  const r = resource("alicloud:oss/bucket:Bucket", "logs-2026", {}, defaultProvider("alicloud", { region: "us-west-1" }));
  it("honours an exemption through its expiry day (UTC)", () => {
    expect(r.urn).toBe(urn);
    const s = settings({ exemptions: [exemption("2026-11-28")] });
    expect(decide(r, s, clockAt("2026-11-28T23:59:59Z"))[0]!.exemption).toEqual({
      id: "EXC-42",
      status: "honoured",
      expires: "2026-11-28",
    });
    const after = decide(r, s, clockAt("2026-11-29T00:00:00Z"))[0]!;
    expect(after.exemption).toEqual({ id: "EXC-42", status: "expired", expires: "2026-11-28" });
    expect(messageFor(after)).toContain("Exemption EXC-42 matches but expired on 2026-11-28");
  });
  it("handles leap days", () => {
    const s = settings({ exemptions: [exemption("2028-02-29")] });
    expect(decide(r, s, clockAt("2028-02-29T12:00:00Z"))[0]!.exemption!.status).toBe("honoured");
    expect(decide(r, s, clockAt("2028-03-01T00:00:00Z"))[0]!.exemption!.status).toBe("expired");
  });
  it("sends rules with a future effective date to upcoming-restriction", () => {
    const s = settings({ determination: { id: "acme-2027", extends: "us-dsp-2025", effective: "2027-01-01" } });
    const fs = decide(r, s, clock);
    expect(fs).toEqual([expect.objectContaining({ policy: "upcoming-restriction", effective: "2027-01-01", blocking: false })]);
    expect(messageFor(fs[0]!)).toContain("from 2027-01-01");
    expect(decide(r, s, clockAt("2027-01-01T00:00:00Z"))[0]!.policy).toBe("restricted-provider");
  });
  it("supports per-provider effective dates", () => {
    const s = settings({
      determination: {
        id: "acme",
        providers: ["tencentcloud", { package: "alicloud", effective: "2027-06-01", reason: "board decision" }],
      },
    });
    const fs = decide(r, s, clock);
    expect(fs[0]).toMatchObject({ policy: "upcoming-restriction", effective: "2027-06-01", reason: "board decision" });
  });
});

describe("messages never carry property values", () => {
  it("omits secrets and other inputs", () => {
    const inputs = { password: "hunter2-SECRET", accountPassword: "s3cr3t-VALUE", tags: { owner: "alice@example.com" } };
    const p = defaultProvider("alicloud", { region: "cn-beijing", secretKey: "AKIA-SECRET-KEY" });
    for (const f of decide(resource("alicloud:rds/account:Account", "app", inputs, p), settings(), clock)) {
      const m = messageFor(f);
      for (const secret of ["hunter2-SECRET", "s3cr3t-VALUE", "alice@example.com", "AKIA-SECRET-KEY"]) expect(m).not.toContain(secret);
    }
  });
});
