import { catalogFamilies, familyOfPackage, familyOfType, locate, packageOfType, providerFacts } from "../../policypack/catalog";
import { restrictedVendors, unrestrictedVendors } from "../../policypack/catalog/vendors";
import * as fc from "fast-check";

describe("provider families", () => {
  it.each([
    ["aws-native:s3:Bucket", "aws-native", "aws"],
    ["pulumi:providers:aws-native", "aws-native", "aws"],
    ["s3mod:tf:aws_s3_bucket", "aws", "aws"],
    ["azapi:index/resource:Resource", "azapi", "azure"],
    ["azurerm:index/storageAccount:StorageAccount", "azurerm", "azure"],
    ["net:tf:azurerm_virtual_network", "azurerm", "azure"],
    ["google-beta:storage/bucket:Bucket", "google-beta", "gcp"],
    ["google:index/storageBucket:StorageBucket", "google", "gcp"],
    ["google-native:compute/v1:Instance", "google-native", "gcp"],
    ["ossmod:tf:alicloud_oss_bucket", "alicloud", "alicloud"],
    ["aliyun:oss/bucket:Bucket", "aliyun", "alicloud"],
    ["sbercloud:Obs/bucket:Bucket", "sbercloud", "cloudru"],
    ["volcenginecc:tos/bucket:Bucket", "volcenginecc", "volcengine"],
    ["baiducloud:index/bosBucket:BosBucket", "baiducloud", "baiducloud"],
    ["byteplus:index/tosBucket:TosBucket", "byteplus", "bytepluscc"],
    ["pulumi:providers:byteplus", "byteplus", "bytepluscc"],
  ])("%s → package %s, family %s", (token, pkg, family) => {
    expect(packageOfType(token)).toBe(pkg);
    expect(familyOfType(token)?.id).toBe(family);
  });

  it("a Terraform-module child whose prefix no family claims keeps its module name", () => {
    expect(packageOfType("mymod:tf:random_string")).toBe("mymod");
    expect(familyOfType("mymod:tf:random_string")).toBeUndefined();
  });

  it("family members resolve locations against the family's table", () => {
    expect(locate("aws-native", "ap-east-1")?.entry.jurisdictions).toEqual(["HK"]);
    expect(locate("azapi", "East Asia")?.region).toBe("eastasia");
    expect(locate("google-beta", "asia-east2-a")?.region).toBe("asia-east2");
    expect(locate("yandex", "ru-central1-d")?.entry.jurisdictions).toEqual(["RU"]);
  });

  it("every package of a family has provider facts with location keys", () => {
    for (const f of catalogFamilies()) {
      for (const p of f.packages) {
        expect(providerFacts(p)?.locationKeys.length).toBeGreaterThan(0);
        expect(familyOfPackage(p)).toBe(f);
      }
    }
  });

  it("no package or Terraform prefix belongs to two families, and every entry cites a source", () => {
    const pkgs = catalogFamilies().flatMap((f) => f.packages);
    expect(new Set(pkgs).size).toBe(pkgs.length);
    const prefixes = catalogFamilies().flatMap((f) => f.terraformPrefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const f of catalogFamilies()) {
      expect(f.source.url).toMatch(/^https:\/\//);
      expect(f.note.length).toBeGreaterThan(10);
      expect(f.packages[0]).toBe(f.id);
      for (const p of f.terraformPrefixes) expect(p).toMatch(/^[a-z0-9]+_$/);
    }
  });

  it("every restricted vendor is a family; unrestricted vendors are not", () => {
    for (const v of restrictedVendors) expect(familyOfPackage(v.family)?.id).toBe(v.family);
    for (const v of unrestrictedVendors) expect(familyOfPackage(v.package)).toBeUndefined();
  });

  it("packageOfType never throws and returns the prefix for any token", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        const token = `${a}:${b}:${c}`;
        const pkg = packageOfType(token);
        expect(typeof pkg).toBe("string");
        if (b !== "tf" && !token.startsWith("pulumi:providers:")) expect(pkg).toBe(a.split(":")[0]);
      }),
      { numRuns: Number(process.env["FC_RUNS"] ?? 300) },
    );
  });
});
