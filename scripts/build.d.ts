/** The webpack MultiStats parts the GPL guard reads. */
export interface CompilationStats {
  stats: Array<{ compilation: { name?: string; modules: Iterable<{ resource?: string }> } }>;
}

export function build(options?: { mode?: "production" | "development"; targets?: string[]; tsc?: boolean }): Promise<{
  sizes: Array<{ build: string; file: string; bytes: number; gzip: number }>;
  tscMs: number;
  webpackMs: number;
}>;

/** Throws when a module of the add-in compilation comes from the hyperformula package. */
export function assertNoGplInAddin(stats: CompilationStats): void;
