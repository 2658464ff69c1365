/**
 * Pulumi URNs: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`,
 * where the qualified type is `parentType$childType` for children and the
 * name may itself contain `::`. Provider references are `<provider urn>::<id>`.
 */

const prefix = "urn:pulumi:";
const sep = "::";

export interface ParsedUrn {
  readonly stack: string;
  readonly project: string;
  /** `parent$child` chain of types. */
  readonly qualifiedType: string;
  /** The resource's own type (last element of the qualified type). */
  readonly type: string;
  readonly name: string;
}

/**
 * Where the name of a URN starts (just after its third `::`), or -1 when it
 * is not a URN. Allocates nothing: the state reader calls it per resource.
 */
export function urnNameStart(urn: string): number {
  if (typeof urn !== "string" || !urn.startsWith(prefix)) return -1;
  const a = urn.indexOf(sep, prefix.length);
  if (a < 0) return -1;
  const b = urn.indexOf(sep, a + 2);
  if (b < 0) return -1;
  const c = urn.indexOf(sep, b + 2);
  return c < 0 ? -1 : c + 2;
}

/** Parses a URN; undefined when it is not one. */
export function parseUrn(urn: string): ParsedUrn | undefined {
  const nameAt = urnNameStart(urn);
  if (nameAt < 0) return undefined;
  const a = urn.indexOf(sep, prefix.length);
  const b = urn.indexOf(sep, a + 2);
  const qualifiedType = urn.slice(b + 2, nameAt - 2);
  const dollar = qualifiedType.lastIndexOf("$");
  return {
    stack: urn.slice(prefix.length, a),
    project: urn.slice(a + 2, b),
    qualifiedType,
    type: dollar < 0 ? qualifiedType : qualifiedType.slice(dollar + 1),
    name: urn.slice(nameAt),
  };
}

/** `urn:pulumi:<stack>::<project>::`: what every URN of that stack and project starts with. */
export function stackPrefixOf(p: Pick<ParsedUrn, "stack" | "project">): string {
  return `${prefix}${p.stack}${sep}${p.project}${sep}`;
}

/** The resource name of a URN (everything after the third `::`), or the URN itself. */
export function nameOfUrn(urn: string): string {
  return parseUrn(urn)?.name ?? urn;
}

/** Splits a provider reference `<urn>::<id>` at its last `::`. */
export function splitProviderReference(ref: string): { readonly urn: string; readonly id: string } | undefined {
  if (typeof ref !== "string") return undefined;
  const at = ref.lastIndexOf(sep);
  if (at <= prefix.length) return undefined;
  const urn = ref.slice(0, at);
  if (!parseUrn(urn)) return undefined;
  return { urn, id: ref.slice(at + 2) };
}
