/**
 * Lookup behaviour beyond exact codes: zones, Local Zones, GCS spellings,
 * Azure display names, OCI availability domains, the FACTS.md pitfalls
 * (same code, different country per provider), negative cases, and the
 * type-token, endpoint and URL helpers.
 */
import { endpointSignalFor, extractHost, isProviderType, locate, packageOfType } from "../../policypack/catalog";

type Via = "region" | "alias" | "zone" | "availability-domain";

describe("locate: positive cases", () => {
  const cases: readonly (readonly [string, string, string, string, Via])[] = [
    // provider, input, expected region, expected jurisdiction, via
    // --- FACTS.md pitfalls: same code, different country ---
    ["aws", "ap-southeast-1", "ap-southeast-1", "SG", "region"],
    ["alicloud", "ap-southeast-1", "ap-southeast-1", "SG", "region"],
    ["huaweicloud", "ap-southeast-1", "ap-southeast-1", "HK", "region"],
    ["huaweicloud", "ap-southeast-1a", "ap-southeast-1", "HK", "zone"],
    ["huaweicloud", "ap-southeast-3", "ap-southeast-3", "SG", "region"],
    ["volcengine", "ap-southeast-1", "ap-southeast-1", "MY", "region"],
    ["gcp", "asia-east1", "asia-east1", "TW", "region"],
    ["gcp", "asia-east2", "asia-east2", "HK", "region"],
    ["gcp", "asia-east1-b", "asia-east1", "TW", "zone"],
    ["gcp", "asia-east2-a", "asia-east2", "HK", "zone"],
    ["azure", "eastasia", "eastasia", "HK", "region"],
    ["azure", "southeastasia", "southeastasia", "SG", "region"],

    // --- AWS zones, Local Zones, Wavelength Zones ---
    ["aws", "us-east-1a", "us-east-1", "US", "zone"],
    ["aws", "US-EAST-1F", "us-east-1", "US", "zone"],
    ["aws", "cn-north-1a", "cn-north-1", "CN", "zone"],
    ["aws", "cn-northwest-1c", "cn-northwest-1", "CN", "zone"],
    ["aws", "ap-east-1b", "ap-east-1", "HK", "zone"],
    ["aws", "us-gov-west-1a", "us-gov-west-1", "US", "zone"],
    ["aws", "us-east-1-bos-1a", "us-east-1", "US", "zone"],
    ["aws", "us-west-2-lax-1b", "us-west-2", "US", "zone"],
    ["aws", "us-east-1-wl1-bos-wlz-1", "us-east-1", "US", "zone"],
    ["aws", " eu-central-1a ", "eu-central-1", "DE", "zone"],
    ["aws", "aws-cn-global", "cn-northwest-1", "CN", "alias"],

    // --- Alibaba Cloud ---
    ["alicloud", "cn-hangzhou", "cn-hangzhou", "CN", "region"],
    ["alicloud", "cn-hangzhou-h", "cn-hangzhou", "CN", "zone"],
    ["alicloud", "CN-HANGZHOU-K", "cn-hangzhou", "CN", "zone"],
    ["alicloud", "cn-hongkong-b", "cn-hongkong", "HK", "zone"],
    ["alicloud", "ap-southeast-1a", "ap-southeast-1", "SG", "zone"],
    ["alicloud", "cn-shanghai-finance-1z", "cn-shanghai-finance-1", "CN", "zone"],
    ["alicloud", "cn-shanghai-finance-1-pub", "cn-shanghai-finance-1-pub", "CN", "region"],
    ["alicloud", "cn-beijing-finance-1a", "cn-beijing-finance-1", "CN", "zone"],
    ["alicloud", "us-west-1b", "us-west-1", "US", "zone"],

    // --- Tencent Cloud ---
    ["tencentcloud", "ap-guangzhou-3", "ap-guangzhou", "CN", "zone"],
    ["tencentcloud", "ap-shanghai-5", "ap-shanghai", "CN", "zone"],
    ["tencentcloud", "ap-shenzhen-fsi-3", "ap-shenzhen-fsi", "CN", "zone"],
    ["tencentcloud", "ap-hongkong-2", "ap-hongkong", "HK", "zone"],
    ["tencentcloud", "na-siliconvalley-1", "na-siliconvalley", "US", "zone"],
    ["tencentcloud", "ap-beijing-1", "ap-beijing-1", "CN", "region"],
    ["tencentcloud", "ap-beijing-7", "ap-beijing", "CN", "zone"],

    // --- Huawei Cloud ---
    ["huaweicloud", "cn-north-4a", "cn-north-4", "CN", "zone"],
    ["huaweicloud", "cn-north-4g", "cn-north-4", "CN", "zone"],
    ["huaweicloud", "cn-east-3b", "cn-east-3", "CN", "zone"],
    ["huaweicloud", "cn-north-11", "cn-north-11", "CN", "region"],
    ["huaweicloud", "cn-north-11a", "cn-north-11", "CN", "zone"],
    ["huaweicloud", "la-south-2a", "la-south-2", "CL", "zone"],

    // --- Volcengine ---
    ["volcengine", "cn-beijing-a", "cn-beijing", "CN", "zone"],
    ["volcengine", "cn-hongkong-a", "cn-hongkong", "HK", "zone"],
    ["volcengine", "ap-southeast-3a", "ap-southeast-3", "ID", "zone"],
    ["volcengine", "cn-north-1", "cn-beijing", "CN", "alias"],

    // --- GCP / GCS spellings ---
    ["gcp", "US-EAST1", "us-east1", "US", "region"],
    ["gcp", "US-CENTRAL1-A", "us-central1", "US", "zone"],
    ["gcp", "us-central1-a", "us-central1", "US", "zone"],
    ["gcp", "europe-west10-c", "europe-west10", "DE", "zone"],
    ["gcp", "ASIA", "asia", "HK", "region"],
    ["gcp", "Eu", "eu", "DE", "region"],
    ["gcp", "NAM4", "nam4", "US", "region"],
    ["google-native", "asia-east2-c", "asia-east2", "HK", "zone"],

    // --- Azure short and display names ---
    ["azure", "China East 2", "chinaeast2", "CN", "region"],
    ["azure", "chinaeast2", "chinaeast2", "CN", "region"],
    ["azure-native", "China East 2", "chinaeast2", "CN", "region"],
    ["azure-native", "CHINA  NORTH 3", "chinanorth3", "CN", "region"],
    ["azure", "East Asia", "eastasia", "HK", "region"],
    ["azure", "US Gov Virginia", "usgovvirginia", "US", "region"],
    ["azure", "West US 2", "westus2", "US", "region"],

    // --- OCI: identifiers, keys, availability domains ---
    ["oci", "us-ashburn-1", "us-ashburn-1", "US", "region"],
    ["oci", "IAD", "us-ashburn-1", "US", "alias"],
    ["oci", "phx", "us-phoenix-1", "US", "alias"],
    ["oci", "Uocm:PHX-AD-1", "us-phoenix-1", "US", "availability-domain"],
    ["oci", "Uocm:PHX-AD-3", "us-phoenix-1", "US", "availability-domain"],
    ["oci", "kIdk:US-ASHBURN-AD-2", "us-ashburn-1", "US", "availability-domain"],
    ["oci", "bzvg:AP-TOKYO-1-AD-1", "ap-tokyo-1", "JP", "availability-domain"],
    ["oci", "qIZq:FRA-AD-1", "eu-frankfurt-1", "DE", "availability-domain"],
    ["oci", "PHX-AD-1", "us-phoenix-1", "US", "availability-domain"],
  ];

  it.each(cases)("%s %j → %s (%s, via %s)", (provider, input, region, jurisdiction, via) => {
    const hit = locate(provider, input);
    expect(hit).toBeDefined();
    expect(hit?.provider).toBe(provider);
    expect(hit?.region).toBe(region);
    expect(hit?.entry.region).toBe(region);
    expect(hit?.entry.jurisdictions).toContain(jurisdiction);
    expect(hit?.via).toBe(via);
  });
});

describe("locate: negative cases", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["aws", ""],
    ["aws", "   "],
    ["aws", "us-east-1abcd"],
    ["aws", "us-east-1-"],
    ["aws", "us-east-1--"],
    ["aws", "us-east-1-bos-"],
    ["aws", "us-east-1-aaaaaaaaaaaaaaaaaaaaa"], // 21 characters after "-"
    ["aws", "us-east"],
    ["aws", "us-east-11"], // a leading digit reads as another region, not a zone
    ["aws", "us-east-1 a"],
    ["aws", "xus-east-1a"],
    ["aws", "__proto__"],
    ["aws", "constructor"],
    ["aws", "toString"],
    ["aws", "hasOwnProperty"],
    ["aws", "chinaeast2"],
    ["alicloud", "cn-hangzhou-"],
    ["alicloud", "cn-hangzhou-abcd"],
    ["alicloud", "cn-hangzhou-h-1"],
    ["alicloud", "cn-hangzhou-bos-1a"], // Local Zone syntax is AWS-only
    ["alicloud", "cn-hangzhou_h"],
    ["tencentcloud", "ap-guangzhou-"],
    ["tencentcloud", "ap-guangzhou-1234"],
    ["huaweicloud", "cn-north-13"],
    ["gcp", "us-central1-"],
    ["gcp", "us-central1-abcd"],
    ["gcp", "global"],
    ["azure", "eastasia1"], // Azure has no zone names
    ["azure", "East Asia 1"],
    ["azure", "__proto__"],
    ["oci", "us-ashburn-1a"], // OCI has no zone suffixes
    ["oci", "Uocm:PHX-AD-"],
    ["oci", "Uocm:PHX-AD-1234"],
    ["oci", "Uocm:XYZ-AD-1"],
    ["oci", ":PHX-AD-1"],
    ["oci", "Uo-cm:PHX-AD-1"],
    ["oci", "Uocm:-AD-1"],
    ["oci", "Uocm:PHX-AD-x"],
    ["nosuchprovider", "us-east-1"],
    ["aws", "us-east-1".padEnd(300, "a")],
  ];
  it.each(cases)("%s %j → undefined", (provider, input) => {
    expect(locate(provider, input)).toBeUndefined();
  });

  it("accepts huge padding only within the length bound", () => {
    expect(locate("aws", `${" ".repeat(100)}us-east-1${" ".repeat(100)}`)?.region).toBe("us-east-1");
    expect(locate("aws", `${" ".repeat(200)}us-east-1${" ".repeat(200)}`)).toBeUndefined();
    expect(locate("aws", "a".repeat(1_000_000))).toBeUndefined();
  });

  it("tolerates non-string input from untyped callers", () => {
    const untyped = locate as unknown as (p: unknown, r: unknown) => unknown;
    expect(untyped("aws", undefined)).toBeUndefined();
    expect(untyped("aws", 42)).toBeUndefined();
    expect(untyped(null, "us-east-1")).toBeUndefined();
  });
});

describe("packageOfType / isProviderType", () => {
  it.each([
    ["alicloud:oss/bucket:Bucket", "alicloud", false],
    ["tencentcloud:Cos/bucket:Bucket", "tencentcloud", false],
    ["huaweicloud:Obs/bucket:Bucket", "huaweicloud", false],
    ["volcengine:ecs/instance:Instance", "volcengine", false],
    ["azure-native:storage:StorageAccount", "azure-native", false],
    ["pulumi:providers:aws", "aws", true],
    ["pulumi:providers:azure-native", "azure-native", true],
    ["pulumi:pulumi:Stack", "pulumi", false],
    ["Alicloud:oss/bucket:Bucket", "Alicloud", false],
    ["pulumi:providers:", "", false],
    ["noColon", "noColon", false],
    ["", "", false],
  ] as const)("%j → %j (provider: %s)", (token, pkg, isProvider) => {
    expect(packageOfType(token)).toBe(pkg);
    expect(isProviderType(token)).toBe(isProvider);
  });
});

describe("endpointSignalFor", () => {
  it.each([
    ["oss-cn-hangzhou.aliyuncs.com", "aliyuncs.com", undefined, "alicloud"],
    ["OSS-CN-HANGZHOU.ALIYUNCS.COM", "aliyuncs.com", undefined, "alicloud"],
    ["aliyuncs.com", "aliyuncs.com", undefined, "alicloud"],
    ["s3.cn-north-1.amazonaws.com.cn", "amazonaws.com.cn", "CN", "aws"],
    ["s3.cn-north-1.amazonaws.com.cn.", "amazonaws.com.cn", "CN", "aws"],
    ["mystorage.blob.core.chinacloudapi.cn", "chinacloudapi.cn", "CN", undefined],
    ["portal.azure.cn", "azure.cn", "CN", undefined],
    ["cvm.tencentcloudapi.com", "tencentcloudapi.com", undefined, "tencentcloud"],
    ["examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com", "myqcloud.com", undefined, "tencentcloud"],
    ["obs.cn-north-4.myhuaweicloud.com", "myhuaweicloud.com", undefined, "huaweicloud"],
    ["open.volcengineapi.com", "volcengineapi.com", undefined, "volcengine"],
    ["tos-cn-beijing.volces.com", "volces.com", undefined, "volcengine"],
    ["tos-cn-beijing.ivolces.com", "ivolces.com", undefined, "volcengine"],
  ] as const)("%s → %s", (host, suffix, jurisdiction, vendor) => {
    const s = endpointSignalFor(host);
    expect(s?.hostSuffix).toBe(suffix);
    expect(s?.jurisdiction).toBe(jurisdiction);
    expect(s?.vendorPackage).toBe(vendor);
  });

  it.each([
    "s3.us-east-1.amazonaws.com",
    "notaliyuncs.com",
    "aliyuncs.com.evil.example",
    "xazure.cn",
    "volces.com.evil.com",
    "",
    ".",
    "__proto__",
    "a".repeat(300) + ".aliyuncs.com",
  ])("%j → undefined", (host) => {
    expect(endpointSignalFor(host)).toBeUndefined();
  });
});

describe("extractHost", () => {
  it.each([
    ["https://oss-cn-hangzhou.aliyuncs.com/x", "oss-cn-hangzhou.aliyuncs.com"],
    ["https://OSS-CN-HANGZHOU.aliyuncs.com", "oss-cn-hangzhou.aliyuncs.com"],
    ["http://user:pw@host.example.com:8080/p?q=1#f", "host.example.com"],
    ["//cdn.example.com/a.js", "cdn.example.com"],
    ["oss-cn-hangzhou.aliyuncs.com", "oss-cn-hangzhou.aliyuncs.com"],
    ["oss-cn-hangzhou.aliyuncs.com:443/bucket", "oss-cn-hangzhou.aliyuncs.com"],
    ["  s3.cn-north-1.amazonaws.com.cn  ", "s3.cn-north-1.amazonaws.com.cn"],
    ["https://localhost:3000", "localhost"],
    ["https://[2001:db8::1]:443/x", "2001:db8::1"],
    ["https://10.0.0.1/x", "10.0.0.1"],
    ["s3://my-bucket.example.com/key", "my-bucket.example.com"],
    ["https://example.com?x", "example.com"],
  ])("%j → %j", (input, host) => {
    expect(extractHost(input)).toBe(host);
  });

  it.each([
    "",
    "   ",
    "localhost", // bare names need a dot
    "us-east-1",
    "not a host",
    "https://",
    "https:///path",
    "https://exa mple.com",
    "https://example..com",
    "https://.example.com",
    "https://example.com:99999",
    "https://example.com:port",
    "user@example.com",
    "1http://example.com",
    "https://[::1",
    "https://exämple.com",
    "https://" + "a".repeat(64) + ".com",
    "https://" + "a.".repeat(1100) + "com", // over 2048 characters
  ])("%j → undefined", (input) => {
    expect(extractHost(input)).toBeUndefined();
  });
});
