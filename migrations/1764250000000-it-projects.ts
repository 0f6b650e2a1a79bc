import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const references = (column: string, table: string, onDelete = "RESTRICT") =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete, onUpdate: "NO ACTION" });

/** DOMAIN §5, IT projects under the CDO's one-vote veto: projects, the resources they create or use, and every review round. */
export class ItProjects1764250000000 implements MigrationInterface {
  name = "ItProjects1764250000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "it_projects",
        columns: [
          id,
          { name: "unit_id", type: "integer" },
          { name: "name", type: "varchar", length: "200" },
          { name: "year", type: "integer" },
          { name: "budget_fen", type: "bigint" },
          { name: "independent_application", type: "boolean" },
          { name: "description", type: "varchar", length: "2000", isNullable: true },
          { name: "status", type: "varchar", length: "16" },
          { name: "round_count", type: "integer", default: 0 },
          { name: "created_by_account_id", type: "integer", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "year"] }), new TableIndex({ columnNames: ["status", "year"] })],
        foreignKeys: [references("unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "it_project_resources",
        columns: [
          { name: "project_id", type: "integer", isPrimary: true },
          { name: "resource_id", type: "integer", isPrimary: true },
          { name: "usage", type: "varchar", length: "8" },
        ],
        indices: [new TableIndex({ columnNames: ["resource_id"] })],
        foreignKeys: [references("project_id", "it_projects", "CASCADE"), references("resource_id", "data_resources")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "project_reviews",
        columns: [
          id,
          { name: "project_id", type: "integer" },
          { name: "round", type: "integer" },
          { name: "unit_id", type: "integer" },
          { name: "status", type: "varchar", length: "16" },
          { name: "budget_fen", type: "bigint" },
          { name: "independent_application", type: "boolean" },
          { name: "submitted_at", type: "datetime" },
          { name: "submitted_on", type: "date" },
          { name: "cdo_active_on_submission", type: "boolean" },
          { name: "prefill_registered_in_inventory", type: "boolean", isNullable: true },
          { name: "prefill_no_duplicate_collection", type: "boolean", isNullable: true },
          { name: "unregistered_resource_ids", type: "text" },
          { name: "duplicate_resource_ids", type: "text" },
          { name: "review_started_at", type: "datetime", isNullable: true },
          { name: "decided_at", type: "datetime", isNullable: true },
          { name: "decided_on", type: "date", isNullable: true },
          { name: "reviewer_person_id", type: "integer", isNullable: true },
          { name: "submitted_by_account_id", type: "integer", isNullable: true },
          { name: "decided_by_account_id", type: "integer", isNullable: true },
          { name: "registered_in_inventory", type: "boolean", isNullable: true },
          { name: "shared_through_platform", type: "boolean", isNullable: true },
          { name: "no_duplicate_collection", type: "boolean", isNullable: true },
          { name: "standards_followed", type: "boolean", isNullable: true },
          { name: "reasons", type: "varchar", length: "2000", isNullable: true },
          { name: "withdrawn_at", type: "datetime", isNullable: true },
          ...timestamps,
        ],
        indices: [
          new TableIndex({ columnNames: ["project_id", "round"], isUnique: true }),
          new TableIndex({ columnNames: ["unit_id", "status"] }),
          new TableIndex({ columnNames: ["status", "submitted_on"] }),
        ],
        foreignKeys: [references("project_id", "it_projects"), references("unit_id", "units")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("project_reviews");
    await queryRunner.dropTable("it_project_resources");
    await queryRunner.dropTable("it_projects");
  }
}
