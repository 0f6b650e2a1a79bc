import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };
const toResource = new TableForeignKey({ columnNames: ["resource_id"], referencedTableName: "data_resources", referencedColumnNames: ["id"], ...restrict });
const dimension = { name: "dimension", type: "varchar", length: "16", isPrimary: true };
const dailyColumns = [
  { name: "day", type: "date", isPrimary: true },
  { name: "measurement_count", type: "integer" },
  { name: "score_sum", type: "bigint" },
  { name: "score_min", type: "integer" },
  { name: "score_max", type: "integer" },
];

/**
 * DOMAIN §3 (issue #8): quality rules, measurements (a time series), their roll-ups (latest per
 * resource × dimension, per resource × day, per unit × day and per unit now) and 数据纠错 issues.
 * The measurements and their roll-ups have no foreign keys: they are written by multi-row
 * statements in one transaction after the service has checked every reference.
 */
export class Quality1764235200000 implements MigrationInterface {
  name = "Quality1764235200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "quality_rules",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "item_id", type: "integer", isNullable: true },
          { name: "dimension", type: "varchar", length: "16" },
          { name: "check_kind", type: "varchar", length: "24" },
          { name: "description", type: "varchar", length: "500" },
          { name: "target_centi", type: "integer" },
          { name: "active", type: "boolean", default: 1 },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["resource_id", "dimension"] })],
        foreignKeys: [
          toResource,
          new TableForeignKey({
            columnNames: ["item_id"],
            referencedTableName: "data_items",
            referencedColumnNames: ["id"],
            onDelete: "SET NULL",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "quality_measurements",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "rule_id", type: "integer", isNullable: true },
          { name: "dimension", type: "varchar", length: "16" },
          { name: "score_centi", type: "integer" },
          { name: "passed", type: "bigint", isNullable: true },
          { name: "total", type: "bigint", isNullable: true },
          { name: "source", type: "varchar", length: "24" },
          { name: "measured_at", type: "datetime" },
          { name: "day", type: "date" },
          { name: "note", type: "varchar", length: "500", isNullable: true },
          { name: "recorded_by_account_id", type: "integer", isNullable: true },
          { name: "recorded_by", type: "varchar", length: "64" },
          { name: "recorded_at", type: "datetime" },
        ],
        // No foreign keys on the time series: its rows are checked by the service, and every INSERT stays cheap.
        indices: [new TableIndex({ columnNames: ["resource_id", "dimension", "measured_at"] }), new TableIndex({ columnNames: ["day"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "quality_latest",
        columns: [
          { name: "resource_id", type: "integer", isPrimary: true },
          dimension,
          { name: "unit_id", type: "integer" },
          { name: "score_centi", type: "integer", isNullable: true },
          { name: "measured_at", type: "datetime", isNullable: true },
          { name: "target_centi", type: "integer", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["unit_id"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: "quality_daily", columns: [{ name: "resource_id", type: "integer", isPrimary: true }, dimension, ...dailyColumns] }),
    );
    await queryRunner.createTable(
      new Table({ name: "quality_unit_daily", columns: [{ name: "unit_id", type: "integer", isPrimary: true }, dimension, ...dailyColumns] }),
    );
    await queryRunner.createTable(
      new Table({
        name: "quality_unit_current",
        columns: [
          { name: "unit_id", type: "integer", isPrimary: true },
          dimension,
          { name: "resource_count", type: "integer" },
          { name: "score_sum", type: "bigint" },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "quality_issues",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "item_id", type: "integer", isNullable: true },
          { name: "provider_unit_id", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "description", type: "varchar", length: "2000" },
          { name: "state", type: "varchar", length: "16" },
          { name: "reporter_account_id", type: "integer", isNullable: true },
          { name: "reporter_username", type: "varchar", length: "64" },
          { name: "reported_at", type: "datetime" },
          { name: "due_date", type: "date" },
          { name: "rejection_reason", type: "varchar", length: "1000", isNullable: true },
          { name: "rectification_note", type: "varchar", length: "1000", isNullable: true },
          { name: "reopen_reason", type: "varchar", length: "1000", isNullable: true },
          { name: "reopen_count", type: "integer", default: 0 },
          { name: "closed_at", type: "datetime", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["provider_unit_id", "state", "due_date"] }), new TableIndex({ columnNames: ["resource_id"] })],
        foreignKeys: [
          toResource.clone(),
          new TableForeignKey({ columnNames: ["provider_unit_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict }),
          new TableForeignKey({
            columnNames: ["item_id"],
            referencedTableName: "data_items",
            referencedColumnNames: ["id"],
            onDelete: "SET NULL",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "quality_issues",
      "quality_unit_current",
      "quality_unit_daily",
      "quality_daily",
      "quality_latest",
      "quality_measurements",
      "quality_rules",
    ])
      await queryRunner.dropTable(table);
  }
}
