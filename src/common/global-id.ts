import { badUserInput } from "./errors";
import { CommonMessages } from "./messages";

/**
 * Opaque Relay global IDs: base64url("Type:rowId"). Clients treat them as strings; the server
 * never exposes a raw table id.
 */
export function toGlobalId(type: string, rowId: number): string {
  return Buffer.from(`${type}:${rowId}`, "utf8").toString("base64url");
}

export function parseGlobalId(id: string, field = "id"): { type: string; rowId: number } {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(id) ? Buffer.from(id, "base64url").toString("utf8") : "";
  const match = /^([A-Z][A-Za-z]{0,63}):([1-9]\d{0,15})$/.exec(decoded);
  const rowId = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(rowId)) throw badUserInput(field, CommonMessages.invalidId(id));
  return { type: match[1], rowId };
}

/** Decodes an ID that must name a record of `type`; a malformed or foreign ID is BAD_USER_INPUT. */
export function rowIdOf(type: string, id: string, field = "id"): number {
  const parsed = parseGlobalId(id, field);
  if (parsed.type !== type) throw badUserInput(field, CommonMessages.notIdOf(id, type));
  return parsed.rowId;
}
