import { Field, ObjectType, registerEnumType } from "type-graphql";
import { registerEnumLabels } from "../../../common/enum-labels";
import { text } from "../../../common/i18n";
import type { ExportFile } from "./export-link";

export enum InventoryDownload {
  INVENTORY_XLSX = "INVENTORY_XLSX",
  INVENTORY_CSV = "INVENTORY_CSV",
  TEMPLATE_XLSX = "TEMPLATE_XLSX",
}
registerEnumType(InventoryDownload, {
  name: "InventoryDownload",
  description: "The files under /exports/ a signed link can name.",
  valuesConfig: {
    INVENTORY_XLSX: { description: "/exports/inventory.xlsx: the items sheet (the import template), then one row per resource." },
    INVENTORY_CSV: { description: "/exports/inventory.csv: one row per item, UTF-8 with BOM." },
    TEMPLATE_XLSX: { description: "/exports/template.xlsx: the empty template with drop-down lists, 填表说明 and the units' functions." },
  },
});
registerEnumLabels<InventoryDownload>("InventoryDownload", {
  INVENTORY_XLSX: text("职能数据清单（Excel）", "Inventory (Excel)"),
  INVENTORY_CSV: text("职能数据清单（CSV）", "Inventory (CSV)"),
  TEMPLATE_XLSX: text("职能数据清单模板", "Inventory template"),
});

export const DOWNLOAD_FILES: Record<InventoryDownload, ExportFile> = {
  INVENTORY_XLSX: "inventory.xlsx",
  INVENTORY_CSV: "inventory.csv",
  TEMPLATE_XLSX: "template.xlsx",
};

@ObjectType({ description: "A short-lived download link a browser can follow without the bearer token (a plain GET, no Authorization header)." })
export class InventoryExportLink {
  @Field({ description: "Path and query under the server's origin (/exports/…?…&signature=…); works until expiresAt, for this account only." })
  url!: string;

  @Field({ description: "The name the file downloads as (unit name and code, and the day), e.g. 职能数据清单_区行政审批局_320402001_2026-11-30.xlsx." })
  fileName!: string;

  @Field(() => Date, { description: "When the link stops working." })
  expiresAt!: Date;
}
