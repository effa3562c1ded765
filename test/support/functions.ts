import { report } from "../../src/dataset/report";
import { createFunctions } from "../../src/functions/functions";
import { Library } from "../../src/query";

/** A library of the bundled report alone, built anew for each caller: no test sees another's reports. */
export const bundledLibrary = () => new Library([{ report, origin: "bundled" }]);

/** The REPORT functions on a library of the bundled report alone (or on `library`), by id. */
export const bundledFunctions = (library: Library = bundledLibrary()) => createFunctions(library);

type AnyFunction = (...args: unknown[]) => unknown;

/** The functions as a table by id, for a test that calls each in turn. */
export const functionsById = (library?: Library): ReadonlyMap<string, AnyFunction> =>
  new Map(Object.entries(bundledFunctions(library)) as Array<[string, AnyFunction]>);
