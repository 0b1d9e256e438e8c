// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded default address).
import { databaseUrl } from "../lib/db/connection.ts";
import { migrate } from "../lib/db/migrate.ts";

migrate(databaseUrl())
  .then((r) => console.log(`Applied: ${r.applied.join(", ") || "none"}; already in place: ${r.skipped.length}`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
