/**
 * Azure geo-redundant storage: a GRS/GZRS account copies its data to its
 * region's pair. An account with a location of its own is decided when it is
 * analysed (catalog/locations, a paired-region location of the account); this
 * flow covers an account placed by its provider or its resource group.
 */
import { secondaryRegionOf } from "../../catalog/pairs";
import { packageOfType } from "../../catalog";
import { own } from "../props";
import type { ResourceView } from "../types";
import { isUnknown } from "../unknown";
import { knownString, lower } from "./readers";
import { regionDest, unknownEdge } from "./shared";
import type { Extracted, FlowContext, FlowEntry, FlowModule } from "./types";

const mechanism = "Azure geo-redundant storage";
/** SKU / replication type names that replicate to the paired region. */
export const geoSkus: ReadonlySet<string> = new Set([
  "standard_grs",
  "standard_ragrs",
  "standard_gzrs",
  "standard_ragzrs",
  "grs",
  "ragrs",
  "gzrs",
  "ragzrs",
]);

/** Where a type names its redundancy: the input path of the SKU name. */
interface SkuSpec {
  readonly type: string;
  readonly citation: FlowEntry["citation"];
  readonly skuPath: readonly string[];
}

/** The value at `path`, or the first unknown on the way. */
function valueAt(inputs: unknown, path: readonly string[]): unknown {
  let v = inputs;
  for (const k of path) {
    v = own(v, k);
    if (isUnknown(v)) break;
  }
  return v;
}

function geoRedundant(r: ResourceView, spec: SkuSpec, cx: FlowContext): Extracted {
  const handled = spec.skuPath.slice(0, 1);
  const sku = valueAt(r.inputs, spec.skuPath);
  const skuPath = `input:${spec.skuPath.join(".")}`;
  const pkg = packageOfType(r.type);
  const skuUnknown = isUnknown(sku);
  const skuName = knownString(sku);
  const geo = skuName !== undefined && geoSkus.has(lower(skuName));
  if (!geo && !skuUnknown) return { edges: [], handled };
  // An account with a location of its own is decided at the resource (a paired-region location).
  if (own(r.inputs, "location") !== undefined) return { edges: [], handled };
  const where = cx.regionOf(r);
  if (where.status === "unknown") return { edges: geo ? [unknownEdge(mechanism, where.source)] : [], handled };
  if (where.status !== "known" || where.places.length !== 1) return { edges: [], handled };
  const primary = where.places[0]!;
  const secondary = secondaryRegionOf(primary.region ?? primary.raw);
  if (!secondary) return { edges: [], handled };
  const dest = regionDest(cx.det, pkg, secondary, skuPath, "its paired region");
  if (skuUnknown) {
    // Only worth a deferred finding when the pair would cross into a restricted jurisdiction.
    return { edges: cx.judgeDest(dest).status === "restricted" ? [unknownEdge(mechanism, skuPath)] : [], handled };
  }
  return { edges: [{ mechanism, path: skuPath, dest }], handled };
}

const specs: readonly SkuSpec[] = [
  {
    type: "azure-native:storage:StorageAccount",
    citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/storage/storageaccount/",
    skuPath: ["sku", "name"],
  },
  {
    type: "azure:storage/account:Account",
    citation: "https://www.pulumi.com/registry/packages/azure/api-docs/storage/account/",
    skuPath: ["accountReplicationType"],
  },
];

export const azureGeoStorage: FlowModule = {
  name: "azure-geo-storage",
  entries: specs.map((s) => ({ mechanism, types: [s.type], citation: s.citation, read: (r, cx) => geoRedundant(r, s, cx) })),
};
