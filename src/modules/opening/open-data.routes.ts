import express, { Request, Response } from "express";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode, RETRY_AFTER_SECONDS } from "../../common/errors";
import { toGlobalId } from "../../common/global-id";
import { inLocale, type Locale, type Localised, localeOf } from "../../common/i18n";
import { logger } from "../../common/logger";
import { isDatabaseUnavailable } from "../../database/database-errors";
import { UpdateFrequency } from "../inventory";
import { euDataTheme, formatFacts, licenceFacts, OpenDatasetStatus } from "./opening.enums";
import { licenceLabels, openingMessages, openThemeLabels } from "./opening.messages";
import { OPENING_LIMITS } from "./opening.policy";
import { harvestCatalog, harvestOne, type HarvestedDataset, listedIdentifiers, searchForHarvest } from "./opening.service";

/**
 * Harvesting by other portals, without signing in: the open catalog as DCAT-AP JSON-LD
 * (GET /open-data/catalog.jsonld) and the read part of CKAN's action API (/api/3/action/…),
 * answering as CKAN does. Every request acts as an anonymous viewer, whatever it sends.
 */

/** CKAN's default and hard cap on package_search rows (ckan.search.rows_max). */
const CKAN_DEFAULT_ROWS = 10;
const CKAN_MAX_ROWS = 1000;
/** Offsets past this are refused (a harvester pages through a district's few thousand datasets well below it). */
const MAX_START = 100_000;

const EU = "http://publications.europa.eu/resource/authority";
const frequencyUri: Record<UpdateFrequency, string> = {
  [UpdateFrequency.REAL_TIME]: `${EU}/frequency/UPDATE_CONT`,
  [UpdateFrequency.DAILY]: `${EU}/frequency/DAILY`,
  [UpdateFrequency.WEEKLY]: `${EU}/frequency/WEEKLY`,
  [UpdateFrequency.MONTHLY]: `${EU}/frequency/MONTHLY`,
  [UpdateFrequency.QUARTERLY]: `${EU}/frequency/QUARTERLY`,
  [UpdateFrequency.SEMI_ANNUAL]: `${EU}/frequency/ANNUAL_2`,
  [UpdateFrequency.ANNUAL]: `${EU}/frequency/ANNUAL`,
  [UpdateFrequency.IRREGULAR]: `${EU}/frequency/IRREG`,
};

const zh = (value: string) => ({ "@value": value, "@language": "zh" });

function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get("host") ?? "localhost"}`;
}

/** CKAN names are lower-case letters, digits, - and _: the identifier with its slash as a dash. */
function ckanName(identifier: string): string {
  return identifier.replace("/", "-");
}

function identifierOfName(name: string): string {
  return /^\d{6}-\d{5}$/.test(name) ? name.replace("-", "/") : name;
}

// ── DCAT-AP ──────────────────────────────────────────────────────────────────

function dcatDataset(base: string, { dataset, publisher, distributions }: HarvestedDataset): object {
  const id = toGlobalId("OpenDataset", dataset.id);
  const licence = { "@id": licenceFacts[dataset.licence].url };
  return {
    "@id": `${base}/open-data/datasets/${id}`,
    "@type": "dcat:Dataset",
    "dct:identifier": dataset.identifier,
    "dct:title": zh(dataset.title),
    ...(dataset.description ? { "dct:description": zh(dataset.description) } : {}),
    "dcat:theme": { "@id": `${EU}/data-theme/${euDataTheme[dataset.theme]}` },
    "dcat:keyword": [zh(openThemeLabels[dataset.theme].zh)],
    "dct:publisher": { "@id": `${base}/open-data/publishers/${publisher.id}`, "@type": "foaf:Agent", "foaf:name": zh(publisher.name) },
    "dct:issued": { "@value": dataset.issued, "@type": "xsd:date" },
    "dct:modified": { "@value": dataset.updatedAt.toISOString(), "@type": "xsd:dateTime" },
    "dct:accrualPeriodicity": { "@id": frequencyUri[dataset.updateFrequency] },
    "dct:license": licence,
    ...(dataset.openConditions ? { "dct:accessRights": zh(dataset.openConditions) } : {}),
    "dcat:distribution": distributions.map((d) => ({
      "@id": `${base}/open-data/datasets/${id}/distributions/${d.position + 1}`,
      "@type": "dcat:Distribution",
      ...(d.title ? { "dct:title": zh(d.title) } : {}),
      "dcat:accessURL": { "@id": d.accessUrl },
      ...(d.downloadUrl ? { "dcat:downloadURL": { "@id": d.downloadUrl } } : {}),
      "dcat:mediaType": { "@id": `https://www.iana.org/assignments/media-types/${d.mediaType}` },
      "dct:format": { "@id": `${EU}/file-type/${formatFacts[d.format].euFileType}` },
      "dct:license": licence,
    })),
  };
}

function dcatCatalog(base: string, datasets: HarvestedDataset[]): object {
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": `${base}/open-data/catalog.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": zh(openingMessages.publisherCatalogTitle.zh),
    "dct:language": { "@id": `${EU}/language/ZHO` },
    "dcat:dataset": datasets.map((d) => dcatDataset(base, d)),
  };
}

// ── CKAN ─────────────────────────────────────────────────────────────────────

function ckanTime(date: Date): string {
  // CKAN writes naive UTC timestamps with microseconds.
  return date.toISOString().replace("Z", "000");
}

/** A CKAN package, its labels in `locale` (the request's). */
function ckanPackage({ dataset, publisher, distributions }: HarvestedDataset, locale: Locale): object {
  const id = toGlobalId("OpenDataset", dataset.id);
  const extras: [string, string | null][] = [
    ["identifier", dataset.identifier],
    ["issued", dataset.issued],
    ["update_frequency", dataset.updateFrequency],
    ["open_type", dataset.openType],
    ["open_conditions", dataset.openConditions],
    ["withdrawn_on", dataset.withdrawnOn],
    ["withdrawal_reason", dataset.withdrawalReason],
  ];
  const theme = dataset.theme.toLowerCase().replace(/_/g, "-");
  return {
    id,
    name: ckanName(dataset.identifier),
    title: dataset.title,
    notes: dataset.description ?? "",
    type: "dataset",
    state: dataset.status === OpenDatasetStatus.PUBLISHED ? "active" : "deleted",
    private: false,
    license_id: licenceFacts[dataset.licence].ckanId,
    license_title: inLocale(licenceLabels[dataset.licence], locale),
    license_url: licenceFacts[dataset.licence].url,
    metadata_created: ckanTime(dataset.createdAt),
    metadata_modified: ckanTime(dataset.updatedAt),
    owner_org: publisher.id,
    organization: {
      id: publisher.id,
      name: `org-${Buffer.from(publisher.id).toString("hex")}`,
      title: publisher.name,
      type: "organization",
      is_organization: true,
      state: "active",
    },
    groups: [{ id: theme, name: theme, title: openThemeLabels[dataset.theme].zh, display_name: inLocale(openThemeLabels[dataset.theme], locale) }],
    tags: [],
    num_tags: 0,
    resources: distributions.map((d) => ({
      id: `${id}-${d.position + 1}`,
      package_id: id,
      name: d.title ?? d.format,
      url: d.downloadUrl ?? d.accessUrl,
      format: d.format,
      mimetype: d.mediaType,
      position: d.position,
      state: "active",
    })),
    num_resources: distributions.length,
    extras: extras.filter(([, value]) => value !== null).map(([key, value]) => ({ key, value })),
  };
}

/**
 * A failure CKAN's way: {"help", "success": false, "error": {"__type", …}} with its status. It keeps
 * its text in both languages: the route writes it in the request's (`errorIn`).
 */
class CkanFailure extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly text: Localised,
    /** A validation error's field: CKAN lists the message under it instead of `message`. */
    readonly field?: string,
  ) {
    super(type);
  }

  /** The "error" object, in a language. */
  errorIn(locale: Locale): Record<string, unknown> {
    const message = inLocale(this.text, locale);
    return this.field === undefined ? { __type: this.type, message } : { __type: this.type, [this.field]: [message] };
  }
}

const ckanNotFound = () => new CkanFailure(404, "Not Found Error", openingMessages.ckanNotFound);
const ckanInvalid = (field: string, message: Localised) => new CkanFailure(409, "Validation Error", message, field);

function queryParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  // A repeated parameter (?q=a&q=b) is refused as CKAN's validators refuse a list.
  if (typeof value !== "string") throw ckanInvalid(name, openingMessages.ckanMissingValue);
  return value;
}

/** A natural number (CKAN's natural_number_validator), within `max`. */
function naturalNumber(req: Request, name: string, fallback: number | null, max: number): number | null {
  const raw = queryParam(req, name);
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw ckanInvalid(name, openingMessages.ckanNotNatural);
  const value = Number(raw);
  if (value > max) throw ckanInvalid(name, openingMessages.ckanTooLong(max));
  return value;
}

type Action = (ctx: RequestContext, req: Request) => Promise<unknown>;

const ckanActions: Record<string, Action> = {
  package_list: async (ctx, req) => {
    const limit = naturalNumber(req, "limit", null, CKAN_MAX_ROWS);
    const offset = naturalNumber(req, "offset", 0, MAX_START)!;
    return (await listedIdentifiers(ctx, limit, offset)).map(ckanName);
  },
  package_show: async (ctx, req) => {
    const id = queryParam(req, "id")?.trim();
    if (!id) throw ckanInvalid("id", openingMessages.ckanMissingValue);
    if (id.length > 200) throw ckanNotFound();
    const found = await harvestOne(ctx, identifierOfName(id));
    if (!found) throw ckanNotFound();
    return ckanPackage(found, localeOf(req));
  },
  package_search: async (ctx, req) => {
    const rawQ = queryParam(req, "q") ?? "";
    if (rawQ.length > OPENING_LIMITS.search) throw ckanInvalid("q", openingMessages.ckanTooLong(OPENING_LIMITS.search));
    // Solr's match-all, as harvesters send it, is the whole catalog.
    const q = rawQ.trim() === "*:*" ? "" : rawQ;
    // CKAN caps rows at ckan.search.rows_max silently rather than refusing.
    const rows = Math.min(naturalNumber(req, "rows", CKAN_DEFAULT_ROWS, Number.MAX_SAFE_INTEGER)!, CKAN_MAX_ROWS);
    const start = naturalNumber(req, "start", 0, MAX_START)!;
    const { count, results } = await searchForHarvest(ctx, q, rows, start);
    const locale = localeOf(req);
    return { count, facets: {}, results: results.map((found) => ckanPackage(found, locale)), sort: "score desc, metadata_modified desc", search_facets: {} };
  },
};

/** The public harvesting routes, each request as an anonymous viewer (`publicContext`, given the request so it can follow its trace). */
export function openDataRoutes(publicContext: (req: Request) => RequestContext): express.Router {
  const router = express.Router();
  // Open to every origin: the catalog is public, and no credentials are ever read here.
  router.use(["/open-data", "/api/3"], (req, res, next) => {
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.setHeader("access-control-allow-methods", "GET");
      res.setHeader("access-control-max-age", "86400");
      return void res.status(204).end();
    }
    next();
  });

  router.get("/open-data/catalog.jsonld", async (req, res) => {
    try {
      const datasets = await harvestCatalog(publicContext(req));
      res.status(200).type("application/ld+json; charset=utf-8").setHeader("cache-control", "public, max-age=300");
      res.send(JSON.stringify(dcatCatalog(baseUrl(req), datasets)));
    } catch (error) {
      failed(res, localeOf(req), error, (status, message) => ({
        errors: [{ message, extensions: { code: status === 503 ? CommonErrorCode.SERVICE_UNAVAILABLE : "INTERNAL_SERVER_ERROR" } }],
      }));
    }
  });

  router.get("/api/3/action/:action", async (req, res) => {
    const name = String(req.params.action);
    const help = `${baseUrl(req)}/api/3/action/help_show?name=${encodeURIComponent(name.slice(0, 64))}`;
    const action = Object.hasOwn(ckanActions, name) ? ckanActions[name] : undefined;
    try {
      if (!action) throw new CkanFailure(400, "Bad Request", openingMessages.ckanUnknownAction(name.slice(0, 64)));
      const result = await action(publicContext(req), req);
      res.status(200).json({ help, success: true, result });
    } catch (error) {
      if (error instanceof CkanFailure) return void res.status(error.status).json({ help, success: false, error: error.errorIn(localeOf(req)) });
      failed(res, localeOf(req), error, (status, message) => ({
        help,
        success: false,
        error: { __type: status === 503 ? "Service Unavailable" : "Internal Server Error", message },
      }));
    }
  });
  return router;
}

/** The database not answering is a 503 with Retry-After; anything else a masked 500, logged. The message in `locale` (the request's). */
function failed(res: Response, locale: Locale, error: unknown, body: (status: number, message: string) => object): void {
  if (res.headersSent) return void res.destroy();
  if (isDatabaseUnavailable(error) || (error instanceof CatalogError && error.code === CommonErrorCode.SERVICE_UNAVAILABLE)) {
    res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    return void res.status(503).json(body(503, inLocale(openingMessages.serviceUnavailable, locale)));
  }
  const requestId = String(res.getHeader("x-request-id"));
  logger.error("open-data route failed", { requestId, error: (error as Error)?.message });
  res.status(500).json(body(500, inLocale(openingMessages.internalError(requestId), locale)));
}
