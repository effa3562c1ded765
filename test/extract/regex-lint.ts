/** Every regular-expression literal in src/extract, with its file and line: what the super-linear check reads. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  where: string;
  regex: RegExp;
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });

export function regexLiterals(dir: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of files(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const stack: ts.Node[] = [source];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf("/");
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ where: `${relative(dir, file)}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      stack.push(...node.getChildren());
    }
  }
  return out;
}
