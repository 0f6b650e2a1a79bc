import * as access from "./access";
import * as analysis from "./analysis";
import * as audit from "./audit";
import * as calendar from "./calendar";
import * as evaluation from "./evaluation";
import * as findings from "./findings";
import * as innovation from "./innovation";
import * as inventory from "./inventory";
import * as meetings from "./meetings";
import * as opening from "./opening";
import * as organisation from "./organisation";
import * as projects from "./projects";
import * as quality from "./quality";
import * as reports from "./reports";
import * as sharing from "./sharing";
import * as training from "./training";

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
  ...meetings.entities,
  ...training.entities,
  ...innovation.entities,
  ...analysis.entities,
  ...reports.entities,
  ...findings.entities,
  ...evaluation.entities,
];
