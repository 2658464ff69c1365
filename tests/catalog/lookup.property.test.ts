/**
 * Property tests of the catalog lookup (fast-check): locate never throws and
 * only returns entries of the asked provider's table; region + any generated
 * zone suffix resolves to that region (or a longer code it prefixes);
 * extractHost / endpointSignalFor never throw and return well-formed values.
 * Reproduce a failure with FC_SEED=<seed printed by fast-check>.
 */
import fc from "fast-check";
import { catalogProviders, endpointSignalFor, extractHost, locate, regionTable } from "../../policypack/catalog";
import type { RegionEntry, RegionTable } from "../../policypack/catalog/types";

const seedFromEnv = process.env.FC_SEED;
/** fast-check parameters: verbose reports, and a fixed seed when FC_SEED is set. */
function params<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  const base: fc.Parameters<T> = { verbose: fc.VerbosityLevel.Verbose, ...extra };
  if (seedFromEnv !== undefined && seedFromEnv.trim() !== "") base.seed = Number(seedFromEnv);
  return base;
}

const providerNames = [...catalogProviders()];
const tables: readonly RegionTable[] = providerNames.map((p) => {
  const t = regionTable(p);
  if (t === undefined) throw new Error(`no table for ${p}`);
  return t;
});
const entriesOf = new Map<string, ReadonlySet<RegionEntry>>(tables.map((t) => [t.provider, new Set(t.regions)]));
const zoneTables = tables.filter((t) => t.zonesBySuffix);

/** Any string: ASCII, full Unicode, region-like fragments, hostile keys. */
const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.string({ unit: "grapheme", maxLength: 32 }),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", " ", "\u0000"),
  fc
    .tuple(fc.constantFrom(...tables.flatMap((t) => t.regions.map((e) => e.region))), fc.string({ unit: "binary-ascii", maxLength: 24 }))
    .map(([r, tail]) => r + tail),
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(":PHX-AD-", ":US-ASHBURN-AD-", "-AD-"), fc.nat(2000))
    .map(([a, b, n]) => `${a}${b}${n}`),
);

describe("locate (property)", () => {
  it("never throws and returns only entries of the asked table", () => {
    fc.assert(
      fc.property(fc.constantFrom(...providerNames, "nosuch", "__proto__"), anyString, (provider, raw) => {
        const hit = locate(provider, raw);
        if (hit === undefined) return true;
        const entries = entriesOf.get(provider);
        return entries !== undefined && entries.has(hit.entry) && hit.provider === provider && hit.region === hit.entry.region;
      }),
      params({ numRuns: 2000 }),
    );
  });

  it("does not throw on huge input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...providerNames), fc.nat({ max: 200_000 }), fc.string({ maxLength: 4 }), (p, n, s) => {
        const raw = s.repeat(n);
        return raw.length <= 256 || locate(p, raw) === undefined;
      }),
      params({ numRuns: 50 }),
    );
  });

  /** Zone suffixes the lookup must accept (AWS additionally Local Zones). */
  const alnum = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split(""));
  const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split(""));
  const dashedSuffix = fc.array(alnum, { minLength: 1, maxLength: 3 }).map((cs) => "-" + cs.join(""));
  const plainSuffix = fc.tuple(letter, fc.array(alnum, { maxLength: 2 })).map(([c, cs]) => c + cs.join(""));
  const localZoneSuffix = fc
    .tuple(alnum, fc.array(fc.oneof(alnum, fc.constant("-")), { maxLength: 18 }), alnum)
    .map(([a, mid, b]) => "-" + a + mid.join("") + b);

  it("resolves region + zone suffix to the region (or a longer code it prefixes)", () => {
    const zoneCase = fc
      .constantFrom(...zoneTables)
      .chain((t) =>
        fc.tuple(
          fc.constant(t),
          fc.constantFrom(...t.regions),
          t.provider === "aws" ? fc.oneof(dashedSuffix, plainSuffix, localZoneSuffix) : fc.oneof(dashedSuffix, plainSuffix),
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(zoneCase, ([table, entry, suffix, upper]) => {
        const zone = entry.region + suffix;
        const hit = locate(table.provider, upper ? zone.toUpperCase() : zone);
        if (hit === undefined) return false;
        return hit.region === entry.region || hit.region.startsWith(entry.region);
      }),
      params({ numRuns: 3000 }),
    );
  });

  it("resolves every OCI region through its availability-domain names", () => {
    const oci = regionTable("oci");
    if (oci === undefined) throw new Error("no oci table");
    const adCase = fc.tuple(
      fc.constantFrom(...oci.regions),
      fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(adCase, ([entry, prefix, n, byKey]) => {
        const key = byKey && entry.aliases?.[0] !== undefined ? entry.aliases[0] : entry.region;
        const hit = locate("oci", `${prefix}:${key.toUpperCase()}-AD-${n}`);
        return hit !== undefined && hit.entry === entry && hit.via === "availability-domain";
      }),
      params({ numRuns: 500 }),
    );
  });
});

describe("extractHost / endpointSignalFor (property)", () => {
  it("never throws; results are lower-case hosts without separators", () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.webUrl(), fc.string({ maxLength: 3000 })), (value) => {
        const host = extractHost(value);
        endpointSignalFor(value);
        if (host === undefined) return true;
        endpointSignalFor(host);
        return (
          host.length > 0 &&
          host.length <= 254 &&
          host === host.toLowerCase() &&
          !host.includes("/") &&
          !host.includes("@") &&
          !host.includes(" ")
        );
      }),
      params({ numRuns: 2000 }),
    );
  });

  it("extracts the host of generated web URLs", () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), fc.constantFrom("http", "https"), (domain, path, scheme) => {
        return extractHost(`${scheme}://${domain}${path}`) === domain.toLowerCase();
      }),
      params({ numRuns: 1000 }),
    );
  });

  it("matches signals only on label boundaries", () => {
    fc.assert(
      fc.property(fc.domain(), fc.constantFrom("aliyuncs.com", "amazonaws.com.cn", "volces.com"), (d, suffix) => {
        if (d.length + suffix.length + 1 > 253) return true;
        const glued = endpointSignalFor(`${d}${suffix}`); // no dot: must not match unless d ends with "."
        const dotted = endpointSignalFor(`${d}.${suffix}`);
        return dotted?.hostSuffix === suffix && (glued === undefined || glued.hostSuffix !== suffix || d.endsWith("."));
      }),
      params({ numRuns: 500 }),
    );
  });
});
