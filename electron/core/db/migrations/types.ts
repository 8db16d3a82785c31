export interface Migration {
  /** 1, 2, 3 …: numbered, append-only, one after another with no gaps. */
  version: number;
  name: string;
  /** Schema change as SQL; runs inside the runner's transaction. */
  sql: string;
}
