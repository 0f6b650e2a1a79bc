import { Organisation1764180000000 } from "./1764180000000-organisation";
import { AccessAndAudit1764190000000 } from "./1764190000000-access-and-audit";
import { Inventory1764200000000 } from "./1764200000000-inventory";
import { ResourcesByProvider1764210000000 } from "./1764210000000-resources-by-provider";
import { SignInThrottling1764221400000 } from "./1764221400000-sign-in-throttling";
import { Quality1764235200000 } from "./1764235200000-quality";

/** Every migration, oldest first. The same list runs on SQLite and MySQL/MariaDB. */
export const migrations = [
  Organisation1764180000000,
  AccessAndAudit1764190000000,
  Inventory1764200000000,
  ResourcesByProvider1764210000000,
  SignInThrottling1764221400000,
  Quality1764235200000,
];
