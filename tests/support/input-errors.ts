/** The reason of the InputError that `f` throws (fails the test when it throws nothing, or something else). */
import { InputError } from "../../policypack/state/errors";

export function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.reason;
    throw e;
  }
  throw new Error("expected an InputError");
}
