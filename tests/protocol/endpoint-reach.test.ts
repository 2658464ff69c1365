/**
 * Over the analyzer protocol against the BUILT pack: endpoints of every
 * restricted vendor (not only the first four), clusters on AKS/EKS in Hong
 * Kong and on Tencent TKE, Redis Cloud and BytePlus names the audit found
 * missing, and a U.S.-only stack full of realistic strings that stays clean.
 */
import {
  defaultProvider,
  explicitProvider,
  providerAsResource,
  resource,
  secret,
  startPreviewPack,
  type Diagnostic,
  type PackClient,
} from "./harness";

const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.policyName}/${d.enforcementLevel}`).sort();

describe("endpoint reach (default determination)", () => {
  let pack: PackClient;
  beforeAll(async () => {
    pack = await startPreviewPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  it.each([
    ["BytePlus", "tos-ap-southeast-1.bytepluses.com", "bytepluscc"],
    ["UCloud", "acme.cn-bj.ufileos.com", "ucloud"],
    ["Kingsoft Cloud", "ks3-cn-beijing.ksyuncs.com", "ksyun"],
    ["JD Cloud", "s3.cn-north-1.jdcloud-oss.com", "jdcloud"],
    ["CTyun", "zos.ctyunapi.cn", "ctyun"],
    ["QingCloud", "acme.pek3b.qingstor.com", "qingcloud"],
    ["Cloud.ru", "s3.cloud.ru", "cloudru"],
    ["Selectel", "s3.ru-1.storage.selcloud.ru", "selectel"],
    ["VK Cloud", "hb.ru-msk.vkcs.cloud", "vkcs"],
    ["Yandex Cloud", "storage.yandexcloud.net", "yandex"],
    ["Baidu AI Cloud", "acme.bj.bcebos.com", "baiducloud"],
  ])("a command that syncs to %s is blocked under restricted-provider, naming host and vendor", async (_v, host, vendor) => {
    const ds = await pack.analyze(
      resource("command:local:Command", "sync", { create: `aws s3 sync ./out s3://b --endpoint-url https://${host}` }),
    );
    expect(summary(ds)).toEqual(["restricted-provider/mandatory"]);
    expect(ds[0]!.message).toContain(host);
    expect(ds[0]!.message).toContain(vendor);
  });

  it("a kubernetes provider on Tencent TKE (cls-<id>.ccs.tencent-cloud.com) and a Helm release through it are blocked", async () => {
    const k8s = explicitProvider("kubernetes", "tke", {
      kubeconfig: "apiVersion: v1\nclusters:\n- cluster:\n    server: https://cls-9x8y7z.ccs.tencent-cloud.com\n  name: tke\n",
    });
    expect(summary(await pack.analyze(providerAsResource(k8s)))).toEqual(["restricted-provider/mandatory"]);
    const rel = await pack.analyze(resource("kubernetes:helm.sh/v3:Release", "redis", { chart: "redis" }, k8s));
    expect(summary(rel)).toEqual(["restricted-provider/mandatory"]);
    expect(rel[0]!.message).toContain("tencentcloud");
  });

  it("a kubernetes provider on AKS in eastasia places every resource through it in HK (restricted-region)", async () => {
    const k8s = explicitProvider("kubernetes", "aks", {
      kubeconfig: JSON.stringify({ clusters: [{ cluster: { server: "https://shop-dns-1a2b3c.hcp.eastasia.azmk8s.io:443" } }] }),
    });
    const ds = await pack.analyze(resource("kubernetes:apps/v1:Deployment", "web", { metadata: { name: "web" } }, k8s));
    expect(summary(ds)).toEqual(["restricted-region/mandatory"]);
    expect(ds[0]!.message).toContain("HK");
  });

  it("Redis Cloud in ap-east-1 (cloudProvider.regions) is a mandatory restricted-region finding", async () => {
    const ds = await pack.analyze(
      resource("rediscloud:index/subscription:Subscription", "cache", {
        name: "cache",
        cloudProvider: { provider: "AWS", regions: [{ region: "ap-east-1", networkingDeploymentCidr: "10.0.0.0/24" }] },
      }),
    );
    expect(summary(ds)).toEqual(["restricted-region/mandatory"]);
    expect(ds[0]!.message).toContain("ap-east-1");
  });

  it("BytePlus through any Terraform provider (package byteplus) is a restricted provider", async () => {
    const ds = await pack.analyze(
      resource("byteplus:index/tosBucket:TosBucket", "b", { bucketName: "b" }, defaultProvider("byteplus", { region: "ap-southeast-1" })),
    );
    expect(summary(ds)).toContain("restricted-provider/mandatory");
  });

  it("a U.S.-only stack full of realistic strings stays silent", async () => {
    const aws = defaultProvider("aws", { region: "us-east-1" });
    const rs = [
      resource(
        "aws:lambda/function:Function",
        "api",
        {
          runtime: "nodejs20.x",
          environment: {
            variables: {
              DB: "postgres://app:pw@db.abc123.us-east-1.rds.amazonaws.com:5432/app",
              QUEUE: "https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
              DOCS: "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html",
              MAIL: "ops@mail.example.com",
              NOTE: "migrated off aliyun and qcloud in 2025, see https://help.aliyun.com/zh/oss/ and https://www.alibabacloud.com/help/en/",
            },
          },
        },
        aws,
      ),
      resource(
        "aws:ecs/taskDefinition:TaskDefinition",
        "web",
        {
          family: "web",
          containerDefinitions: JSON.stringify([
            {
              name: "web",
              image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1",
              environment: [{ name: "U", value: "https://x.us-east-1.on.aws/" }],
            },
          ]),
        },
        aws,
      ),
      resource("command:local:Command", "deploy", { create: "kubectl --server https://aks-1.hcp.eastus.azmk8s.io:443 apply -f k8s/" }),
    ];
    for (const r of rs) expect(await pack.analyze(r)).toEqual([]);
  });
});

describe("secret endpoints over the protocol (a fresh pack: the inventory covers this run only)", () => {
  let pack: PackClient;
  beforeAll(async () => {
    pack = await startPreviewPack();
  }, 180_000);
  afterAll(async () => pack?.close());

  it("a secret endpoint in a restricted region says the jurisdiction, never the region or host, in any policy", async () => {
    const rs = [
      resource(
        "aws:sns/topicSubscription:TopicSubscription",
        "hook",
        { protocol: "https", endpoint: secret("https://abc123.execute-api.ap-east-1.amazonaws.com/prod/hook") },
        defaultProvider("aws", { region: "us-east-1" }),
      ),
      resource(
        "aws:s3/bucketV2:BucketV2",
        "b",
        { bucket: "b" },
        explicitProvider("aws", "cn", { region: "us-east-1", endpoints: secret([{ s3: "https://s3.cn-northwest-1.amazonaws.com.cn" }]) }),
      ),
    ];
    for (const r of rs) {
      const ds = await pack.analyze(r);
      expect(summary(ds)).toEqual(["restricted-region/mandatory"]);
      expect(ds[0]!.message).toMatch(/HK|CN/);
    }
    const all = [...(await pack.analyze(rs[0]!)), ...(await pack.analyze(rs[1]!)), ...(await pack.analyzeStack(rs))]
      .map((d) => d.message)
      .join("\n");
    for (const leak of ["ap-east-1", "execute-api", "cn-northwest-1", "amazonaws.com.cn"]) expect(all).not.toContain(leak);
  });

  it("a secret docker auth config keyed by a restricted registry is found without printing the registry", async () => {
    const ds = await pack.analyze(
      resource("kubernetes:core/v1:Secret", "pull", {
        type: "kubernetes.io/dockerconfigjson",
        stringData: secret({ ".dockerconfigjson": JSON.stringify({ auths: { "acme.cn-hangzhou.cr.aliyuncs.com": { auth: "dTpw" } } }) }),
      }),
    );
    expect(summary(ds)).toEqual(["restricted-provider/advisory"]);
    const text = ds.map((d) => d.message).join("\n");
    for (const leak of ["aliyuncs", "cn-hangzhou", "dockerconfigjson"]) expect(text).not.toContain(leak);
  });
});
