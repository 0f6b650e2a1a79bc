import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { printCatalogSchema } from "./schema";

/** `npm run schema` writes schema.graphql; `--check` fails if the committed file differs from the code. */
async function run(): Promise<number> {
  const file = resolve(process.cwd(), "schema.graphql");
  const emitted = await printCatalogSchema();
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(file, "utf8");
    } catch {
      /* missing file: differs */
    }
    if (committed !== emitted) {
      process.stderr.write("schema.graphql is out of date: run `npm run schema` and commit the diff.\n");
      return 1;
    }
    process.stdout.write("schema.graphql matches the code.\n");
    return 0;
  }
  writeFileSync(file, emitted);
  process.stdout.write(`wrote ${file}\n`);
  return 0;
}

void run().then((code) => process.exit(code));
