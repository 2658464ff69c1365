/**
 * Sovereign-cloud environments set on a provider: they place everything the
 * provider creates, whatever region name is used. Keyed by provider family
 * (every package of the family takes the same environment names), plus the
 * packages outside a region family that take the same setting (`azuread`:
 * a directory in Azure operated by 21Vianet is in China). Each entry lists
 * every spelling the providers and SDKs accept, lower-case; the flat list the
 * resolver reads (`environmentSignals`) is derived from it.
 */
import { families } from "./families";
import type { Source } from "./types";

export interface EnvironmentSignal {
  /** Provider package. */
  readonly package: string;
  /** Provider property holding the environment. */
  readonly key: string;
  /** Lower-case value that selects the sovereign cloud. */
  readonly value: string;
  readonly jurisdiction: string;
  readonly source: Source;
}

export interface EnvironmentEntry {
  /** Region family whose packages take this setting. */
  readonly family: string;
  /** Packages outside the family that take the same setting. */
  readonly alsoPackages: readonly string[];
  /** Provider properties holding the environment. */
  readonly keys: readonly string[];
  /** The cloud these names select. */
  readonly cloud: string;
  /** Every accepted spelling, lower-case. */
  readonly values: readonly string[];
  /**
   * Where the cloud's data lies; `undefined` for the global public cloud,
   * recognised but placing nothing (the region decides).
   */
  readonly jurisdiction: string | undefined;
  readonly note: string;
  readonly source: Source;
}

const checked = "2026-12-06";
const azureNative: Source = {
  title: "Pulumi Azure Native provider configuration: environment (public, usgovernment, china)",
  url: "https://www.pulumi.com/registry/packages/azure-native/installation-configuration/",
  checked,
};
const azureClassic: Source = {
  title: "Pulumi Azure Classic / azurerm provider: environment (public, usgovernment, china; german removed in 3.x)",
  url: "https://www.pulumi.com/registry/packages/azure/installation-configuration/",
  checked,
};
const azureCli: Source = {
  title: "Azure CLI: az cloud list (AzureCloud, AzureChinaCloud, AzureUSGovernment, AzureGermanCloud)",
  url: "https://learn.microsoft.com/en-us/cli/azure/manage-clouds-azure-cli",
  checked,
};
const azureChina: Source = {
  title: "Azure operated by 21Vianet (Azure in China): a physically separated instance of Azure in mainland China",
  url: "https://learn.microsoft.com/en-us/azure/china/overview-operations",
  checked,
};

const azurePackages = ["azuread"];
const azureKeys = ["environment"];

export const environmentEntries: readonly EnvironmentEntry[] = [
  {
    family: "azure",
    alsoPackages: azurePackages,
    keys: azureKeys,
    cloud: "Azure operated by 21Vianet (China)",
    values: ["china", "azurechinacloud", "azurechina", "chinacloud"],
    jurisdiction: "CN",
    note: "Providers take 'china'; Azure SDKs and the CLI name the cloud 'AzureChinaCloud'. Its data centres are in mainland China.",
    source: azureChina,
  },
  {
    family: "azure",
    alsoPackages: azurePackages,
    keys: azureKeys,
    cloud: "Azure Government (United States)",
    values: ["usgovernment", "azureusgovernment", "azureusgovernmentcloud", "usgov"],
    jurisdiction: "US",
    note: "Providers take 'usgovernment'; the CLI names it 'AzureUSGovernment', Go SDKs 'AzureUSGovernmentCloud'.",
    source: azureCli,
  },
  {
    family: "azure",
    alsoPackages: azurePackages,
    keys: azureKeys,
    cloud: "Microsoft Cloud Deutschland (Germany, closed 2021)",
    values: ["german", "germany", "azuregermancloud"],
    jurisdiction: "DE",
    note: "Older providers took 'german' (azurerm 2.x); the CLI names it 'AzureGermanCloud'. The cloud was closed in 2021.",
    source: azureClassic,
  },
  {
    family: "azure",
    alsoPackages: azurePackages,
    keys: azureKeys,
    cloud: "Azure global (public) cloud",
    values: ["public", "azurecloud", "azurepubliccloud", "global"],
    jurisdiction: undefined,
    note: "The default: the region of each resource decides where it is.",
    source: azureNative,
  },
];

/** The packages an entry covers: its family's, and those it names besides. */
function packagesOf(e: EnvironmentEntry): string[] {
  const family = families.find((f) => f.id === e.family);
  if (!family) throw new Error(`environments: no region family '${e.family}'`);
  return [...new Set([...family.packages, ...e.alsoPackages])];
}

/** One signal per (package, key, value) of every sovereign entry. */
export const environmentSignals: readonly EnvironmentSignal[] = environmentEntries.flatMap((e) =>
  e.jurisdiction === undefined
    ? []
    : packagesOf(e).flatMap((pkg) =>
        e.keys.flatMap((key) => e.values.map((value) => ({ package: pkg, key, value, jurisdiction: e.jurisdiction!, source: e.source }))),
      ),
);
