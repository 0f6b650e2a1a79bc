/**
 * The labels of the schema's enums (有条件共享 for CONDITIONAL …), as data: each module registers
 * its label maps (kept in its `<module>.messages.ts`) under the GraphQL enum's name, and the API
 * serves them in the request's language (`enumLabels`, and `…Label` fields beside enum values).
 */
import type { Localised } from "./i18n";

const registry = new Map<string, Readonly<Record<string, Localised>>>();

/** Declares the labels of GraphQL enum `name` (one per value). */
export function registerEnumLabels<T extends string>(name: string, labels: Readonly<Record<T, Localised>>): Readonly<Record<T, Localised>> {
  registry.set(name, labels);
  return labels;
}

/** The names of the enums with labels, sorted. */
export function labelledEnumNames(): string[] {
  return [...registry.keys()].sort();
}

/** One enum's labels (value → label), in both languages. */
export function enumLabelsOf(name: string): Readonly<Record<string, Localised>> | undefined {
  return registry.get(name);
}
