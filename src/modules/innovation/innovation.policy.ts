import { CatalogError, CommonErrorCode } from "../../common/errors";
import { ResourceStatus } from "../inventory";
import { InnovationError, InnovationErrorCode } from "./innovation.errors";
import { innovationMessages } from "./innovation.messages";

/** The innovation-case rules (融合创新, DOMAIN §5), written once and used by the API and the demo loader alike. */

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 2000;
const MAX_LINKS = 50;

export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed || trimmed.length > max) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, innovationMessages.textLength(max), { field });
  return trimmed;
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, innovationMessages.year, { field: "year" });
  return year;
}

export function atMost<T>(list: readonly T[], field: string): readonly T[] {
  if (list.length > MAX_LINKS) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, innovationMessages.tooMany(MAX_LINKS), { field });
  return list;
}

/** A case uses catalogued resources: a retired one cannot be newly linked (one already linked stays in the case's history). */
export function checkUsable(resource: { name: string; status: ResourceStatus }, alreadyLinked: boolean, field: string): void {
  if (resource.status === ResourceStatus.RETIRED && !alreadyLinked)
    throw new InnovationError(InnovationErrorCode.INNOVATION_RESOURCE_RETIRED, innovationMessages.resourceRetired(resource.name), { field });
}
