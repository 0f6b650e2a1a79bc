import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import type { RequestContext } from "../../../common/context";
import { badUserInput, CatalogError, CommonErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from "../../../common/errors";
import { isDatabaseUnavailable } from "../../../database/database-errors";
import { logger } from "../../../common/logger";
import { inLocale, localeOf } from "../../../common/i18n";
import { CommonMessages } from "../../../common/messages";
import { ExportMessages, ImportMessages } from "../inventory.messages";
import { writeCatalogRows, writeCatalogWorkbook } from "../spreadsheet/write-catalog";
import { ExportFile, verifyExportLink } from "./export-link";
import { exportFileName, ExportScope, exportScope, inventoryItemRows, inventoryResourceRows, MAX_EXPORT_UNITS } from "./inventory-export.service";
import { writeInventoryTemplate } from "./inventory-template";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

/** A repeatable query parameter (`?unitCode=A&unitCode=B` or `?unitCode=A,B`), bounded before it is split. */
function listParameter(req: Request, name: string): string[] {
  const raw = req.query[name];
  if (raw === undefined) return [];
  const values = typeof raw === "string" ? [raw] : Array.isArray(raw) && raw.every((v) => typeof v === "string") ? (raw as string[]) : null;
  if (!values || values.length > MAX_EXPORT_UNITS || values.some((v) => v.length > MAX_EXPORT_UNITS * 101)) {
    throw badUserInput(name, ExportMessages.tooManyUnits(MAX_EXPORT_UNITS));
  }
  return values
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function singleParameter(req: Request, name: string): string | undefined {
  const raw = req.query[name];
  if (raw === undefined || typeof raw === "string") return raw;
  throw badUserInput(name, ExportMessages.linkInvalid);
}

/** RFC 6266 with an ASCII fallback and the Chinese name as RFC 5987 `filename*`. */
function contentDisposition(name: { chinese: string; ascii: string }): string {
  const encoded = encodeURIComponent(name.chinese).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /exports/inventory.xlsx, /exports/inventory.csv and /exports/template.xlsx, with
 * `unitId` and/or `unitCode` (repeatable, up to MAX_EXPORT_UNITS) and `includeDescendants`:
 * the inventory (XLSX: items sheet, then a resources sheet; CSV: the items) or the empty
 * template, streamed, as a named file. Either the API's bearer token, or a signed link
 * (`account`, `expires`, `signature`, from the `inventoryExportLink` query) that a browser can
 * follow. Refusals are JSON shaped like GraphQL errors, in the request's language: 401 without a
 * valid token or link, 404 for an unknown unit, 400 for a bad parameter. `contextFor` is given the
 * request, so that its context follows the request's trace.
 */
export function inventoryExportRoute(
  contextFor: (req: IncomingMessage, authorization: string | undefined) => Promise<RequestContext>,
  signalFor: (res: Response) => AbortSignal,
): RequestHandler {
  return async (req, res) => {
    const file = req.path.slice("/exports/".length) as ExportFile;
    const format = file.endsWith(".xlsx") ? "xlsx" : "csv";
    try {
      const descendants = singleParameter(req, "includeDescendants");
      if (descendants !== undefined && descendants !== "true" && descendants !== "false") {
        throw new CatalogError("BAD_USER_INPUT", ImportMessages.includeDescendantsBoolean, { field: "includeDescendants" });
      }
      const includeDescendants = descendants === "true";
      const references = { unitIds: listParameter(req, "unitId"), unitCodes: listParameter(req, "unitCode") };
      const signature = singleParameter(req, "signature");
      let ctx: RequestContext;
      let scope: ExportScope;
      if (signature !== undefined) {
        if (req.headers.authorization || references.unitCodes.length) throw badUserInput("signature", ExportMessages.linkParameters);
        const link = { account: singleParameter(req, "account") ?? "", expires: singleParameter(req, "expires") ?? "", signature };
        ({ ctx, scope } = await verifyExportLink(await contextFor(req, undefined), file, references.unitIds, includeDescendants, link));
        res.setHeader("referrer-policy", "no-referrer");
      } else {
        ctx = await contextFor(req, req.headers.authorization);
        scope = await exportScope(ctx, references, includeDescendants);
      }
      const signal = signalFor(res);
      const template = file === "template.xlsx";
      const name = exportFileName(scope, template ? ExportMessages.templateTitle : ExportMessages.fileTitle, format, ctx.today());
      res.status(200).type(CONTENT_TYPES[format]).setHeader("content-disposition", contentDisposition(name)).setHeader("cache-control", "private, no-store");
      if (template) await writeInventoryTemplate(ctx, scope, res);
      else if (format === "csv") await writeCatalogRows(inventoryItemRows(ctx, scope, signal), "csv", res, { unitNames: true });
      else await writeCatalogWorkbook(inventoryItemRows(ctx, scope, signal), inventoryResourceRows(ctx, scope, signal), res);
    } catch (thrown) {
      if (res.headersSent) return void res.destroy();
      const error = isDatabaseUnavailable(thrown) ? serviceUnavailable() : thrown;
      if (error instanceof CatalogError) {
        const code = String(error.extensions.code);
        if (code === CommonErrorCode.SERVICE_UNAVAILABLE) res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        return void res
          .status(STATUS[code] ?? 400)
          .json({ errors: [{ message: inLocale(error.localised, localeOf(req)), extensions: { code, field: error.extensions.field } }] });
      }
      logger.error("inventory export failed", { requestId: res.getHeader("x-request-id"), error: (error as Error).message });
      res.status(500).json({
        errors: [
          {
            message: inLocale(CommonMessages.internalError(String(res.getHeader("x-request-id"))), localeOf(req)),
            extensions: { code: "INTERNAL_SERVER_ERROR" },
          },
        ],
      });
    }
  };
}
