/** The second held-out corpus (held-out-2)'s truths: the shared shorthand of ../figure-kit.ts, and this folder. */
import { article, type Article } from "../../truth-builder";

export { fig, say, type FigureSpec, type SaySpec } from "../figure-kit";
export const CORPUS_HELD_OUT_2_DIR = __dirname;
export const heldOut2Article = (slug: string): Article => article(slug, CORPUS_HELD_OUT_2_DIR);
