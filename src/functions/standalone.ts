/*
 * functions.js, the stand-alone functions script the manifest must name. Excel loads the task pane
 * page instead in a shared runtime (its head registers the functions: register.ts); this file
 * associates them directly, for a host that runs the functions without it, on the bundled report.
 */
import { report } from "../dataset/report";
import { Library } from "../query";
import { createFunctions, implementationsOf } from "./functions";

if (typeof CustomFunctions !== "undefined") {
  const functions = createFunctions(new Library([{ report, origin: "bundled" }]));
  for (const [id, fn] of implementationsOf(functions)) CustomFunctions.associate(id, fn);
}
