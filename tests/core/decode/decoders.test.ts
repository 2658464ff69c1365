import { findHosts, scanHosts, scanUrls, secretHost } from "../../../policypack/core/decode";
import { parseJsonDocument, notJson } from "../../../policypack/core/decode/json";
import { kubeconfigServers, looksLikeKubeconfig } from "../../../policypack/core/decode/kubeconfig";
import { kindOf } from "../../../policypack/core/decode/kinds";
import { cleanHost } from "../../../policypack/core/decode/tokens";
import { unknownString } from "../../../policypack/core/unknown";

const aliyun = (h: string) => (h.endsWith(".aliyuncs.com") ? "alicloud" : undefined);
const hostsIn = (text: string) => {
  const out: string[] = [];
  scanHosts(text, (h) => out.push(h));
  return out;
};
const urlsIn = (text: string) => {
  const out: string[] = [];
  scanUrls(text, (h) => out.push(h));
  return out;
};

describe("tokens", () => {
  it("finds bare hosts and host:port inside text", () => {
    expect(hostsIn("ossutil cp ./x oss://b/ -e oss-cn-hangzhou.aliyuncs.com")).toContain("oss-cn-hangzhou.aliyuncs.com");
    expect(hostsIn("Server=tcp:x.database.chinacloudapi.cn,1433;Database=d")).toContain("x.database.chinacloudapi.cn");
    expect(hostsIn("Data Source=RM-X.MySQL.RDS.aliyuncs.com:3306;User Id=u")).toContain("rm-x.mysql.rds.aliyuncs.com");
  });
  it("percent-decodes runs", () => {
    expect(hostsIn("https://oss-cn-beijing.aliyuncs%2Ecom/x")).toContain("oss-cn-beijing.aliyuncs.com");
  });
  it("rejects runs that are not DNS-shaped", () => {
    expect(cleanHost("a..b.com")).toBeUndefined();
    expect(cleanHost("abc")).toBeUndefined();
    expect(cleanHost(`${"a".repeat(64)}.com`)).toBeUndefined();
    expect(cleanHost(".x.aliyuncs.com.")).toBe("x.aliyuncs.com");
  });
});

describe("urls", () => {
  it("reads hosts with the WHATWG parser (percent-encoding, IDNA dots, user-info, case)", () => {
    expect(urlsIn("see https://oss-cn-hangzhou.aliyuncs%2Ecom/b ok")).toEqual(["oss-cn-hangzhou.aliyuncs.com"]);
    expect(urlsIn("https://x.aliyuncs。com/")).toEqual(["x.aliyuncs.com"]);
    expect(urlsIn("mongodb+srv://user:pw@Cluster0.ALIYUNCS.com/db")).toEqual(["cluster0.aliyuncs.com"]);
    expect(urlsIn("jdbc:mysql://rm-x.mysql.rds.aliyuncs.com:3306/db")).toEqual(["rm-x.mysql.rds.aliyuncs.com"]);
  });
  it("ignores text that is not a URL", () => {
    expect(urlsIn("://nothing")).toEqual([]);
  });
});

describe("json", () => {
  it("parses object and array documents only", () => {
    expect(parseJsonDocument(' {"a": 1} ')).toEqual({ a: 1 });
    expect(parseJsonDocument("[1]")).toEqual([1]);
    expect(parseJsonDocument("{not json}")).toBe(notJson);
    expect(parseJsonDocument('"x"')).toBe(notJson);
  });
});

describe("kubeconfig", () => {
  const yaml =
    'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: QUJD\n    server: "https://1.2.3.4:6443"\n  name: a\n- cluster:\n    server: https://c123.cn-hangzhou.cs.aliyuncs.com:6443\n  name: b\n';
  it("reads every server", () => {
    expect(looksLikeKubeconfig(yaml)).toBe(true);
    expect(kubeconfigServers(yaml)).toEqual(["https://1.2.3.4:6443", "https://c123.cn-hangzhou.cs.aliyuncs.com:6443"]);
  });
});

describe("kinds", () => {
  it("labels connection strings and commands", () => {
    expect(kindOf("jdbc:mysql://h.aliyuncs.com/db", "url", true)).toBe("connection-string");
    expect(kindOf("Server=tcp:h,1433;Database=x", "conn", false)).toBe("connection-string");
    expect(kindOf("ossutil cp a b", "create", false)).toBe("command");
    expect(kindOf("https://h.aliyuncs.com", "endpoint", true)).toBe("url");
  });
});

describe("findHosts", () => {
  it("walks JSON-in-string and names the path", () => {
    const hits = findHosts({ endpoints: JSON.stringify([{ s3: "https://s3.oss-cn-hangzhou.aliyuncs.com" }]) }, aliyun);
    expect(hits).toEqual([
      { host: "s3.oss-cn-hangzhou.aliyuncs.com", path: "endpoints[0].s3", via: "json", secret: false, info: "alicloud" },
    ]);
  });
  it("finds a value after many other strings and deep in container env", () => {
    const padding: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) padding[`k${i}`] = `value-${i}.example.com`;
    const deep = { spec: { template: { spec: { containers: [{ env: [{ name: "OSS", value: "oss-cn-shanghai.aliyuncs.com" }] }] } } } };
    const hits = findHosts({ ...padding, deep }, aliyun);
    expect(hits.map((h) => h.path)).toEqual(["deep.spec.template.spec.containers[0].env[0].value"]);
  });
  it("finds hosts in kubeconfig YAML and commands", () => {
    const hits = findHosts(
      {
        kubeconfig: "clusters:\n- cluster:\n    server: https://k.cn-beijing.cs.aliyuncs.com:6443\n",
        create: "ossutil cp f oss://b -e oss-cn-hangzhou.aliyuncs.com",
      },
      aliyun,
    );
    expect(hits.map((h) => [h.host, h.via])).toEqual([
      ["k.cn-beijing.cs.aliyuncs.com", "kubeconfig"],
      ["oss-cn-hangzhou.aliyuncs.com", "command"],
    ]);
  });
  it("never prints a host taken from a secret", () => {
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "https://x.aliyuncs.com" };
    const [hit] = findHosts({ url: secret }, aliyun);
    expect(hit).toMatchObject({ host: secretHost, secret: true, path: "url" });
  });
  it("skips unknowns and placeholders, and honours the byte bound", () => {
    expect(findHosts({ a: unknownString, b: "[secret]" }, aliyun)).toEqual([]);
    const bounds = { maxBytes: 100, maxDepth: 32, maxJsonDepth: 4 };
    expect(findHosts({ a: "x".repeat(200) + ".", b: "h.aliyuncs.com" }, aliyun, { bounds })).toEqual([]);
    expect(findHosts({ b: "h.aliyuncs.com" }, aliyun, { bounds })).toHaveLength(1);
  });
  it("bounds JSON-in-string nesting, and still tokenises what lies deeper", () => {
    let s: unknown = { u: "h.aliyuncs.com" };
    for (let i = 0; i < 6; i++) s = { n: JSON.stringify(s) };
    const [deeper] = findHosts(s, aliyun);
    expect(deeper).toMatchObject({ host: "h.aliyuncs.com", path: "n.n.n.n.n" });
    let t: unknown = { u: "h.aliyuncs.com" };
    for (let i = 0; i < 4; i++) t = { n: JSON.stringify(t) };
    expect(findHosts(t, aliyun)).toEqual([expect.objectContaining({ host: "h.aliyuncs.com", via: "json", path: "n.n.n.n.u" })]);
  });
});
