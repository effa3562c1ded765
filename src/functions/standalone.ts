/*
 * functions.js, the stand-alone functions script the manifest must name. Excel loads the task pane
 * page instead in a shared runtime (its head registers the functions: register.ts); this file
 * associates them directly, for a host that runs the functions without it.
 */
import "./functions";
import { implementations } from "./implementations";

if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of implementations) CustomFunctions.associate(id, fn);
}
