/**
 * Small realistic stacks for the per-mechanism flow tests: views as the
 * adapter builds them, providers in U.S. and restricted places, and a check
 * that a mechanism module's test covers every type the module reads.
 */
import { findFlows } from "../../policypack/core/flows";
import type { FlowModule } from "../../policypack/core/flows/types";
import type { Finding, ProviderView, ResourceView } from "../../policypack/core/types";
import { compileSettings } from "../../policypack/determination/compile";
import type { SettingsInput } from "../../policypack/determination/types";

export const clock = (): Date => new Date("2026-11-28T12:00:00Z");
export const acct = "123456789012";
export const usPerson = { "data-classification": "us-person" };

export function provider(pkg: string, name: string, inputs: Record<string, unknown>): ProviderView {
  return { type: `pulumi:providers:${pkg}`, urn: `urn:pulumi:prod::app::pulumi:providers:${pkg}::${name}`, name, inputs };
}
export const awsUs = provider("aws", "use1", { region: "us-east-1" });
export const awsHk = provider("aws", "hk", { region: "ap-east-1" });
export const azureUs = provider("azure-native", "east", { location: "eastus" });
export const azureClassicUs = provider("azure", "east", { location: "eastus" });
export const gcpUs = provider("gcp", "us", { project: "p", region: "us-central1" });

export interface Extra {
  readonly provider?: ProviderView;
  readonly deps?: readonly string[];
  readonly propDeps?: Readonly<Record<string, readonly string[]>>;
  readonly id?: string;
}

function defaultProvider(type: string): ProviderView | undefined {
  if (type.startsWith("aws:")) return awsUs;
  if (type.startsWith("azure-native:")) return azureUs;
  if (type.startsWith("azure:")) return azureClassicUs;
  if (type.startsWith("gcp:")) return gcpUs;
  return undefined;
}

/** A view, with the optional fields stack policies and state exports carry. */
export function res(type: string, name: string, inputs: Record<string, unknown>, extra: Extra = {}): ResourceView {
  return {
    type,
    name,
    urn: `urn:pulumi:prod::app::${type}::${name}`,
    inputs,
    provider: extra.provider ?? defaultProvider(type),
    ...(extra.deps ? { dependencies: extra.deps } : {}),
    ...(extra.propDeps ? { propertyDependencies: extra.propDeps } : {}),
    ...(extra.id ? { id: extra.id } : {}),
  };
}

export const flows = (stack: readonly ResourceView[], s: SettingsInput = {}): Finding[] => findFlows(stack, compileSettings(s), clock);

/** The findings of one mechanism: source name, destination name (in the stack) or region, blocking. */
export function of(mechanism: string, fs: readonly Finding[]): { source: string; dest?: string; region?: string; blocking: boolean }[] {
  return fs
    .filter((f) => f.destination?.via.startsWith(`${mechanism}: `))
    .map((f) => ({
      source: f.name,
      ...(f.destination?.urn ? { dest: f.destination.urn.split("::").pop()! } : {}),
      ...(f.destination?.region ? { region: f.destination.region } : {}),
      blocking: f.blocking,
    }));
}

/** Every type a module reads (by reader or post-pass). */
export function typesOf(m: FlowModule): string[] {
  return [
    ...new Set([
      ...(m.entries ?? []).flatMap((e) => e.types),
      ...(m.postPasses ?? []).flatMap((p) => [...p.collects, ...(p.exclusive ?? [])]),
    ]),
  ].sort();
}

/**
 * Runs `cases` (by type) as tests, after checking they name every type the
 * module reads: a type added to the module without a case fails here.
 */
export function describeModule(m: FlowModule, cases: Readonly<Record<string, () => void>>): void {
  describe(`flow module ${m.name}`, () => {
    it("has a case for every type it reads, and none for others", () => {
      expect(Object.keys(cases).sort()).toEqual(typesOf(m));
    });
    it("cites documentation for every entry", () => {
      for (const e of [...(m.entries ?? []), ...(m.postPasses ?? [])]) expect(e.citation).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    });
    for (const [type, run] of Object.entries(cases)) it(type, run);
  });
}
