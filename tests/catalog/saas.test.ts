import { saasPackages, saasPlaces } from "../../policypack/catalog/saas";
import { decide } from "../../policypack/core/decide";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, resource } from "../support/views";
import * as fc from "fast-check";

describe("SaaS data stores placed in a cloud's region", () => {
  it.each([
    [
      "MongoDB Atlas advanced cluster on AWS AP_EAST_1",
      "mongodbatlas:index/advancedCluster:AdvancedCluster",
      { replicationSpecs: [{ regionConfigs: [{ providerName: "AWS", regionName: "AP_EAST_1", priority: 7 }] }] },
      "aws",
      "ap-east-1",
    ],
    [
      "MongoDB Atlas legacy cluster on AWS",
      "mongodbatlas:index/cluster:Cluster",
      { providerName: "AWS", providerRegionName: "AP_EAST_1" },
      "aws",
      "ap-east-1",
    ],
    [
      "Confluent Kafka cluster on AWS ap-east-1",
      "confluentcloud:index/kafkaCluster:KafkaCluster",
      { cloud: "AWS", region: "ap-east-1", availability: "SINGLE_ZONE" },
      "aws",
      "ap-east-1",
    ],
    ["Aiven service on google-asia-east2", "aiven:index/pg:Pg", { cloudName: "google-asia-east2", plan: "startup-4" }, "gcp", "asia-east2"],
    ["Aiven service on azure-eastasia", "aiven:index/kafka:Kafka", { cloudName: "azure-eastasia" }, "azure", "eastasia"],
    [
      "Elastic Cloud deployment on aws-ap-east-1",
      "ec:index/deployment:Deployment",
      { region: "aws-ap-east-1", version: "8.15.0" },
      "aws",
      "ap-east-1",
    ],
    [
      "Redis Cloud subscription (cloudProvider block) on AWS ap-east-1",
      "rediscloud:index/subscription:Subscription",
      { cloudProvider: { provider: "AWS", regions: [{ region: "us-east-1" }, { region: "ap-east-1" }] } },
      "aws",
      "ap-east-1",
    ],
    [
      "Redis Cloud subscription on GCP asia-east2 (cloud named on the enclosing block)",
      "rediscloud:index/subscription:Subscription",
      { cloudProvider: { provider: "GCP", regions: [{ region: "asia-east2" }] } },
      "gcp",
      "asia-east2",
    ],
    [
      "Redis Cloud Active-Active subscription creation plan",
      "rediscloud:index/activeActiveSubscription:ActiveActiveSubscription",
      { cloudProvider: "GCP", creationPlan: { regions: [{ region: "asia-east2" }] } },
      "gcp",
      "asia-east2",
    ],
    [
      "Redis Cloud Active-Active subscription regions (AWS unless it says)",
      "rediscloud:index/activeActiveSubscriptionRegions:ActiveActiveSubscriptionRegions",
      { subscriptionId: "1", regions: [{ region: "ap-east-1" }] },
      "aws",
      "ap-east-1",
    ],
    [
      "Elastic Cloud deployment on a plain (older) AWS region id",
      "ec:index/deployment:Deployment",
      { region: "ap-northeast-1", version: "8.15.0" },
      "aws",
      "ap-northeast-1",
    ],
    ["Elastic Cloud deployment on gcp-asia-east2", "ec:index/deployment:Deployment", { region: "gcp-asia-east2" }, "gcp", "asia-east2"],
  ])("%s", (_label, type, inputs, family, region) => {
    const places = saasPlaces(type, inputs);
    expect(places.map((p) => [p.family, p.region])).toContainEqual([family, region]);
  });

  it("judges them like the cloud's own resources: mandatory restricted-region in Hong Kong", () => {
    const s = compileSettings({});
    const atlas = resource("mongodbatlas:index/advancedCluster:AdvancedCluster", "orders", {
      replicationSpecs: [{ regionConfigs: [{ providerName: "AWS", regionName: "AP_EAST_1" }] }],
    });
    const fs = decide(atlas, s, clock);
    expect(fs.map((f) => [f.policy, f.blocking, f.jurisdictions])).toEqual([["restricted-region", true, ["HK"]]]);
    const confluent = resource("confluentcloud:index/kafkaCluster:KafkaCluster", "events", { cloud: "AWS", region: "ap-east-1" });
    expect(decide(confluent, s, clock).map((f) => [f.policy, f.blocking])).toEqual([["restricted-region", true]]);
  });

  it("a U.S. region is clean", () => {
    const s = compileSettings({});
    expect(
      decide(resource("confluentcloud:index/kafkaCluster:KafkaCluster", "e", { cloud: "AWS", region: "us-east-1" }), s, clock),
    ).toEqual([]);
    expect(decide(resource("aiven:index/pg:Pg", "p", { cloudName: "aws-us-east-1" }), s, clock)).toEqual([]);
    expect(decide(resource("ec:index/deployment:Deployment", "d", { region: "us-east-1" }), s, clock)).toEqual([]);
    // Not an AWS region code: not placed (a gcp region without its prefix is not read as AWS).
    expect(saasPlaces("ec:index/deployment:Deployment", { region: "us-central1" })).toEqual([]);
  });

  it("spells Atlas GCP region names as GCP codes, multi-word areas included", () => {
    const gcp = (name: string) =>
      saasPlaces("mongodbatlas:index/cluster:Cluster", { providerName: "GCP", providerRegionName: name })[0]?.region;
    expect(gcp("ASIA_EAST_2")).toBe("asia-east2");
    expect(gcp("EASTERN_ASIA_PACIFIC")).toBe("asia-east1");
    expect(gcp("US_EAST_4")).toBe("us-east4");
    expect(gcp("NORTH_AMERICA_NORTHEAST_2")).toBe("northamerica-northeast2");
    expect(gcp("SOUTH_AMERICA_WEST_1")).toBe("southamerica-west1");
    expect(gcp("MIDDLE_EAST_CENTRAL_1")).toBe("me-central1");
    expect(gcp("EUROPE_WEST_12")).toBe("europe-west12");
  });

  it("every SaaS package cites a source", () => {
    for (const p of saasPackages) expect(p.sources.length).toBeGreaterThan(0);
  });

  it("never throws on arbitrary inputs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...saasPackages.map((p) => `${p.package}:index/x:X`)), fc.jsonValue(), (type, inputs) => {
        const places = saasPlaces(type, typeof inputs === "object" && inputs !== null && !Array.isArray(inputs) ? inputs : {});
        expect(Array.isArray(places)).toBe(true);
      }),
      { numRuns: Number(process.env["FC_RUNS"] ?? 300) },
    );
  });
});
