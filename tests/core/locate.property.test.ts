import * as fc from "fast-check";
import { locationEntries } from "../../policypack/catalog/locations";
import { decide } from "../../policypack/core/decide";
import { compilePath, maxValuesPerEntry, secondaryDrafts, walkPath } from "../../policypack/core/locate";
import { resolveRegion } from "../../policypack/core/region";
import { unknownString } from "../../policypack/core/unknown";
import { compileSettings } from "../../policypack/determination/compile";
import { fcParams, hostileResource } from "../support/arbitraries";
import { clock } from "../support/views";

const settings = compileSettings({});
const locatedTypes = [...new Set(locationEntries.filter((e) => e.coveredBy === undefined).flatMap((e) => e.types))];
const regionish = fc.constantFrom(
  "us-east-1",
  "ap-east-1",
  "eastasia",
  "East Asia",
  "southeastasia",
  "asia-east2",
  "asia-east2-a",
  "regional-asia-east2",
  "nam-eur-asia1",
  "nam5",
  "GeoRedundant",
  "Geo",
  unknownString,
  "[secret]",
  "",
  "zz-nowhere-9",
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    regionish,
    fc.integer(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        "locations",
        "locationName",
        "replicas",
        "region",
        "regionName",
        "config",
        "clusters",
        "zone",
        "location",
        "properties",
        "redundancySettings",
        "standardTierStorageRedundancy",
        "settings",
        "backupConfiguration",
        "destination",
        "rules",
        "destinations",
        "replicationConfiguration",
        "__proto__",
      ),
      tie("v"),
      { maxKeys: 4 },
    ),
  ),
})).v;

describe("locate: properties", () => {
  it("never throws, on any input of any located type, and every draft names its source", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locatedTypes),
        fc.dictionary(fc.string({ maxLength: 30 }), value, { maxKeys: 6 }),
        value,
        (type, inputs, extra) => {
          const r = {
            type,
            name: "x",
            urn: `urn:pulumi:p::p::${type}::x`,
            inputs: { ...inputs, locations: extra, replicas: extra, config: extra, clusters: extra },
          };
          const drafts = secondaryDrafts(r, settings, resolveRegion(r, settings.determination));
          for (const d of drafts) {
            expect(d.target).toBe("restricted-region");
            expect(typeof d.regionSource).toBe("string");
            expect(d.reason).not.toContain("\n");
          }
          expect(() => decide(r, settings, clock)).not.toThrow();
        },
      ),
      fcParams(300),
    );
  });

  it("decide stays total over hostile resources", () => {
    fc.assert(
      fc.property(hostileResource, (r) => void decide(r, settings, clock)),
      fcParams(200),
    );
  });

  it("walks at most the bound of values, whatever the list length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (n) => {
        const hits = walkPath({ a: Array.from({ length: n }, () => ({ b: ["x", "y"] })) }, compilePath("a[].b[]")).hits;
        expect(hits.length).toBeLessThanOrEqual(maxValuesPerEntry);
      }),
      fcParams(50),
    );
  });

  it("compilePath accepts exactly the path language", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const ok = s.split(".").every((p) => /^[A-Za-z_][A-Za-z0-9_]*(\[\])?$/.test(p));
        if (ok) expect(compilePath(s).length).toBe(s.split(".").length);
        else expect(() => compilePath(s)).toThrow(/^location path '/);
      }),
      fcParams(300),
    );
  });
});
