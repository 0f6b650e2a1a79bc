import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { InnovationCase } from "./innovation-case.entity";
import { InnovationCaseKind } from "./innovation.enums";

export const InnovationCaseConnection = ConnectionType("InnovationCase", InnovationCase);

@InputType("CreateInnovationCaseInput", { description: "融合创新案例: a case, the resources it uses and the units involved." })
export class CreateInnovationCaseInput {
  @Field(() => ID, { description: "The lead unit (its CDO records the case)." })
  leadUnitId!: string;

  @Field(() => InnovationCaseKind, { description: "案例类型: the kind of case." })
  kind!: InnovationCaseKind;

  @Field({ description: "案例名称, 1 to 200 characters." })
  title!: string;

  @Field({ description: "案例简介, 1 to 2,000 characters." })
  summary!: string;

  @Field(() => Int, { description: "The year it started, 2000 to 2100." })
  year!: number;

  @Field(() => [ID], { defaultValue: [], description: "The data resources it uses (at most 50, each readable by you and not retired)." })
  resourceIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: "Other units involved (at most 50); the lead unit always is." })
  unitIds!: string[];
}

@InputType("UpdateInnovationCaseInput", { description: "Changes to a case; lists given replace the current ones." })
export class UpdateInnovationCaseInput {
  @Field(() => ID, { description: "The case." })
  id!: string;

  @Field(() => InnovationCaseKind, { nullable: true, description: "案例类型: the kind of case." })
  kind?: InnovationCaseKind | null;

  @Field(() => String, { nullable: true, description: "案例名称, 1 to 200 characters." })
  title?: string;

  @Field(() => String, { nullable: true, description: "案例简介, 1 to 2,000 characters." })
  summary?: string;

  @Field(() => Int, { nullable: true, description: "The year it started." })
  year?: number | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the resources it uses (at most 50)." })
  resourceIds?: string[];

  @Field(() => [ID], { nullable: true, description: "Replaces the other units involved (at most 50)." })
  unitIds?: string[];
}

@InputType("InnovationCaseFilter", { description: "Which cases." })
export class InnovationCaseFilter {
  @Field(() => InnovationCaseKind, { nullable: true, description: "Of this kind." })
  kind?: InnovationCaseKind | null;

  @Field(() => ID, { nullable: true, description: "Involving this unit." })
  unitId?: string | null;
}

@ArgsType()
export class InnovationCasesArgs extends ConnectionArgs {
  @Field(() => InnovationCaseFilter, { nullable: true, description: "Which cases; all by default." })
  filter?: InnovationCaseFilter;
}
