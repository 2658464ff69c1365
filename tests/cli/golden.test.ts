/**
 * Golden files for every format, from the examples and the fixture config at
 * a pinned clock. Regenerate with `UPDATE_GOLDEN=1 npx jest tests/cli/golden`
 * and review the diff.
 */
import * as fs from "fs";
import * as path from "path";
import { packageVersion } from "../../policypack/cli/main";
import { examples, normaliseVersion, now, run } from "./helpers";

const dir = path.join(__dirname, "__golden__");
const update = process.env["UPDATE_GOLDEN"] === "1";
const args = ["scan", examples, "--config", "tests/cli/fixtures/config.json", "--now", now];

const cases: { file: string; argv: string[]; tty?: boolean }[] = [
  { file: "scan.txt", argv: [...args] },
  { file: "scan.tty.txt", argv: [...args], tty: true },
  { file: "scan.md", argv: [...args, "--format", "markdown"] },
  { file: "scan.json", argv: [...args, "--format", "json"] },
  { file: "scan.sarif", argv: [...args, "--format", "sarif"] },
  { file: "scan.html", argv: [...args, "--format", "html"] },
  {
    file: "clean.md",
    argv: [
      "scan",
      path.join(examples, "mixed-clouds.preview.json"),
      "--config",
      "tests/cli/fixtures/config.json",
      "--now",
      now,
      "--format",
      "markdown",
      "--fail-on",
      "none",
    ],
  },
];

describe("golden reports", () => {
  it.each(cases)("$file", async ({ file, argv, tty }) => {
    const r = await run(argv, tty ? { stdoutTTY: true, env: {} } : {});
    expect(r.stderr).toBe("");
    const actual = normaliseVersion(r.stdout, packageVersion());
    const target = path.join(dir, file);
    if (update || !fs.existsSync(target)) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(target, actual);
      if (!update) throw new Error(`golden ${file} was missing and has been written; review it and run again`);
    }
    expect(actual).toBe(fs.readFileSync(target, "utf8"));
  });
});
