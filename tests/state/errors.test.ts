import fc from "fast-check";
import { ConfigFileError } from "../../policypack/cli/config";
import { BaselineError } from "../../policypack/report/baseline";
import { FileError, InputError } from "../../policypack/state/errors";

describe("FileError: one line naming the file, one class per kind of file", () => {
  it.each([
    ["ConfigFileError", ConfigFileError],
    ["BaselineError", BaselineError],
  ] as const)("%s keeps its own name and reads `<file>: <detail>`", (name, Kind) => {
    const e = new Kind("cfg.json", "not an object");
    expect(e).toBeInstanceOf(FileError);
    expect(e).toBeInstanceOf(Kind);
    expect(e.name).toBe(name);
    expect(e.message).toBe("cfg.json: not an object");
    expect(e.file).toBe("cfg.json");
    expect(e.detail).toBe("not an object");
    expect(String(e)).toBe(`${name}: cfg.json: not an object`);
  });

  it("tells the kinds apart (a baseline error is not a configuration error)", () => {
    expect(new BaselineError("a", "b")).not.toBeInstanceOf(ConfigFileError);
    expect(new ConfigFileError("a", "b")).not.toBeInstanceOf(BaselineError);
    expect(new InputError("a", "b")).not.toBeInstanceOf(FileError);
  });

  it("message is the file and the detail as given, for any strings", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (file, detail) => {
        const e = new ConfigFileError(file, detail);
        expect(e.message).toBe(`${file}: ${detail}`);
        expect([e.file, e.detail]).toEqual([file, detail]);
      }),
    );
  });
});
