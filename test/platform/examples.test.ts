import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { DEMO_PASSWORD, demoAccounts } from "../../src/demo/load-demo-data";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, testDatabase, TestCatalog } from "../support/catalog";

/**
 * examples/ for client teams never rots: every operation in examples/operations (any depth) runs
 * against the real server with the demo district, and codegen.yml with the client example compiles.
 *
 * A module adds its pages' operations by dropping files: `<name>.graphql` holding ONE operation
 * (and the fragments it uses) under a comment header with `# Purpose: …` and, optionally,
 * `# As: <demo username>` (default admin; `anonymous` for none), and its variables, if any, in
 * `<name>.variables.json`. A variables value "{{OtherOperation.path.to.value}}" is taken from
 * another example's answer (e.g. "{{InventoryPage.dataResources.edges.0.node.id}}"), which then runs first.
 */
const EXAMPLES = join(__dirname, "..", "..", "examples");
const REFERENCE = /^\{\{([A-Za-z_]\w*)\.([\w.]+)\}\}$/;

interface ExampleOperation {
  file: string;
  name: string;
  source: string;
  purpose: string;
  as: string;
  variables: unknown;
  /** The operations whose answers the variables refer to. */
  needs: string[];
}

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? graphqlFiles(join(folder, entry.name)) : entry.name.endsWith(".graphql") ? [join(folder, entry.name)] : []))
    .sort();
}

function references(value: unknown): string[] {
  if (typeof value === "string") return REFERENCE.test(value) ? [REFERENCE.exec(value)![1]] : [];
  if (Array.isArray(value)) return value.flatMap(references);
  if (value && typeof value === "object") return Object.values(value).flatMap(references);
  return [];
}

function readExample(path: string): ExampleOperation {
  const file = relative(EXAMPLES, path);
  const source = readFileSync(path, "utf8");
  const operations = parse(source).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0].name) throw new Error(`${file}: one named operation per file (found ${operations.length})`);
  const header = source.split("\n").filter((line) => line.startsWith("#"));
  const field = (name: string) =>
    header
      .find((line) => line.startsWith(`# ${name}:`))
      ?.slice(name.length + 3)
      .trim();
  const variablesFile = path.replace(/\.graphql$/, ".variables.json");
  const variables: unknown = existsSync(variablesFile) ? JSON.parse(readFileSync(variablesFile, "utf8")) : {};
  return { file, name: operations[0].name.value, source, purpose: field("Purpose") ?? "", as: field("As") ?? "admin", variables, needs: references(variables) };
}

/** Replaces each "{{Operation.path}}" with that value of the operation's answer (numbers stay numbers). */
function resolve(value: unknown, answers: Map<string, unknown>, file: string): unknown {
  if (typeof value === "string" && REFERENCE.test(value)) {
    const [, operation, path] = REFERENCE.exec(value)!;
    let found: unknown = answers.get(operation);
    for (const key of path.split(".")) found = (found as Record<string, unknown> | undefined)?.[key];
    if (found === undefined || found === null) throw new Error(`${file}: ${value} is not in ${operation}'s answer`);
    return found;
  }
  if (Array.isArray(value)) return value.map((entry) => resolve(entry, answers, file));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolve(entry, answers, file)]));
  return value;
}

const examples = graphqlFiles(join(EXAMPLES, "operations")).map(readExample);

describe("examples/ for client teams", () => {
  let server: TestCatalog;
  beforeAll(async () => (server = await startTestCatalog({ DEMO_DATA: "always" }, { signIn: false })), 120_000);
  afterAll(() => server.stop());

  it("states each operation's purpose, names operations uniquely and signs in as demo accounts only", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const usernames = ["anonymous", ...demoAccounts.map((account) => account.username)];
    for (const example of examples) {
      expect([example.file, example.purpose.length >= 20]).toEqual([example.file, true]);
      expect([example.file, usernames.includes(example.as)]).toEqual([example.file, true]);
    }
    expect(new Set(examples.map((example) => example.name)).size).toBe(examples.length);
  });

  it("runs every example operation against the demo district without an error or an empty answer", async () => {
    const clients = new Map<string, ApiClient>();
    const clientFor = async (as: string) => {
      if (as === "anonymous") return server.anonymous;
      if (!clients.has(as)) clients.set(as, await server.anonymous.signIn(as, DEMO_PASSWORD));
      return clients.get(as)!;
    };
    const answers = new Map<string, unknown>();
    const pending = [...examples];
    while (pending.length) {
      const next = pending.findIndex((example) => example.needs.every((name) => answers.has(name)));
      if (next < 0) throw new Error(`examples refer to answers no example gives: ${pending.map((e) => `${e.file} needs ${e.needs.join(", ")}`).join("; ")}`);
      const [example] = pending.splice(next, 1);
      const variables = resolve(example.variables, answers, example.file) as Record<string, unknown>;
      const result = await (await clientFor(example.as)).raw(example.source, variables);
      expect([example.file, result.errors]).toEqual([example.file, undefined]);
      // A lookup answering null (a code that is not in the demo data) would hide a rotten example.
      for (const [field, value] of Object.entries(result.data ?? {})) expect([example.file, field, value === null]).toEqual([example.file, field, false]);
      answers.set(example.name, result.data);
    }
    expect(answers.size).toBe(examples.length);
  }, 60_000);

  // Codegen reads schema.graphql, not the database: once per `npm test` is enough.
  (testDatabase === "sqlite" ? it : it.skip)(
    "generates typed documents with examples/codegen.yml (every scalar mapped) and the typed client example compiles",
    () => {
      const bin = (name: string) => join(EXAMPLES, "..", "node_modules", ".bin", name);
      const codegen = spawnSync(bin("graphql-codegen"), ["--config", "codegen.yml"], { cwd: EXAMPLES, encoding: "utf8" });
      expect([codegen.status, codegen.stderr]).toEqual([0, expect.any(String)]);
      expect(readFileSync(join(EXAMPLES, "generated", "graphql.ts"), "utf8")).toContain("InventoryPageDocument");
      const tsc = spawnSync(bin("tsc"), ["-p", "tsconfig.json"], { cwd: EXAMPLES, encoding: "utf8" });
      expect([tsc.status, tsc.stdout]).toEqual([0, ""]);
    },
    120_000,
  );
});
