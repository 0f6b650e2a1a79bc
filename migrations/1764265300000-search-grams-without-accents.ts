import { MigrationInterface, QueryRunner } from "typeorm";
import { searchForm } from "../src/common/search-form";
import { refillResourceSearchGrams } from "../src/modules/inventory/resource-search-grams";

/** How the search read text before this migration: NFKC and lower case, accents kept. */
const accentsKept = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * The search now folds accents as MariaDB's collation does (src/common/search-form.ts: Café → cafe):
 * the grams of every resource whose name, code or summary reads otherwise than before are written anew,
 * a thousand resources at a time. Chinese text reads the same either way: its grams stay.
 */
export class SearchGramsWithoutAccents1764265300000 implements MigrationInterface {
  name = "SearchGramsWithoutAccents1764265300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await refillResourceSearchGrams(queryRunner.manager, accentsKept, searchForm);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await refillResourceSearchGrams(queryRunner.manager, searchForm, accentsKept);
  }
}
