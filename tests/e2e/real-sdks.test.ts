/**
 * What the real SDKs send: `pulumi preview --policy-pack <repo>` of
 * examples/programs/real-sdks, which uses @pulumi/aws, @pulumi/kubernetes and
 * @pulumi/azure-native classes as users do. The providers are the passthrough
 * test provider installed under each package's plugin name and the version
 * the npm SDK asks for (scripts/pulumi-toolchain.sh TEST_PROVIDER_PACKAGES),
 * so the pack sees the inputs and provider config exactly as the SDKs encode
 * them (aws `endpoints` JSON-encoded into the provider config, the kubeconfig
 * a JSON document in a string).
 *
 * Some assertions need pack behaviour that SPEC.md requires but that is built
 * on other branches; they are marked "NEEDS:" below and fail until it is
 * merged. They are not weakened or skipped.
 */
import { parsePolicyLines, realSdksProgram, withLog, Workspace, type PolicyLine, type RunResult } from "./support/engine";
import { ensureSetup, SETUP_TIMEOUT_MS } from "./support/setup";

jest.setTimeout(300_000);

let w: Workspace;
let r: RunResult;
let lines: PolicyLine[];

beforeAll(async () => {
  ensureSetup();
  w = Workspace.forProgram("real-sdks", realSdksProgram);
  await w.initStack("dev");
  r = await w.preview("dev");
  lines = parsePolicyLines(r.output);
}, SETUP_TIMEOUT_MS);
afterAll(() => w?.remove());

/** Findings of `policy` on the resource named `name` (the CLI prints "(type: name)"). */
function on(policy: string, name: string): PolicyLine[] {
  return lines.filter((l) => l.policy === policy && l.subject.endsWith(`: ${name}`));
}

describe("real SDKs through the real CLI (default config)", () => {
  it("the program ran with the real SDKs: every resource is in the plan", () => {
    withLog(
      r,
      () => {
        // The engine got as far as the policy summary: the program ran to completion.
        expect(r.output).toMatch(/us-person-data-guard@v0\.1\.0 \(local: /);
        for (const name of [
          "aws-cn-endpoints",
          "cn-endpoint-bucket",
          "aws-hk",
          "hk-bucket",
          "aws-us",
          "us-bucket",
          "ack",
          "web",
          "grsus",
          "grssea",
        ]) {
          expect(r.output).toContain(name);
        }
      },
      "pulumi preview (real-sdks)",
    );
  });

  it("aws provider with region ap-east-1: restricted-region (HK) on the provider and the bucket through it; the preview fails", () => {
    withLog(
      r,
      () => {
        expect(r.code).not.toBe(0);
        for (const name of ["aws-hk", "hk-bucket"]) {
          const f = on("restricted-region", name);
          expect(f).toHaveLength(1);
          expect(f[0]?.level).toBe("mandatory");
          expect(f[0]?.message).toContain("ap-east-1");
          expect(f[0]?.message).toContain("HK");
        }
        expect(on("restricted-region", "hk-bucket")[0]?.subject).toMatch(/^aws:s3(\/bucket)?:Bucket: hk-bucket$/);
      },
      "pulumi preview (real-sdks)",
    );
  });

  it("aws provider and bucket in us-east-1: no finding", () => {
    withLog(
      r,
      () => {
        expect(lines.filter((l) => /: (aws-us|us-bucket)$/.test(l.subject) && l.level === "mandatory")).toEqual([]);
      },
      "pulumi preview (real-sdks)",
    );
  });

  // NEEDS: "Endpoints in strings" (SPEC.md): provider config the aws SDK
  // JSON-encodes (`endpoints`) searched for amazonaws.com.cn hosts, and the
  // provider's finding carried to the resources deployed through it.
  it("aws provider with endpoints in amazonaws.com.cn: restricted-region (CN) on the provider and its bucket", () => {
    withLog(
      r,
      () => {
        for (const name of ["aws-cn-endpoints", "cn-endpoint-bucket"]) {
          const f = on("restricted-region", name);
          expect(f).toHaveLength(1);
          expect(f[0]?.level).toBe("mandatory");
          expect(f[0]?.message).toContain("CN");
        }
      },
      "pulumi preview (real-sdks)",
    );
  });

  // NEEDS: "Endpoints in strings" (SPEC.md): a kubernetes provider whose
  // kubeconfig (a JSON document in a string) names an ACK API server
  // (*.cs.aliyuncs.com) is a restricted provider, and so is every resource
  // deployed through it.
  it("kubernetes provider at an ACK cluster: restricted-provider on the provider and the Deployment", () => {
    withLog(
      r,
      () => {
        for (const name of ["ack", "web"]) {
          const f = on("restricted-provider", name);
          expect(f).toHaveLength(1);
          expect(f[0]?.level).toBe("mandatory");
        }
        expect(on("restricted-provider", "web")[0]?.subject).toBe("kubernetes:apps/v1:Deployment: web");
      },
      "pulumi preview (real-sdks)",
    );
  });

  // NEEDS: "Where data lands" (SPEC.md), secondary locations: Azure GRS
  // replicates to the paired region, southeastasia -> eastasia (HK).
  it("azure-native Standard_GRS storage: southeastasia flagged for its pair eastasia (HK), eastus clean", () => {
    withLog(
      r,
      () => {
        const sea = on("restricted-region", "grssea");
        expect(sea).toHaveLength(1);
        expect(sea[0]?.level).toBe("mandatory");
        expect(sea[0]?.message).toContain("eastasia");
        expect(sea[0]?.message).toContain("HK");
        expect(lines.filter((l) => l.subject.endsWith(": grsus") && l.level === "mandatory")).toEqual([]);
      },
      "pulumi preview (real-sdks)",
    );
  });
});
