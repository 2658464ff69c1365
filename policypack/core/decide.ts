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
import { matchExemption, utcDay } from "./exemptions";
import { describeGroup, groupEndpoints, resourceEndpoints } from "./endpoints";
import { resolveRegion, type Place } from "./region";
import { secondaryDrafts } from "./locate";
import { inScope } from "./scope";
import { isRedacted } from "./props";
import type { Clock, Finding, FindingDraft, FindingPolicy, ResourceView, Rule, Settings } from "./types";
import { createMemo, type DecideMemo } from "./memo";
import { typeFacts, type TypeFacts } from "./type-facts";

export function errorSummary(e: unknown): string {
  const name = e instanceof Error ? e.name : typeof e;
  const msg = e instanceof Error ? e.message : "";
  // Only the first line, bounded, and never a property value: messages of our own code name paths, not values.
  const line = msg.split("\n", 1)[0]!.slice(0, 160);
  return `${name}${line ? `: ${line}` : ""}`;
}

/**
 * The findings for one resource. `memo` is the run's memory (see core/memo.ts):
 * adapters pass the one they own; without it nothing is remembered between calls.
 */
export function decide(resource: ResourceView, settings: Settings, clock: Clock, memo: DecideMemo = createMemo()): Finding[] {
  const tf = typeFacts(resource.type, memo);
  if (tf.inert) return [];
  const pkg = tf.pkg;
  const det = settings.determination;
  const drafts: FindingDraft[] = [];

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
    today = dayOf(clock(), memo);
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
    const resolution = tf.global ? globalResolution : resolveRegion(resource, det, memo);
    const regionEffective = det.effective;
    if (resolution.status === "absent" && regionalGap(tf, settings)) {
      drafts.push({
        target: "restricted-region",
        rule: "unknown-region",
        blocking: settings.unknownRegion === "violation",
        regionSource: "none",
        reason: `the region cannot be determined: neither the resource nor its provider sets it (the pack never sees a region chosen by a profile or the environment); ${howToPlace(tf)}; unknownRegion is '${settings.unknownRegion}'`,
      });
    } else if (resolution.status === "unknown") {
      drafts.push({
        target: "restricted-region",
        rule: "unknown-region",
        blocking: settings.unknownRegion === "violation",
        regionSource: resolution.source,
        reason: resolution.source.endsWith(" (secret)")
          ? `the region (${resolution.source}) is a secret in the state file, so its jurisdiction cannot be read; unknownRegion is '${settings.unknownRegion}'`
          : `the region (${resolution.source}) cannot be known during preview; unknownRegion is '${settings.unknownRegion}'`,
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
      for (const place of resolution.places) placeDrafts(drafts, tf, place, resolution.source, settings, regionEffective);
    }
    // Secondary places (replicas, backups, paired regions, multi-region members): catalog/locations.
    const secondary = secondaryDrafts(resource, settings, resolution);
    for (const d of secondary) drafts.push(d);

    // Endpoints in any string input of the resource or of its provider resource (core/endpoints.ts).
    const here = resolution.status === "known" ? resolution.places[0] : undefined;
    endpointDrafts(
      drafts,
      resource,
      pkg,
      settings,
      memo,
      here && {
        region: here.region ?? here.raw,
        jurisdictions: here.jurisdictions,
        source: resolution.status === "known" ? resolution.source : "",
      },
    );
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
function regionalGap(tf: TypeFacts, settings: Settings): boolean {
  if (tf.provider || !tf.regional) return false;
  if (settings.determination.jurisdictions.size === 0 && allowedRegionsOf(settings, tf) === undefined) return false;
  return tf.family !== "azure";
}

/** The UTC day of an instant, remembered for the run: its resources are decided on the same day. */
function dayOf(at: Date, memo: DecideMemo): string {
  const ms = at.getTime();
  const day = Math.floor(ms / 86_400_000);
  const last = memo.lastDay;
  if (last !== undefined && last.day === day) return last.text;
  const text = utcDay(at);
  memo.lastDay = { day, text };
  return text;
}

/** allowedRegions for a package: its own entry, else its family's (`aws` covers aws-native). */
function allowedRegionsOf(
  settings: Settings,
  tf: TypeFacts,
): Settings["allowedRegions"] extends ReadonlyMap<string, infer G> ? G | undefined : never {
  if (settings.allowedRegions.size === 0) return undefined;
  return settings.allowedRegions.get(tf.pkg) ?? (tf.family === undefined ? undefined : settings.allowedRegions.get(tf.family));
}

/** How to make a package's region explicit, for the message. */
function howToPlace(tf: TypeFacts): string {
  const pkg = tf.pkg;
  const facts = tf.facts;
  const configKey = facts?.regionConfigKey ?? `${pkg}:region`;
  const providerKey = facts?.providerRegionKeys[0] ?? "region";
  return `set ${configKey} in the stack config, or ${providerKey} on an explicit provider`;
}

/**
 * One draft per destination kind: a restricted vendor's endpoint
 * (restricted-provider, blocking), a restricted vendor's registry
 * (restricted-provider, advisory), a restricted-jurisdiction endpoint of an
 * unrestricted vendor (restricted-region, unless the region already placed
 * the resource there). Each names the first host and the count.
 */
function endpointDrafts(
  out: FindingDraft[],
  resource: ResourceView,
  pkg: string,
  settings: Settings,
  memo: DecideMemo,
  here: { region: string; jurisdictions: readonly string[]; source: string } | undefined,
): void {
  const det = settings.determination;
  const hits = resourceEndpoints(resource, det, memo);
  if (hits.length === 0) return;
  for (const g of groupEndpoints(hits, det, det.providers.has(pkg) ? pkg : "")) {
    if (g.kind === "jurisdiction") {
      if (out.some((d) => d.rule === "jurisdiction")) continue;
      out.push({
        target: "restricted-region",
        rule: "jurisdiction",
        blocking: true,
        // a region read from a secret value is part of the secret: only its jurisdiction is said
        region: g.first.secret ? g.first.host : (g.first.info.region ?? g.first.host),
        jurisdictions: g.first.info.jurisdictions,
        regionSource: g.first.source,
        reason: `${describeGroup(g, "endpoint")} lies in restricted jurisdiction ${g.subject}`,
        effective: det.effective,
      });
      continue;
    }
    const vendorRule = det.providers.get(g.subject)!;
    const image = g.kind === "image";
    // restricted-provider drafts stay ahead of restricted-region ones (the order the policies report in)
    const at = out.findIndex((d) => d.target !== "restricted-provider");
    out.splice(at < 0 ? out.length : at, 0, {
      target: "restricted-provider",
      rule: "vendor-endpoint",
      blocking: !image,
      // where the resource itself is (for the inventory); the endpoint is named in the reason
      region: here?.region,
      jurisdictions: here?.jurisdictions,
      regionSource: g.first.source,
      reason: image
        ? `${describeGroup(g, "image registry", "image registries")} belongs to restricted provider package ${g.subject} (advisory: an image pulled from it is a dependency, not a data transfer): ${vendorRule.reason}`
        : `${describeGroup(g, "endpoint")} belongs to restricted provider package ${g.subject}: ${vendorRule.reason}`,
      effective: vendorRule.effective ?? det.effective,
    });
  }
}

function placeDrafts(
  out: FindingDraft[],
  tf: TypeFacts,
  place: Place,
  source: string,
  settings: Settings,
  effective: string | undefined,
): void {
  const det = settings.determination;
  const pkg = tf.pkg;
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
  const allowed = allowedRegionsOf(settings, tf);
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
  } else if (!place.recognised && (tf.regional || !isRedacted(place.raw))) {
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

function finalise(
  resource: ResourceView,
  pkg: string,
  settings: Settings,
  drafts: readonly FindingDraft[],
  today: string,
  error: string | undefined,
): Finding[] {
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
