import { gcsPlacement } from "../../../policypack/core/flows/gcs-placement";
import { unknownString } from "../../../policypack/core/unknown";
import { describeModule, flows, of, res, usPerson } from "../../support/flow-views";

const mechanism = "Cloud Storage multi-location replication";

describeModule(gcsPlacement, {
  "gcp:storage/bucket:Bucket": () => {
    const bucket = (more: Record<string, unknown>) => res("gcp:storage/bucket:Bucket", "b", { name: "b", labels: usPerson, ...more });
    expect(
      of(mechanism, flows([bucket({ location: "US-CENTRAL1", customPlacementConfig: { dataLocations: ["US-CENTRAL1", "ASIA-EAST2"] } })])),
    ).toEqual([{ source: "b", region: "asia-east2", blocking: true }]);
    expect(flows([bucket({ location: "US" })])).toEqual([]);
    expect(flows([bucket({ location: "NAM4" })])).toEqual([]);
    expect(of(mechanism, flows([bucket({ location: "ASIA" })])).length).toBe(1);
    expect(
      of(
        mechanism,
        flows([bucket({ customPlacementConfig: { dataLocations: ["US-EAST1", unknownString] } })], { unknownRegion: "violation" }),
      ),
    ).toEqual([{ source: "b", blocking: true }]);
  },
});
