/**
 * JSON Schema (draft-07 keywords that the Pulumi CLI's validator and Pulumi
 * Cloud's config form understand) for every configuration key of the pack.
 *
 * One definition serves three readers: the engine (each policy's
 * `configSchema`, validated before the program runs), the pack itself at first
 * use (`validate.ts` interprets these same objects), and the tests (ajv).
 */
import { iso3166Alpha2 } from "../catalog/iso3166";
import { findingPolicyNames, type PolicyName } from "../core/policy-table";
import { hasOwn } from "../core/props";
import { presetIds } from "./presets";

/** The subset of JSON Schema this project writes (and `validate.ts` evaluates). */
export interface Schema {
  readonly type?: "object" | "array" | "string" | "integer" | "number" | "boolean";
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly enum?: readonly (string | number | boolean)[];
  readonly pattern?: string;
  readonly format?: "date";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly propertyNames?: Schema;
  readonly maxProperties?: number;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly oneOf?: readonly Schema[];
  /** Draft-07 `not`; this project uses it only as `not: { enum }` (with a `description` giving the reason). */
  readonly not?: Schema;
}

export { policyNames, type PolicyName } from "../core/policy-table";

const slug = "^[a-z0-9][a-z0-9._-]{0,63}$";
const packageName = "^[a-z][a-z0-9-]{0,63}$";
const isoDate: Schema = {
  type: "string",
  format: "date",
  pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
  description: "ISO 8601 calendar date (YYYY-MM-DD), interpreted in UTC.",
};
const jurisdictionCode: Schema = {
  type: "string",
  enum: iso3166Alpha2,
  description: "ISO 3166-1 alpha-2 code, upper case (CN, HK, MO, RU …).",
};
const text = (description: string, maxLength = 500): Schema => ({ type: "string", minLength: 1, maxLength, description });

export const determinationObjectSchema: Schema = {
  type: "object",
  title: "Custom determination",
  description:
    "Your organisation's own determination, optionally extending a preset. Lists you give replace the preset's; `regions` add to or override catalog entries.",
  additionalProperties: false,
  required: ["id"],
  properties: {
    id: {
      type: "string",
      pattern: slug,
      not: {
        enum: presetIds,
        description: "is a preset's id; a custom determination needs its own id (use `extends` to start from the preset)",
      },
      description: "Short slug naming the determination, e.g. acme-2027, not a preset's id. Shown in every message.",
    },
    title: text("Human title.", 200),
    authority: text("Who made the determination (e.g. your CISO, a regulator).", 200),
    citation: text("Legal or internal citation shown in every message, e.g. 28 CFR Part 202.", 300),
    url: { type: "string", pattern: "^https?://[^\\s]+$", maxLength: 2000, description: "Link to the determination text." },
    extends: { type: "string", enum: presetIds, description: "Preset to start from." },
    effective: { ...isoDate, description: "Date (UTC) from which the rules block; before it, findings go to upcoming-restriction." },
    jurisdictions: {
      type: "array",
      items: jurisdictionCode,
      uniqueItems: true,
      maxItems: 249,
      description: "Restricted jurisdictions (ISO 3166-1 alpha-2). Replaces the preset's list.",
    },
    providers: {
      type: "array",
      maxItems: 200,
      description: "Restricted provider packages (Pulumi package names such as alicloud). Replaces the preset's list.",
      items: {
        oneOf: [
          { type: "string", pattern: packageName, description: "Pulumi package name." },
          {
            type: "object",
            additionalProperties: false,
            required: ["package"],
            properties: {
              package: { type: "string", pattern: packageName, description: "Pulumi package name." },
              reason: text("Why the provider is restricted."),
              effective: { ...isoDate, description: "Date (UTC) from which this provider is blocked." },
            },
          },
        ],
      },
    },
    regions: {
      type: "array",
      maxItems: 2000,
      description: "Extra or overriding region catalog entries.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["provider", "region", "jurisdiction"],
        properties: {
          provider: { type: "string", pattern: packageName, description: "Pulumi package name." },
          region: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:-]*$",
            description: "Region code as the provider spells it.",
          },
          jurisdiction: jurisdictionCode,
          name: text("Human name of the region.", 200),
        },
      },
    },
  },
};

export const determinationSchema: Schema = {
  title: "Determination",
  description: `A preset id (${presetIds.join(", ")}) or your own determination object.`,
  default: "us-dsp-2025",
  oneOf: [{ type: "string", enum: presetIds, title: "Preset", description: "A bundled, cited preset." }, determinationObjectSchema],
};

export const scopeSchema: Schema = {
  type: "object",
  title: "Scope",
  description: "Which resources carry U.S.-person data. `all` (default, fail safe) or `tagged`.",
  additionalProperties: false,
  default: { mode: "all" },
  properties: {
    mode: {
      type: "string",
      enum: ["all", "tagged"],
      default: "all",
      description: "`all`: every resource. `tagged`: only resources tagged with one of tagKeys (and tagValues).",
    },
    tagKeys: {
      type: "array",
      minItems: 1,
      maxItems: 50,
      items: { type: "string", minLength: 1, maxLength: 128 },
      default: ["data-classification"],
      description: "Tag/label keys that mark U.S.-person data (case-insensitive).",
    },
    tagValues: {
      type: "array",
      maxItems: 50,
      items: { type: "string", minLength: 1, maxLength: 256 },
      default: ["us-person"],
      description: "Tag values that mark U.S.-person data (case-insensitive). Empty: any value of a tagKey.",
    },
  },
};

/**
 * A necessary condition of `urnPatternProblem` (core/glob.ts) that a schema
 * can state (RE2-compatible, for the engine's validator): three `::`
 * separators with a literal that is not a wildcard or separator in the type or
 * name part. The pack checks the full rule at first use.
 */
const globPattern: Schema = {
  type: "string",
  minLength: 1,
  maxLength: 1024,
  pattern: "^.*::.*::(.*[^*?:$/].*::.*|.*::.*[^*?:$/].*)$",
  description:
    "Glob on the resource URN (urn:pulumi:<stack>::<project>::<type>::<name>): `*` any run of characters, `?` one character, neither matching `::` or `$`; must match the whole URN and fix the resource type or name.",
};

export const maxExemptionDaysSchema: Schema = {
  type: "integer",
  minimum: 1,
  maximum: 3660,
  default: 365,
  description: "An exemption may not expire more than this many days after today (UTC).",
};

export const exemptionsSchema: Schema = {
  type: "array",
  title: "Exemptions",
  description: "Time-boxed, approved exceptions. An expired exemption is not honoured.",
  maxItems: 1000,
  default: [],
  items: {
    type: "object",
    additionalProperties: false,
    required: ["id", "resources", "reason", "expires"],
    properties: {
      id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", description: "Unique id, e.g. EXC-42." },
      resources: { type: "array", minItems: 1, maxItems: 500, items: globPattern, description: "URN globs this exemption covers." },
      reason: text("Why the exemption is justified."),
      approvedBy: text("Who approved it.", 200),
      ticket: text("Tracking ticket.", 200),
      expires: { ...isoDate, description: "Last day (UTC) the exemption is honoured." },
      policies: {
        type: "array",
        minItems: 1,
        uniqueItems: true,
        items: { type: "string", enum: findingPolicyNames },
        description: "Policies the exemption applies to (default: all of them).",
      },
    },
  },
};

export const allowedRegionsSchema: Schema = {
  type: "object",
  title: "Allowed regions",
  description:
    'Strict residency: per provider package, globs of allowed regions, e.g. {"aws": ["us-*"]}. A region outside the list is a violation.',
  propertyNames: { type: "string", pattern: packageName },
  maxProperties: 50,
  additionalProperties: {
    type: "array",
    minItems: 1,
    maxItems: 200,
    items: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9*?][A-Za-z0-9 *?._:-]*$" },
  },
};

export const unknownRegionSchema: Schema = {
  type: "string",
  enum: ["defer", "violation"],
  default: "defer",
  title: "Unknown region",
  description:
    "A region (or, with tagged scope, a resource's tags) that cannot be known during preview: `defer` reports it as advisory at preview and enforces at update; `violation` fails closed.",
};

export const expiryWarningDaysSchema: Schema = {
  type: "integer",
  enum: [7, 14, 30, 60, 90],
  default: 30,
  description: "Warn about exemptions expiring within this many days.",
};

const shared = {
  determination: determinationSchema,
  scope: scopeSchema,
  exemptions: exemptionsSchema,
  maxExemptionDays: maxExemptionDaysSchema,
};
const residency = { allowedRegions: allowedRegionsSchema, unknownRegion: unknownRegionSchema };

/** The config schema of each policy (properties only: the engine wraps them in an object). */
export const policyConfigProperties: Readonly<Record<PolicyName, Readonly<Record<string, Schema>>>> = {
  "restricted-provider": { ...shared, unknownRegion: unknownRegionSchema },
  "restricted-region": { ...shared, ...residency },
  "restricted-data-flow": { ...shared, ...residency },
  "upcoming-restriction": { ...shared, ...residency },
  "exemption-review": { ...shared, expiryWarningDays: expiryWarningDaysSchema },
  "migration-inventory": { ...shared, ...residency },
};

/** The part of a shared settings object that `policy` declares (each policy gets only its own keys). */
export function settingsForPolicy(policy: PolicyName, settings: object): Record<string, unknown> {
  const declared = policyConfigProperties[policy];
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(settings)) if (hasOwn.call(declared, k)) own[k] = v;
  return own;
}

/** The whole object a policy receives (minus enforcementLevel), as the pack validates it at first use. */
export function policyConfigSchema(policy: PolicyName): Schema {
  return { type: "object", additionalProperties: false, properties: policyConfigProperties[policy] };
}

/** The shared settings object accepted by `createPack` and `scan --config` per policy. */
export const settingsSchema: Schema = {
  type: "object",
  additionalProperties: false,
  properties: { ...shared, ...residency, expiryWarningDays: expiryWarningDaysSchema },
};
