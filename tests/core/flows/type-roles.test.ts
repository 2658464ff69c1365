import { isProviderType, packageOfType } from "../../../policypack/catalog";
import { registry } from "../../../policypack/core/flows/index";
import { isControlPlane, outsideFlows, TypeRoles } from "../../../policypack/core/flows/type-roles";
import { compileSettings } from "../../../policypack/determination/compile";

const det = compileSettings({}).determination;

/** Types of every kind the roles tell apart, and the registry's own. */
const types = [
  "pulumi:pulumi:Stack",
  "pulumi:providers:aws",
  "pulumi:providers:alicloud",
  "alicloud:oss/bucket:Bucket",
  "aws:s3/bucketV2:BucketV2",
  "aws:iam/role:Role",
  "azure-native:storage:StorageAccount",
  "azure-native:authorization:RoleAssignment",
  "azuread:index/application:Application",
  "gcp:projects/iAMMember:IAMMember",
  "s3mod:tf:aws_s3_bucket",
  "example:index:Thing",
  ...registry.readers.keys(),
  ...registry.typesWithOwnAnalysis.keys(),
  ...registry.collected,
  ...registry.exclusive,
];

describe("TypeRoles", () => {
  it("says for each type what the registry, the catalog and the determination say of it", () => {
    const roles = new TypeRoles(registry, det);
    for (const type of types) {
      expect(roles.of(type)).toEqual({
        outside: type.startsWith("pulumi:") || isProviderType(type),
        azureNative: packageOfType(type) === "azure-native",
        covered: det.providers.has(packageOfType(type)),
        exclusive: registry.exclusive.has(type),
        collected: registry.collected.has(type),
        controlPlane: isControlPlane(type),
        analysed: registry.typesWithOwnAnalysis.has(type),
        analysedKeys: registry.typesWithOwnAnalysis.get(type),
        reader: registry.readers.get(type),
      });
    }
    expect(roles.of("alicloud:oss/bucket:Bucket").covered).toBe(true);
    expect(roles.of("aws:s3/bucketV2:BucketV2").covered).toBe(false);
    expect(roles.of("aws:iam/role:Role").controlPlane).toBe(true);
    expect(outsideFlows("pulumi:providers:aws")).toBe(true);
  });

  it("answers the same, in any order of asking, and follows its determination", () => {
    const a = new TypeRoles(registry, det);
    const b = new TypeRoles(registry, det);
    const forward = types.map((t) => a.of(t));
    const backward = [...types].reverse().map((t) => b.of(t));
    expect(forward).toEqual(backward.reverse());
    // the same type twice in a row, or again later: the same answer
    for (const t of types) expect(a.of(t)).toBe(a.of(t));
    const other = compileSettings({ determination: { id: "acme", providers: ["tencentcloud"] } }).determination;
    expect(other.providers.has("alicloud")).toBe(false);
    expect(new TypeRoles(registry, other).of("alicloud:oss/bucket:Bucket").covered).toBe(false);
    expect(new TypeRoles(registry, other).of("tencentcloud:cos/bucket:Bucket").covered).toBe(true);
  });
});
