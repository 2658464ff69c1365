/** Cloud Storage dual- and multi-region buckets: one bucket's data kept in several locations. */
import { locate } from "../../catalog";
import { own } from "../props";
import { placeOf } from "../region";
import { isUnknown } from "../unknown";
import { knownString } from "./readers";
import { regionDest, unknownEdge } from "./shared";
import type { FlowModule } from "./types";

const mechanism = "Cloud Storage multi-location replication";

export const gcsPlacement: FlowModule = {
  name: "gcs-placement",
  entries: [
    {
      mechanism,
      types: ["gcp:storage/bucket:Bucket"],
      citation: "https://cloud.google.com/storage/docs/locations",
      // The destinations are the configured data locations, else the places of a dual- or multi-region location.
      read: (r, cx) => {
        const handled = ["location", "customPlacementConfig"];
        const dataLocations = own(own(r.inputs, "customPlacementConfig"), "dataLocations");
        if (Array.isArray(dataLocations) && dataLocations.length > 0) {
          const path = "input:customPlacementConfig.dataLocations";
          if (dataLocations.some(isUnknown)) return { edges: [unknownEdge(mechanism, path)], handled };
          const places = dataLocations
            .slice(0, 16)
            .filter((d): d is string => typeof d === "string")
            .map((d) => placeOf("gcp", d, cx.det));
          return {
            edges: places.length
              ? [
                  {
                    mechanism,
                    path,
                    selfPlacement: true,
                    dest: {
                      kind: "places",
                      pkg: "gcp",
                      resolution: { status: "known", source: path, places },
                      label: "its data locations",
                    },
                  },
                ]
              : [],
            handled,
          };
        }
        const location = knownString(own(r.inputs, "location"));
        if (!location) return { edges: [], handled };
        const kind = locate("gcp", location)?.entry.kind;
        if (kind !== "multi-region" && kind !== "dual-region") return { edges: [], handled };
        const path = "input:location";
        return {
          edges: [{ mechanism, path, selfPlacement: true, dest: regionDest(cx.det, "gcp", location, path, `the ${kind}`) }],
          handled,
        };
      },
    },
  ],
};
