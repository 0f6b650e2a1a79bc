import { Field, ObjectType } from "type-graphql";
import { enumLabelsOf } from "../../common/enum-labels";
import { inLocale, type Locale } from "../../common/i18n";

@ObjectType("EnumValueLabel", { description: "One enum value and what a person calls it." })
export class EnumValueLabel {
  @Field({ description: "The enum value as the API spells it, e.g. CONDITIONAL." })
  value!: string;

  @Field({ description: "Its label in the request's language (Accept-Language; Simplified Chinese by default), e.g. 有条件共享." })
  label!: string;
}

@ObjectType("EnumLabels", { description: "The labels of one enum's values, in the request's language." })
export class EnumLabels {
  @Field({ description: "The GraphQL enum's name, e.g. SharingType." })
  enum!: string;

  @Field(() => [EnumValueLabel], { description: "Every value of the enum, in the schema's order." })
  values!: EnumValueLabel[];
}

/** One enum's labels in a language (the request's). */
export function enumLabels(name: string, locale: Locale): EnumLabels {
  const labels = enumLabelsOf(name)!;
  return { enum: name, values: Object.entries(labels).map(([value, label]) => ({ value, label: inLocale(label, locale) })) };
}
