// `npm run data:generate -- --size county`: migrates DATABASE_URL and fills it with a generated
// county (see lib/reports/generate-data.ts). Sizes: small, county (30 municipalities, 5 years,
// 200,000 collaborations, 400,000 meetings), region, country; or set the figures yourself with
// --municipalities N --years N --collaborations N --meetings N.
import pg from "pg";
import { databaseUrl } from "../db/connection.ts";
import { migrate } from "../db/migrate.ts";
import { DATA_SIZES, generateData, type DataSize } from "../reports/generate-data.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
}

async function main() {
  const sizeName = arg("size") ?? "county";
  if (!(sizeName in DATA_SIZES)) throw new Error(`Unknown --size ${sizeName}; use one of ${Object.keys(DATA_SIZES).join(", ")}`);
  const size: DataSize = { ...DATA_SIZES[sizeName as keyof typeof DATA_SIZES] };
  for (const k of ["municipalities", "years", "collaborations", "meetings"] as const) {
    const v = arg(k);
    if (v !== undefined) size[k] = Number(v);
  }
  if (size.meetings < size.collaborations) throw new Error("--meetings must be at least --collaborations (every collaboration has its joint meeting)");
  const url = databaseUrl();
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    console.log(`Generating ${JSON.stringify(size)} …`);
    const r = await generateData(client, size, { log: (m) => console.log(`  ${m}`) });
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. County ${r.countyId}; county coordinator ${r.coordinatorEmail} (no password: set one to sign in).`);
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
