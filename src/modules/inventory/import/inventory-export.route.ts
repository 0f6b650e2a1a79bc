import type { RequestHandler, Response } from "express";
import type { RequestContext } from "../../../common/context";
import { CatalogError, CommonErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from "../../../common/errors";
import { isDatabaseUnavailable } from "../../../database/database-errors";
import { logger } from "../../../common/logger";
import { writeCatalogRows } from "../spreadsheet/write-catalog";
import { inventoryRows } from "./inventory-export.service";
import { localise } from "../../../common/i18n";
import { CommonMessages } from "../../../common/messages";
import { ImportMessages } from "../inventory.messages";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /exports/inventory.csv and /exports/inventory.xlsx?unitId=…&includeDescendants=true: a unit's
 * inventory as the import template, streamed, with the API's bearer token. Refusals are JSON
 * shaped like GraphQL errors: 401 without a valid token, 404 for an unknown unit, 400 for a bad
 * parameter.
 */
export function inventoryExportRoute(
  contextFor: (authorization: string | undefined) => Promise<RequestContext>,
  signalFor: (res: Response) => AbortSignal,
): RequestHandler {
  return async (req, res) => {
    const format = req.path.endsWith(".xlsx") ? "xlsx" : "csv";
    try {
      const ctx = await contextFor(req.headers.authorization);
      const unitId = typeof req.query.unitId === "string" ? req.query.unitId : "";
      if (!unitId) throw new CatalogError("BAD_USER_INPUT", ImportMessages.exportUnitRequired, { field: "unitId" });
      const descendants = req.query.includeDescendants;
      if (descendants !== undefined && descendants !== "true" && descendants !== "false") {
        throw new CatalogError("BAD_USER_INPUT", ImportMessages.includeDescendantsBoolean, { field: "includeDescendants" });
      }
      const rows = await inventoryRows(ctx, { unitId, includeDescendants: descendants === "true", signal: signalFor(res) });
      res.status(200).type(CONTENT_TYPES[format]).setHeader("content-disposition", `attachment; filename="inventory.${format}"`);
      await writeCatalogRows(rows, format, res);
    } catch (thrown) {
      if (res.headersSent) return void res.destroy();
      const error = isDatabaseUnavailable(thrown) ? serviceUnavailable() : thrown;
      if (error instanceof CatalogError) {
        const code = String(error.extensions.code);
        if (code === CommonErrorCode.SERVICE_UNAVAILABLE) res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        return void res.status(STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code, field: error.extensions.field } }] });
      }
      logger.error("inventory export failed", { error: (error as Error).message });
      res.status(500).json({
        errors: [{ message: localise(CommonMessages.internalError(String(res.getHeader("x-request-id")))), extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      });
    }
  };
}
