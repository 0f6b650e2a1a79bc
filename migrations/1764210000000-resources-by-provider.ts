import { MigrationInterface, QueryRunner, TableIndex } from "typeorm";

/** A unit's resources in code order (the nested page units → dataResources) straight from an index. */
export class ResourcesByProvider1764210000000 implements MigrationInterface {
  name = "ResourcesByProvider1764210000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("data_resources", new TableIndex({ columnNames: ["provider_unit_id", "code"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("data_resources");
    const index = table!.indices.find((i) => i.columnNames.join() === "provider_unit_id,code");
    await queryRunner.dropIndex("data_resources", index!);
  }
}
