import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { Appointment } from "./appointment.entity";
import { AppointmentRoleLabels, EducationDegreeLabels, SpecialistPositionLabels, UnitKindLabels } from "./organisation.messages";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";

/** Beside each enum value a record shows, its label in the request's language (Chinese by default): front ends keep no label maps. */
@Resolver(() => Unit)
class UnitLabelsResolver {
  @FieldResolver(() => String, { description: "单位类型, as a person reads it (e.g. 街道), in the request's language." })
  kindLabel(@Root() unit: Unit, @Ctx() ctx: RequestContext): string {
    return ctx.localise(UnitKindLabels[unit.kind]);
  }
}

@Resolver(() => Appointment)
class AppointmentLabelsResolver {
  @FieldResolver(() => String, { description: "任命角色, as a person reads it (e.g. 数据专员), in the request's language." })
  roleLabel(@Root() appointment: Appointment, @Ctx() ctx: RequestContext): string {
    return ctx.localise(AppointmentRoleLabels[appointment.role]);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "数据专员所任职务, as a person reads it (e.g. 责任科室负责人), in the request's language; null for other roles.",
  })
  specialistPositionLabel(@Root() appointment: Appointment, @Ctx() ctx: RequestContext): string | null {
    return appointment.specialistPosition ? ctx.localise(SpecialistPositionLabels[appointment.specialistPosition]) : null;
  }
}

@Resolver(() => Person)
class PersonLabelsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "学历, as a person reads it (e.g. 大学本科), in the request's language; null when not recorded.",
  })
  educationDegreeLabel(@Root() person: Person, @Ctx() ctx: RequestContext): string | null {
    return person.educationDegree ? ctx.localise(EducationDegreeLabels[person.educationDegree]) : null;
  }
}

export const organisationLabelResolvers = [UnitLabelsResolver, AppointmentLabelsResolver, PersonLabelsResolver] as const;
