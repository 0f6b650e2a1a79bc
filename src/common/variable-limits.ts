import { type DocumentNode, Kind, type SelectionSetNode, type ValueNode } from "graphql";

/**
 * What a request's variables and literals may hold, checked after validation and before execution
 * (src/common/query-limits.ts): no U+0000 in a string, and no list longer than MAX_VARIABLE_LIST_ITEMS.
 */

const NUL = "\u0000";

/** The path of the first string holding U+0000 in a JSON value (variables), or null. Iterative: JSON may nest deeper than the stack. */
function nulInJson(root: unknown, rootPath: string): string | null {
  // JSON writes U+0000 as \u0000: without that text anywhere (the usual case), no path is built for each of a bulk input's values.
  if (!JSON.stringify(root)?.includes("\\u0000")) return null;
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === "string") {
      if (value.includes(NUL)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) pending.push([value[i], `${path}[${i}]`]);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value).reverse()) {
        if (key.includes(NUL)) return `${path}.${key.replaceAll(NUL, "")}`;
        pending.push([inner, `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** The same for a literal in the document (an argument, a default value). */
function nulInLiteral(value: ValueNode, path: string): string | null {
  if (value.kind === Kind.STRING) return value.value.includes(NUL) ? path : null;
  if (value.kind === Kind.LIST) {
    for (let i = 0; i < value.values.length; i += 1) {
      const found = nulInLiteral(value.values[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = nulInLiteral(field.value, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * U+0000 in any string input: no database stores it the same way (SQLite's LIKE stops at it and
 * matches everything), so it is refused, naming the field, before anything runs.
 */
export function nulField(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = nulInJson(value, name);
    if (found) return found;
  }
  const inSelections = (selectionSet: SelectionSetNode): string | null => {
    for (const selection of selectionSet.selections) {
      for (const argument of [
        ...(selection.kind === Kind.FIELD ? (selection.arguments ?? []) : []),
        ...(selection.directives ?? []).flatMap((d) => d.arguments ?? []),
      ]) {
        const found = nulInLiteral(argument.value, argument.name.value);
        if (found) return found;
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) {
        const found = inSelections(selection.selectionSet);
        if (found) return found;
      }
    }
    return null;
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        const found = variable.defaultValue && nulInLiteral(variable.defaultValue, variable.variable.name.value);
        if (found) return found;
      }
    }
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      const found = inSelections(definition.selectionSet);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The most items one list in the variables may hold: twice the largest batch a mutation takes (10,000
 * quality measurements, as rows or as columns). Checked before execution coerces the lists item by
 * item: an 8 MiB body of `[0,0,…]` is four million numbers.
 */
export const MAX_VARIABLE_LIST_ITEMS = 20_000;

/** The path of the first list in the variables longer than MAX_VARIABLE_LIST_ITEMS, and its length. */
export function overlongList(variables: Record<string, unknown> | undefined): { field: string; items: number } | null {
  if (!variables) return null;
  const stack: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, name]);
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      if (value.length > MAX_VARIABLE_LIST_ITEMS) return { field: path, items: value.length };
      for (const item of value) if (item !== null && typeof item === "object") stack.push([item, path]);
    } else for (const [key, inner] of Object.entries(value)) stack.push([inner, `${path}.${key}`]);
  }
  return null;
}
