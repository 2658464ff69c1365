/**
 * Endpoints in any string, decided at the resource, over the analyzer gRPC
 * protocol against the BUILT pack: provider config the SDKs JSON-encode, a
 * kubernetes provider on Alibaba ACK and a Deployment through it, a command
 * running ossutil, and an image from a restricted registry (advisory).
 */
import {
  ensureBuilt,
  explicitProvider,
  providerAsResource,
  resource,
  secret,
  startPack,
  type Diagnostic,
  type PackClient,
} from "./harness";

const NOW = "2026-11-28T12:00:00Z";

describe("endpoints decided at the resource (default determination)", () => {
  let pack: PackClient;

  beforeAll(async () => {
    await ensureBuilt();
    pack = await startPack({ env: { US_PERSON_DATA_GUARD_NOW: NOW } });
    await pack.configure({});
    await pack.configureStack({}, { dryRun: true });
  }, 180_000);

  afterAll(async () => {
    await pack?.close();
  });

  const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.policyName}/${d.enforcementLevel}`).sort();

  it("places an aws provider whose JSON-encoded endpoints point into amazonaws.com.cn, and a bucket through it", async () => {
    const p = explicitProvider("aws", "cn-endpoints", {
      region: "us-east-1",
      endpoints: JSON.stringify([{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }]),
      version: "6.60.0",
    });
    const pd = await pack.analyze(providerAsResource(p));
    expect(summary(pd)).toEqual(["restricted-region/mandatory"]);
    expect(pd[0]!.message).toContain("s3.cn-north-1.amazonaws.com.cn");
    const bd = await pack.analyze(resource("aws:s3/bucket:Bucket", "data", { bucket: "data" }, p));
    expect(summary(bd)).toEqual(["restricted-region/mandatory"]);
  });

  it("reports a kubernetes provider on Alibaba ACK and a Deployment deployed through it", async () => {
    const kubeconfig =
      "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: QUJD\n    server: https://c9f1.cn-hangzhou.cs.aliyuncs.com:6443\n  name: ack\ncontexts: []\n";
    const k8s = explicitProvider("kubernetes", "ack", { kubeconfig: secret(kubeconfig), version: "4.18.0" });
    const pd = await pack.analyze(providerAsResource(k8s));
    expect(summary(pd)).toEqual(["restricted-provider/mandatory"]);
    const dd = await pack.analyze(
      resource(
        "kubernetes:apps/v1:Deployment",
        "web",
        { metadata: { name: "web" }, spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.27" }] } } } },
        k8s,
      ),
    );
    expect(summary(dd)).toEqual(["restricted-provider/mandatory"]);
    expect(dd[0]!.message).toContain("alicloud");
  });

  it("blocks a command that copies data with ossutil to an Alibaba endpoint", async () => {
    const ds = await pack.analyze(
      resource("command:local:Command", "export", {
        create: "ossutil cp -r ./exports oss://acme-exports/ -e oss-cn-hangzhou.aliyuncs.com",
      }),
    );
    expect(summary(ds)).toEqual(["restricted-provider/mandatory"]);
    expect(ds[0]!.message).toContain("oss-cn-hangzhou.aliyuncs.com");
  });

  it("reports an image from a restricted vendor's registry as advisory", async () => {
    const ds = await pack.analyze(
      resource("kubernetes:apps/v1:Deployment", "api", {
        spec: { template: { spec: { containers: [{ name: "api", image: "registry.cn-hangzhou.aliyuncs.com/acme/api:1.0" }] } } },
      }),
    );
    expect(summary(ds)).toEqual(["restricted-provider/advisory"]);
  });

  it("stays silent for endpoints in unrestricted places", async () => {
    const ds = await pack.analyze(
      resource("command:local:Command", "ok", { create: "aws s3 cp x s3://b --endpoint-url https://s3.us-west-2.amazonaws.com" }),
    );
    expect(ds).toEqual([]);
  });
});
