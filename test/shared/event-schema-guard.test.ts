/**
 * Events synced by older laptops must always be read: a laptop that was
 * away for a month, or a room file from last year, brings events written
 * by an older version. event-schemas.json records every event type's
 * fields; a change that would leave such an event unread fails here,
 * whatever the recorded file says, and cannot be recorded.
 *
 * A new event type or a new optional field is fine: record it, read the
 * diff, and commit the file with the change:
 *
 *   HOLDFAST_UPDATE_EVENT_SCHEMAS=1 npx vitest run test/shared/event-schema-guard.test.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventPayloadSchemas } from '../../shared/events.js';
import { eventShapes, payloadShape, shapeChanges, shapesText, type EventShapes } from './event-schema-shape.js';

const RECORDED = fileURLToPath(new URL('./event-schemas.json', import.meta.url));
const UPDATE = process.env.HOLDFAST_UPDATE_EVENT_SCHEMAS === '1';
const HOW_TO_RECORD = 'HOLDFAST_UPDATE_EVENT_SCHEMAS=1 npx vitest run test/shared/event-schema-guard.test.ts';

describe('the event schemas', () => {
  it('still read every event an older laptop may have synced, and say so in event-schemas.json', () => {
    const current = eventShapes(eventPayloadSchemas);
    const recorded = JSON.parse(fs.readFileSync(RECORDED, 'utf8')) as EventShapes;
    const { forbidden, allowed } = shapeChanges(recorded, current);
    expect(
      forbidden,
      'Events synced by older laptops must always be read, so a released event type or field is never removed, renamed or ' +
        'made required, no required field is added to what they wrote, and a field never accepts less. Add a new optional ' +
        'field (or a new event type) instead, and keep reading the old one.',
    ).toEqual([]);
    if (UPDATE) fs.writeFileSync(RECORDED, shapesText(current));
    else expect(allowed, `These changes are safe for older laptops' events; record them with ${HOW_TO_RECORD} and commit test/shared/event-schemas.json.`).toEqual([]);
  });

  it('are recorded in the order and layout the update writes, so the file diffs cleanly', () => {
    const text = fs.readFileSync(RECORDED, 'utf8');
    expect(text).toBe(shapesText(JSON.parse(text) as EventShapes));
  });
});

describe('the schema guard', () => {
  const shapes = (payload: z.ZodType): EventShapes => ({ 'thing.done': payloadShape(payload) });
  const released = shapes(
    z.object({
      thingId: z.string(),
      level: z.enum(['low', 'high']),
      note: z.string().trim().optional(),
      parts: z.array(z.object({ partId: z.string(), size: z.number().nullable() })),
    }),
  );
  const changes = (payload: z.ZodType) => shapeChanges(released, shapes(payload));

  it('refuses a renamed field: the old name is gone, and old events lack the new one', () => {
    const { forbidden } = changes(
      z.object({ id: z.string(), level: z.enum(['low', 'high']), note: z.string().optional(), parts: z.array(z.object({ partId: z.string(), size: z.number().nullable() })) }),
    );
    expect(forbidden).toEqual(['thing.done: thingId is gone', 'thing.done: new field id, required string']);
  });

  it('refuses a field taken out of a nested object', () => {
    const { forbidden } = changes(z.object({ thingId: z.string(), level: z.enum(['low', 'high']), note: z.string().optional(), parts: z.array(z.object({ partId: z.string() })) }));
    expect(forbidden).toEqual(['thing.done: parts[].size is gone']);
  });

  it('refuses an optional field made required, and a new required field where old events lack it', () => {
    const { forbidden } = changes(
      z.object({
        thingId: z.string(),
        level: z.enum(['low', 'high']),
        note: z.string(),
        parts: z.array(z.object({ partId: z.string(), size: z.number().nullable(), colour: z.string() })),
      }),
    );
    expect(forbidden).toEqual(['thing.done: note was optional string, is required string', 'thing.done: new field parts[].colour, required string']);
  });

  it('refuses a field that accepts less: a value of an enumeration taken away, or null no longer allowed', () => {
    const { forbidden } = changes(z.object({ thingId: z.string(), level: z.enum(['high']), note: z.string().optional(), parts: z.array(z.object({ partId: z.string(), size: z.number() })) }));
    expect(forbidden).toEqual(['thing.done: level was required "low" | "high", is required "high"', 'thing.done: parts[].size was required number | null, is required number']);
  });

  it('refuses an event type taken away', () => {
    expect(shapeChanges(released, {}).forbidden).toEqual(['thing.done: the event type is gone']);
  });

  it('allows a new optional field, a new object with its own required fields, a field that accepts more, and a new event type', () => {
    const current = {
      ...shapes(
        z.object({
          thingId: z.string(),
          level: z.enum(['low', 'high', 'urgent']),
          note: z.string().optional(),
          parts: z.array(z.object({ partId: z.string(), size: z.number().nullable() })),
          owner: z.object({ name: z.string() }).optional(),
        }),
      ),
      'thing.undone': payloadShape(z.object({ thingId: z.string() })),
    };
    const { forbidden, allowed } = shapeChanges(released, current);
    expect(forbidden).toEqual([]);
    expect(allowed).toEqual([
      'thing.done: level was required "low" | "high", is required "low" | "high" | "urgent"',
      'thing.done: new field owner, optional object',
      'thing.done: new field owner.name, required string',
      'thing.undone: a new event type',
    ]);
  });
});
