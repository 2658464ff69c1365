/** Endpoint edges: endpoint hosts (found by the reference walk) of a restricted vendor or in a restricted jurisdiction. */
import type { Determination } from "../../determination/types";
import type { EndpointHit } from "../region";
import type { Edge } from "./types";

export function endpointEdges(hits: readonly EndpointHit[], det: Determination): Edge[] {
  const edges: Edge[] = [];
  let hostsSeen: Set<string> | undefined;
  for (const hit of hits) {
    const vendor = hit.vendorPackage ? det.providers.has(hit.vendorPackage) : false;
    const place = hit.jurisdiction !== undefined && det.jurisdictions.has(hit.jurisdiction);
    if (!vendor && !place) continue;
    hostsSeen ??= new Set<string>();
    if (hostsSeen.has(hit.host)) continue;
    hostsSeen.add(hit.host);
    edges.push({ mechanism: "endpoint", path: hit.source, dest: { kind: "vendor", pkg: hit.vendorPackage, host: hit.host, jurisdiction: hit.jurisdiction } });
  }
  return edges;
}
