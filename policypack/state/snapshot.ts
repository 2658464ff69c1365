/**
 * From a parsed document to what the core decides on. Two formats, detected
 * by content:
 *
 * - `pulumi stack export` (deployment version 3 and later):
 *   `{version, deployment: {manifest, secrets_providers, resources: [...]}}`;
 *   the file backend's checkpoint (`{version, checkpoint: {latest: {...}}}`)
 *   is read the same way.
 * - `pulumi preview --json`: `{config, steps: [{op, urn, newState, oldState}],
 *   diagnostics, duration, changeSummary}`; the resources are the new states
 *   of every step that keeps or creates a resource.
 *
 * Every resource becomes a `ResourceView` with its inputs (falling back to
 * outputs for the location keys the inputs lack) and its provider resource
 * resolved from the `<urn>::<id>` reference in the same document. Secret
 * envelopes are replaced by a placeholder first (see `secrets.ts`).
 */
import { isProviderType, packageOfType, providerFacts } from "../catalog";
import { isRecord, own, type Props } from "../core/props";
import type { ProviderView, ResourceView } from "../core/types";
import { isUnknown } from "../core/unknown";
import { InputError } from "./errors";
import { redactSecrets } from "./secrets";
import { parseUrn, splitProviderReference } from "./urn";

export type SnapshotFormat = "stack-export" | "stack-checkpoint" | "preview";

export interface Snapshot {
  readonly format: SnapshotFormat;
  /** Deployment version of a stack export or checkpoint. */
  readonly version?: number;
  readonly stacks: readonly string[];
  readonly projects: readonly string[];
  /** Views with inputs, as the engine's resource policies see resources. */
  readonly resources: readonly ResourceView[];
  /** Views with outputs (inputs when none), as the engine's stack policies see resources. Empty unless asked for. */
  readonly stackResources: readonly ResourceView[];
  /** Number of secret values replaced by the placeholder. */
  readonly secrets: number;
}

export interface SnapshotOptions {
  /** Also build output-based views for stack-wide analysis (data flows). */
  readonly stackViews?: boolean;
}

/** A resource as both formats carry it, before normalisation. */
interface RawResource {
  readonly urn: string;
  readonly type: string;
  inputs: unknown;
  outputs: unknown;
  readonly parent: unknown;
  readonly provider: unknown;
  readonly id: unknown;
  readonly dependencies: unknown;
  readonly propertyDependencies: unknown;
}

function rawResource(urn: string, type: string, r: Props, provider: unknown): RawResource {
  return {
    urn,
    type,
    inputs: own(r, "inputs"),
    outputs: own(r, "outputs"),
    parent: own(r, "parent"),
    provider,
    id: own(r, "id"),
    dependencies: own(r, "dependencies"),
    propertyDependencies: own(r, "propertyDependencies"),
  };
}

const minVersion = 3;
/** Step operations whose resource does not exist after the operation. */
const goneOps: ReadonlySet<string> = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace", "read-discard"]);
const fallbackLocationKeys = ["region", "location", "zone", "availabilityZone"];
const fallbackProviderKeys = ["region", "location"];

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
}

/** `primary`, plus the location keys it lacks taken from `secondary` (copy only when needed). */
function withLocations(primary: Props, secondary: unknown, keys: readonly string[]): Props {
  if (!isRecord(secondary)) return primary;
  let copy: Record<string, unknown> | undefined;
  for (const k of keys) {
    if (present(own(primary, k))) continue;
    const v = own(secondary, k);
    if (!present(v) || isUnknown(v)) continue;
    copy ??= { ...primary };
    copy[k] = v;
  }
  return copy ?? primary;
}

function describe(i: number, what: string): string {
  return `${what}[${i}]`;
}

function resourcesOfDeployment(deployment: unknown, where: string, label: string): RawResource[] {
  if (deployment === undefined || deployment === null) return [];
  if (!isRecord(deployment)) throw new InputError(label, `${where} is not an object`);
  const list = own(deployment, "resources");
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new InputError(label, `${where}.resources is not a list`);
  const out: RawResource[] = [];
  for (let i = 0; i < list.length; i++) {
    const r: unknown = list[i];
    if (!isRecord(r)) throw new InputError(label, `${describe(i, `${where}.resources`)} is not an object`);
    const urn = own(r, "urn");
    const type = own(r, "type");
    if (typeof urn !== "string" || !parseUrn(urn)) throw new InputError(label, `${describe(i, `${where}.resources`)} has no valid urn`);
    if (typeof type !== "string" || type.length === 0) throw new InputError(label, `${describe(i, `${where}.resources`)} has no type`);
    // Old copies awaiting deletion after a replacement: the live resource has the same URN.
    if (own(r, "delete") === true) continue;
    out.push(rawResource(urn, type, r, own(r, "provider")));
  }
  return out;
}

function checkVersion(doc: Props, label: string, kind: string): number {
  const version = own(doc, "version");
  if (typeof version !== "number" || !Number.isInteger(version)) throw new InputError(label, `${kind} has no deployment version`);
  if (version < minVersion) throw new InputError(label, `${kind} version ${version} is not supported (need ${minVersion} or later; re-export with a current Pulumi CLI)`);
  return version;
}

function resourcesOfPreview(doc: Props, label: string): RawResource[] {
  const steps = own(doc, "steps");
  if (steps === undefined || steps === null) return [];
  if (!Array.isArray(steps)) throw new InputError(label, "steps is not a list");
  const byUrn = new Map<string, RawResource>();
  for (let i = 0; i < steps.length; i++) {
    const s: unknown = steps[i];
    if (!isRecord(s)) throw new InputError(label, `${describe(i, "steps")} is not an object`);
    const op = own(s, "op");
    if (typeof op !== "string") throw new InputError(label, `${describe(i, "steps")} has no op`);
    if (goneOps.has(op)) {
      const urn = own(s, "urn");
      if (typeof urn === "string" && op === "delete") byUrn.delete(urn);
      continue;
    }
    const state = own(s, "newState");
    if (state === undefined || state === null) continue;
    if (!isRecord(state)) throw new InputError(label, `${describe(i, "steps")}.newState is not an object`);
    const urn = own(state, "urn") ?? own(s, "urn");
    const type = own(state, "type");
    if (typeof urn !== "string" || !parseUrn(urn)) throw new InputError(label, `${describe(i, "steps")} has no valid urn`);
    if (typeof type !== "string" || type.length === 0) throw new InputError(label, `${describe(i, "steps")}.newState has no type`);
    if (own(state, "delete") === true) continue;
    const provider = own(state, "provider") ?? own(s, "provider");
    byUrn.delete(urn); // keep the latest step's state, in the order of that step
    byUrn.set(urn, rawResource(urn, type, state, provider));
  }
  return [...byUrn.values()];
}

/** Stack config of a preview (`"aws:region": "us-east-1"`), per package, for default providers the preview does not list. */
function configByPackage(doc: Props): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const config = own(doc, "config");
  if (!isRecord(config)) return out;
  for (const key of Object.keys(config)) {
    const v = own(config, key);
    const colon = key.indexOf(":");
    if (colon <= 0 || typeof v !== "string") continue;
    const pkg = key.slice(0, colon);
    let m = out.get(pkg);
    if (!m) out.set(pkg, (m = {}));
    Object.defineProperty(m, key.slice(colon + 1), { value: v, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** Detects the format of a parsed document and reads its resources. Throws InputError. */
export function readSnapshot(doc: unknown, label: string, options: SnapshotOptions = {}): Snapshot {
  if (!isRecord(doc)) {
    throw new InputError(label, `neither a Pulumi stack export nor 'pulumi preview --json' output (top level is ${Array.isArray(doc) ? "a list" : doc === null ? "null" : `a ${typeof doc}`}, not an object)`);
  }
  let format: SnapshotFormat;
  let version: number | undefined;
  let raw: RawResource[];
  let config = new Map<string, Record<string, unknown>>();
  if (own(doc, "deployment") !== undefined) {
    format = "stack-export";
    version = checkVersion(doc, label, "stack export");
    raw = resourcesOfDeployment(own(doc, "deployment"), "deployment", label);
  } else if (own(doc, "checkpoint") !== undefined) {
    format = "stack-checkpoint";
    version = checkVersion(doc, label, "stack checkpoint");
    const checkpoint = own(doc, "checkpoint");
    if (!isRecord(checkpoint)) throw new InputError(label, "checkpoint is not an object");
    raw = resourcesOfDeployment(own(checkpoint, "latest"), "checkpoint.latest", label);
  } else if (Array.isArray(own(doc, "steps")) || isRecord(own(doc, "changeSummary"))) {
    format = "preview";
    raw = resourcesOfPreview(doc, label);
    config = configByPackage(doc);
  } else {
    throw new InputError(label, "neither a Pulumi stack export (no 'deployment') nor 'pulumi preview --json' output (no 'steps')");
  }
  return buildViews(format, version, raw, config, options);
}

function buildViews(
  format: SnapshotFormat,
  version: number | undefined,
  raw: readonly RawResource[],
  config: ReadonlyMap<string, Record<string, unknown>>,
  options: SnapshotOptions,
): Snapshot {
  const counter = { count: 0 };
  const providerRecords = new Map<string, RawResource>();
  // Pass 1: remove secrets from every property tree, index provider resources.
  for (const r of raw) {
    const inputs = redactSecrets(r.inputs, counter);
    r.inputs = isRecord(inputs) ? inputs : {};
    r.outputs = redactSecrets(r.outputs, counter);
    if (isProviderType(r.type)) providerRecords.set(r.urn, r);
  }

  const providerViews = new Map<string, ProviderView | undefined>();
  const providerOf = (ref: unknown): ProviderView | undefined => {
    if (typeof ref !== "string") return undefined;
    const split = splitProviderReference(ref);
    if (!split) return undefined;
    if (providerViews.has(split.urn)) return providerViews.get(split.urn);
    let view: ProviderView | undefined;
    const rec = providerRecords.get(split.urn);
    const parsed = parseUrn(split.urn)!;
    if (rec) {
      const keys = providerFacts(packageOfType(rec.type))?.providerRegionKeys ?? fallbackProviderKeys;
      view = { type: rec.type, urn: rec.urn, name: parsed.name, inputs: withLocations(rec.inputs as Props, rec.outputs, keys) };
    } else if (isProviderType(parsed.type)) {
      // Not in the document (a partial export, or a preview that does not list it):
      // the engine fills a default provider from stack config, so do the same.
      const isDefault = parsed.name === "default" || parsed.name.startsWith("default_");
      const fromConfig = isDefault ? config.get(packageOfType(parsed.type)) : undefined;
      view = { type: parsed.type, urn: split.urn, name: parsed.name, inputs: fromConfig ?? {} };
    }
    providerViews.set(split.urn, view);
    return view;
  };

  const stacks = new Set<string>();
  const projects = new Set<string>();
  const resources: ResourceView[] = [];
  const stackResources: ResourceView[] = [];
  for (const r of raw) {
    const parsed = parseUrn(r.urn)!;
    stacks.add(parsed.stack);
    projects.add(parsed.project);
    const isProvider = providerRecords.get(r.urn) === r;
    const pkg = packageOfType(r.type);
    const facts = providerFacts(pkg);
    const keys = isProvider ? facts?.providerRegionKeys ?? fallbackProviderKeys : facts?.locationKeys ?? fallbackLocationKeys;
    const inputs = r.inputs as Props;
    const provider = isProvider ? undefined : providerOf(r.provider);
    const parent = typeof r.parent === "string" ? r.parent : undefined;
    const base = { type: r.type, urn: r.urn, name: parsed.name, ...(provider ? { provider } : {}), ...(parent !== undefined ? { parent } : {}) };
    resources.push({ ...base, inputs: withLocations(inputs, r.outputs, keys) });
    if (options.stackViews) {
      const outputs = isRecord(r.outputs) && Object.keys(r.outputs).length > 0 ? r.outputs : undefined;
      // Graph facts the stack-wide analysis reads when present (ids, dependencies as URNs).
      const graph = {
        ...(typeof r.id === "string" && r.id !== "" ? { id: r.id } : {}),
        ...(Array.isArray(r.dependencies) ? { dependencies: r.dependencies } : {}),
        ...(isRecord(r.propertyDependencies) ? { propertyDependencies: r.propertyDependencies } : {}),
      };
      stackResources.push({ ...base, ...graph, inputs: outputs ? withLocations(outputs, inputs, keys) : withLocations(inputs, r.outputs, keys) });
    }
  }
  return { format, ...(version !== undefined ? { version } : {}), stacks: [...stacks], projects: [...projects], resources, stackResources, secrets: counter.count };
}
