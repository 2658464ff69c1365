import fc from "fast-check";
import { ConfigFileError } from "../../policypack/cli/config";
import { BaselineError } from "../../policypack/report/baseline";
import { describeWriteError } from "../../policypack/cli/output";
import { describeSystemError, FileError, InputError } from "../../policypack/state/errors";

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

describe("describeSystemError: one phrase per error code, never the error's own message", () => {
  const phrases = { ENOENT: "no such file", EACCES: "permission denied" };

  it("gives the phrase of a listed code, else names the code, else says only what failed", () => {
    expect(describeSystemError(Object.assign(new Error("/secret/path"), { code: "ENOENT" }), phrases, "read")).toBe("no such file");
    expect(describeSystemError({ code: "EBUSY" }, phrases, "read")).toBe("cannot read (EBUSY)");
    expect(describeSystemError(new Error("/secret/path"), phrases, "write")).toBe("cannot write");
    expect(describeSystemError({ code: 42 }, phrases, "write")).toBe("cannot write");
    expect(describeSystemError(null, phrases, "read")).toBe("cannot read");
    expect(describeSystemError("ENOENT", phrases, "read")).toBe("cannot read");
  });

  it("reads only the table's own entries (not Object.prototype's)", () => {
    for (const code of ["toString", "constructor", "__proto__", "hasOwnProperty"])
      expect(describeSystemError({ code }, phrases, "read")).toBe(`cannot read (${code})`);
  });

  it("for any value: one line, a listed phrase or `cannot <verb>…`, never the error's message", () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string()), fc.string(), (value, code, message) => {
        const e = code === null ? value : Object.assign(new Error(`zz${message}`), { code });
        const out = describeSystemError(e, phrases, "read");
        const listed = Object.values(phrases).includes(out);
        expect(listed || out === "cannot read" || out.startsWith("cannot read (")).toBe(true);
        expect(out).not.toContain("\n");
        if (code !== null && !listed) expect(out).toBe(`cannot read (${code})`);
      }),
    );
  });

  it("writing: the write phrases, with the code when unlisted", () => {
    expect(describeWriteError({ code: "EROFS" })).toBe("cannot write: permission denied");
    expect(describeWriteError({ code: "ENOSPC" })).toBe("cannot write: no space left on device");
    expect(describeWriteError({ code: "EBUSY" })).toBe("cannot write (EBUSY)");
    expect(describeWriteError(undefined)).toBe("cannot write");
  });
});
