import { Organisation1764180000000 } from "./1764180000000-organisation";
import { AccessAndAudit1764190000000 } from "./1764190000000-access-and-audit";
import { Inventory1764200000000 } from "./1764200000000-inventory";
import { ResourcesByProvider1764210000000 } from "./1764210000000-resources-by-provider";
import { SignInThrottling1764221400000 } from "./1764221400000-sign-in-throttling";
import { SignInSessions1764230000000 } from "./1764230000000-sign-in-sessions";
import { Quality1764235200000 } from "./1764235200000-quality";
import { WorkingDayCalendar1764239000000 } from "./1764239000000-working-day-calendar";
import { Sharing1764239100000 } from "./1764239100000-sharing";
import { Opening1764240000000 } from "./1764240000000-opening";
import { ItProjects1764250000000 } from "./1764250000000-it-projects";
import { GovernanceWork1764251000000 } from "./1764251000000-governance-work";
import { ItemNames1764254000000 } from "./1764254000000-item-names";
import { AccountLastWrite1764256000000 } from "./1764256000000-account-last-write";
import { QualityPartitions1764257000000 } from "./1764257000000-quality-partitions";
import { AnnualReports1764260000000 } from "./1764260000000-annual-reports";
import { FindingOccurrences1764261000000 } from "./1764261000000-finding-occurrences";
import { Evaluation1764262000000 } from "./1764262000000-evaluation";
import { QualityMeasurementBigIds1764263000000 } from "./1764263000000-quality-measurement-big-ids";
import { ResourceSearchGrams1764264000000 } from "./1764264000000-resource-search-grams";
import { SearchGramsWithoutAccents1764265300000 } from "./1764265300000-search-grams-without-accents";
import { FindingSweepMark1764266400000 } from "./1764266400000-finding-sweep-mark";

/** Every migration, oldest first. The same list runs on SQLite and MySQL/MariaDB. */
export const migrations = [
  Organisation1764180000000,
  AccessAndAudit1764190000000,
  Inventory1764200000000,
  ResourcesByProvider1764210000000,
  SignInThrottling1764221400000,
  SignInSessions1764230000000,
  Quality1764235200000,
  WorkingDayCalendar1764239000000,
  Sharing1764239100000,
  Opening1764240000000,
  ItProjects1764250000000,
  GovernanceWork1764251000000,
  ItemNames1764254000000,
  AccountLastWrite1764256000000,
  QualityPartitions1764257000000,
  AnnualReports1764260000000,
  FindingOccurrences1764261000000,
  Evaluation1764262000000,
  QualityMeasurementBigIds1764263000000,
  ResourceSearchGrams1764264000000,
  SearchGramsWithoutAccents1764265300000,
  FindingSweepMark1764266400000,
];
