import { InventoryErrorCode } from "../inventory.errors";
/**
 * What an import can find wrong with a row, besides the inventory rules themselves (those keep
 * their own codes, InventoryErrorCode, the same the API refuses with).
 */
export enum ImportProblemCode {
  /** The file is not the template: unreadable, headers missing, unknown or repeated, values under no header. */
  SPREADSHEET_FORMAT_INVALID = "SPREADSHEET_FORMAT_INVALID",
  /** The file is past a reading bound (columns, cell or row length, inflated size, time): see SPREADSHEET_LIMITS. */
  SPREADSHEET_TOO_LARGE = "SPREADSHEET_TOO_LARGE",
  /** A required value is empty (or its column is missing while a new resource or item needs it). */
  VALUE_REQUIRED = "VALUE_REQUIRED",
  /** A cell that should hold one of the template's labels (e.g. 有条件共享) holds something else. */
  UNKNOWN_LABEL = "UNKNOWN_LABEL",
  INVALID_NUMBER = "INVALID_NUMBER",
  INVALID_DATE = "INVALID_DATE",
  /** Too long for its field (TEXT_LIMITS, the API's own bounds). */
  INVALID_TEXT = "INVALID_TEXT",
  /** A resource column holds another value than on the resource's first row. */
  RESOURCE_COLUMNS_DIFFER = "RESOURCE_COLUMNS_DIFFER",
  /** The rows of one resource are not next to each other. */
  RESOURCE_ROWS_NOT_CONTIGUOUS = "RESOURCE_ROWS_NOT_CONTIGUOUS",
  /** 资源提供方代码 names no unit. */
  UNIT_NOT_FOUND = "UNIT_NOT_FOUND",
  /** 资源提供方代码 names a unit that is not the target unit or one of its subordinate units. */
  UNIT_OUTSIDE_SCOPE = "UNIT_OUTSIDE_SCOPE",
  /** A row without 信息资源代码 whose 信息资源名称 names several of the unit's resources: which one is meant is not guessed. */
  RESOURCE_NAME_AMBIGUOUS = "RESOURCE_NAME_AMBIGUOUS",
  /** 信息项编码 read as a number (e.g. 1) that stands for a stored code of another width (001): the item is not guessed. */
  ITEM_CODE_LOOKALIKE = "ITEM_CODE_LOOKALIKE",
}

/** Every code an import problem may carry: the file's own (ImportProblemCode), and the inventory rules' (InventoryErrorCode). */
export const InventoryImportProblemCode = { ...ImportProblemCode, ...InventoryErrorCode };
export type InventoryImportProblemCode = ImportProblemCode | InventoryErrorCode;
