/**
 * Runs a command-line entry point and exits with its code. Explicitly: a dependency's exit
 * hook would otherwise turn a failing exit code into 0.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
