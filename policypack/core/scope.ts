/**
 * Which resources carry U.S.-person data. `all`: every resource (fail safe).
 * `tagged`: resources whose tags or labels carry a configured key (and value),
 * compared case-insensitively. Tag maps come in several shapes across
 * providers: plain maps (`tags`, `labels`, `freeformTags`), lists of
 * `{key, value}` pairs, and OCI's nested `definedTags` (`namespace.key`).
 */
import { isUnknown } from "./unknown";
import { isRecord, own, type Props } from "./props";
import type { ResourceView, Scope } from "./types";

export type ScopeDecision = "in" | "out" | "unknown";

/** Input properties that hold tags or labels, across providers. */
export const tagProperties = [
  "tags",
  "tagsAll",
  "labels",
  "freeformTags",
  "definedTags",
  "userTags",
  "resourceTags",
  "tagList",
  "tagSet",
] as const;

const maxTagEntries = 1000;

/** How a resource's tags meet the scope: a tag matches, none does, or one cannot be known yet. */
type TagMatch = "match" | "none" | "unknown";

function keyValueMatches(scope: Scope, key: unknown, value: unknown): TagMatch {
  if (isUnknown(key)) return "unknown";
  if (typeof key !== "string" || !scope.tagKeys.has(key.toLowerCase())) return "none";
  if (scope.tagValues.size === 0) return "match";
  if (isUnknown(value)) return "unknown";
  return typeof value === "string" && scope.tagValues.has(value.toLowerCase()) ? "match" : "none";
}

function combine(a: TagMatch, b: TagMatch): TagMatch {
  return a === "match" || b === "match" ? "match" : a === "unknown" || b === "unknown" ? "unknown" : "none";
}

function searchTags(scope: Scope, tags: unknown, nested: boolean): TagMatch {
  if (tags === undefined || tags === null) return "none";
  if (isUnknown(tags)) return "unknown";
  let verdict: TagMatch = "none";
  if (Array.isArray(tags)) {
    for (let i = 0; i < tags.length && i < maxTagEntries; i++) {
      const t: unknown = tags[i];
      if (isUnknown(t)) {
        verdict = combine(verdict, "unknown");
        continue;
      }
      if (!isRecord(t)) continue;
      const key = own(t, "key") ?? own(t, "Key") ?? own(t, "tagKey") ?? own(t, "name");
      const value = own(t, "value") ?? own(t, "Value") ?? own(t, "tagValue");
      verdict = combine(verdict, keyValueMatches(scope, key, value));
      if (verdict === "match") return verdict;
    }
    return verdict;
  }
  if (!isRecord(tags)) return "none";
  let n = 0;
  for (const k of Object.keys(tags)) {
    if (++n > maxTagEntries) break;
    const v = own(tags, k);
    if (nested && isRecord(v)) {
      // OCI definedTags: { namespace: { key: value } } — match "namespace.key" and "key".
      for (const inner of Object.keys(v)) {
        const iv = own(v, inner);
        verdict = combine(verdict, combine(keyValueMatches(scope, `${k}.${inner}`, iv), keyValueMatches(scope, inner, iv)));
        if (verdict === "match") return verdict;
      }
      continue;
    }
    verdict = combine(verdict, keyValueMatches(scope, k, v));
    if (verdict === "match") return verdict;
  }
  return verdict;
}

function tagsIn(scope: Scope, props: Props): TagMatch {
  let verdict: TagMatch = "none";
  for (const p of tagProperties) {
    verdict = combine(verdict, searchTags(scope, own(props, p), p === "definedTags"));
    if (verdict === "match") return verdict;
  }
  return verdict;
}

/** Decides whether a resource is in scope. Unknown tags at preview give "unknown". */
export function inScope(resource: ResourceView, scope: Scope): ScopeDecision {
  if (scope.mode === "all") return "in";
  let verdict = tagsIn(scope, resource.inputs);
  if (verdict !== "match") {
    // AWS default tags on the provider apply to every resource it creates.
    const defaultTags = resource.provider ? own(resource.provider.inputs, "defaultTags") : own(resource.inputs, "defaultTags");
    const inner = isRecord(defaultTags) ? own(defaultTags, "tags") : Array.isArray(defaultTags) ? own(defaultTags[0], "tags") : defaultTags;
    verdict = combine(verdict, searchTags(scope, inner, false));
  }
  return verdict === "match" ? "in" : verdict === "unknown" ? "unknown" : "out";
}
