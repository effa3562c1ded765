import { firstLineOf } from "../model/error-message";

/** A CLI command's entry: its exit code, or for anything it did not expect one line on stderr and exit 1. */
export type CommandMain = (argv: string[]) => number | Promise<number>;

export function runCommand(name: string, main: CommandMain, argv: string[] = process.argv.slice(2)): void {
  // A reader that stops early (`| head`) closes the pipe: that ends the command quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  Promise.resolve()
    .then(() => main(argv))
    .then(
      (code) => (process.exitCode = code),
      (error: unknown) => {
        process.stderr.write(`${name}: ${firstLineOf(error)}\n`);
        process.exitCode = 1;
      },
    );
}
