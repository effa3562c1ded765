/**
 * Zod builds each object schema's fast parser with `new Function` unless told not to, and probes for it when the
 * schema is created. The task pane's Content-Security-Policy forbids eval (and reports every attempt), so the pane's
 * on-demand chunks that carry zod import this first, before any schema module: no probe, no violation, same results.
 */
import { config } from "zod";

config({ jitless: true });
