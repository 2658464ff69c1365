/**
 * Endpoints of every restricted vendor and of unrestricted clouds' restricted
 * regions, in every string shape, decided at the resource:
 * vendor domains from each vendor's endpoint documentation, regional host
 * patterns, connection strings, commands, encodings, bounds, and hosts that
 * must stay silent.
 */
import fc from "fast-check";
import { documentationLabels, endpointSignals } from "../../policypack/catalog/signals";
import { restrictedVendors } from "../../policypack/catalog/vendors";
import { decide } from "../../policypack/core/decide";
import { messageFor } from "../../policypack/core/message";
import { compileSettings } from "../../policypack/determination/compile";
import { clock, defaultProvider, explicitProvider, providerResource, resource } from "../support/views";

const settings = compileSettings({});
const byRule = (fs: readonly { policy: string; rule: string; blocking: boolean }[]) =>
  fs.map((f) => `${f.policy}/${f.rule}/${f.blocking ? "block" : "advisory"}`).sort();
const inString = (value: unknown) => decide(resource("random:index/randomString:RandomString", "x", { value }), settings, clock);

describe("every restricted vendor has endpoint domains", () => {
  it.each(restrictedVendors.map((v) => [v.family, v]))("%s: at least one cited domain in catalog/signals.ts", (family) => {
    const own = endpointSignals.filter((s) => s.vendorPackage === family);
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) expect(s.source.url).toMatch(/^https:\/\//);
  });

  it.each([
    ["signin.alibabacloud.com", "alicloud"],
    ["cvm.api.qcloud.com", "tencentcloud"],
    ["ap-guangzhou.cls.tencentcs.com", "tencentcloud"],
    ["cls-abc123.ccs.tencent-cloud.com", "tencentcloud"],
    ["console.volcengine.com", "volcengine"],
    ["open.byteplusapi.com", "bytepluscc"],
    ["tos-ap-southeast-1.bytepluses.com", "bytepluscc"],
    ["api.ucloud.cn", "ucloud"],
    ["acme.cn-bj.ufileos.com", "ucloud"],
    ["kec.api.ksyun.com", "ksyun"],
    ["ks3-cn-beijing.ksyuncs.com", "ksyun"],
    ["vm.jdcloud-api.com", "jdcloud"],
    ["s3.cn-north-1.jdcloud-oss.com", "jdcloud"],
    ["ecs-global.ctapi.ctyun.cn", "ctyun"],
    ["zos.ctyunapi.cn", "ctyun"],
    ["api.qingcloud.com", "qingcloud"],
    ["acme.pek3b.qingstor.com", "qingcloud"],
    ["s3.cloud.ru", "cloudru"],
    ["obs.ru-moscow-1.hc.sbercloud.ru", "cloudru"],
    ["iam.api.cloud.yandex.net", "yandex"],
    ["api.selectel.ru", "selectel"],
    ["s3.ru-1.storage.selcloud.ru", "selectel"],
    ["hb.ru-msk.vkcs.cloud", "vkcs"],
    ["infra.mail.ru", "vkcs"],
  ])("%s belongs to %s: restricted-provider, blocking, naming the host and the vendor", (host, vendor) => {
    for (const value of [`https://${host}/x`, `${host}:443`, `curl -T f https://${host.toUpperCase()}/b`]) {
      const fs = inString(value);
      expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
      expect(fs[0]!.reason).toContain(host);
      expect(fs[0]!.reason).toContain(`restricted provider package ${vendor}`);
    }
  });

  it.each([
    ["acme.azurecr.cn", "CN"],
    ["shop.chinacloudsites.cn", "CN"],
    ["vm1.chinacloudapp.cn", "CN"],
    ["hub.azure-devices.cn", "CN"],
    ["x.lambda-url.ap-east-1.on.aws", "HK"],
    ["shop.ap-east-1.elasticbeanstalk.com", "HK"],
    ["abc123.ap-east-1.awsapprunner.com", "HK"],
    ["asia-east2-acme.cloudfunctions.net", "HK"],
    ["api-123456789.asia-east2.run.app", "HK"],
    ["aks-dns-1a2b.hcp.eastasia.azmk8s.io", "HK"],
    ["aks.5f1e.privatelink.eastasia.azmk8s.io", "HK"],
    ["shop.eastasia.cloudapp.azure.com", "HK"],
    ["web.kindfield-1a2b.eastasia.azurecontainerapps.io", "HK"],
    ["eastasia.api.cognitive.microsoft.com", "HK"],
    ["abcdef0123.gr7.ap-east-1.eks.amazonaws.com", "HK"],
    ["shop.auth.ap-east-1.amazoncognito.com", "HK"],
    ["jobs.eastasia.azurecontainer.io", "HK"],
    ["acct.eastasia.batch.azure.com", "HK"],
    ["adx1.eastasia.kusto.windows.net", "HK"],
    ["score-1.eastasia.inference.ml.azure.com", "HK"],
    ["cluster-1.chinaeast2.kusto.chinacloudapi.cn", "CN"],
  ])("%s lies in %s: restricted-region, blocking", (host, j) => {
    const fs = inString(`https://${host}/`);
    expect(byRule(fs)).toEqual(["restricted-region/jurisdiction/block"]);
    expect(fs[0]!.jurisdictions).toContain(j);
  });

  it.each([
    "https://www.mail.ru/",
    "https://notcloud.ru/",
    "https://ucloud.cn.example.org/",
    "https://shop.eastus.cloudapp.azure.com/",
    "https://aks-1.hcp.westeurope.azmk8s.io:443",
    "https://x.lambda-url.us-east-1.on.aws/",
    "https://api-1.us-central1.run.app",
    "https://asia-east1-acme.cloudfunctions.net/f",
    "https://abc.ap-southeast-1.awsapprunner.com",
    "https://jobs.westus2.azurecontainer.io",
    "https://adx1.westeurope.kusto.windows.net",
    "we left qcloud and ucloud last year",
  ])("stays silent for %s", (value) => {
    expect(inString(value)).toEqual([]);
  });
});

describe("string shapes", () => {
  const host = "dds-bp1.mongodb.rds.aliyuncs.com";
  it.each([
    ["JDBC", `jdbc:mysql://${host}:3306/db?useSSL=true`],
    ["JDBC SQL Server", `jdbc:sqlserver://${host}:1433;databaseName=d`],
    ["ADO.NET", `Server=tcp:${host},1433;Initial Catalog=d;User ID=u`],
    ["ADO.NET Data Source", `Data Source=${host},3433;Initial Catalog=d`],
    ["mongodb+srv", `mongodb+srv://u:p@${host}/db?retryWrites=true`],
    ["mongodb seed list", `mongodb://u:p@a.example.com:27017,${host}:3717/db`],
    ["postgres", `postgresql://u:p@${host}:5432/db`],
    ["libpq key=value", `host=${host} port=5432 dbname=d`],
    ["redis", `rediss://:pw@${host}:6380/0`],
    ["amqp", `amqps://u:p@${host}:5671/vhost`],
    ["shell -e", `ossutil cp a oss://b -e ${host}`],
    ["shell --endpoint-url=", `aws s3 cp a s3://b --endpoint-url=https://${host}`],
    ["shell quoted", `sh -c "curl -s 'https://${host}/x'"`],
    ["env assignment", `ENDPOINT=${host} ./sync.sh`],
    ["percent-encoded dot", `https://${host.replace(/\./g, "%2E")}/x`],
    ["percent-encoded lower", `https://${host.replace(/\./g, "%2e")}/x`],
    ["upper case", `HTTPS://${host.toUpperCase()}/X`],
    ["ideographic full stops", `https://${host.replace(/\./g, "。")}/x`],
    ["trailing dot", `https://${host}./x`],
    ["bare trailing dot", `${host}.`],
    ["user-info", `https://user:pw@${host}`],
    ["IPv6 noise around", `[::1]:8080 and [2001:db8::1] then ${host}:443`],
    ["XML", `<Endpoint>${host}</Endpoint>`],
    ["TOML", `endpoint = "${host}"`],
    ["JSON escaped slashes", `{"u":"https:\\/\\/${host}\\/x"}`],
    ["YAML kubeconfig", `apiVersion: v1\nclusters:\n- cluster:\n    server: "https://${host}:6443"\n  name: a\n`],
    ["JSON nested 4 levels", JSON.stringify({ a: { b: [{ c: { d: `https://${host}` } }] } })],
    ["JSON in JSON in JSON", JSON.stringify({ a: JSON.stringify({ b: JSON.stringify({ c: host }) }) })],
  ])("%s", (_name, value) => {
    const fs = inString(value);
    expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(fs[0]!.reason).toContain("alicloud");
  });

  it("is not bounded by a count: a value after 10,000 other strings, or after 10,000 keys, is found", () => {
    const h = "oss-cn-hangzhou.aliyuncs.com";
    const afterStrings = inString([...Array.from({ length: 10_000 }, (_, i) => `v-${i}.example.com`), h]);
    expect(afterStrings[0]!.reason).toContain(`${h} at input:value[10000]`);
    const keys: Record<string, unknown> = Object.fromEntries([
      ...Array.from({ length: 10_000 }, (_, i): [string, string] => [`k${i}`, `v${i}.example.com`]),
      ["last", h] as [string, string],
    ]);
    expect(byRule(decide(resource("random:index/randomString:RandomString", "x", keys), settings, clock))).toEqual([
      "restricted-provider/vendor-endpoint/block",
    ]);
  });

  it("finds a value 20 levels deep, at the end of a 1 MiB string, and after 1 MiB of other strings", () => {
    const h = "oss-cn-hangzhou.aliyuncs.com";
    let deep: unknown = h;
    for (let i = 0; i < 20; i++) deep = i % 2 ? [deep] : { k: deep };
    expect(byRule(inString(deep))).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(byRule(inString(`${"x".repeat(1 << 20)} ${h}`))).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(byRule(inString({ pad: "y.".repeat(1 << 19), later: h }))).toEqual(["restricted-provider/vendor-endpoint/block"]);
  });
});

describe("clusters and daemons", () => {
  const kubeconfig = (server: string) => `apiVersion: v1\nclusters:\n- cluster:\n    server: ${server}\n  name: c\n`;
  it.each([
    ["Tencent TKE cluster domain", "https://cls-9x8y.ccs.tencent-cloud.com", "tencentcloud"],
    ["Huawei CCE", "https://abc.cce.cn-north-4.myhuaweicloud.com:5443", "huaweicloud"],
    ["Volcengine VKE", "https://abc.vke.cn-beijing.volces.com:6443", "volcengine"],
    ["Yandex Managed Kubernetes", "https://cat1.mk8s.yandexcloud.net", "yandex"],
  ])("a kubernetes provider on %s, and a resource through it, are restricted-provider", (_n, server, vendor) => {
    const k8s = explicitProvider("kubernetes", "k", { kubeconfig: kubeconfig(server) });
    for (const r of [providerResource(k8s), resource("kubernetes:core/v1:ConfigMap", "cm", { data: { a: "b" } }, k8s)]) {
      const fs = decide(r, settings, clock);
      expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
      expect(messageFor(fs[0]!)).toContain(vendor);
    }
  });

  it("a kubernetes provider on AKS in eastasia or EKS in ap-east-1 is restricted-region at each resource through it", () => {
    for (const server of ["https://aks-1a2b.hcp.eastasia.azmk8s.io:443", "https://ABCDEF.gr7.ap-east-1.eks.amazonaws.com"]) {
      const k8s = explicitProvider("kubernetes", "k", { kubeconfig: kubeconfig(server) });
      const fs = decide(resource("kubernetes:apps/v1:Deployment", "d", {}, k8s), settings, clock);
      expect(byRule(fs)).toEqual(["restricted-region/jurisdiction/block"]);
      expect(fs[0]!.jurisdictions).toEqual(["HK"]);
    }
  });

  it("images from other restricted vendors' registries are advisory; a US registry is silent", () => {
    for (const image of [
      "cr.yandex/crp1abc/app:1",
      "uhub.service.ucloud.cn/acme/app:1",
      "hub.kce.ksyun.com/acme/app:1",
      "registry.baidubce.com/acme/app:1",
      "acme-ap-southeast-1.cr.bytepluses.com/ns/app:1",
    ]) {
      const fs = decide(resource("kubernetes:core/v1:Pod", "p", { spec: { containers: [{ name: "a", image }] } }), settings, clock);
      expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/advisory"]);
    }
    const us = decide(
      resource("kubernetes:core/v1:Pod", "p", {
        spec: { containers: [{ name: "a", image: "123.dkr.ecr.us-east-1.amazonaws.com/app:1" }] },
      }),
      settings,
      clock,
    );
    expect(us).toEqual([]);
  });
});

describe("property: a restricted vendor's host is found in any shape, with any labels", () => {
  const vendorSuffixes = endpointSignals.filter((s) => s.vendorPackage !== undefined && s.jurisdiction === undefined);
  // documentation labels (www, help, docs…) directly under a suffix are pages, not endpoints: tested apart
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/).filter((l) => !documentationLabels.labels.has(l));
  const shapes: ((h: string) => unknown)[] = [
    (h) => `https://${h}/p`,
    (h) => `${h}:8443`,
    (h) => `jdbc:mysql://${h}:3306/d`,
    (h) => `Server=tcp:${h},1433;Database=d`,
    (h) => `cmd --endpoint=${h} && echo ok`,
    (h) => JSON.stringify({ a: [{ b: { url: `https://${h}` } }] }),
    (h) => ({ env: [{ name: "E", value: JSON.stringify({ h }) }] }),
    (h) => `https://${h.replace(/\./g, "%2E")}/`,
    (h) => `X=${h.toUpperCase()}.`,
  ];
  it("is reported under restricted-provider naming the vendor package", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...vendorSuffixes),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: shapes.length - 1 }),
        (signal, labels, shape) => {
          const host = `${labels.join(".")}.${signal.hostSuffix}`;
          const fs = decide(resource("random:index/randomString:RandomString", "x", { v: shapes[shape]!(host) }), settings, clock);
          expect(fs.length).toBe(1);
          expect(fs[0]!.policy).toBe("restricted-provider");
          expect(fs[0]!.reason).toContain(`restricted provider package ${signal.vendorPackage}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

it("an aws resource in the US with a webhook into Alibaba is blocked at the resource, naming the host", () => {
  const fs = decide(
    resource(
      "aws:sns/topicSubscription:TopicSubscription",
      "s",
      { endpoint: "https://1234.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/svc/fn/", protocol: "https" },
      defaultProvider("aws", { region: "us-east-1" }),
    ),
    settings,
    clock,
  );
  expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/block"]);
  expect(messageFor(fs[0]!)).toContain("1234.cn-hangzhou.fc.aliyuncs.com");
});

describe("secret endpoints", () => {
  it("a region read from a secret host is not printed: only the jurisdiction is said", () => {
    const view = {
      ...resource(
        "aws:sns/topicSubscription:TopicSubscription",
        "s",
        { protocol: "https", endpoint: "[secret]" },
        defaultProvider("aws", { region: "us-east-1" }),
      ),
      secrets: [{ key: "endpoint", value: "https://abc.execute-api.ap-east-1.amazonaws.com/prod/hook" }],
    };
    const fs = decide(view, settings, clock);
    expect(byRule(fs)).toEqual(["restricted-region/jurisdiction/block"]);
    const text = fs.map((f) => `${messageFor(f)} ${f.region ?? ""} ${f.regionSource ?? ""}`).join("\n");
    expect(text).not.toContain("ap-east-1");
    expect(text).not.toContain("execute-api");
    expect(text).toContain("HK");
  });

  it("a secret value is named by its key only: no path inside it (its keys may be hosts)", () => {
    const p = {
      ...explicitProvider("aws", "p", { region: "us-east-1", endpoints: "[secret]" }),
      secrets: [{ key: "endpoints", value: JSON.stringify([{ s3: "https://s3.cn-north-1.amazonaws.com.cn" }]) }],
    };
    const fs = decide(resource("aws:s3/bucketV2:BucketV2", "b", {}, p), settings, clock);
    expect(fs[0]!.regionSource).toBe("provider:endpoints (json)");
    expect(messageFor(fs[0]!)).not.toContain("cn-north-1");
  });
});

describe("hosts in keys and paths", () => {
  it("a host that is an object key (a docker auth config in a Secret) is found", () => {
    const dockerconfig = JSON.stringify({ auths: { "acme-registry.cn-hangzhou.cr.aliyuncs.com": { auth: "dTpw" } } });
    const fs = decide(
      resource("kubernetes:core/v1:Secret", "pull", {
        type: "kubernetes.io/dockerconfigjson",
        stringData: { ".dockerconfigjson": dockerconfig },
      }),
      settings,
      clock,
    );
    expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/advisory"]);
    const hosts = decide(
      resource("random:index/randomString:RandomString", "x", { map: { "oss-cn-hangzhou.aliyuncs.com": "10.0.0.1" } }),
      settings,
      clock,
    );
    expect(byRule(hosts)).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(inString({ "v1.2.3": "x", "a.b": "c", "example.com": "ok" })).toEqual([]);
  });

  it("a vendor domain in the path or query of another URL is reported (a proxy in front of it is still a transfer)", () => {
    expect(byRule(inString("https://proxy.example.com/oss-cn-hangzhou.aliyuncs.com/bucket/key"))).toEqual([
      "restricted-provider/vendor-endpoint/block",
    ]);
    expect(byRule(inString("https://proxy.example.com/?target=https%3A%2F%2Foss-cn-hangzhou.aliyuncs.com"))).toEqual([
      "restricted-provider/vendor-endpoint/block",
    ]);
  });
});

describe("documentation links are not endpoints", () => {
  it.each([
    "See https://help.aliyun.com/zh/oss/user-guide/ for the migration guide",
    "https://www.alibabacloud.com/help/en/ecs/",
    "docs: https://support.huaweicloud.com/intl/en-us/obs/index.html",
    "https://docs.byteplus.com/en/docs/tos",
    "https://www.volcengine.com/docs/6349/107356",
    "https://docs.azure.cn/en-us/",
  ])("%s stays silent", (value) => {
    expect(inString(value)).toEqual([]);
  });

  it("a service host under a documentation label is still an endpoint, and so is a second-level one", () => {
    expect(byRule(inString("https://oss.help.aliyun.com/x"))).toEqual(["restricted-provider/vendor-endpoint/block"]);
    expect(byRule(inString("https://wwwx.aliyuncs.com/"))).toEqual(["restricted-provider/vendor-endpoint/block"]);
  });
});

it("keys inside a secret value are never printed, even when they are the hosts found", () => {
  const view = {
    ...resource("kubernetes:core/v1:Secret", "pull", { stringData: "[secret]" }),
    secrets: [
      {
        key: "stringData",
        value: {
          ".dockerconfigjson": JSON.stringify({ auths: { "acme.cn-hangzhou.cr.aliyuncs.com": { auth: "dTpw" } } }),
          cfg: { "oss-cn-hangzhou.aliyuncs.com": { url: "https://b.oss-cn-beijing.aliyuncs.com" } },
        },
      },
    ],
  };
  const fs = decide(view, settings, clock);
  expect(byRule(fs)).toEqual(["restricted-provider/vendor-endpoint/advisory", "restricted-provider/vendor-endpoint/block"]);
  const text = fs.map((f) => `${messageFor(f)} ${f.regionSource ?? ""}`).join("\n");
  for (const leak of ["aliyuncs", "cn-hangzhou", "cn-beijing", "dockerconfigjson", "auths"]) expect(text).not.toContain(leak);
  expect(text).toContain("<secret> at input:stringData");
});
