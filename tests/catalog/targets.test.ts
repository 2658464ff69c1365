import {
  familyModules,
  familyNames,
  moduleOfType,
  suggestTargets,
  targets,
  targetsFor,
  targetsForFamily,
} from "../../policypack/catalog/targets";

const restrictedPackages = ["alicloud", "tencentcloud", "huaweicloud"];
/** pkg:module/camelName:Name, with the middle segment the lower-first resource name. */
const token = /^([a-z-]+):([A-Za-z0-9]+)\/([a-zA-Z0-9]+):([A-Z][A-Za-z0-9]*)$/;

function checkToken(type: string, pkgs: readonly string[]): RegExpMatchArray {
  const m = type.match(token);
  expect(m).not.toBeNull();
  expect(pkgs).toContain(m![1]);
  expect(m![3]).toBe(m![4]!.charAt(0).toLowerCase() + m![4]!.slice(1));
  return m!;
}

describe("catalog/targets: suggested AWS / Azure / GCP targets", () => {
  it("has no duplicate types", () => {
    const types = targets.map((t) => t.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each(targets.map((t) => [t.type, t] as const))("%s is a valid, cited entry", (_type, t) => {
    const m = checkToken(t.type, restrictedPackages);
    // tencentcloud and huaweicloud modules are capitalised, alicloud modules lower-case.
    if (m[1] === "alicloud") expect(m[2]).toMatch(/^[a-z]/);
    else expect(m[2]).toMatch(/^[A-Z]/);
    expect(t.family.length).toBeGreaterThan(2);
    expect(familyNames).toContain(t.family);
    for (const [side, pkgs] of [
      [t.aws, ["aws"]],
      [t.azure, ["azure-native", "azure", "azuread"]],
      [t.gcp, ["gcp"]],
    ] as const) {
      expect(side.service.length).toBeGreaterThan(2);
      if (side.type === undefined) continue;
      // azure-native tokens have no file segment: azure-native:storage:BlobContainer.
      if (side.type.startsWith("azure-native:")) expect(side.type).toMatch(/^azure-native:[a-z0-9]+:[A-Z][A-Za-z0-9]*$/);
      else checkToken(side.type, pkgs);
    }
    for (const s of [t.source, ...t.comparisons]) {
      expect(s.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const urls = t.comparisons.map((c) => c.url);
    expect(urls.some((u) => u.startsWith("https://learn.microsoft.com/"))).toBe(true);
    expect(urls.some((u) => u.startsWith("https://cloud.google.com/"))).toBe(true);
    expect(targetsFor(t.type)).toBe(t);
  });

  it.each([
    ["alicloud:oss/bucket:Bucket", "Amazon S3", "Azure Blob Storage", "Cloud Storage"],
    ["alicloud:ecs/instance:Instance", "Amazon EC2", "Azure Virtual Machines", "Compute Engine"],
    ["alicloud:rds/instance:Instance", "Amazon RDS", "Azure Database for PostgreSQL / MySQL (flexible server)", "Cloud SQL"],
    ["tencentcloud:Cos/bucket:Bucket", "Amazon S3", "Azure Blob Storage", "Cloud Storage"],
    ["tencentcloud:Instance/instance:Instance", "Amazon EC2", "Azure Virtual Machines", "Compute Engine"],
    ["huaweicloud:Obs/bucket:Bucket", "Amazon S3", "Azure Blob Storage", "Cloud Storage"],
    ["huaweicloud:Ecs/instance:Instance", "Amazon EC2", "Azure Virtual Machines", "Compute Engine"],
    ["huaweicloud:Cce/cluster:Cluster", "Amazon EKS", "Azure Kubernetes Service (AKS)", "Google Kubernetes Engine (GKE)"],
  ])("maps %s to %s / %s / %s", (type, aws, azure, gcp) => {
    const t = targetsFor(type)!;
    expect([t.aws.service, t.azure.service, t.gcp.service]).toEqual([aws, azure, gcp]);
  });

  it("covers the common resource types the issue lists", () => {
    const required = [
      // alicloud
      "alicloud:oss/bucket:Bucket",
      "alicloud:ecs/instance:Instance",
      "alicloud:rds/instance:Instance",
      "alicloud:rds/account:Account",
      "alicloud:rds/database:Database",
      "alicloud:vpc/network:Network",
      "alicloud:vpc/switch:Switch",
      "alicloud:slb/loadBalancer:LoadBalancer",
      "alicloud:alb/loadBalancer:LoadBalancer",
      "alicloud:kvstore/instance:Instance",
      "alicloud:polardb/cluster:Cluster",
      "alicloud:cs/managedKubernetes:ManagedKubernetes",
      "alicloud:fc/function:Function",
      "alicloud:log/project:Project",
      "alicloud:log/store:Store",
      "alicloud:kms/key:Key",
      "alicloud:ram/role:Role",
      "alicloud:ram/user:User",
      "alicloud:dns/alidnsRecord:AlidnsRecord",
      "alicloud:cdn/domainNew:DomainNew",
      "alicloud:nas/fileSystem:FileSystem",
      "alicloud:ess/scalingGroup:ScalingGroup",
      "alicloud:ecs/securityGroup:SecurityGroup",
      "alicloud:ecs/eip:Eip",
      "alicloud:mongodb/instance:Instance",
      "alicloud:elasticsearch/instance:Instance",
      // tencentcloud
      "tencentcloud:Cos/bucket:Bucket",
      "tencentcloud:Instance/instance:Instance",
      "tencentcloud:Mysql/instance:Instance",
      "tencentcloud:Vpc/instance:Instance",
      "tencentcloud:Subnet/instance:Instance",
      "tencentcloud:Clb/instance:Instance",
      "tencentcloud:Redis/instance:Instance",
      "tencentcloud:Kubernetes/cluster:Cluster",
      "tencentcloud:Scf/function:Function",
      "tencentcloud:Cls/topic:Topic",
      "tencentcloud:Kms/key:Key",
      // huaweicloud
      "huaweicloud:Obs/bucket:Bucket",
      "huaweicloud:Ecs/instance:Instance",
      "huaweicloud:Rds/instance:Instance",
      "huaweicloud:Vpc/vpc:Vpc",
      "huaweicloud:Vpc/subnet:Subnet",
      "huaweicloud:Elb/loadbalancer:Loadbalancer",
      "huaweicloud:Dcs/instance:Instance",
      "huaweicloud:Cce/cluster:Cluster",
      "huaweicloud:FunctionGraph/function:Function",
      "huaweicloud:Lts/stream:Stream",
      "huaweicloud:Dew/key:Key",
    ];
    const missing = required.filter((t) => !targetsFor(t));
    expect(missing).toEqual([]);
    for (const pkg of restrictedPackages) expect(targets.filter((t) => t.type.startsWith(`${pkg}:`)).length).toBeGreaterThanOrEqual(11);
  });

  it("is not fooled by case or prototype keys", () => {
    expect(targetsFor("ALICLOUD:oss/bucket:Bucket")).toBeUndefined();
    expect(targetsFor("__proto__")).toBeUndefined();
    expect(targetsFor("constructor")).toBeUndefined();
  });

  it("falls back to the family of the type's module", () => {
    const s = suggestTargets("alicloud:oss/bucketObject:BucketObject")!;
    expect(s.exact).toBe(false);
    expect(s.targets.family).toBe("object storage");
    expect(s.targets.aws.service).toBe("Amazon S3");
    expect(suggestTargets("tencentcloud:Cos/bucketPolicy:BucketPolicy")!.targets.family).toBe("object storage");
    expect(suggestTargets("huaweicloud:Rds/parametergroup:Parametergroup")!.targets.family).toBe("managed relational database");
    expect(suggestTargets("alicloud:oss/bucket:Bucket")!.exact).toBe(true);
    expect(suggestTargets("aws:s3/bucket:Bucket")).toBeUndefined();
    expect(suggestTargets("alicloud:nosuchmodule/x:X")).toBeUndefined();
    expect(suggestTargets("")).toBeUndefined();
  });

  it("keys the family fallback by restricted package and module, and every family resolves", () => {
    for (const k of familyModules) {
      const [pkg, mod] = k.split(":");
      expect(restrictedPackages).toContain(pkg);
      expect(mod).toMatch(/^[A-Za-z0-9]+$/);
    }
    for (const t of targets) expect(familyModules).toContain(moduleOfType(t.type));
    for (const f of familyNames) expect(targetsForFamily(f)?.family).toBe(f);
    expect(targetsForFamily("teleportation")).toBeUndefined();
    expect(new Set(familyNames).size).toBe(familyNames.length);
  });

  it("extracts the module of a type token", () => {
    expect(moduleOfType("alicloud:oss/bucket:Bucket")).toBe("alicloud:oss");
    expect(moduleOfType("tencentcloud:Instance/instance:Instance")).toBe("tencentcloud:Instance");
    expect(moduleOfType("azure-native:storage:StorageAccount")).toBe("azure-native:storage");
    expect(moduleOfType("nocolon")).toBeUndefined();
    expect(moduleOfType(":x/y:Z")).toBeUndefined();
  });
});
