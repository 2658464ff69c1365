/**
 * Region catalog data: table-driven over every entry of every table — each
 * region code and alias resolves to its own entry (also upper-cased and
 * padded), jurisdictions are ISO 3166-1 codes, codes and aliases are unique
 * within a table, every table cites an https source; plus provider facts,
 * endpoint signals, the ISO list and the FACTS.md restricted regions.
 */
import { catalogProviders, isIsoCode, locate, providerFacts, regionTable } from "../../policypack/catalog";
import type { RegionEntry, RegionTable } from "../../policypack/catalog/types";
import { providers } from "../../policypack/catalog/providers";
import { endpointSignals } from "../../policypack/catalog/signals";
import { iso3166Alpha2 } from "../../policypack/catalog/iso3166";
import { aws } from "../../policypack/catalog/regions/aws";
import { azure, azureNative, azureRegionEntries } from "../../policypack/catalog/regions/azure";
import { gcp, googleNative } from "../../policypack/catalog/regions/gcp";
import { alicloud } from "../../policypack/catalog/regions/alicloud";
import { tencentcloud } from "../../policypack/catalog/regions/tencentcloud";
import { huaweicloud } from "../../policypack/catalog/regions/huaweicloud";
import { volcengine } from "../../policypack/catalog/regions/volcengine";
import { oci } from "../../policypack/catalog/regions/oci";
import { yandex } from "../../policypack/catalog/regions/yandex";
import { cloudru, sbercloud } from "../../policypack/catalog/regions/cloudru";
import { ucloud } from "../../policypack/catalog/regions/ucloud";
import { baiducloud } from "../../policypack/catalog/regions/baiducloud";
import { jdcloud, ksyun, qingcloud } from "../../policypack/catalog/regions/cn-terraform";
import { selectel, vkcs } from "../../policypack/catalog/regions/ru-terraform";
import { bytepluscc } from "../../policypack/catalog/regions/bytepluscc";

const ALL_TABLES: readonly RegionTable[] = [
  aws,
  azure,
  azureNative,
  gcp,
  googleNative,
  alicloud,
  tencentcloud,
  huaweicloud,
  volcengine,
  oci,
  yandex,
  bytepluscc,
  ucloud,
  cloudru,
  sbercloud,
  baiducloud,
  ksyun,
  jdcloud,
  qingcloud,
  selectel,
  vkcs,
];

/** Test-side normalisation, written independently of the lookup module. */
function norm(table: RegionTable, s: string): string {
  const lowered = s.trim().toLowerCase();
  return table.normalise === "lower" ? lowered : lowered.split(/\s+/u).join("");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("catalog tables", () => {
  it("lists every required provider package", () => {
    const listed = new Set(catalogProviders());
    for (const p of ["aws", "azure", "azure-native", "gcp", "alicloud", "tencentcloud", "huaweicloud", "volcengine", "oci"]) {
      expect(listed.has(p)).toBe(true);
    }
  });

  it("serves exactly the data modules' tables", () => {
    expect([...catalogProviders()].sort()).toEqual(ALL_TABLES.map((t) => t.provider).sort());
    for (const t of ALL_TABLES) expect(regionTable(t.provider)).toBe(t);
  });

  it("shares one entries array between azure and azure-native", () => {
    expect(azure.regions).toBe(azureRegionEntries);
    expect(azureNative.regions).toBe(azureRegionEntries);
    expect(googleNative.regions).toBe(gcp.regions);
  });

  it("has no table for unknown or hostile provider names", () => {
    for (const p of ["", "AWS", "__proto__", "constructor", "toString", "pulumi"]) {
      expect(regionTable(p)).toBeUndefined();
      expect(locate(p, "us-east-1")).toBeUndefined();
    }
  });
});

describe.each(ALL_TABLES.map((t) => [t.provider, t] as const))("table %s", (_name, table) => {
  it("cites at least one https source checked on an ISO date", () => {
    expect(table.sources.length).toBeGreaterThanOrEqual(1);
    for (const s of table.sources) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.url.startsWith("https://")).toBe(true);
      expect(s.checked).toMatch(ISO_DATE);
    }
  });

  it("has no duplicate region codes or aliases, and no alias shadowing a code", () => {
    const seen = new Map<string, string>();
    for (const e of table.regions) {
      const key = norm(table, e.region);
      expect(seen.has(key) ? `${key} (dup of ${seen.get(key)})` : key).toBe(key);
      seen.set(key, e.region);
    }
    for (const e of table.regions) {
      for (const a of e.aliases ?? []) {
        const key = norm(table, a);
        expect(seen.has(key) ? `${a} collides with ${seen.get(key)}` : key).toBe(key);
        seen.set(key, e.region);
      }
    }
  });

  it.each(table.regions.map((e) => [e.region, e] as const))("%s", (code: string, entry: RegionEntry) => {
    // Canonical form: already normalised.
    expect(code).toBe(norm(table, code));
    expect(code.length).toBeGreaterThan(0);
    expect(entry.name.trim().length).toBeGreaterThan(0);

    // Jurisdictions: non-empty, valid ISO codes, no repeats.
    expect(entry.jurisdictions.length).toBeGreaterThan(0);
    for (const j of entry.jurisdictions) expect(isIsoCode(j) ? j : `invalid ${j}`).toBe(j);
    expect(new Set(entry.jurisdictions).size).toBe(entry.jurisdictions.length);

    // The code resolves to this entry, also upper-cased and padded.
    for (const variant of [code, code.toUpperCase(), `  ${code}  `, `\t${code.toUpperCase()}\n`]) {
      const hit = locate(table.provider, variant);
      expect(hit?.entry).toBe(entry);
      expect(hit?.region).toBe(code);
      expect(hit?.provider).toBe(table.provider);
      expect(hit?.via).toBe("region");
    }

    // Every alias resolves to this entry.
    for (const alias of entry.aliases ?? []) {
      for (const variant of [alias, alias.toUpperCase(), ` ${alias} `]) {
        const hit = locate(table.provider, variant);
        expect(hit?.entry).toBe(entry);
        expect(hit?.via).toBe("alias");
      }
    }

    // Display-name tables: the display name resolves too.
    if (table.normalise === "lower-nospace") {
      expect(locate(table.provider, entry.name)?.entry).toBe(entry);
      expect(locate(table.provider, ` ${entry.name.toUpperCase()} `)?.entry).toBe(entry);
    }
  });
});

describe("restricted regions named in FACTS.md", () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ["aws", "cn-north-1", "CN"],
    ["aws", "cn-northwest-1", "CN"],
    ["aws", "ap-east-1", "HK"],
    ...["chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3"].flatMap(
      (r) =>
        [
          ["azure", r, "CN"],
          ["azure-native", r, "CN"],
        ] as const,
    ),
    ["azure", "eastasia", "HK"],
    ["azure-native", "eastasia", "HK"],
    ["gcp", "asia-east2", "HK"],
    ["gcp", "asia-east1", "TW"],
    ...[
      "cn-qingdao",
      "cn-beijing",
      "cn-zhangjiakou",
      "cn-huhehaote",
      "cn-wulanchabu",
      "cn-hangzhou",
      "cn-shanghai",
      "cn-shenzhen",
      "cn-heyuan",
      "cn-guangzhou",
      "cn-chengdu",
      "cn-shanghai-finance-1",
      "cn-shenzhen-finance-1",
      "cn-beijing-finance-1",
      "cn-north-2-gov-1",
    ].map((r) => ["alicloud", r, "CN"] as const),
    ["alicloud", "cn-hongkong", "HK"],
    ...["ap-guangzhou", "ap-shanghai", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing"].map(
      (r) => ["tencentcloud", r, "CN"] as const,
    ),
    ...["ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-beijing-fsi"].map((r) => ["tencentcloud", r, "CN"] as const),
    ["tencentcloud", "ap-hongkong", "HK"],
    ...["cn-north-1", "cn-north-4", "cn-north-9", "cn-east-2", "cn-east-3", "cn-south-1", "cn-southwest-2"].map(
      (r) => ["huaweicloud", r, "CN"] as const,
    ),
    ["huaweicloud", "ap-southeast-1", "HK"],
    ["volcengine", "cn-beijing", "CN"],
    ["volcengine", "cn-shanghai", "CN"],
    ["volcengine", "cn-guangzhou", "CN"],
    ["volcengine", "cn-hongkong", "HK"],
  ];
  it.each(cases)("%s %s lies in %s", (provider, region, jurisdiction) => {
    expect(locate(provider, region)?.entry.jurisdictions).toEqual([jurisdiction]);
  });

  it("has no region of OCI in CN, HK or MO", () => {
    for (const e of oci.regions) {
      for (const j of e.jurisdictions) expect(["CN", "HK", "MO"]).not.toContain(j);
    }
  });

  it("marks the sovereign Chinese partitions", () => {
    expect(locate("aws", "cn-north-1")?.entry.partition).toBe("aws-cn");
    expect(locate("aws", "us-gov-west-1")?.entry.partition).toBe("aws-us-gov");
    expect(locate("azure", "chinaeast2")?.entry.partition).toBe("azure-china");
    expect(locate("azure-native", "usgovvirginia")?.entry.partition).toBe("azure-us-gov");
  });

  it("types the GCS multi-regions and dual-regions", () => {
    for (const r of ["us", "eu", "asia"]) expect(locate("gcp", r)?.entry.kind).toBe("multi-region");
    for (const r of ["asia1", "eur4", "eur5", "eur7", "eur8", "nam4"]) {
      expect(locate("gcp", r)?.entry.kind).toBe("dual-region");
    }
    const asia = locate("gcp", "ASIA")?.entry.jurisdictions ?? [];
    const asianRegions = gcp.regions.filter((e) => e.region.startsWith("asia-") || e.region.startsWith("me-"));
    for (const e of asianRegions) for (const j of e.jurisdictions) expect(asia).toContain(j);
    expect(asia).toContain("HK");
  });
});

describe("provider facts", () => {
  it.each(providers.map((p) => [p.package, p] as const))("%s", (pkg, facts) => {
    expect(providerFacts(pkg)).toBe(facts);
    expect(isIsoCode(facts.headquarters)).toBe(true);
    expect(facts.vendor.length).toBeGreaterThan(0);
    expect(facts.locationKeys.length).toBeGreaterThan(0);
    expect(facts.providerRegionKeys.length).toBeGreaterThan(0);
    expect(new Set(facts.locationKeys).size).toBe(facts.locationKeys.length);
    expect(facts.source.url.startsWith("https://")).toBe(true);
    expect(facts.source.checked).toMatch(ISO_DATE);
    if (facts.regionConfigKey !== undefined) expect(facts.regionConfigKey.startsWith(`${pkg}:`)).toBe(true);
    expect(regionTable(pkg)).toBeDefined();
  });

  it("records the vendors headquartered in a country of concern", () => {
    for (const p of ["alicloud", "tencentcloud", "huaweicloud", "volcengine"]) {
      expect(providerFacts(p)?.headquarters).toBe("CN");
    }
    for (const p of ["aws", "azure", "azure-native", "gcp", "oci"]) expect(providerFacts(p)?.headquarters).toBe("US");
  });

  it("has a unique entry per package and none for hostile names", () => {
    expect(new Set(providers.map((p) => p.package)).size).toBe(providers.length);
    for (const p of ["__proto__", "constructor", ""]) expect(providerFacts(p)).toBeUndefined();
  });
});

describe("endpoint signals", () => {
  it.each(endpointSignals.map((s) => [s.hostSuffix, s] as const))("%s", (suffix, signal) => {
    expect(suffix).toBe(suffix.toLowerCase());
    expect(suffix.startsWith(".")).toBe(false);
    expect(suffix.includes(".")).toBe(true);
    expect(signal.jurisdiction !== undefined || signal.vendorPackage !== undefined).toBe(true);
    if (signal.jurisdiction !== undefined) expect(isIsoCode(signal.jurisdiction)).toBe(true);
    if (signal.vendorPackage !== undefined) expect(providerFacts(signal.vendorPackage)).toBeDefined();
    expect(signal.source.url.startsWith("https://")).toBe(true);
    expect(signal.note.length).toBeGreaterThan(0);
  });

  it("has unique suffixes", () => {
    expect(new Set(endpointSignals.map((s) => s.hostSuffix)).size).toBe(endpointSignals.length);
  });
});

describe("ISO 3166-1 alpha-2 list", () => {
  it("has all 249 assigned codes, upper case, sorted, unique", () => {
    expect(iso3166Alpha2).toHaveLength(249);
    expect(new Set(iso3166Alpha2).size).toBe(249);
    expect([...iso3166Alpha2].sort()).toEqual(iso3166Alpha2);
    for (const c of iso3166Alpha2) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it("knows the codes the presets use and rejects others", () => {
    for (const c of ["CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE", "US", "TW"]) expect(isIsoCode(c)).toBe(true);
    for (const c of ["cn", "EU", "UK", "XX", "ZZ", "", "CHN", "__proto__"]) expect(isIsoCode(c)).toBe(false);
  });
});
