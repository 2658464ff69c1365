import { decide } from "../../policypack/core/decide";
import { compileSettings, presetDetermination } from "../../policypack/determination/compile";
import { presetIds, presets } from "../../policypack/determination/presets";
import { restrictedVendors } from "../../policypack/catalog/vendors";
import { familyOfPackage } from "../../policypack/catalog";
import { clockAt, defaultProvider, resource } from "../support/views";

describe("presets", () => {
  it("every preset carries an as-of date", () => {
    for (const id of presetIds) expect(presets.get(id)?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("us-dsp-2025 restricts every vendor in a country of concern, by every package name", () => {
    const det = presetDetermination("us-dsp-2025")!;
    for (const v of restrictedVendors) {
      for (const pkg of familyOfPackage(v.family)!.packages) expect(det.providers.has(pkg)).toBe(true);
    }
    expect(det.providers.has("nebius")).toBe(false);
    expect(det.providers.has("aws")).toBe(false);
  });

  it("an inferred vendor says so in its reason", () => {
    const det = presetDetermination("us-dsp-2025")!;
    expect(det.providers.get("bytepluscc")?.reason).toMatch(/inference/);
  });

  describe("dod-1260h", () => {
    const settings = compileSettings({ determination: "dod-1260h" });
    const bucket = resource("alicloud:oss/bucket:Bucket", "b", {}, defaultProvider("alicloud", { region: "us-west-1" }));

    it("reports listed vendors under upcoming-restriction before 2027-06-30", () => {
      const fs = decide(bucket, settings, clockAt("2026-12-06T00:00:00Z"));
      expect(fs.map((f) => f.policy)).toEqual(["upcoming-restriction"]);
      expect(fs[0]!.effective).toBe("2027-06-30");
      expect(fs[0]!.reason).toMatch(/reported/);
    });

    it("blocks them from 2027-06-30", () => {
      const fs = decide(bucket, settings, clockAt("2027-06-30T00:00:00Z"));
      expect(fs.map((f) => f.policy)).toEqual(["restricted-provider"]);
      expect(fs[0]!.blocking).toBe(true);
    });

    it("covers Tencent and Baidu (any-Terraform) but not AWS", () => {
      const at = clockAt("2027-07-01T00:00:00Z");
      expect(decide(resource("tencentcloud:Cos/bucket:Bucket", "c", {}), settings, at).map((f) => f.policy)).toContain(
        "restricted-provider",
      );
      expect(decide(resource("baiducloud:index/bosBucket:BosBucket", "c", {}), settings, at).map((f) => f.policy)).toContain(
        "restricted-provider",
      );
      expect(decide(resource("aws:s3/bucketV2:BucketV2", "c", { region: "us-east-1" }), settings, at)).toEqual([]);
    });
  });
});
