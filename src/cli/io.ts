/** What a subcommand may touch besides the file system: its output streams. Tests pass buffers. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** A subcommand: parses its own arguments, returns the process exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
