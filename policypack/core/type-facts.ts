/**
 * What the catalog says of one type token, computed once per token and run
 * (through the run's memo): its package, family, whether it is a provider,
 * global, regional, or inert. `decide` asks these of every resource; a stack
 * has a few dozen distinct tokens.
 */
import { familyOfPackage, isGlobalType, isProviderType, isRegionalPackage, packageOfType, providerFacts } from "../catalog";
import type { ProviderFacts } from "../catalog/types";
import type { DecideMemo } from "./memo";
import { memoLimits } from "./memo";

export interface TypeFacts {
  /** The package (`aws` for `aws:s3/bucketV2:BucketV2`, for `pulumi:providers:aws`, for `s3mod:tf:aws_s3_bucket`). */
  readonly pkg: string;
  /** The stack itself and the engine's own packages: hold no data, place nothing. */
  readonly inert: boolean;
  /** A provider resource (`pulumi:providers:<pkg>`). */
  readonly provider: boolean;
  /** Global by type (IAM, DNS, CDN…): no region finding applies. */
  readonly global: boolean;
  /** The package's family has a region table: an absent region is a gap. */
  readonly regional: boolean;
  /** The family id (`aws` for `aws-native`), if the package belongs to one. */
  readonly family: string | undefined;
  readonly facts: ProviderFacts | undefined;
}

function isInert(type: string): boolean {
  return type.startsWith("pulumi:pulumi:") || type === "pulumi:providers:pulumi";
}

export function computeTypeFacts(type: string): TypeFacts {
  const pkg = packageOfType(type);
  return {
    pkg,
    inert: isInert(type),
    provider: isProviderType(type),
    global: isGlobalType(type),
    regional: isRegionalPackage(pkg),
    family: familyOfPackage(pkg)?.id,
    facts: providerFacts(pkg),
  };
}

/** The facts of `type`, remembered in `memo`. */
export function typeFacts(type: string, memo: DecideMemo): TypeFacts {
  let f = memo.types.get(type);
  if (f === undefined) {
    f = computeTypeFacts(type);
    if (memo.types.size >= memoLimits.types) memo.types.clear();
    memo.types.set(type, f);
  }
  return f;
}
