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
 * Every resource becomes one `ScanView`: its inputs (with the location keys
 * the inputs lack taken from its outputs), its provider resource resolved
 * from the `<urn>::<id>` reference in the same document (a default provider
 * missing from a preview is rebuilt from the preview's stack config), its
 * parent, and the graph facts stack-wide analysis reads (`id`,
 * `dependencies`, `propertyDependencies`). Secret envelopes are replaced by a
 * placeholder before any code reads them (see `secrets.ts`); outputs are
 * never read except the few values copied into the view, each checked.
 *
 * Built for 100,000-resource exports: `readSnapshotFile` reads an export a
 * chunk at a time and parses each resource as it arrives (`elements.ts`),
 * handing each view to the caller before the next is read; views can let
 * their inputs go and parse them again if asked (`ScanResource`); parsed
 * records are reused in place (the scan owns them), one small object per
 * resource is allocated, and provider views are shared. Whatever the way of
 * reading, the views, their order and the errors are those of
 * `readSnapshot(parseJson(text))`.
 */
import * as fs from "fs";
import { hasOwn, isRecord, own, type Props } from "../core/props";

import { ElementReader, ReadWhole, resourcesSentinel, type ByteSource } from "./elements";
import { InputError } from "./errors";
import { checkText, gunzipIfGzip, isGzip, maxTextBytes, parseJson, readFileBuffer, type TextBytes } from "./read";
import { signatureKey } from "./secrets";
import { ElementRecords } from "./element-records";
import { build, type Entry, type Records, type ScanView } from "./views";

export type { ScanView };

export type SnapshotFormat = "stack-export" | "stack-checkpoint" | "preview";

export interface Snapshot {
  readonly format: SnapshotFormat;
  /** Deployment version of a stack export or checkpoint. */
  readonly version?: number;
  readonly stacks: readonly string[];
  readonly projects: readonly string[];
  readonly resources: readonly ScanView[];
  /** Number of secret values replaced by the placeholder (in inputs and in the output values used). */
  readonly secrets: number;
  /**
   * Old copies marked `delete: true` (pending deletion after a replacement):
   * they still exist in the cloud. Not handed to `onView`, not in `resources`.
   */
  readonly pendingDeletion: readonly ScanView[];
  /** Why the results may be incomplete (e.g. checkpoint features this reader does not know). */
  readonly warnings: readonly string[];
}

const minVersion = 3;
/**
 * Deployment features this reader knows (a v4 export or checkpoint lists the
 * features it needs in `features`; the engine refuses one it does not know).
 * `refreshBeforeUpdate` only changes when the engine refreshes a resource,
 * which a scan of the state never does.
 * https://github.com/pulumi/pulumi/blob/master/pkg/resource/stack/deployment.go
 */
export const knownDeploymentFeatures: readonly string[] = ["refreshBeforeUpdate"];
/** Step operations whose resource does not exist after the operation. */
const goneOps: ReadonlySet<string> = new Set([
  "delete",
  "delete-replaced",
  "discard",
  "discard-replaced",
  "remove-pending-replace",
  "read-discard",
]);

function checkVersion(doc: Props, label: string, kind: string): number {
  const raw = own(doc, "version");
  // A checkpoint written before versions existed has none: version 0.
  const version = raw === undefined && kind === "stack checkpoint" ? 0 : raw;
  if (typeof version !== "number" || !Number.isInteger(version)) throw new InputError(label, `${kind} has no deployment version`);
  if (version < minVersion)
    throw new InputError(label, `${kind} version ${version} is too old (need ${minVersion} or later; re-export with a current Pulumi CLI)`);
  return version;
}

/** Warnings for a `features` list naming features this reader does not know (the result may be incomplete). */
function featureWarnings(doc: Props, label: string, kind: string): string[] {
  const features = own(doc, "features");
  if (features === undefined || features === null) return [];
  if (!Array.isArray(features)) return [`${label}: ${kind} has a 'features' entry that is not a list; results may be incomplete`];
  const unknown = features
    .filter((f) => typeof f !== "string" || !knownDeploymentFeatures.includes(f))
    .map((f) => (typeof f === "string" ? f.slice(0, 60) : typeof f));
  if (unknown.length === 0) return [];
  return [
    `${label}: ${kind} uses feature${unknown.length > 1 ? "s" : ""} this scanner does not know (${unknown.join(", ")}); results may be incomplete`,
  ];
}

function deploymentEntries(deployment: unknown, where: string, label: string, elements: ElementRecords | undefined): Records {
  if (deployment === undefined || deployment === null) return [];
  if (!isRecord(deployment)) throw new InputError(label, `${where} is not an object`);
  const list = own(deployment, "resources");
  if (elements && list === resourcesSentinel) return elements.use();
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new InputError(label, `${where}.resources is not a list`);
  return list as readonly unknown[];
}

function previewEntries(doc: Props, label: string): Entry[] {
  const steps = own(doc, "steps");
  if (steps === undefined || steps === null) return [];
  if (!Array.isArray(steps)) throw new InputError(label, "steps is not a list");
  const byUrn = new Map<string, Entry>();
  for (let i = 0; i < steps.length; i++) {
    const s: unknown = steps[i];
    const where = `steps[${i}]`;
    if (!isRecord(s)) throw new InputError(label, `${where} is not an object`);
    const op = own(s, "op");
    if (typeof op !== "string") throw new InputError(label, `${where} has no op`);
    if (goneOps.has(op)) {
      const urn = own(s, "urn");
      if (op === "delete" && typeof urn === "string") byUrn.delete(urn);
      continue;
    }
    const state = own(s, "newState");
    if (state === undefined || state === null) continue;
    if (!isRecord(state)) throw new InputError(label, `${where}.newState is not an object`);
    let urn = own(state, "urn");
    if (urn === undefined) {
      // Some producers leave the URN on the step only.
      urn = own(s, "urn");
      if (typeof urn === "string")
        Object.defineProperty(state, "urn", { value: urn, writable: true, enumerable: true, configurable: true });
    }
    if (typeof urn !== "string") throw new InputError(label, `${where} has no valid urn`);
    byUrn.delete(urn); // the latest step's state wins, in that step's order
    byUrn.set(urn, { rec: state, where: `${where}.newState`, provider: own(s, "provider") });
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

export interface SnapshotOptions {
  /**
   * False when the source text does not contain the secret signature at all
   * (`text.includes(signatureKey)`), so no property tree needs walking for
   * envelopes. Default true.
   */
  readonly secretsPossible?: boolean;
  /**
   * Called with each resource view as soon as it is built, in document order
   * (before the next is read). Returning false says the receiver will not
   * read the view's inputs again soon: a view read one element at a time
   * (`readSnapshotBytes`, `readSnapshotFile`) then lets them go, and parses
   * them again from the input if they are read later.
   */
  readonly onView?: (view: ScanView) => boolean | void;
}

export interface TextSnapshotOptions {
  /**
   * Called before each reading of the document, returning that reading's
   * `onView`. A document is read a second time, whole, only when reading it
   * one element at a time stops part way (a provider after a resource that
   * uses it, an element that is not JSON, any error: reading it whole then
   * reports the error, as without elements).
   */
  readonly start?: () => SnapshotOptions["onView"];
  /** `readSnapshotFile`: bytes read at a time (tests cut resources apart with small chunks). */
  readonly chunkBytes?: number;
}

/**
 * Parses JSON text, given as bytes checked by `checkText`, and reads its
 * resources (`readSnapshot`). A stack export or checkpoint laid out as
 * `pulumi stack export` writes it is decoded and parsed one resource at a
 * time (see `elements.ts`); the result, views, their order and errors are
 * those of `readSnapshot(parseJson(text))`. Throws InputError.
 */
export function readSnapshotBytes(text: TextBytes, label: string, options: TextSnapshotOptions = {}): Snapshot {
  const read = readElements(ElementReader.ofBytes(text.bytes, text.ascii), label, secretsPossibleIn(text), options);
  return read ?? readWhole(text, label, options);
}

/**
 * False when the text holds no secret signature and no `\u` escape that
 * could spell one: no property tree needs walking for envelopes.
 */
function secretsPossibleIn(text: TextBytes): boolean {
  return text.bytes.includes(signatureKey) || text.bytes.includes("\\u");
}

/** The text parsed whole, then read (`readSnapshot`). */
function readWhole(text: TextBytes, label: string, options: TextSnapshotOptions): Snapshot {
  return readSnapshot(parseJson(text.decode(), label), label, { secretsPossible: secretsPossibleIn(text), onView: options.start?.() });
}

/** A snapshot read from a file, which views may read again until `close`. */
export interface FileSnapshot {
  readonly snapshot: Snapshot;
  /** Closes the file: call once the views are no longer read. */
  close(): void;
}

/**
 * `readSnapshotBytes` of a file, read a chunk at a time when it has the
 * layout of `elements.ts` (every resource is then parsed while its bytes are
 * in the cache, and the file is never all in memory); otherwise, or when
 * anything in it is not as expected (an error to report among them), read
 * whole. Throws InputError.
 */
export function readSnapshotFile(file: string, label: string, options: TextSnapshotOptions = {}): FileSnapshot {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const st = fs.fstatSync(fd);
    const magic = Buffer.alloc(2);
    const gzipped = st.isFile() && fs.readSync(fd, magic, 0, 2, 0) === 2 && isGzip(magic);
    if (gzipped) {
      fs.closeSync(fd);
      fd = undefined;
      return {
        snapshot: readSnapshotBytes(checkText(gunzipIfGzip(readFileBuffer(file, label), label), label), label, options),
        close: () => undefined,
      };
    }
    if (st.isFile() && st.size <= maxTextBytes) {
      const handle = fd;
      const source: ByteSource = { read: (into, offset, length, position) => fs.readSync(handle, into, offset, length, position) };
      // Whether a secret envelope may be in the file is not known before its end: every resource is looked at.
      const read = readElements(ElementReader.ofSource(source, options.chunkBytes), label, true, options);
      if (read) {
        fd = undefined;
        let open = true;
        return {
          snapshot: read,
          close: () => {
            if (open) fs.closeSync(handle);
            open = false;
          },
        };
      }
    }
  } catch (e) {
    // A file that cannot be opened or read is read whole, which says why.
    if (!(e instanceof Error && "code" in e)) throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return { snapshot: readWhole(checkText(readFileBuffer(file, label), label), label, options), close: () => undefined };
}

/** Whether `doc` holds the sentinel string exactly once, anywhere. */
function sentinelOnce(doc: unknown): boolean {
  let count = 0;
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === resourcesSentinel) count++;
    else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push(v[i]);
    else if (isRecord(v)) for (const k in v) if (hasOwn.call(v, k)) stack.push(v[k]);
  }
  return count === 1;
}

/**
 * What `readDocument` reads of a stack export or checkpoint besides its
 * resources: its kind, version, and where the resources are. Equal for the
 * provisional skeleton (read before the end of the file) and the real one
 * means the document reads the same.
 */
function documentFacts(doc: unknown): string {
  if (!isRecord(doc)) return "other";
  const deployment = own(doc, "deployment");
  if (deployment !== undefined)
    return JSON.stringify([
      "export",
      own(doc, "version") ?? null,
      isRecord(deployment) && own(deployment, "resources") === resourcesSentinel,
    ]);
  const checkpoint = own(doc, "checkpoint");
  const latest = own(checkpoint, "latest");
  if (checkpoint !== undefined)
    return JSON.stringify(["checkpoint", own(doc, "version") ?? null, isRecord(latest) && own(latest, "resources") === resourcesSentinel]);
  return "other";
}

/**
 * Reads the document one element at a time; undefined when it must be read
 * whole: its layout is not the expected one, or anything is wrong with it
 * (reading it whole then reports what, first, as it would without
 * elements).
 */
function readElements(reader: ElementReader, label: string, redact: boolean, options: TextSnapshotOptions): Snapshot | undefined {
  try {
    const provisional = reader.begin();
    if (provisional === undefined) return undefined;
    const doc = parseOrUndefined(provisional);
    if (doc === undefined || !sentinelOnce(doc)) return undefined;
    const elements = new ElementRecords(reader, label);
    const snapshot = readDocument(doc, label, redact, options.start?.(), elements);
    if (!elements.isUsed) return undefined;
    const skeleton = parseOrUndefined(reader.skeleton());
    if (skeleton === undefined || !sentinelOnce(skeleton) || documentFacts(skeleton) !== documentFacts(doc)) return undefined;
    return snapshot;
  } catch (e) {
    if (e instanceof ReadWhole || e instanceof InputError) return undefined;
    throw e;
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Detects the format of a parsed document and reads its resources. Throws InputError. */
export function readSnapshot(doc: unknown, label: string, options: SnapshotOptions = {}): Snapshot {
  return readDocument(doc, label, options.secretsPossible !== false, options.onView, undefined);
}

/** A stack export or checkpoint carries no stack config (its providers are listed). */
const noConfig: ReadonlyMap<string, Record<string, unknown>> = new Map();

function readDocument(
  doc: unknown,
  label: string,
  redact: boolean,
  onView: SnapshotOptions["onView"],
  elements: ElementRecords | undefined,
): Snapshot {
  if (!isRecord(doc)) {
    throw new InputError(
      label,
      `neither a Pulumi stack export nor 'pulumi preview --json' output (top level is ${Array.isArray(doc) ? "a list" : doc === null ? "null" : `a ${typeof doc}`}, not an object)`,
    );
  }
  if (own(doc, "deployment") !== undefined) {
    const version = checkVersion(doc, label, "stack export");
    const list = deploymentEntries(own(doc, "deployment"), "deployment", label, elements);
    return {
      ...build({
        format: "stack-export",
        version,
        records: list,
        listName: "deployment.resources",
        config: noConfig,
        label,
        redact,
        onView,
      }),
      warnings: featureWarnings(doc, label, "stack export"),
    };
  }
  if (own(doc, "checkpoint") !== undefined || (own(doc, "latest") !== undefined && own(doc, "stack") !== undefined)) {
    if (own(doc, "checkpoint") === undefined)
      throw new InputError(label, "stack checkpoint version 0 is too old (need 3 or later; re-export with a current Pulumi CLI)");
    const version = checkVersion(doc, label, "stack checkpoint");
    const checkpoint = own(doc, "checkpoint");
    if (!isRecord(checkpoint)) throw new InputError(label, "checkpoint is not an object");
    const list = deploymentEntries(own(checkpoint, "latest"), "checkpoint.latest", label, elements);
    return {
      ...build({
        format: "stack-checkpoint",
        version,
        records: list,
        listName: "checkpoint.latest.resources",
        config: noConfig,
        label,
        redact,
        onView,
      }),
      warnings: featureWarnings(doc, label, "stack checkpoint"),
    };
  }
  if (Array.isArray(own(doc, "steps")) || isRecord(own(doc, "changeSummary"))) {
    const entries = previewEntries(doc, label);
    return build({
      format: "preview",
      records: entries.map((e) => e.rec),
      entries,
      listName: "",
      config: configByPackage(doc),
      label,
      redact,
      onView,
    });
  }
  throw new InputError(label, "neither a Pulumi stack export (no 'deployment') nor 'pulumi preview --json' output (no 'steps')");
}
