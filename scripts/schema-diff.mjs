#!/usr/bin/env node
// `npm run schema:diff`: schema change control. Compares schema.graphql with the previously committed
// one (@graphql-inspector/core), prints every change, and fails on a BREAKING change unless the same
// change (commit or branch) adds an entry naming it to schema-breaking-changes.json, with a reason.
//
//   node scripts/schema-diff.mjs                 working tree against HEAD if schema.graphql changed, else HEAD against HEAD~1
//   node scripts/schema-diff.mjs --base main     against the merge base with main (a branch's whole change; also SCHEMA_BASE=main)
//   node scripts/schema-diff.mjs --old a.graphql --new b.graphql [--allow allow.json]   two files (every entry of --allow counts)
//
// An approval counts only for the change that adds it: entries already in the file at the base are
// ignored, so an old approval never lets a later break of the same field through.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const SCHEMA = "schema.graphql";
const ALLOW = "schema-breaking-changes.json";

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const git = (...args) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
/** A file at a git revision, or null when it is not there (before the file existed). */
function atRevision(revision, file) {
  try {
    return git("show", `${revision}:${file}`);
  } catch {
    return null;
  }
}

/** The approvals of a schema-breaking-changes.json text: `{ "allowed": [{ "change", "reason", "issue"? }] }`. */
function approvals(text, where) {
  if (text === null) return [];
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    fail(`${where}: not JSON (${error.message})`);
  }
  const allowed = parsed?.allowed;
  if (!Array.isArray(allowed)) fail(`${where}: expected { "allowed": [ { "change": "…", "reason": "…" } ] }`);
  for (const entry of allowed) {
    if (typeof entry?.change !== "string" || typeof entry?.reason !== "string" || entry.reason.trim().length < 10) {
      fail(`${where}: every entry needs "change" (the change's message as printed here) and a "reason" of at least 10 characters: ${JSON.stringify(entry)}`);
    }
  }
  return allowed;
}

function fail(message) {
  console.error(`schema:diff: ${message}`);
  process.exit(2);
}

/** What to compare: { label, oldSdl, newSdl, allowed } */
function comparison() {
  const oldFile = option("old");
  const newFile = option("new");
  if (oldFile || newFile) {
    if (!oldFile || !newFile) fail("--old and --new go together");
    const allowFile = option("allow");
    return {
      label: `${newFile} against ${oldFile}`,
      oldSdl: readFileSync(oldFile, "utf8"),
      newSdl: readFileSync(newFile, "utf8"),
      allowed: approvals(allowFile ? readFileSync(allowFile, "utf8") : null, allowFile),
    };
  }
  const baseRef = option("base") || process.env.SCHEMA_BASE;
  const workingTreeChanged = atRevision("HEAD", SCHEMA) !== readFileSync(SCHEMA, "utf8").trim();
  let base;
  try {
    base = baseRef ? git("merge-base", "HEAD", baseRef) : git("rev-parse", workingTreeChanged ? "HEAD" : "HEAD~1");
  } catch (error) {
    // A first commit or a shallow clone has no previous commit: say so rather than pass in silence.
    if (baseRef) fail(`cannot find the merge base with ${baseRef}: ${error.stderr?.trim() || error.message}`);
    console.log("schema:diff: no previous commit to compare with (first commit or shallow clone; set SCHEMA_BASE): nothing compared");
    process.exit(0);
  }
  const baseLabel = baseRef ? `the merge base with ${baseRef} (${base.slice(0, 10)})` : workingTreeChanged ? "HEAD" : "HEAD~1";
  const oldSdl = atRevision(base, SCHEMA);
  if (oldSdl === null) {
    console.log(`schema:diff: no ${SCHEMA} at ${baseLabel}: nothing to compare`);
    process.exit(0);
  }
  const current = existsSync(ALLOW) ? readFileSync(ALLOW, "utf8") : null;
  const before = new Set(approvals(atRevision(base, ALLOW), `${ALLOW} at ${baseLabel}`).map((entry) => entry.change));
  return {
    label: `${SCHEMA} against ${baseLabel}`,
    oldSdl,
    newSdl: readFileSync(SCHEMA, "utf8"),
    allowed: approvals(current, ALLOW).filter((entry) => !before.has(entry.change)),
  };
}

const { label, oldSdl, newSdl, allowed } = comparison();
const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
const LEVEL = { [CriticalityLevel.Breaking]: "BREAKING ", [CriticalityLevel.Dangerous]: "dangerous", [CriticalityLevel.NonBreaking]: "safe     " };
const order = [CriticalityLevel.Breaking, CriticalityLevel.Dangerous, CriticalityLevel.NonBreaking];
changes.sort((a, b) => order.indexOf(a.criticality.level) - order.indexOf(b.criticality.level));

console.log(`schema:diff: ${label}: ${changes.length} change${changes.length === 1 ? "" : "s"}`);
const refused = [];
const verbose = process.argv.includes("--verbose");
// Descriptions change often and never break a client: counted, listed with --verbose.
const descriptionOnly = (change) => change.criticality.level === CriticalityLevel.NonBreaking && change.type.includes("DESCRIPTION");
const descriptions = changes.filter(descriptionOnly).length;
for (const change of changes) {
  if (!verbose && descriptionOnly(change)) continue;
  const breaking = change.criticality.level === CriticalityLevel.Breaking;
  const approval = breaking ? allowed.find((entry) => entry.change === change.message) : undefined;
  const note = approval ? `  [allowed: ${approval.reason}${approval.issue ? ` (${approval.issue})` : ""}]` : "";
  console.log(`  ${LEVEL[change.criticality.level]}  ${change.message}${note}`);
  if (breaking && !approval) refused.push(change);
}
if (descriptions && !verbose)
  console.log(`  ${LEVEL[CriticalityLevel.NonBreaking]}  ${descriptions} description change${descriptions === 1 ? "" : "s"} (--verbose lists them)`);
const unused = allowed.filter((entry) => !changes.some((change) => change.message === entry.change));
for (const entry of unused) console.log(`  (${ALLOW} names a change this diff does not make: "${entry.change}")`);

if (refused.length) {
  console.error(`
schema:diff: ${refused.length} breaking change${refused.length === 1 ? "" : "s"} not allowed. Clients built on the old schema break.
Prefer a compatible path: add the new field beside the old one and mark the old @deprecated(reason: "…"), remove it
only once clients have moved. If the break is deliberate, name it in ${ALLOW} in the same change, e.g.:
${JSON.stringify({ allowed: refused.map((change) => ({ change: change.message, reason: "why this must break, and what clients do", issue: "#…" })) }, null, 2)}`);
  process.exit(1);
}
