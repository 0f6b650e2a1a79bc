import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const references = (column: string, table: string, onDelete: "RESTRICT" | "CASCADE" = "RESTRICT") =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete, onUpdate: "NO ACTION" });

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };

/** DOMAIN §6, 履职评价: versioned indicator systems, manual scores, and runs with each score's explanation. */
export class Evaluation1764262000000 implements MigrationInterface {
  name = "Evaluation1764262000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "evaluation_schemes",
        columns: [
          id,
          { name: "district_unit_id", type: "integer" },
          { name: "year", type: "integer" },
          { name: "version", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "status", type: "varchar", length: "16" },
          { name: "excellent_centi", type: "integer" },
          { name: "good_centi", type: "integer" },
          { name: "pass_centi", type: "integer" },
          { name: "based_on_scheme_id", type: "integer", isNullable: true },
          { name: "published_at", type: "datetime", isNullable: true },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["district_unit_id", "year", "version"], isUnique: true })],
        foreignKeys: [references("district_unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_indicators",
        columns: [
          id,
          { name: "scheme_id", type: "integer" },
          { name: "position", type: "integer" },
          { name: "category", type: "varchar", length: "32" },
          { name: "name", type: "varchar", length: "200" },
          { name: "weight_centi", type: "integer" },
          { name: "method", type: "varchar", length: "16" },
          { name: "metric", type: "varchar", length: "32", isNullable: true },
          { name: "zero_point_centi", type: "integer", isNullable: true },
          { name: "full_point_centi", type: "integer", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["scheme_id", "position"], isUnique: true })],
        foreignKeys: [references("scheme_id", "evaluation_schemes", "CASCADE")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_manual_scores",
        columns: [
          id,
          { name: "indicator_id", type: "integer" },
          { name: "unit_id", type: "integer" },
          { name: "score_centi", type: "integer" },
          { name: "reason", type: "varchar", length: "1000" },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["indicator_id", "unit_id"], isUnique: true })],
        foreignKeys: [references("indicator_id", "evaluation_indicators", "CASCADE"), references("unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_runs",
        columns: [
          id,
          { name: "scheme_id", type: "integer" },
          { name: "district_unit_id", type: "integer" },
          { name: "year", type: "integer" },
          { name: "as_of", type: "date" },
          { name: "status", type: "varchar", length: "16" },
          { name: "created_at", type: "datetime" },
          { name: "published_at", type: "datetime", isNullable: true },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["scheme_id"] }), new TableIndex({ columnNames: ["district_unit_id", "year"] })],
        foreignKeys: [references("scheme_id", "evaluation_schemes")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_results",
        columns: [
          id,
          { name: "run_id", type: "integer" },
          { name: "unit_id", type: "integer" },
          { name: "cdo_person_id", type: "integer", isNullable: true },
          { name: "total_centi", type: "integer", isNullable: true },
          { name: "grade", type: "varchar", length: "16", isNullable: true },
          { name: "rank", type: "integer", isNullable: true },
          { name: "position", type: "integer" },
        ],
        indices: [
          new TableIndex({ columnNames: ["run_id", "position"], isUnique: true }),
          new TableIndex({ columnNames: ["run_id", "unit_id"], isUnique: true }),
          new TableIndex({ columnNames: ["unit_id"] }),
        ],
        foreignKeys: [references("run_id", "evaluation_runs", "CASCADE"), references("unit_id", "units"), references("cdo_person_id", "persons")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_scores",
        columns: [
          { name: "result_id", type: "integer", isPrimary: true },
          { name: "indicator_id", type: "integer", isPrimary: true },
          { name: "value_centi", type: "integer", isNullable: true },
          { name: "numerator_centi", type: "integer", isNullable: true },
          { name: "denominator_centi", type: "integer", isNullable: true },
          { name: "score_centi", type: "integer" },
          { name: "weighted_centi", type: "integer" },
          { name: "note", type: "varchar", length: "1000", isNullable: true },
        ],
        foreignKeys: [references("result_id", "evaluation_results", "CASCADE"), references("indicator_id", "evaluation_indicators")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "evaluation_evidence",
        columns: [
          { name: "result_id", type: "integer", isPrimary: true },
          { name: "indicator_id", type: "integer", isPrimary: true },
          { name: "record_type", type: "varchar", length: "40", isPrimary: true },
          { name: "record_id", type: "integer", isPrimary: true },
        ],
        foreignKeys: [references("result_id", "evaluation_results", "CASCADE"), references("indicator_id", "evaluation_indicators")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "evaluation_evidence",
      "evaluation_scores",
      "evaluation_results",
      "evaluation_runs",
      "evaluation_manual_scores",
      "evaluation_indicators",
      "evaluation_schemes",
    ])
      await queryRunner.dropTable(table);
  }
}
