/**
 * The one function that decides. Read top to bottom to learn why a resource
 * was blocked:
 *
 *   1. provider rule — is the resource's provider package restricted? Decided
 *      from the type token alone, before anything that could fail or be unknown;
 *   2. scope — does the resource carry U.S.-person data (all, or tagged)?
 *   3. region — where is it (inputs, then provider, then provider-wide signals),
 *      and does that lie in a restricted jurisdiction or outside allowedRegions?
 *   4. time — a rule whose effective date is still ahead goes to
 *      upcoming-restriction instead of blocking;
 *   5. exemptions — an honoured exemption marks the finding exempt; an
 *      expired one is named in the message.
 *
 * Pure: no I/O, no @pulumi/policy, time only through the injected clock.
 * Fails closed: if any step after (1) throws, the provider finding is still
 * returned, with the error summarised.
 */
import { familyOfPackage, isGlobalType, isProviderType, isRegionalPackage, packageOfType, providerFacts } from "../catalog";
import { matchExemption, utcDay } from "./exemptions";
import { providerEndpointSignals, resolveRegion, type Place } from "./region";
import { secondaryDrafts } from "./locate";
import { inScope } from "./scope";
import { isRedacted } from "./props";
import type { Clock, Finding, FindingPolicy, ResourceView, Rule, Settings } from "./types";

/** A finding in the making: mutable while `decide` runs, frozen into a Finding by `finalise`. */
interface Draft {
  target: Exclude<FindingPolicy, "upcoming-restriction">;
  rule: Rule;
  blocking: boolean;
  reason: string;
  region?: string;
  jurisdictions?: readonly string[];
  regionSource?: string;
  effective?: string;
}

/** Types that never hold data or place anything: the stack itself and the engine's own packages. */
function isInert(type: string): boolean {
  return type === "pulumi:pulumi:Stack" || type.startsWith("pulumi:pulumi:") || type === "pulumi:providers:pulumi";
}

export function errorSummary(e: unknown): string {
  const name = e instanceof Error ? e.name : typeof e;
  const msg = e instanceof Error ? e.message : "";
  // Only the first line, bounded, and never a property value: messages of our own code name paths, not values.
  const line = msg.split("\n", 1)[0]!.slice(0, 160);
  return `${name}${line ? `: ${line}` : ""}`;
}

export function decide(resource: ResourceView, settings: Settings, clock: Clock): Finding[] {
  if (isInert(resource.type)) return [];
  const pkg = packageOfType(resource.type);
  const det = settings.determination;
  const drafts: Draft[] = [];

  // 1. Provider rule, by type token alone: never lost to an unknown or an error.
  const providerRule = det.providers.get(pkg);
  if (providerRule) {
    drafts.push({
      target: "restricted-provider",
      rule: "provider",
      blocking: true,
      reason: providerRule.reason,
      effective: providerRule.effective ?? det.effective,
    });
  }

  let today: string;
  try {
    today = utcDay(clock());
  } catch (e) {
    return finalise(resource, pkg, settings, drafts, "9999-12-31", errorSummary(e));
  }

  let error: string | undefined;
  let scopeUnknown = false;
  try {
    // 2. Scope.
    const scope = inScope(resource, settings.scope);
    if (scope === "out") return [];
    scopeUnknown = scope === "unknown";

    // 3. Region. Global resources (IAM, DNS, CDN…) have none to judge.
    const resolution = isGlobalType(resource.type) ? globalResolution : resolveRegion(resource, det);
    const regionEffective = det.effective;
    if (resolution.status === "absent" && regionalGap(resource, pkg, settings)) {
      drafts.push({
        target: "restricted-region",
        rule: "unknown-region",
        blocking: settings.unknownRegion === "violation",
        regionSource: "none",
        reason: `the region cannot be determined: neither the resource nor its provider sets it (the pack never sees a region chosen by a profile or the environment); ${howToPlace(pkg)}; unknownRegion is '${settings.unknownRegion}'`,
      });
    } else if (resolution.status === "unknown") {
      drafts.push({
        target: "restricted-region",
        rule: "unknown-region",
        blocking: settings.unknownRegion === "violation",
        regionSource: resolution.source,
        reason: `the region (${resolution.source}) cannot be known during preview; unknownRegion is '${settings.unknownRegion}'`,
      });
    } else if (resolution.status === "invalid") {
      drafts.push({
        target: "restricted-region",
        rule: "uncatalogued-region",
        blocking: settings.unknownRegion === "violation",
        regionSource: resolution.source,
        reason: `the location property (${resolution.source}) is not a region string`,
      });
    } else if (resolution.status === "known") {
      // The provider finding names where the resource is, too.
      const first = resolution.places[0];
      const providerDraft = drafts[0];
      if (first && providerDraft && providerDraft.rule === "provider") {
        providerDraft.region = first.region ?? first.raw;
        providerDraft.jurisdictions = first.jurisdictions;
        providerDraft.regionSource = resolution.source;
      }
      for (const place of resolution.places) placeDrafts(drafts, pkg, place, resolution.source, settings, regionEffective);
    }
    // Secondary places (replicas, backups, paired regions, multi-region members): catalog/locations.
    drafts.push(...secondaryDrafts(resource, settings, resolution));

    // Endpoint overrides on the provider (or on a provider resource) that belong to a restricted vendor.
    const endpointProps = isProviderType(resource.type) ? resource.inputs : resource.provider?.inputs;
    if (endpointProps && !providerRule) {
      for (const hit of providerEndpointSignals(endpointProps)) {
        const vendorRule = hit.vendorPackage ? det.providers.get(hit.vendorPackage) : undefined;
        if (vendorRule) {
          drafts.push({
            target: "restricted-provider",
            rule: "vendor-endpoint",
            blocking: true,
            regionSource: hit.source,
            reason: `an endpoint (${hit.host}) belongs to restricted provider package ${hit.vendorPackage}: ${vendorRule.reason}`,
            effective: vendorRule.effective ?? det.effective,
          });
        } else if (hit.jurisdiction && det.jurisdictions.has(hit.jurisdiction) && !drafts.some((d) => d.rule === "jurisdiction")) {
          drafts.push({
            target: "restricted-region",
            rule: "jurisdiction",
            blocking: true,
            region: hit.host,
            jurisdictions: [hit.jurisdiction],
            regionSource: hit.source,
            reason: `an endpoint override (${hit.host}) lies in restricted jurisdiction ${hit.jurisdiction}`,
            effective: regionEffective,
          });
        }
      }
    }
  } catch (e) {
    error = errorSummary(e);
  }
  if (scopeUnknown) {
    // Tags are not known yet (preview): every finding is kept, as in scope; with
    // unknownRegion "defer" they are advisory until the update, when tags are known.
    const deferred = settings.unknownRegion === "defer";
    for (const d of drafts) {
      if (deferred) d.blocking = false;
      d.reason = `${d.reason} (scope tags unknown during preview)`;
    }
  }
  return finalise(resource, pkg, settings, drafts, today, error);
}

const globalResolution = { status: "global", source: "type" } as const;

/**
 * Whether an absent region is a gap worth a finding: the resource (not a
 * provider, which only sets a default) is of a regional package (its family
 * has a region table), and a region could change the decision (the
 * determination names jurisdictions, or allowedRegions covers the package).
 * Azure resources without a location take their resource group's, which the
 * stack policy resolves; they are not a gap here.
 */
function regionalGap(resource: ResourceView, pkg: string, settings: Settings): boolean {
  if (isProviderType(resource.type) || !isRegionalPackage(pkg)) return false;
  if (settings.determination.jurisdictions.size === 0 && allowedRegionsOf(settings, pkg) === undefined) return false;
  return familyOfPackage(pkg)?.id !== "azure";
}

/** allowedRegions for a package: its own entry, else its family's (`aws` covers aws-native). */
function allowedRegionsOf(settings: Settings, pkg: string): Settings["allowedRegions"] extends ReadonlyMap<string, infer G> ? G | undefined : never {
  return settings.allowedRegions.get(pkg) ?? settings.allowedRegions.get(familyOfPackage(pkg)?.id ?? pkg);
}

/** How to make a package's region explicit, for the message. */
function howToPlace(pkg: string): string {
  const facts = providerFacts(pkg);
  const configKey = facts?.regionConfigKey ?? `${pkg}:region`;
  const providerKey = facts?.providerRegionKeys[0] ?? "region";
  return `set ${configKey} in the stack config, or ${providerKey} on an explicit provider`;
}

function placeDrafts(out: Draft[], pkg: string, place: Place, source: string, settings: Settings, effective: string | undefined): void {
  const det = settings.determination;
  let restricted: string[] | undefined;
  for (const j of place.jurisdictions) if (det.jurisdictions.has(j)) (restricted ??= []).push(j);
  const region = place.region ?? place.raw;
  if (restricted) {
    out.push({
      target: "restricted-region",
      rule: "jurisdiction",
      blocking: true,
      region,
      jurisdictions: place.jurisdictions,
      regionSource: source,
      reason: `region ${region} lies in restricted jurisdiction ${restricted.join(", ")}`,
      effective,
    });
  }
  const allowed = allowedRegionsOf(settings, pkg);
  if (allowed) {
    const key = region.toLowerCase();
    if (!allowed.some((g) => g.matches(key))) {
      out.push({
        target: "restricted-region",
        rule: "residency",
        blocking: true,
        region,
        jurisdictions: place.jurisdictions,
        regionSource: source,
        reason: `region ${region} is outside allowedRegions for ${pkg} (${allowed.map((g) => g.source).join(", ")})`,
      });
    }
  } else if (!place.recognised && (isRegionalPackage(pkg) || !isRedacted(place.raw))) {
    // A package without a region table whose value is not even region-shaped
    // (a Cloudflare zone `example.com`) is not placed by it: no advisory noise.
    out.push({
      target: "restricted-region",
      rule: "uncatalogued-region",
      blocking: settings.unknownRegion === "violation",
      region,
      regionSource: source,
      reason: `region ${region} is not in the catalog for ${pkg}, so its jurisdiction is unknown; add it under determination.regions`,
    });
  }
}

function finalise(resource: ResourceView, pkg: string, settings: Settings, drafts: readonly Draft[], today: string, error: string | undefined): Finding[] {
  const det = settings.determination;
  const findings: Finding[] = [];
  for (const d of drafts) {
    const upcoming = d.effective !== undefined && d.effective > today;
    const policy: FindingPolicy = upcoming ? "upcoming-restriction" : d.target;
    let exemption: Finding["exemption"];
    if (settings.exemptions.length > 0) {
      try {
        exemption = matchExemption(settings.exemptions, resource.urn, upcoming ? d.target : policy, today);
      } catch (e) {
        error ??= errorSummary(e);
      }
    }
    // One fixed object shape (absent fields are undefined): cheap to build, and
    // JSON output omits the undefined ones.
    findings.push({
      policy,
      rule: d.rule,
      blocking: upcoming ? false : d.blocking,
      urn: resource.urn,
      name: resource.name,
      type: resource.type,
      package: pkg,
      region: d.region,
      jurisdictions: d.jurisdictions,
      regionSource: d.regionSource,
      determinationId: det.id,
      citation: det.citation,
      reason: d.reason,
      effective: d.effective,
      exemption,
      destination: undefined,
      error,
    });
  }
  return findings;
}

export type { Rule };
