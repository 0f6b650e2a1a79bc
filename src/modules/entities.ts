import * as access from "./access";
import * as audit from "./audit";
import * as calendar from "./calendar";
import * as inventory from "./inventory";
import * as opening from "./opening";
import * as organisation from "./organisation";
import * as projects from "./projects";
import * as quality from "./quality";
import * as sharing from "./sharing";

/**
 * Every TypeORM entity, for the data source: each module's front door lists its own. A new module adds its import and one line.
 * A function, read when a data source is made: a module's command line (e.g. sharing's usage CLI) makes data sources too, so
 * this file may be loaded while a module's front door is still being evaluated.
 */
// prettier-ignore
export const entities = (): Function[] => [
  ...organisation.entities,
  ...access.entities,
  ...audit.entities,
  ...inventory.entities,
  ...calendar.entities,
  ...sharing.entities,
  ...opening.entities,
  ...quality.entities,
  ...projects.entities,
];
