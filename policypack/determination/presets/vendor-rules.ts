import { restrictedVendors, type VendorEntry } from "../../catalog/vendors";
import type { Preset } from "../types";

/**
 * The provider rules of a preset, derived from the vendor list: every vendor
 * whose jurisdiction is one of `jurisdictions`, with the reason `reasonOf`
 * writes. Compilation extends each rule to every package of the vendor's
 * family.
 */
export function vendorRules(
  jurisdictions: readonly string[],
  reasonOf: (v: VendorEntry) => string,
  effective?: string,
): Preset["providers"] {
  const wanted = new Set(jurisdictions);
  return restrictedVendors
    .filter((v) => wanted.has(v.jurisdiction))
    .map((v) => ({ package: v.family, reason: reasonOf(v), ...(effective ? { effective } : {}) }));
}
