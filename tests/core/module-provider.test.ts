import fc from "fast-check";
import { decide } from "../../policypack/core/decide";
import { providerInputsOf, terraformProviderOf } from "../../policypack/core/module-provider";
import { resolveRegion } from "../../policypack/core/region";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, defaultProvider, explicitProvider, resource } from "../support/views";

const settings = compileSettings({});
const det = settings.determination;

describe("Terraform-module children take their Terraform provider's nested config from the module provider", () => {
  it("names the Terraform provider of a child type, and nothing for other tokens", () => {
    expect(terraformProviderOf("vpcmod:tf:aws_vpc")).toEqual({ module: "vpcmod", provider: "aws" });
    expect(terraformProviderOf("net:tf:azurerm_virtual_network")).toEqual({ module: "net", provider: "azurerm" });
    expect(terraformProviderOf("aws:s3/bucket:Bucket")).toBeUndefined();
    expect(terraformProviderOf("mod:tf:nounderscore")).toBeUndefined();
  });

  const cases: [string, unknown][] = [
    ["an object", { region: "ap-east-1" }],
    [
      "a JSON string (as SDKs send object-typed provider inputs)",
      JSON.stringify({ region: "ap-east-1", skip_credentials_validation: true }),
    ],
  ];
  it.each(cases)("places aws_* children in the nested aws region given as %s", (_what, nested) => {
    const p = explicitProvider("vpcmod", "hk", { aws: nested });
    const vpc = resource("vpcmod:tf:aws_vpc", "module.vpc.aws_vpc.this[0]", { cidr_block: "10.0.0.0/16" }, p);
    expect(resolveRegion(vpc, det)).toMatchObject({ status: "known", places: [{ region: "ap-east-1", jurisdictions: ["HK"] }] });
    const fs = decide(vpc, settings, clock);
    expect(fs.find((f) => f.policy === "restricted-region")).toMatchObject({ region: "ap-east-1", blocking: true });
  });

  it("a U.S. region is clean; a region of the child's own inputs still wins", () => {
    const us = explicitProvider("vpcmod", "us", { aws: JSON.stringify({ region: "us-west-2" }) });
    expect(decide(resource("vpcmod:tf:aws_s3_bucket", "b", { bucket: "b" }, us), settings, clock)).toEqual([]);
    const hk = explicitProvider("vpcmod", "hk", { aws: { region: "ap-east-1" } });
    const own = resource("vpcmod:tf:aws_s3_bucket", "b", { bucket: "b", region: "us-east-1" }, hk);
    expect(resolveRegion(own, det)).toMatchObject({ status: "known", places: [{ region: "us-east-1" }] });
  });

  it("the nested config of another Terraform provider, or a Google child of the same module, is not mixed up", () => {
    const p = explicitProvider("mixmod", "p", {
      aws: { region: "ap-east-1" },
      google: JSON.stringify({ region: "us-central1", project: "p" }),
    });
    expect(resolveRegion(resource("mixmod:tf:google_storage_bucket", "g", { name: "g" }, p), det)).toMatchObject({
      status: "known",
      places: [{ region: "us-central1" }],
    });
    expect(resolveRegion(resource("mixmod:tf:aws_s3_bucket", "a", { bucket: "a" }, p), det)).toMatchObject({
      places: [{ region: "ap-east-1" }],
    });
  });

  it("a nested config unknown at preview leaves the region unknown; an AWS provider without region still follows unknownRegion", () => {
    const p = explicitProvider("vpcmod", "p", { aws: unknownString });
    expect(resolveRegion(resource("vpcmod:tf:aws_vpc", "v", {}, p), det)).toMatchObject({ status: "unknown" });
    const none = explicitProvider("vpcmod", "p", { aws: "{}" });
    const fs = decide(resource("vpcmod:tf:aws_vpc", "v", {}, none), compileSettings({ unknownRegion: "violation" }), clock);
    expect(fs.map((f) => [f.rule, f.blocking])).toEqual([["unknown-region", true]]);
  });

  it("an ordinary resource reads its provider's inputs as they are", () => {
    const p = defaultProvider("aws", { region: "ap-east-1" });
    const r = resource("aws:s3/bucketV2:BucketV2", "b", {}, p);
    expect(providerInputsOf(r)).toBe(p.inputs);
  });

  it("never throws on any nested value (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue(), fc.constant(unknownString)), (nested) => {
        const p = explicitProvider("vpcmod", "p", { aws: nested });
        const r = resource("vpcmod:tf:aws_vpc", "v", {}, p);
        expect(() => providerInputsOf(r)).not.toThrow();
        expect(() => decide(r, settings, clock)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
