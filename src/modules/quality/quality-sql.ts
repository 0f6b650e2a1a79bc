import type { EntityManager } from "typeorm";

/**
 * Datetime values for the quality module's multi-row statements, as the driver would store them
 * (SQLite: UTC text with milliseconds; MySQL/MariaDB, whose connection runs in UTC: UTC text), and
 * back from raw rows (SQLite gives the text, mysql2 a Date).
 */
export function sqlDateTime(manager: EntityManager): (at: Date) => unknown {
  if (manager.connection.options.type === "better-sqlite3") return (at) => at.toISOString().replace("T", " ").slice(0, 23);
  return (at) => {
    const year = at.getUTCFullYear();
    // Written by hand (a batch formats 10,000 of them): toISOString, slice and replace make three strings each.
    if (year < 1000 || year > 9999) return at.toISOString().slice(0, 19).replace("T", " ");
    return `${year}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
  };
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function dateOfRow(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}
