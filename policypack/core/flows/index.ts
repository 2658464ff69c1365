/**
 * Data flows: how U.S.-person data leaves an in-scope resource for a
 * restricted provider or jurisdiction — replication, geo-redundancy, read
 * replicas, backup copies, key replicas, network peering, and plain
 * references (a property value, a property dependency, a dependency, an
 * endpoint host).
 *
 * Each mechanism family is one module of this folder, exporting typed
 * entries (type tokens, the inputs read, the mechanism's name, a citation,
 * and the reader that finds source and destination); `flowModules` lists
 * them and every list the analysis needs is derived from it (registry.ts).
 * References and endpoints are not a mechanism of a type: references.ts and
 * endpoints.ts scan what no reader handled.
 *
 * A finding names the data SOURCE (the resource whose data moves; when the
 * source cannot be resolved, the resource that declares the flow) and, in
 * `destination`, where the data goes: URN and type when the destination is in
 * the stack, package, region, jurisdictions and `via` (mechanism, declaring
 * URN and property path). Reasons are static text plus region identifiers,
 * resource names and URNs — never other property values.
 *
 * Rules: the source must be in scope; its exemption (or the declaring
 * resource's) applies; a destination that cannot be known during preview
 * follows `unknownRegion`; before the determination's effective date a flow
 * is reported as restricted-data-flow but not blocking. Fails closed: if the
 * analysis of a resource throws and the resource has a restricted-looking
 * reference, a finding with `error` is still returned.
 */
import { errorSummary } from "../decide";
import { utcDay } from "../exemptions";
import type { Clock, Finding, ResourceView, Settings } from "../types";
import { FlowAnalysis } from "./analysis";
import { awsPeerings } from "./aws-peering";
import { azureGeoStorage } from "./azure-geo-storage";
import { azureResourceGroups } from "./azure-resource-groups";
import { azureSql } from "./azure-sql";
import { azureVnetPeering } from "./azure-vnet-peering";
import { backupCopies } from "./backup-copies";
import { dynamodbReplicas } from "./dynamodb-replicas";
import { gcpPeering } from "./gcp-peering";
import { gcsPlacement } from "./gcs-placement";
import { kmsReplicas } from "./kms-replicas";
import { rdsReplicas } from "./rds-replicas";
import { buildRegistry, type Registry } from "./registry";
import { s3Replication } from "./s3-replication";
import type { FlowModule } from "./types";
import { createMemo, type DecideMemo } from "../memo";

/** Every mechanism module, in the order post-passes run. */
export const flowModules: readonly FlowModule[] = [
  s3Replication,
  dynamodbReplicas,
  rdsReplicas,
  kmsReplicas,
  backupCopies,
  awsPeerings,
  azureGeoStorage,
  azureSql,
  azureVnetPeering,
  azureResourceGroups,
  gcsPlacement,
  gcpPeering,
];

export const registry: Registry = buildRegistry(flowModules);

/** The types whose inputs the analysis reads, and for some the only keys it reads (see `Registry`). */
export const typesWithOwnAnalysis: ReadonlyMap<string, readonly string[] | undefined> = registry.typesWithOwnAnalysis;

/** Finds flows resource by resource: `add` every resource of the stack, in order, then `finish` once. */
export interface FlowFinder {
  /**
   * Adds the next resource. Returns whether `finish` will read its inputs
   * (its type has an analysis of its own, or its place waits for the whole
   * stack); otherwise they are read again only if a value of another
   * resource, or of its own, may name a destination. A caller that can read
   * inputs again at a cost (the scan) keeps only the ones asked for.
   */
  add(view: ResourceView): boolean;
  finish(): Finding[];
}

export interface FlowFinderOptions {
  /**
   * Analyse the references of every resource, not only of those whose probes
   * may match a destination. Same findings, slower: for tests of the probes.
   */
  readonly exhaustive?: boolean;
  /** The run's memo (core/memo.ts), shared with `decide`: a scan resolves each resource's region once for both. */
  readonly memo?: DecideMemo;
}

/** `findFlows`, in steps: a caller reading resources one at a time adds each as it reads it. */
export function flowFinder(settings: Settings, clock: Clock, options: FlowFinderOptions = {}): FlowFinder {
  let today: string;
  let clockError: string | undefined;
  try {
    today = utcDay(clock());
  } catch (e) {
    // Fail closed: as if every rule were in force and every exemption expired.
    today = "9999-12-31";
    clockError = errorSummary(e);
  }
  return new FlowAnalysis(registry, settings, today, clockError, options.exhaustive === true, options.memo ?? createMemo());
}

/** Finds every in-scope flow into a restricted destination. */
export function findFlows(resources: readonly ResourceView[], settings: Settings, clock: Clock): Finding[] {
  const finder = flowFinder(settings, clock);
  for (const r of resources) finder.add(r);
  return finder.finish();
}
