// Where the database is. With DATABASE_URL a real PostgreSQL is used; without it the project's
// start script serves the embedded PGlite database on loopback at this default address.
export const EMBEDDED_DB_PORT = Number(process.env.PGLITE_PORT ?? 5433);
export const EMBEDDED_DB_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres?sslmode=disable`;

export function databaseUrl(): string {
  return process.env.DATABASE_URL || EMBEDDED_DB_URL;
}
