/**
 * The shape of an event payload as a peer reads it: every field (nested ones
 * by path, `steps[].stepId`), whether it is required, and what it accepts.
 * Lengths and patterns are left out: they bound new input, while the shape
 * says which events synced by an older laptop this version can still read.
 *
 * Taken from zod's JSON Schema of what a schema accepts (its input), so a
 * transform or a refinement does not hide the field behind it.
 */
import { z } from 'zod';

/** Field path to "required <type>" or "optional <type>"; a type's alternatives are joined by " | ". */
export type PayloadShape = Record<string, string>;
export type EventShapes = Record<string, PayloadShape>;

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
}

export function payloadShape(schema: z.ZodType): PayloadShape {
  const shape: PayloadShape = {};
  addFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', shape);
  return shape;
}

export function eventShapes(schemas: Readonly<Record<string, z.ZodType>>): EventShapes {
  return Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, payloadShape(schema)]));
}

function addFields(schema: JsonSchema, prefix: string, shape: PayloadShape): void {
  for (const object of objectsIn(schema)) {
    for (const [name, field] of Object.entries(object.properties ?? {})) {
      const path = `${prefix}${name}`;
      shape[path] = `${object.required?.includes(name) ? 'required' : 'optional'} ${typeOf(field)}`;
      addFields(field, `${path}.`, shape);
    }
  }
  for (const items of itemsIn(schema)) addFields(items, `${prefix.slice(0, -1)}[].`, shape);
}

function alternatives(schema: JsonSchema): JsonSchema[] {
  if (schema.anyOf) return schema.anyOf.flatMap(alternatives);
  if (Array.isArray(schema.type)) return schema.type.map((type: string) => ({ ...schema, type }));
  return [schema];
}

const objectsIn = (schema: JsonSchema) => alternatives(schema).filter((option) => option.type === 'object');
const itemsIn = (schema: JsonSchema) => alternatives(schema).flatMap((option) => (option.type === 'array' && option.items ? [option.items] : []));

function typeOf(schema: JsonSchema): string {
  return alternatives(schema)
    .flatMap((option): string[] => {
      if (option.enum) return option.enum.map((value) => JSON.stringify(value));
      if (option.const !== undefined) return [JSON.stringify(option.const)];
      if (option.type === 'array') {
        const item = option.items ? typeOf(option.items) : 'anything';
        return [item.includes(' | ') ? `array of (${item})` : `array of ${item}`];
      }
      return [typeof option.type === 'string' ? option.type : 'anything'];
    })
    .join(' | ');
}

/**
 * What changed from the recorded shapes to the current ones. Forbidden: a
 * change that leaves an older laptop's events unread (a type or field gone
 * or renamed, a field made required or added as required to what existed,
 * a type that accepts less). Allowed: a new type, a new optional field, a
 * type that accepts more.
 */
export function shapeChanges(recorded: EventShapes, current: EventShapes): { forbidden: string[]; allowed: string[] } {
  const forbidden: string[] = [];
  const allowed: string[] = [];
  for (const [type, was] of Object.entries(recorded)) {
    const now = current[type];
    if (!now) {
      forbidden.push(`${type}: the event type is gone`);
      continue;
    }
    for (const [path, wasField] of Object.entries(was)) {
      const nowField = now[path];
      if (nowField === undefined) forbidden.push(`${type}: ${path} is gone`);
      else if (nowField !== wasField) (fieldWidens(wasField, nowField) ? allowed : forbidden).push(`${type}: ${path} was ${wasField}, is ${nowField}`);
    }
    for (const [path, nowField] of Object.entries(now)) {
      if (path in was) continue;
      const parent = path.replace(/(\[\])?\.?[^.[\]]+$/, '');
      const intoExisting = parent === '' || parent in was;
      (intoExisting && nowField.startsWith('required') ? forbidden : allowed).push(`${type}: new field ${path}, ${nowField}`);
    }
  }
  for (const type of Object.keys(current)) if (!(type in recorded)) allowed.push(`${type}: a new event type`);
  return { forbidden, allowed };
}

/** True when the field now accepts everything it accepted: required may become optional, and a type may gain alternatives. */
function fieldWidens(was: string, now: string): boolean {
  const [wasPresence, wasType] = splitField(was);
  const [nowPresence, nowType] = splitField(now);
  if (wasPresence === 'optional' && nowPresence === 'required') return false;
  const accepted = new Set(topLevelAlternatives(nowType));
  return topLevelAlternatives(wasType).every((option) => accepted.has(option));
}

function splitField(field: string): [string, string] {
  const space = field.indexOf(' ');
  return [field.slice(0, space), field.slice(space + 1)];
}

function topLevelAlternatives(type: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < type.length; index += 1) {
    const char = type[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0 && type.startsWith(' | ', index)) {
      options.push(type.slice(start, index));
      start = index + 3;
    }
  }
  options.push(type.slice(start));
  return options;
}

/** The recorded file's text: one field per line, so a review reads the change. */
export function shapesText(shapes: EventShapes): string {
  const types = Object.keys(shapes)
    .sort()
    .map((type) => {
      const fields = Object.entries(shapes[type]!).map(([path, field]) => `    ${JSON.stringify(path)}: ${JSON.stringify(field)}`);
      return `  ${JSON.stringify(type)}: {${fields.length ? `\n${fields.join(',\n')}\n  ` : ''}}`;
    });
  return `{\n${types.join(',\n')}\n}\n`;
}
