import "reflect-metadata";
import { startCatalog, StartupError } from "./app";
import { ConfigError, describeDatabase, loadConfig } from "./config";
import { logger } from "./common/logger";

/** `npm start`: validate settings, open and migrate the database, serve; SIGTERM/SIGINT stop gracefully. */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const started = Date.now();
  let catalog;
  try {
    catalog = await startCatalog(config);
  } catch (error) {
    if (error instanceof StartupError) {
      process.stderr.write(`${error.message.split("\n")[0]}\n`);
      return 1;
    }
    throw error;
  }

  const local = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${local}:${catalog.port}/graphql`;
  const lines = [
    `Tianning CDO data-governance catalog ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  GraphQL:  ${url}`,
    `  Health:   http://${local}:${catalog.port}/healthz (live), /readyz (ready)${config.metrics.enabled ? ", /metrics" : ""}`,
    `  Database: ${describeDatabase(config.database)}`,
  ];
  if (catalog.demoData) {
    const d = catalog.demoData;
    lines.push(
      `  Demo data loaded: ${d.units} units of 天宁区, ${d.persons} invented persons, ${d.appointments} appointments, ${d.dataResources} data resources`,
    );
    lines.push("  Demo sign-ins (demo data only):");
    for (const a of d.accounts) lines.push(`    ${a.username.padEnd(20)} ${a.password}   ${a.role}`);
  }
  lines.push(
    "",
    "Try first: sign in, then ask who is missing a CDO or a data specialist:",
    `  TOKEN=$(curl -s ${url} -H 'content-type: application/json' \\`,
    `    -d '{"query":"mutation { login(username: \\"admin\\", password: \\"tianning-demo\\") { accessToken } }"}' | sed 's/.*"accessToken":"\\([^"]*\\)".*/\\1/')`,
    `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
    `    -d '{"query":"{ appointmentCoverage { unitsMissingCdo { name } unitsMissingDataSpecialist { name } } }"}'`,
    "",
  );
  process.stdout.write(lines.join("\n") + "\n");

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info("shutting down", { signal });
      catalog.stop().then(resolve, (error: Error) => {
        logger.error("shutdown failed", { error: error.message });
        resolve();
      });
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`Unexpected failure at start: ${error.message}\n`);
    process.exit(1);
  },
);
