import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };
const references = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], ...restrict });

/** DOMAIN §4, sharing between units: requests (and the items they name), grants and daily usage. */
export class Sharing1764239100000 implements MigrationInterface {
  name = "Sharing1764239100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "sharing_requests",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "provider_unit_id", type: "integer" },
          { name: "consumer_unit_id", type: "integer" },
          { name: "whole_resource", type: "boolean" },
          { name: "purpose", type: "varchar", length: "1000" },
          { name: "legal_basis", type: "varchar", length: "1000" },
          { name: "wanted_until", type: "date", isNullable: true },
          { name: "effective_sharing_type", type: "varchar", length: "16" },
          { name: "status", type: "varchar", length: "16" },
          { name: "requested_at", type: "datetime" },
          { name: "requested_on", type: "date" },
          { name: "decision_due_on", type: "date", isNullable: true },
          { name: "decided_at", type: "datetime", isNullable: true },
          { name: "decided_on", type: "date", isNullable: true },
          { name: "decision_working_days", type: "integer", isNullable: true },
          { name: "granted_at_once", type: "boolean", default: 0 },
          { name: "conditions", type: "varchar", length: "1000", isNullable: true },
          { name: "rejection_reason", type: "varchar", length: "1000", isNullable: true },
          { name: "pending_key", type: "varchar", length: "32", isNullable: true },
          { name: "requested_by_account_id", type: "integer", isNullable: true },
          { name: "decided_by_account_id", type: "integer", isNullable: true },
          ...timestamps,
        ],
        indices: [
          new TableIndex({ columnNames: ["provider_unit_id", "status", "decision_due_on"] }),
          new TableIndex({ columnNames: ["consumer_unit_id", "requested_at"] }),
          new TableIndex({ columnNames: ["resource_id", "consumer_unit_id"] }),
          new TableIndex({ columnNames: ["requested_on", "provider_unit_id", "consumer_unit_id", "status"] }),
          new TableIndex({ columnNames: ["decided_on", "provider_unit_id"] }),
          new TableIndex({ columnNames: ["pending_key"], isUnique: true }),
        ],
        foreignKeys: [references("resource_id", "data_resources"), references("provider_unit_id", "units"), references("consumer_unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sharing_request_items",
        columns: [
          { name: "request_id", type: "integer", isPrimary: true },
          { name: "item_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["item_id"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["request_id"],
            referencedTableName: "sharing_requests",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
          new TableForeignKey({
            columnNames: ["item_id"],
            referencedTableName: "data_items",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sharing_grants",
        columns: [
          id,
          { name: "request_id", type: "integer" },
          { name: "resource_id", type: "integer" },
          { name: "provider_unit_id", type: "integer" },
          { name: "consumer_unit_id", type: "integer" },
          { name: "granted_at", type: "datetime" },
          { name: "granted_on", type: "date" },
          { name: "expires_on", type: "date", isNullable: true },
          { name: "conditions", type: "varchar", length: "1000", isNullable: true },
          { name: "revoked_at", type: "datetime", isNullable: true },
          { name: "revoked_on", type: "date", isNullable: true },
          { name: "revocation_reason", type: "varchar", length: "1000", isNullable: true },
          ...timestamps,
        ],
        indices: [
          new TableIndex({ columnNames: ["request_id"], isUnique: true }),
          new TableIndex({ columnNames: ["provider_unit_id", "consumer_unit_id"] }),
          new TableIndex({ columnNames: ["consumer_unit_id"] }),
          new TableIndex({ columnNames: ["resource_id"] }),
          new TableIndex({ columnNames: ["granted_on", "provider_unit_id", "consumer_unit_id"] }),
        ],
        foreignKeys: [
          references("request_id", "sharing_requests"),
          references("resource_id", "data_resources"),
          references("provider_unit_id", "units"),
          references("consumer_unit_id", "units"),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sharing_usage",
        columns: [
          id,
          { name: "grant_id", type: "integer" },
          { name: "provider_unit_id", type: "integer" },
          { name: "consumer_unit_id", type: "integer" },
          { name: "resource_id", type: "integer" },
          { name: "usage_date", type: "date" },
          { name: "call_count", type: "integer" },
          { name: "record_count", type: "integer" },
          { name: "recorded_at", type: "datetime" },
        ],
        indices: [
          new TableIndex({ columnNames: ["grant_id", "usage_date"], isUnique: true }),
          new TableIndex({ columnNames: ["usage_date", "provider_unit_id", "consumer_unit_id", "resource_id", "call_count", "record_count"] }),
        ],
        foreignKeys: [references("grant_id", "sharing_grants")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("sharing_usage");
    await queryRunner.dropTable("sharing_grants");
    await queryRunner.dropTable("sharing_request_items");
    await queryRunner.dropTable("sharing_requests");
  }
}
