import type { Localised } from "../../common/i18n";
import { checkResource, DataLevel, InventoryErrorCode, type ItemFacts, OpenType, type ResourceFacts, ResourceStatus } from "../inventory";
import { OpeningErrorCode } from "./opening.errors";
import { openingMessages } from "./opening.messages";

/**
 * The opening rules (天宁区首席数据官制度 三(二)4, DOMAIN §4): which resources may be opened to the
 * public and how widely. Pure checks, shared by the API and the demo loader. The classification
 * rules are the inventory's own (checkResource), run against the dataset's requested opening, so
 * a rule refused at cataloguing is refused with the same code at publication.
 */

export interface OpeningViolation {
  code: string;
  field: string;
  message: Localised;
}

export const OPENING_LIMITS = {
  title: 200,
  description: 2000,
  openConditions: 1000,
  withdrawalReason: 500,
  distributions: 10,
  distributionTitle: 200,
  url: 500,
  usageBatch: 1000,
  usageCount: 1_000_000_000,
  search: 100,
  filterValues: 20,
  rankingSize: 50,
  periodDays: 366,
} as const;

const openness: Record<OpenType, number> = { [OpenType.UNCONDITIONAL]: 0, [OpenType.CONDITIONAL]: 1, [OpenType.NOT_OPEN]: 2 };

/** The inventory rules that concern opening, most specific first, with their texts in both languages. */
const classificationRules: Partial<Record<InventoryErrorCode, (facts: { personalCodes: string }) => Localised>> = {
  [InventoryErrorCode.SENSITIVE_DATA_OPENED_UNCONDITIONALLY]: () => openingMessages.sensitiveUnconditional,
  [InventoryErrorCode.PERSONAL_INFORMATION_UNCONDITIONAL]: ({ personalCodes }) => openingMessages.personalUnconditional(personalCodes),
  [InventoryErrorCode.OPEN_CONDITIONS_REQUIRED]: () => openingMessages.openConditionsRequired,
  [InventoryErrorCode.OPENING_WIDER_THAN_SHARING]: () => openingMessages.openingWiderThanSharing,
};

export interface PublicationRequest {
  openType: OpenType;
  openConditions: string | null;
}

/**
 * The first rule a publication breaks, or null. In order: the resource must be in the catalog,
 * core data is never opened, a NOT_OPEN resource is not opened, the classification rules hold for
 * the requested opening, and the dataset is never opened wider than its resource.
 */
export function checkPublication(
  resource: ResourceFacts & { name: string; status: ResourceStatus },
  items: readonly ItemFacts[],
  request: PublicationRequest,
): OpeningViolation | null {
  if (resource.status !== ResourceStatus.PUBLISHED)
    return { code: OpeningErrorCode.RESOURCE_NOT_PUBLISHED, field: "resourceId", message: openingMessages.resourceNotPublished(resource.name) };
  if (resource.level === DataLevel.CORE)
    return { code: InventoryErrorCode.CORE_DATA_NEVER_OPENED, field: "resourceId", message: openingMessages.coreDataNeverOpened };
  if (resource.openType === OpenType.NOT_OPEN)
    return { code: OpeningErrorCode.RESOURCE_NOT_OPEN, field: "resourceId", message: openingMessages.resourceNotOpen(resource.name) };

  const personalCodes = items
    .filter((item) => item.personalInformation)
    .map((item) => item.code)
    .join(", ");
  const asRequested = { ...resource, openType: request.openType, openConditions: request.openConditions };
  // Only the rules about opening, as the dataset asks for it (a sharing-only violation is the inventory's business);
  // the most specific first (personal information before the general wider-than-sharing rule).
  const violations = checkResource(asRequested, items).filter((v) => v.field === "openType" || v.field === "openConditions");
  for (const [code, message] of Object.entries(classificationRules)) {
    const violation = violations.find((v) => v.code === code);
    if (violation) return { code, field: violation.field, message: message({ personalCodes }) };
  }
  if (openness[request.openType] < openness[resource.openType])
    return { code: OpeningErrorCode.OPENING_WIDER_THAN_RESOURCE, field: "openType", message: openingMessages.widerThanResource(resource.name) };
  return null;
}

/**
 * Whether a published dataset is still open: its resource still published, still openable and
 * not core data. One reclassified since (NOT_OPEN, CORE) or retired is shown as withdrawn at once,
 * before anyone withdraws it by hand.
 */
export function stillOpen(resource: { status: ResourceStatus; openType: OpenType; level: DataLevel }): boolean {
  return resource.status === ResourceStatus.PUBLISHED && resource.openType !== OpenType.NOT_OPEN && resource.level !== DataLevel.CORE;
}

/** The same test in SQL, for query-builder aliases of the dataset and its resource. */
export function listedCondition(dataset: string, resource: string): string {
  return (
    `(${dataset}.status = 'PUBLISHED' AND ${resource}.status = '${ResourceStatus.PUBLISHED}'` +
    ` AND ${resource}.openType <> '${OpenType.NOT_OPEN}' AND ${resource}.level <> '${DataLevel.CORE}')`
  );
}

/** What the search runs over, and the search text itself: NFKC (full-width to half-width), lower case. */
export function searchKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().trim();
}

/** An http(s) URL within the length limit, or null. */
export function isPortalUrl(value: string): boolean {
  if (value.length > OPENING_LIMITS.url) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
