/** The third held-out corpus (held-out-3)'s truths: the shared shorthand of ../figure-kit.ts, and this folder. */
import { article, type Article } from "../../truth-builder";

export { fig, say, type FigureSpec, type SaySpec } from "../figure-kit";
export const CORPUS_HELD_OUT_3_DIR = __dirname;
export const heldOut3Article = (slug: string): Article => article(slug, CORPUS_HELD_OUT_3_DIR);
