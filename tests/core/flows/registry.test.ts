import * as fs from "fs";
import * as path from "path";
import { flowModules, registry, typesWithOwnAnalysis } from "../../../policypack/core/flows/index";
import { FlowAnalysis } from "../../../policypack/core/flows/analysis";
import { buildRegistry } from "../../../policypack/core/flows/registry";
import type { FlowModule } from "../../../policypack/core/flows/types";
import type { ResourceView } from "../../../policypack/core/types";
import { compileSettings } from "../../../policypack/determination/compile";
import { createMemo } from "../../../policypack/core/memo";
import { typesOf } from "../../support/flow-views";

const folder = path.join(__dirname, "..", "..", "..", "policypack", "core", "flows");

function isModule(v: unknown): v is FlowModule {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as FlowModule).name === "string" &&
    ("entries" in v || "postPasses" in v || "identifiers" in v)
  );
}

describe("the flow registry", () => {
  it("lists every mechanism module of the folder, once", () => {
    const exported: FlowModule[] = [];
    for (const f of fs.readdirSync(folder).filter((f) => f.endsWith(".ts"))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      for (const v of Object.values(require(path.join(folder, f)) as Record<string, unknown>)) if (isModule(v)) exported.push(v);
    }
    expect(new Set(exported).size).toBeGreaterThan(10);
    for (const m of exported) expect(flowModules).toContain(m);
    expect(new Set(flowModules.map((m) => m.name)).size).toBe(flowModules.length);
  });

  it("has a test beside each module", () => {
    for (const m of flowModules) expect(fs.existsSync(path.join(__dirname, `${m.name}.test.ts`))).toBe(true);
  });

  it("derives typesWithOwnAnalysis from the entries and post-passes", () => {
    const expected = new Map<string, readonly string[] | undefined>();
    for (const m of flowModules) for (const e of m.entries ?? []) for (const t of e.types) expected.set(t, e.onlyWith);
    for (const m of flowModules)
      for (const p of m.postPasses ?? []) for (const t of [...p.collects, ...(p.exclusive ?? [])]) expected.set(t, undefined);
    expect(new Map(typesWithOwnAnalysis)).toEqual(expected);
    expect([...typesWithOwnAnalysis.keys()].sort()).toEqual([...new Set(flowModules.flatMap(typesOf))].sort());
  });

  it("gives each type one reader, and none to a type a post-pass reads alone", () => {
    for (const [type, entry] of registry.readers) expect(entry.types).toContain(type);
    for (const t of registry.exclusive) expect(registry.readers.has(t)).toBe(false);
  });

  it("refuses two readers for a type, naming it", () => {
    const read = () => ({ edges: [], handled: [] });
    const a: FlowModule = { name: "a", entries: [{ mechanism: "A", types: ["x:y:Z"], citation: "https://example.com/a", read }] };
    const b: FlowModule = { name: "b", entries: [{ mechanism: "B", types: ["x:y:Z"], citation: "https://example.com/b", read }] };
    expect(() => buildRegistry([a, b])).toThrow(/x:y:Z/);
    const post: FlowModule = {
      name: "p",
      postPasses: [{ mechanism: "P", citation: "https://example.com/p", collects: ["x:y:Z"], exclusive: ["x:y:Z"], run: () => undefined }],
    };
    expect(() => buildRegistry([a, post])).toThrow(/x:y:Z/);
    const ids: FlowModule = {
      name: "i",
      identifiers: [
        { kind: "s3", type: "x:y:Z", key: "a" },
        { kind: "s3", type: "x:y:Z", key: "b" },
      ],
    };
    expect(() => buildRegistry([ids])).toThrow(/x:y:Z/);
  });

  it("a registry built from other modules drives the analysis: a post-pass sees what it collects, in stack order", () => {
    const seen: string[] = [];
    const m: FlowModule = {
      name: "probe",
      postPasses: [
        {
          mechanism: "P",
          citation: "https://example.com/p",
          collects: ["x:y:A"],
          exclusive: ["x:y:B"],
          run: (got) => seen.push(...got("x:y:A").map((r) => r.name), ...got("x:y:B").map((r) => r.name)),
        },
      ],
    };
    const r = buildRegistry([m]);
    expect([...r.typesWithOwnAnalysis.keys()].sort()).toEqual(["x:y:A", "x:y:B"]);
    expect(r.collected.has("x:y:A") && r.exclusive.has("x:y:B")).toBe(true);
    const views: ResourceView[] = ["A", "B", "A"].map((t, i) => ({
      type: `x:y:${t}`,
      name: `${t}${i}`,
      urn: `urn:pulumi:s::p::x:y:${t}::${t}${i}`,
      inputs: {},
    }));
    const analysis = new FlowAnalysis(r, compileSettings({}), "2026-11-28", undefined, false, createMemo());
    for (const v of views) analysis.add(v);
    expect(analysis.finish()).toEqual([]);
    expect(seen).toEqual(["A0", "A2", "B1"]);
  });

  it("keeps every file of the folder under 500 lines", () => {
    for (const f of fs.readdirSync(folder))
      expect([f, fs.readFileSync(path.join(folder, f), "utf8").split("\n").length < 500]).toEqual([f, true]);
  });
});
