import { Organisation1764180000000 } from "./1764180000000-organisation";
import { AccessAndAudit1764190000000 } from "./1764190000000-access-and-audit";

/** Every migration, oldest first. The same list runs on SQLite and MySQL/MariaDB. */
export const migrations = [Organisation1764180000000, AccessAndAudit1764190000000];
