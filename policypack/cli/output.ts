/**
 * `--output FILE`: written atomically. The report goes to a temporary file in
 * the same directory, is flushed, then renamed over FILE, so a reader sees the
 * old file or the whole new one, and a failure leaves nothing behind.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { ReportText } from "../report";
import { describeSystemError } from "../state/errors";

/** What writing an output says for each error code it names. */
const writeProblems: Readonly<Record<string, string>> = {
  ENOENT: "cannot write: no such directory",
  EACCES: "cannot write: permission denied",
  EPERM: "cannot write: permission denied",
  EROFS: "cannot write: permission denied",
  EISDIR: "cannot write: is a directory",
  ENOSPC: "cannot write: no space left on device",
  ENOTDIR: "cannot write: a path component is not a directory",
};

export function describeWriteError(e: unknown): string {
  return describeSystemError(e, writeProblems, "write");
}

/**
 * Why `file` cannot be written, checked before any work so that a run that
 * would fail to write writes nothing at all; undefined when it looks writable
 * (the write itself may still fail, and is then reported the same way).
 */
export function writeProblem(file: string): string | undefined {
  try {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return "cannot write: is a directory";
    const dir = fs.statSync(path.dirname(file));
    if (!dir.isDirectory()) return describeWriteError({ code: "ENOTDIR" });
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return undefined;
  } catch (e) {
    return describeWriteError(e);
  }
}

/** Writes a report's text with `write`: a string at once, a report made while it is written batch by batch. */
export function writeText(data: ReportText, write: (text: string) => void): void {
  if (typeof data === "string") write(data);
  else data(write);
}

export function writeFileAtomic(file: string, data: ReportText): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    fd = fs.openSync(tmp, "wx", 0o644);
    const handle = fd;
    writeText(data, (text) => fs.writeFileSync(handle, text, "utf8"));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw e;
  }
}
