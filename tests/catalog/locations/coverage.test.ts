import * as fs from "fs";
import * as path from "path";
import { locationEntries } from "../../../policypack/catalog/locations";
import { renderCoverage } from "../../../scripts/coverage";

const file = path.join(__dirname, "..", "..", "..", "docs", "COVERAGE.md");

describe("docs/COVERAGE.md", () => {
  it("is the output of the generator (run `npm run docs:coverage` after changing the catalog)", () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toBe(renderCoverage());
  });

  it("lists every entry by mechanism, type and path", () => {
    const text = renderCoverage();
    for (const e of locationEntries) {
      expect(text).toContain(e.mechanism);
      expect(text).toContain(`\`${e.path}\``);
      for (const t of e.types) expect(text).toContain(`\`${t}\``);
    }
  });
});
