import { EmailAddressResolver, PhoneNumberResolver } from "graphql-scalars";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, paginateList, PageArgs } from "../../common/pagination";
import { Appointment } from "./appointment.entity";
import { meetsCdoQualification } from "./appointment.policy";
import { appointmentHistoryOrder, OrganisationLoaders } from "./organisation.loaders";
import { AppointmentConnection, CreatePersonInput, PersonConnection, PersonsArgs, UpdatePersonInput } from "./organisation.types";
import { Person } from "./person.entity";
import * as persons from "./person.service";
import { Unit } from "./unit.entity";

/** A person's appointments on units the caller may read (the loader applies the scope). */
function readableAppointmentsOf(ctx: RequestContext, person: Person) {
  return ctx.loaders(OrganisationLoaders).appointmentHistoryOfPerson.load(person.id);
}

@AuthorizedOperations()
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "One person; null if there is none or they work outside your units (the same answer). A malformed ID is BAD_USER_INPUT.",
  })
  person(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "Global ID of the person." }) id: string): Promise<Person | null> {
    return persons.findPerson(ctx, id);
  }

  @Query(() => PersonConnection, { description: "Persons, by unit (optionally with descendants) and name search." })
  persons(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: PersonsArgs) {
    return persons.findPersons(ctx, filter, page);
  }

  @Mutation(() => Person, { description: "Records a person working in a unit." })
  createPerson(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreatePersonInput, { description: "The person and their unit." }) input: CreatePersonInput,
  ): Promise<Person> {
    return persons.createPerson(ctx, input);
  }

  @Mutation(() => Person, { description: "Corrects a person's record (name, post, qualification facts, contact details)." })
  updatePerson(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdatePersonInput, { description: "The person and what to change." }) input: UpdatePersonInput,
  ): Promise<Person> {
    return persons.updatePerson(ctx, input);
  }

  @FieldResolver(() => PhoneNumberResolver, {
    nullable: true,
    description: "Personal information: null unless you are this person, the CDO of their unit, or a district administrator (never for analysts).",
  })
  async phone(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return (await persons.contactOf(ctx, person))?.phone ?? null;
  }

  @FieldResolver(() => EmailAddressResolver, {
    nullable: true,
    description: "Personal information: null unless you are this person, the CDO of their unit, or a district administrator (never for analysts).",
  })
  async email(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return (await persons.contactOf(ctx, person))?.email ?? null;
  }

  @FieldResolver(() => Unit, { description: "The unit the person works in." })
  unit(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(person.unitId);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the person meets the CDO qualification (选聘条件): a bachelor's degree or above in a computer-related major, or 3+ years in charge of informatization.",
  })
  meetsCdoQualification(@Root() person: Person): boolean {
    return meetsCdoQualification(person);
  }

  @FieldResolver(() => [Appointment], { description: "Appointments the person holds today (on units you may read)." })
  async currentAppointments(@Root() person: Person, @Ctx() ctx: RequestContext) {
    const today = ctx.today();
    return (await readableAppointmentsOf(ctx, person)).filter((a) => a.isActiveOn(today));
  }

  @FieldResolver(() => AppointmentConnection, { description: "Every appointment the person has held on units you may read, newest first." })
  appointments(@Root() person: Person, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, appointmentHistoryOrder, () => readableAppointmentsOf(ctx, person));
  }
}
