/**
 * Azure resource groups: an azure-native resource without a location of its
 * own is placed in its resource group's, found by name (the identifiers
 * below). That placement is a location of the resource itself, so it is
 * judged here, once the whole stack is known: a resource group in a
 * restricted region places the resource there; one outside the stack (or a
 * name unknown at preview) leaves the region undetermined, which follows
 * `unknownRegion` — never silently clean.
 */
import { isGlobalType } from "../../catalog";
import { own } from "../props";
import type { ResourceView } from "../types";
import { knownString } from "./readers";
import { outsideDest, unknownDest } from "./shared";
import type { Edge, FlowContext, FlowModule } from "./types";

const mechanism = "resource group location";
const path = "input:resourceGroupName";
const rgName = /^[-\w.()]{1,90}$/;

/**
 * Whether `r` is a child of another azure-native resource of the stack whose
 * region is known (a blob container of its account, a subnet of its
 * network, named through a property other than the resource group): it lies
 * where that parent lies, and the parent is judged itself.
 */
function hasPlacedParent(r: ResourceView, cx: FlowContext): boolean {
  const deps = own(r, "propertyDependencies");
  if (deps === null || typeof deps !== "object") return false;
  for (const key of Object.keys(deps)) {
    if (key === "resourceGroupName") continue;
    const urns = own(deps, key);
    if (!Array.isArray(urns)) continue;
    for (const urn of urns.slice(0, 16)) {
      const ref = cx.resolveRef(r, key, urn, []);
      if (ref.kind === "view" && ref.view.type.startsWith("azure-native:") && cx.regionOf(ref.view).status === "known") return true;
    }
  }
  return false;
}

/** The edge placing `r` (an azure-native resource without a location) in its resource group, if one is named. */
function placement(r: ResourceView, cx: FlowContext): Edge | undefined {
  if (isGlobalType(r.type)) return undefined;
  const ref = cx.resourceGroupOf(r);
  const common = { mechanism, path, selfPlacement: true } as const;
  if (ref.kind === "view") return { ...common, dest: { kind: "view", view: ref.view } };
  if (ref.kind === "unknown") return { ...common, dest: unknownDest(path) };
  if (ref.kind !== "external" || hasPlacedParent(r, cx)) return undefined;
  const name = knownString(own(r.inputs, "resourceGroupName")) ?? "";
  const label = rgName.test(name) ? `resource group '${name}' outside this stack` : "a resource group outside this stack";
  return {
    ...common,
    dest: outsideDest(
      "azure-native",
      path,
      label,
      "the resource sets no location and takes its resource group's, which is not in this stack; set location on the resource, or manage the resource group in this stack",
    ),
  };
}

const identifiers = [
  { kind: "azure", type: "azure-native:resources:ResourceGroup", collection: "resourcegroups", name: ["resourceGroupName", "name"] },
  { kind: "azure", type: "azure:core/resourceGroup:ResourceGroup", collection: "resourcegroups", name: ["name"] },
] as const;

/** The types of an Azure resource group, which a resource without a location of its own takes it from. */
export const resourceGroupTypes: readonly string[] = identifiers.map((i) => i.type);

export const azureResourceGroups: FlowModule = {
  name: "azure-resource-groups",
  postPasses: [
    {
      mechanism,
      citation: "https://www.pulumi.com/registry/packages/azure-native/api-docs/resources/resourcegroup/",
      collects: [],
      run: (_collected, cx) => {
        // A region could change nothing when the determination restricts no jurisdiction.
        if (cx.det.jurisdictions.size === 0) return;
        for (const r of cx.placedByParent) {
          cx.guard(r, () => {
            const edge = placement(r, cx);
            if (edge) cx.emitAll(r, [edge]);
          });
        }
      },
    },
  ],
  identifiers,
};
