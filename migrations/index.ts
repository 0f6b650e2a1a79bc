import { Organisation1764180000000 } from "./1764180000000-organisation";

/** Every migration, oldest first. The same list runs on SQLite and MySQL/MariaDB. */
export const migrations = [Organisation1764180000000];
