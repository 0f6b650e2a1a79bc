import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { PUBLIC } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { enumLabelsOf, labelledEnumNames } from "../../common/enum-labels";
import { badUserInput } from "../../common/errors";
import { LabelsMessages } from "./labels.messages";
import { EnumLabels, enumLabels } from "./labels.types";

const MAX_ENUMS = 50;

/** The enums' labels as data, so no front end keeps its own copy of 有条件共享 and the like. */
@Resolver()
export class LabelsResolver {
  @Authorized(PUBLIC)
  @Query(() => [EnumLabels], {
    description:
      "What a person calls each enum value (e.g. SharingType.CONDITIONAL: 有条件共享), in the request's language: Simplified Chinese by default, English with Accept-Language: en. " +
      "Open to everyone (labels are not data). Enums in the order asked, or every labelled enum by name.",
  })
  enumLabels(
    @Ctx() ctx: RequestContext,
    @Arg("enums", () => [String], { nullable: true, description: 'GraphQL enum names, e.g. ["SharingType", "DataLevel"]; all when omitted. At most 50.' })
    enums?: string[] | null,
  ): EnumLabels[] {
    if (!enums) return labelledEnumNames().map((name) => enumLabels(name, ctx.locale));
    if (enums.length > MAX_ENUMS) throw badUserInput("enums", LabelsMessages.tooManyEnums(MAX_ENUMS));
    for (const name of enums) {
      if (!enumLabelsOf(name)) throw badUserInput("enums", LabelsMessages.unknownEnum(name.slice(0, 100), labelledEnumNames().join(", ")));
    }
    return enums.map((name) => enumLabels(name, ctx.locale));
  }
}
