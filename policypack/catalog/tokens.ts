/**
 * Type tokens, packages and families: the package of a resource type token
 * (provider resources, any-Terraform tokens, Terraform-module children), the
 * family and vendor facts of a package, provider and default-provider
 * resources, and global (region-less) types and locations. Precomputed at
 * module load into Maps; no plain object is indexed with caller input.
 */
import { families, type FamilyEntry } from "./families";
import { globalLocations, globalTypes } from "./global";
import { providers } from "./providers";
import type { ProviderFacts } from "./types";

const PROVIDER_TYPE_PREFIX = "pulumi:providers:";

const FACTS_BY_PACKAGE: ReadonlyMap<string, ProviderFacts> = new Map(providers.map((p) => [p.package, p]));
/** Package name → its family (every package of every family). */
const FAMILY_OF_PACKAGE: ReadonlyMap<string, FamilyEntry> = new Map(families.flatMap((f) => f.packages.map((p) => [p, f] as const)));
/** Terraform type prefixes ("aws_"), longest first, with the package they name. */
const TERRAFORM_PREFIXES: readonly { readonly prefix: string; readonly family: FamilyEntry }[] = families
  .flatMap((f) => f.terraformPrefixes.map((prefix) => ({ prefix, family: f })))
  .sort((a, b) => b.prefix.length - a.prefix.length);
/**
 * Facts of every package: its own where `providers.ts` has them, else derived
 * from its family (location keys of the family, vendor of the family's
 * canonical package).
 */
const FACTS: ReadonlyMap<string, ProviderFacts> = (() => {
  const out = new Map(FACTS_BY_PACKAGE);
  for (const f of families) {
    const base = FACTS_BY_PACKAGE.get(f.id);
    for (const pkg of f.packages) {
      if (out.has(pkg)) continue;
      out.set(pkg, {
        package: pkg,
        vendor: base?.vendor ?? f.id,
        headquarters: base?.headquarters ?? "",
        regionConfigKey: `${pkg}:${f.providerRegionKeys[0] ?? "region"}`,
        locationKeys: f.locationKeys,
        providerRegionKeys: f.providerRegionKeys,
        source: f.source,
      });
    }
  }
  return out;
})();
/** The family a package belongs to (`aws-native` → aws, `azapi` → azure), if the catalog knows it. */
export function familyOfPackage(pkg: string): FamilyEntry | undefined {
  return FAMILY_OF_PACKAGE.get(pkg);
}

/** The family of a resource type token (see `packageOfType`). */
export function familyOfType(typeToken: string): FamilyEntry | undefined {
  return FAMILY_OF_PACKAGE.get(packageOfType(typeToken));
}

/** Every family, in catalog order. */
export function catalogFamilies(): readonly FamilyEntry[] {
  return families;
}

/** Vendor facts of a provider package, if the catalog has them. */
export function providerFacts(provider: string): ProviderFacts | undefined {
  return FACTS.get(provider);
}

/**
 * Package of a resource type token: the part before the first ":"
 * ("alicloud:oss/bucket:Bucket" → "alicloud", also any-Terraform-provider
 * tokens "baiducloud:index/bosBucket:BosBucket"); for a provider resource
 * ("pulumi:providers:aws") the provider's package ("aws"); for a
 * Terraform-module child ("s3mod:tf:aws_s3_bucket") the package its
 * Terraform type prefix names ("aws"), or the module's name when no family
 * claims the prefix. Case-sensitive.
 */
export function packageOfType(typeToken: string): string {
  if (typeof typeToken !== "string") return "";
  if (typeToken.startsWith(PROVIDER_TYPE_PREFIX)) {
    const rest = PROVIDER_TYPE_PREFIX.length;
    const end = typeToken.indexOf(":", rest);
    return end < 0 ? typeToken.slice(rest) : typeToken.slice(rest, end);
  }
  const colon = typeToken.indexOf(":");
  if (colon < 0) return typeToken;
  if (typeToken.startsWith(TERRAFORM_MODULE_MARKER, colon)) {
    const tfType = typeToken.slice(colon + TERRAFORM_MODULE_MARKER.length);
    for (const { prefix, family } of TERRAFORM_PREFIXES) {
      if (tfType.startsWith(prefix)) return terraformPackage(family, prefix);
    }
  }
  return typeToken.slice(0, colon);
}

/** ":tf:" — the module part of a Terraform-module child's type token. */
const TERRAFORM_MODULE_MARKER = ":tf:";

/** The package a Terraform type prefix names: the family package spelled like the prefix ("azurerm_" → azurerm), else the family id. */
function terraformPackage(family: FamilyEntry, prefix: string): string {
  const name = prefix.slice(0, -1);
  return family.packages.includes(name) ? name : family.id;
}

/** Whether a type token is a provider resource ("pulumi:providers:<pkg>"). */
export function isProviderType(typeToken: string): boolean {
  return typeof typeToken === "string" && typeToken.startsWith(PROVIDER_TYPE_PREFIX) && typeToken.length > PROVIDER_TYPE_PREFIX.length;
}

/**
 * Whether a provider resource is a default provider, which the engine
 * configures from stack config (`aws:region`): by its name, as the engine
 * decides it — a provider type whose name starts with "default" ("default",
 * "default_6_0_0"). Source: `IsDefaultProvider`, pulumi/pulumi
 * sdk/go/common/resource/providers/reference.go
 * (https://github.com/pulumi/pulumi/blob/master/sdk/go/common/resource/providers/reference.go).
 */
export function isDefaultProvider(typeToken: string, name: string): boolean {
  return isProviderType(typeToken) && typeof name === "string" && name.startsWith("default");
}

const GLOBAL_EXACT: ReadonlySet<string> = new Set(globalTypes.filter((g) => !g.pattern.endsWith("*")).map((g) => g.pattern));
const GLOBAL_PREFIXES: readonly { readonly prefix: string; readonly except: readonly string[] }[] = globalTypes
  .filter((g) => g.pattern.endsWith("*"))
  .map((g) => ({ prefix: g.pattern.slice(0, -1), except: g.except ?? [] }));
/** "<package>:" of every prefix pattern. */
const GLOBAL_PACKAGES: ReadonlySet<string> = new Set(GLOBAL_PREFIXES.map((g) => g.prefix.slice(0, g.prefix.indexOf(":"))));
const GLOBAL_LOCATIONS: ReadonlySet<string> = new Set(globalLocations.map((g) => g.value));

/** Whether a resource type is global (IAM, DNS, CDN, organisation structure): no region finding applies. */
export function isGlobalType(typeToken: string): boolean {
  if (GLOBAL_EXACT.has(typeToken)) return true;
  // Every global prefix names its package: most tokens are ruled out by one set lookup.
  if (!GLOBAL_PACKAGES.has(packageOfType(typeToken))) return false;
  for (const g of GLOBAL_PREFIXES) {
    if (typeToken.startsWith(g.prefix) && !g.except.some((e) => typeToken.startsWith(e))) return true;
  }
  return false;
}

/** Whether a location value means "global" (Azure's and GCP's `global`). */
export function isGlobalLocation(raw: string): boolean {
  return raw.length <= 16 && GLOBAL_LOCATIONS.has(raw.trim().toLowerCase());
}
