import { familyOfPackage, locate } from "../../../policypack/catalog";
import { familyTableKey, firestoreMultiRegions, locationEntries, spannerConfigs } from "../../../policypack/catalog/locations";
import { compilePath, typeMatches } from "../../../policypack/core/locate";

const tokenPattern = /^[a-z][a-z0-9-]*:[A-Za-z0-9/_.-]+:[A-Za-z0-9]+$|^[a-z][a-z0-9-]*:[A-Za-z0-9/_.:-]*\*$/;

describe("catalog/locations entries", () => {
  it("have unique ids prefixed by their family", () => {
    const ids = locationEntries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of locationEntries) expect(e.id.startsWith(`${e.family}.`)).toBe(true);
  });

  describe.each(locationEntries.map((e) => [e.id, e] as const))("%s", (_id, e) => {
    it("cites an https page of the provider or the Pulumi registry, checked on a date", () => {
      expect(e.source.url).toMatch(
        /^https:\/\/(docs\.aws\.amazon\.com|learn\.microsoft\.com|cloud\.google\.com|www\.pulumi\.com\/registry)\//,
      );
      expect(e.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.note.length).toBeGreaterThan(10);
    });
    it("has type patterns that are exact tokens or prefixes, of the family's packages", () => {
      expect(e.types.length).toBeGreaterThan(0);
      for (const t of e.types) {
        expect(t).toMatch(tokenPattern);
        expect(familyOfPackage(t.slice(0, t.indexOf(":")))?.id).toBe(e.family);
      }
    });
    it("has a path (and condition path) in the path language, and lower-case condition values", () => {
      expect(() => compilePath(e.path)).not.toThrow();
      if (e.when) {
        expect(() => compilePath(e.when!.path)).not.toThrow();
        for (const v of e.when.values) expect(v).toBe(v.toLowerCase());
      }
    });
  });

  it("every family resolves through a region table", () => {
    for (const e of locationEntries)
      expect(
        locate(familyTableKey[e.family], e.family === "aws" ? "us-east-1" : e.family === "azure" ? "eastus" : "us-central1"),
      ).toBeDefined();
  });

  it.each([...spannerConfigs.entries(), ...firestoreMultiRegions.entries()].map(([k, v]) => [k, v.regions] as const))(
    "multi-region %s lists regions the gcp table knows",
    (_name, regions) => {
      expect(regions.length).toBeGreaterThan(1);
      for (const r of regions) expect(locate("gcp", r)?.region).toBe(r);
    },
  );

  it("type patterns: exact tokens match only themselves, `prefix*` matches by prefix", () => {
    expect(typeMatches("aws:dynamodb/table:Table", "aws:dynamodb/table:Table")).toBe(true);
    expect(typeMatches("aws:dynamodb/table:Table", "aws:dynamodb/table:TableX")).toBe(false);
    expect(typeMatches("aws:dynamodb/*", "aws:dynamodb/globalTable:GlobalTable")).toBe(true);
    expect(typeMatches("aws:dynamodb/*", "aws:ecr/repository:Repository")).toBe(false);
  });
});
