/** No region is not "clean"; global resources are not regional; identifiers in outputs place a resource. */
import { decide } from "../../policypack/core/decide";
import { messageFor } from "../../policypack/core/message";
import { arnParts, gcpPathLocation, identifierLocation } from "../../policypack/core/identifiers";
import { secretPlaceholder } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import type { ResourceView } from "../../policypack/core/types";
import { clock, defaultProvider, explicitProvider, providerResource, resource } from "../support/views";
import * as fc from "fast-check";

const defaults = compileSettings({});
const strict = compileSettings({ unknownRegion: "violation" });
const summary = (fs: ReturnType<typeof decide>) => fs.map((f) => [f.policy, f.rule, f.blocking]);

describe("an undeterminable region follows unknownRegion", () => {
  const noRegion = defaultProvider("aws", { version: "6.66.0" });
  const bucket = resource("aws:s3/bucketV2:BucketV2", "logs", { bucket: "acme-logs" }, noRegion);

  it("is advisory by default, saying where the region comes from and how to set it", () => {
    const fs = decide(bucket, defaults, clock);
    expect(summary(fs)).toEqual([["restricted-region", "unknown-region", false]]);
    const m = messageFor(fs[0]!);
    expect(m).toContain("region not set");
    expect(m).toContain("aws:region");
  });

  it("is mandatory with unknownRegion violation", () => {
    expect(summary(decide(bucket, strict, clock))).toEqual([["restricted-region", "unknown-region", true]]);
  });

  it("applies to family members (aws-native) and to allowedRegions-only determinations", () => {
    const r = resource("aws-native:s3:Bucket", "b", {}, defaultProvider("aws-native", {}));
    expect(summary(decide(r, defaults, clock))).toEqual([["restricted-region", "unknown-region", false]]);
    const residencyOnly = compileSettings({
      determination: { id: "acme-residency", jurisdictions: [] },
      allowedRegions: { aws: ["us-*"] },
    });
    expect(summary(decide(bucket, residencyOnly, clock))).toEqual([["restricted-region", "unknown-region", false]]);
  });

  it("says nothing when no region could change the decision (no jurisdictions, no allowedRegions)", () => {
    expect(decide(bucket, compileSettings({ determination: "alibaba-cloud-review" }), clock)).toEqual([]);
  });

  it("does not flag a provider resource (it only sets a default) nor an azure resource placed by its resource group", () => {
    expect(decide(providerResource(noRegion), strict, clock)).toEqual([]);
    const sa = resource("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "rg" }, defaultProvider("azure-native", {}));
    expect(decide(sa, strict, clock)).toEqual([]);
  });
});

describe("global resources are not regional", () => {
  const noRegion = defaultProvider("aws", {});
  it.each([
    ["aws:iam/role:Role"],
    ["aws:route53/zone:Zone"],
    ["aws:cloudfront/distribution:Distribution"],
    ["aws-native:iam:Role"],
    ["gcp:projects/iAMMember:IAMMember"],
    ["gcp:compute/network:Network"],
    ["azure-native:authorization:RoleAssignment"],
  ])("%s gets no region finding, even with unknownRegion violation", (type) => {
    expect(decide(resource(type, "x", { name: "x" }, noRegion), strict, clock)).toEqual([]);
  });

  it("a regional type under a global prefix is still regional (Route 53 Resolver)", () => {
    const fs = decide(resource("aws:route53/resolverEndpoint:ResolverEndpoint", "x", {}, noRegion), strict, clock);
    expect(summary(fs)).toEqual([["restricted-region", "unknown-region", true]]);
  });

  it("the location 'global' is not a region (no uncatalogued-region noise)", () => {
    expect(decide(resource("azure-native:network:PrivateDnsZone", "z", { location: "global" }), strict, clock)).toEqual([]);
    expect(decide(resource("azure-native:insights:ActionGroup", "g", { location: "Global" }), strict, clock)).toEqual([]);
  });

  it("a package without a region table is not placed by a host-like value (Cloudflare zone example.com)", () => {
    expect(decide(resource("cloudflare:index/zone:Zone", "z", { zone: "example.com" }), strict, clock)).toEqual([]);
  });
});

describe("identifiers in outputs place a resource when nothing else does", () => {
  const outputs = (type: string, inputs: Record<string, unknown>, provider = defaultProvider("aws", {})): ResourceView => ({
    ...resource(type, "x", inputs, provider),
    state: "outputs",
  });

  it.each([
    [
      "an ARN with a region",
      outputs("aws:rds/instance:Instance", { arn: "arn:aws:rds:ap-east-1:123456789012:db:orders" }),
      "ap-east-1",
      ["HK"],
    ],
    [
      "an aws-cn ARN without a region (IAM)",
      outputs("aws:iam/policy:Policy", { arn: "arn:aws-cn:iam::123456789012:policy/x" }),
      undefined,
      undefined,
    ],
    [
      "a GCP self link",
      outputs(
        "gcp:compute/instance:Instance",
        { selfLink: "https://www.googleapis.com/compute/v1/projects/p/zones/asia-east2-a/instances/vm" },
        defaultProvider("gcp", {}),
      ),
      "asia-east2",
      ["HK"],
    ],
  ])("%s", (_label, view, region, jurisdictions) => {
    const fs = decide(view, defaults, clock);
    if (region) {
      expect(summary(fs)).toEqual([["restricted-region", "jurisdiction", true]]);
      expect(fs[0]!.region).toBe(region);
      expect(fs[0]!.jurisdictions).toEqual(jurisdictions);
    } else {
      // IAM is global: the partition alone does not make a region finding for a global type.
      expect(fs).toEqual([]);
    }
  });

  it("an aws-cn ARN places a regional resource in CN even without a region part", () => {
    const fs = decide(outputs("aws:s3/bucketV2:BucketV2", { arn: "arn:aws-cn:s3:::acme-logs" }), defaults, clock);
    expect(summary(fs)).toEqual([["restricted-region", "jurisdiction", true]]);
    expect(fs[0]!.jurisdictions).toEqual(["CN"]);
  });

  it("a secret region in a state file gives way to the ARN", () => {
    const p = defaultProvider("aws", { region: secretPlaceholder });
    const fs = decide(outputs("aws:sqs/queue:Queue", { arn: "arn:aws:sqs:cn-north-1:123456789012:q" }, p), defaults, clock);
    expect(fs.map((f) => f.region)).toEqual(["cn-north-1"]);
  });

  it("inputs (Analyze) are not read as identifiers", () => {
    const view = resource(
      "aws:rds/instance:Instance",
      "x",
      { arn: "arn:aws:rds:ap-east-1:1:db:x" },
      explicitProvider("aws", "us", { region: "us-east-1" }),
    );
    expect(decide(view, defaults, clock)).toEqual([]);
  });

  it("identifier parsers never throw on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        arnParts(s);
        gcpPathLocation(s);
        identifierLocation({ arn: s, selfLink: s, id: s, name: s });
      }),
      { numRuns: Number(process.env["FC_RUNS"] ?? 300) },
    );
  });
});

describe("allowedRegions by family", () => {
  it("an aws entry covers aws-native and Terraform-module children", () => {
    const s = compileSettings({ allowedRegions: { aws: ["us-*"] } });
    const p = explicitProvider("aws-native", "eu", { region: "eu-west-1" });
    expect(summary(decide(resource("aws-native:s3:Bucket", "b", {}, p), s, clock))).toEqual([["restricted-region", "residency", true]]);
    expect(summary(decide(resource("s3mod:tf:aws_s3_bucket", "b", { region: "eu-west-1" }), s, clock))).toEqual([
      ["restricted-region", "residency", true],
    ]);
  });
});
