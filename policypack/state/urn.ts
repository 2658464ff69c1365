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

/** Parses a URN; undefined when it is not one. */
export function parseUrn(urn: string): ParsedUrn | undefined {
  if (typeof urn !== "string" || !urn.startsWith(prefix)) return undefined;
  const a = urn.indexOf(sep, prefix.length);
  if (a < 0) return undefined;
  const b = urn.indexOf(sep, a + 2);
  if (b < 0) return undefined;
  const c = urn.indexOf(sep, b + 2);
  if (c < 0) return undefined;
  const qualifiedType = urn.slice(b + 2, c);
  const dollar = qualifiedType.lastIndexOf("$");
  return {
    stack: urn.slice(prefix.length, a),
    project: urn.slice(a + 2, b),
    qualifiedType,
    type: dollar < 0 ? qualifiedType : qualifiedType.slice(dollar + 1),
    name: urn.slice(c + 2),
  };
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
