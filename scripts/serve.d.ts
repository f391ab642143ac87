import type { Server } from "http";

export interface Served {
  server: Server;
  port: number;
  url: string;
  /** Bilingual notice when the wanted port was taken; empty otherwise. */
  notice: string;
}

/** Serves a folder on http://localhost; port 0 picks any free port. */
export function serve(root: string, wantedPort: number): Promise<Served>;
