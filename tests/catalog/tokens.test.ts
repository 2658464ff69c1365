import fc from "fast-check";
import * as catalog from "../../policypack/catalog";
import * as hosts from "../../policypack/catalog/hosts";
import * as tokens from "../../policypack/catalog/tokens";
import { isDefaultProvider } from "../../policypack/catalog/tokens";

describe("catalog/index re-exports the token and host lookups", () => {
  it("under the same names, the very same functions", () => {
    for (const [k, v] of Object.entries(tokens)) expect((catalog as Record<string, unknown>)[k]).toBe(v);
    for (const [k, v] of Object.entries(hosts)) expect((catalog as Record<string, unknown>)[k]).toBe(v);
  });
});

describe("isDefaultProvider: the engine's rule (provider type, name starting with 'default')", () => {
  it("accepts the names the engine gives default providers", () => {
    for (const name of ["default", "default_6_0_0", "default_4_18_0_http_/example.com", "defaultX"])
      expect(isDefaultProvider("pulumi:providers:aws", name)).toBe(true);
  });

  it("rejects explicit providers and resources that are not providers", () => {
    expect(isDefaultProvider("pulumi:providers:aws", "prod-east")).toBe(false);
    expect(isDefaultProvider("pulumi:providers:aws", "my-default")).toBe(false);
    expect(isDefaultProvider("pulumi:providers:aws", "Default")).toBe(false);
    expect(isDefaultProvider("aws:s3/bucket:Bucket", "default")).toBe(false);
    expect(isDefaultProvider("pulumi:providers:", "default")).toBe(false);
  });

  it("is a provider type and a 'default' prefix, for any strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (type, name) => {
        expect(isDefaultProvider(type, name)).toBe(catalog.isProviderType(type) && name.startsWith("default"));
      }),
    );
  });
});
