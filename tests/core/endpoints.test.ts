import { endpointSignals } from "../../policypack/catalog/signals";
import { regionalHostPatterns } from "../../policypack/catalog/endpoints/regional";
import { registryDomains } from "../../policypack/catalog/endpoints/registries";
import { decide } from "../../policypack/core/decide";
import { classifyHost, registryVendorOf, regionalHostInfo } from "../../policypack/core/endpoints";
import { messageFor } from "../../policypack/core/message";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, explicitProvider, defaultProvider, providerResource, resource } from "../support/views";

const settings = compileSettings({});
const byRule = (fs: { policy: string; rule: string; blocking: boolean }[]) =>
  fs.map((f) => `${f.policy}/${f.rule}/${f.blocking ? "block" : "advisory"}`).sort();

describe("catalog entries", () => {
  it.each(endpointSignals.map((s) => [s.hostSuffix, s]))("vendor domain %s is cited and classifies its hosts", (suffix, s) => {
    expect(s.source.url).toMatch(/^https:\/\//);
    expect(s.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const info = classifyHost(`api.x-1.${suffix}`)!;
    expect(info).toBeDefined();
    expect(info.vendorPackage ?? info.jurisdictions[0]).toBe(s.vendorPackage ?? s.jurisdiction);
    expect(classifyHost(`not${suffix}`)).toBeUndefined();
  });
  it.each(registryDomains.map((r) => [r.hostSuffix, r]))("registry domain %s is cited and recognised", (suffix, r) => {
    expect(r.source.url).toMatch(/^https:\/\//);
    const host = `${r.firstLabelPrefix ?? "inst"}.cn-x.${suffix}`;
    expect(registryVendorOf(host)).toBe(r.vendorPackage);
    expect(classifyHost(host)?.registry).toBe(true);
  });
  it.each(regionalHostPatterns.map((p) => [p.hostSuffix, p]))("regional pattern %s is cited", (_s, p) => {
    expect(p.source.url).toMatch(/^https:\/\//);
  });
  it.each([
    ["acme.s3.ap-east-1.amazonaws.com", "aws", "ap-east-1", "HK"],
    ["s3-ap-east-1.amazonaws.com", "aws", "ap-east-1", "HK"],
    ["ec2.ap-east-1.api.aws", "aws", "ap-east-1", "HK"],
    ["dynamodb.us-east-1.amazonaws.com", "aws", "us-east-1", "US"],
    ["asia-east2-aiplatform.googleapis.com", "gcp", "asia-east2", "HK"],
    ["asia-east2-docker.pkg.dev", "gcp", "asia-east2", "HK"],
  ])("reads the region of %s", (host, family, region, j) => {
    expect(regionalHostInfo(host)).toMatchObject({ vendorPackage: family, region, jurisdictions: [j] });
  });
  it("knows nothing of hosts without a region", () => {
    expect(regionalHostInfo("s3.amazonaws.com")).toBeUndefined();
    expect(regionalHostInfo("storage.googleapis.com")).toBeUndefined();
  });
});

describe("decide: endpoints at the resource", () => {
  it("places an aws provider whose JSON-encoded endpoints point into amazonaws.com.cn", () => {
    const p = explicitProvider("aws", "cn", {
      region: "us-east-1",
      endpoints: JSON.stringify([{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }]),
    });
    expect(byRule(decide(providerResource(p), settings, clock))).toEqual(["restricted-region/jurisdiction/block"]);
    const fs = decide(resource("aws:s3/bucket:Bucket", "b", {}, p), settings, clock);
    expect(byRule(fs)).toEqual(["restricted-region/jurisdiction/block"]);
    expect(fs[0]!.regionSource).toBe("provider:endpoints[0].s3 (json)");
  });

  it("reports a regional host of an unrestricted cloud in a restricted jurisdiction under restricted-region", () => {
    const fs = decide(
      resource(
        "aws:lambda/function:Function",
        "f",
        { environment: { variables: { BUCKET_URL: "https://acme.s3.ap-east-1.amazonaws.com/x" } } },
        defaultProvider("aws", { region: "us-east-1" }),
      ),
      settings,
      clock,
    );
    expect(byRule(fs)).toEqual(["restricted-region/jurisdiction/block"]);
    expect(fs[0]!.region).toBe("ap-east-1");
    expect(fs[0]!.jurisdictions).toEqual(["HK"]);
  });

  it("blocks a command that copies to an Alibaba OSS endpoint", () => {
    const fs = decide(
      resource("command:local:Command", "sync", { create: "ossutil cp -r ./exports oss://bkt/ -e oss-cn-hangzhou.aliyuncs.com" }),
      settings,
      clock,
    );
    expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(fs[0]!.reason).toContain("oss-cn-hangzhou.aliyuncs.com at input:create (command)");
  });

  it("blocks a dynamic provider whose code names a restricted endpoint, and a JDBC URL", () => {
    const dyn = decide(
      resource("pulumi-nodejs:dynamic:Resource", "d", {
        __provider: 'exports.handler = { create: async () => fetch("https://x.oss-cn-beijing.aliyuncs.com/put") }',
      }),
      settings,
      clock,
    );
    expect(byRule(dyn)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    const jdbc = decide(
      resource(
        "aws:ecs/taskDefinition:TaskDefinition",
        "t",
        {
          containerDefinitions: JSON.stringify([
            { environment: [{ name: "DB", value: "jdbc:mysql://rm-1.mysql.rds.aliyuncs.com:3306/db" }] },
          ]),
        },
        defaultProvider("aws", { region: "us-east-1" }),
      ),
      settings,
      clock,
    );
    expect(byRule(jdbc)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(jdbc[0]!.regionSource).toBe("input:containerDefinitions[0].environment[0].value (connection-string)");
  });

  it("reports a kubernetes provider on Alibaba ACK and every resource deployed through it", () => {
    const kubeconfig = "apiVersion: v1\nclusters:\n- cluster:\n    server: https://c1.cn-hangzhou.cs.aliyuncs.com:6443\n  name: ack\n";
    const k8s = explicitProvider("kubernetes", "ack", { kubeconfig });
    const pf = decide(providerResource(k8s), settings, clock);
    expect(byRule(pf)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(messageFor(pf[0]!)).toContain("c1.cn-hangzhou.cs.aliyuncs.com");
    expect(messageFor(pf[0]!)).toContain("alicloud");
    const dep = decide(
      resource("kubernetes:apps/v1:Deployment", "web", { spec: { template: { spec: { containers: [{ image: "nginx:1.27" }] } } } }, k8s),
      settings,
      clock,
    );
    expect(byRule(dep)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    // JSON kubeconfig (as the SDK sends an object) and helm releases through it
    const jsonK8s = explicitProvider("kubernetes", "tke", {
      kubeconfig: JSON.stringify({
        clusters: [
          { cluster: { server: "https://cls-1.ccs.tencent-cloud.com" } },
          { cluster: { server: "https://cls-x.tke.tencentcloudapi.com" } },
        ],
      }),
    });
    const rel = decide(resource("kubernetes:helm.sh/v3:Release", "r", { chart: "redis" }, jsonK8s), settings, clock);
    expect(byRule(rel)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    // both servers are TKE's: cls-<id>.ccs.tencent-cloud.com (the cluster domain) and the API host
    expect(rel[0]!.regionSource).toBe("provider:kubeconfig.clusters[0].cluster.server (json)");
    expect(rel[0]!.reason).toContain("2 endpoints");
  });

  it("reports a docker provider whose daemon is in a restricted cloud", () => {
    const docker = explicitProvider("docker", "remote", { host: "tcp://builder.cn-shanghai.ecs.aliyuncs.com:2376" });
    expect(byRule(decide(resource("docker:index/container:Container", "c", { image: "nginx" }, docker), settings, clock))).toEqual([
      "restricted-provider/vendor-endpoint/block",
    ]);
  });

  it("makes an image from a restricted vendor's registry advisory", () => {
    const fs = decide(
      resource("kubernetes:apps/v1:Deployment", "web", {
        spec: {
          template: {
            spec: { containers: [{ image: "registry.cn-hangzhou.aliyuncs.com/acme/web:1.0" }, { image: "ccr.ccs.tencentyun.com/a/b:2" }] },
          },
        },
      }),
      settings,
      clock,
    );
    expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/advisory"]);
    expect(fs[0]!.reason).toMatch(/^2 image registries, first registry.cn-hangzhou.aliyuncs.com/);
  });

  it("reports one finding per destination kind, with a count", () => {
    const inputs: Record<string, string> = {};
    for (let i = 0; i < 640; i++) inputs[`u${i}`] = `https://b${i}.oss-cn-hangzhou.aliyuncs.com`;
    const fs = decide(
      resource("aws:lambda/function:Function", "f", inputs, defaultProvider("aws", { region: "us-east-1" })),
      settings,
      clock,
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]!.reason).toMatch(/^640 endpoints, first b0\.oss-cn-hangzhou\.aliyuncs\.com at input:u0/);
  });

  it("prints <secret> for a host taken from a secret value", () => {
    const secret = {
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: "https://hidden.oss-cn-hangzhou.aliyuncs.com",
    };
    const fs = decide(
      resource("aws:lambda/function:Function", "f", { url: secret }, defaultProvider("aws", { region: "us-east-1" })),
      settings,
      clock,
    );
    expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(JSON.stringify(fs)).not.toContain("hidden");
    expect(messageFor(fs[0]!)).toContain("<secret>");
  });

  it("stays silent for endpoints of unrestricted places", () => {
    expect(
      decide(
        resource(
          "aws:lambda/function:Function",
          "f",
          { a: "https://s3.us-west-2.amazonaws.com", b: "psql -h db.example.com" },
          defaultProvider("aws", { region: "us-east-1" }),
        ),
        settings,
        clock,
      ),
    ).toEqual([]);
  });
});

describe("decide: a secret location in a state file", () => {
  it("says the region is a secret, not that it is unknown during preview", () => {
    const fs = decide(resource("aws:s3/bucket:Bucket", "b", {}, defaultProvider("aws", { region: "[secret]" })), settings, clock);
    const f = fs.find((x) => x.rule === "unknown-region")!;
    expect(f.reason).toContain("is a secret in the state file");
    expect(f.reason).not.toContain("during preview");
  });
  it("still reads endpoints in outputs of a resource whose region is a secret", () => {
    const view = {
      ...resource(
        "aws:s3/bucket:Bucket",
        "b",
        { bucketRegionalDomainName: "b.s3.cn-north-1.amazonaws.com.cn" },
        defaultProvider("aws", { region: "[secret]" }),
      ),
      state: "outputs" as const,
    };
    const fs = decide(view, settings, clock);
    expect(fs.some((x) => x.policy === "restricted-region" && x.rule === "jurisdiction" && x.jurisdictions?.includes("CN"))).toBe(true);
  });
});
