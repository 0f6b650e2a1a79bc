import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDatabase } from "../support/catalog";

/** scripts/schema-diff.mjs (npm run schema:diff) on crafted schemas: in two files, and in a git history. */
const SCRIPT = join(__dirname, "..", "..", "scripts", "schema-diff.mjs");

const V1 = `
type Query { unit(code: String!): Unit units: [Unit!]! }
type Unit { code: String! name: String! shortName: String @deprecated(reason: "use name") kind: Kind }
enum Kind { STREET TOWN }
`;
/** Additions only (and a description): safe, one dangerous (a new enum value may surprise an exhaustive switch). */
const V1_EXTENDED = `
type Query { unit(code: String!): Unit units: [Unit!]! }
"A unit of the district."
type Unit { code: String! name: String! shortName: String @deprecated(reason: "use name") kind: Kind parentCode: String }
enum Kind { STREET TOWN DEPARTMENT }
`;
/** Unit.name removed without being deprecated first: breaking. */
const V2_BREAKING = `
type Query { unit(code: String!): Unit units: [Unit!]! }
type Unit { code: String! shortName: String @deprecated(reason: "use name") kind: Kind }
enum Kind { STREET TOWN }
`;
const NAME_REMOVED = "Field 'name' was removed from object type 'Unit'";

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), "schema-diff-"))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, content: string) => (writeFileSync(join(folder, name), content), join(folder, name));
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: folder, encoding: "utf8" });
const allowList = (...entries: { change: string; reason?: string }[]) => JSON.stringify({ allowed: entries });

// No database here: once per `npm test` (the SQLite pass) is enough.
const once = testDatabase === "sqlite" ? describe : describe.skip;

once("schema change control (npm run schema:diff) on two files", () => {
  it("prints additions as safe and a new enum value as dangerous, and passes", () => {
    const result = run("--old", write("old.graphql", V1), "--new", write("new.graphql", V1_EXTENDED));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/safe\s+Field 'parentCode' was added to object type 'Unit'/);
    expect(result.stdout).toMatch(/dangerous\s+Enum value 'DEPARTMENT' was added to enum 'Kind'/);
    expect(result.stdout).toMatch(/1 description change/);
    expect(result.stdout).not.toContain("BREAKING");
  });

  it("fails on a breaking change and shows the entry that would allow it", () => {
    const result = run("--old", write("old.graphql", V1), "--new", write("new.graphql", V2_BREAKING));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`BREAKING   ${NAME_REMOVED}`);
    expect(result.stderr).toContain("@deprecated");
    expect(result.stderr).toContain(JSON.stringify(NAME_REMOVED));
  });

  it("passes a breaking change named in the allow-list with its reason, and only that one", () => {
    const old = write("old.graphql", V1);
    const allowed = run(
      "--old",
      old,
      "--new",
      write("new.graphql", V2_BREAKING),
      "--allow",
      write("allow.json", allowList({ change: NAME_REMOVED, reason: "客户端已改用 shortName 之外的新字段 (#99)" })),
    );
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain("[allowed: 客户端已改用");

    const other = run(
      "--old",
      old,
      "--new",
      join(folder, "new.graphql"),
      "--allow",
      write("other.json", allowList({ change: "Field 'code' was removed from object type 'Unit'", reason: "a different change altogether" })),
    );
    expect(other.status).toBe(1);
    expect(other.stdout).toContain("names a change this diff does not make");
  });

  it("refuses an allow-list entry without a reason", () => {
    const result = run(
      "--old",
      write("old.graphql", V1),
      "--new",
      write("new.graphql", V2_BREAKING),
      "--allow",
      write("allow.json", allowList({ change: NAME_REMOVED })),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("reason");
  });
});

once("schema change control in a git history", () => {
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=CI", "-c", "user.email=ci@example.cn", ...args], { cwd: folder, encoding: "utf8" });
  const commit = (files: Record<string, string>, message: string) => {
    for (const [name, content] of Object.entries(files)) write(name, content);
    git("add", "-A");
    git("commit", "-q", "-m", message);
  };

  it("compares with the previous commit, honours an approval only in the commit that adds it, and checks uncommitted edits against HEAD", () => {
    git("init", "-q");
    commit({ "schema.graphql": V1 }, "first");
    expect(run().stdout).toContain("nothing compared");

    commit(
      { "schema.graphql": V2_BREAKING, "schema-breaking-changes.json": allowList({ change: NAME_REMOVED, reason: "deliberate, see issue #99" }) },
      "remove Unit.name",
    );
    const approved = run();
    expect([approved.status, approved.stdout]).toEqual([0, expect.stringContaining("against HEAD~1")]);
    expect(approved.stdout).toContain("[allowed: deliberate");

    commit({ "schema.graphql": V1 }, "bring Unit.name back");
    expect(run().status).toBe(0);
    // The same break again, with the old approval still in the file: it approved the earlier commit, not this one.
    commit({ "schema.graphql": V2_BREAKING }, "remove Unit.name again");
    const again = run();
    expect(again.status).toBe(1);
    expect(again.stdout).toContain(`BREAKING   ${NAME_REMOVED}`);

    // Uncommitted: the working tree against HEAD.
    write("schema.graphql", V1);
    const local = run();
    expect([local.status, local.stdout]).toEqual([0, expect.stringContaining("against HEAD:")]);

    // A branch's whole change against its merge base with a given ref.
    const base = run("--base", "HEAD~3");
    expect(base.stdout).toContain("the merge base with HEAD~3");
  });
});
