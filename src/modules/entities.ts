import { ApiToken } from "./access/api-token.entity";
import { LoginThrottle } from "./access/login-throttle.entity";
import { SignInRate } from "./access/sign-in-rate.entity";
import { UserAccount } from "./access/user-account.entity";
import { AuditEntry } from "./audit/audit-entry.entity";
import { CatalogFunction } from "./inventory/catalog-function.entity";
import { DataItem } from "./inventory/data-item.entity";
import { DataResource } from "./inventory/data-resource.entity";
import { Appointment } from "./organisation/appointment.entity";
import { Person } from "./organisation/person.entity";
import { Unit } from "./organisation/unit.entity";
import { QualityIssue } from "./quality/quality-issue.entity";
import { QualityMeasurement } from "./quality/quality-measurement.entity";
import { QualityDaily, QualityLatest, QualityUnitCurrent, QualityUnitDaily } from "./quality/quality-rollup.entity";
import { QualityRule } from "./quality/quality-rule.entity";

/** Every TypeORM entity, for the data source. */
export const entities = [
  Unit,
  Person,
  Appointment,
  UserAccount,
  ApiToken,
  LoginThrottle,
  SignInRate,
  AuditEntry,
  CatalogFunction,
  DataResource,
  DataItem,
  QualityRule,
  QualityMeasurement,
  QualityIssue,
  QualityLatest,
  QualityDaily,
  QualityUnitDaily,
  QualityUnitCurrent,
];
