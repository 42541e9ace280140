import { describe, expect, it } from 'vitest';
import schema from './meal-point.schema.json';
import { DATUMS, DIET_TAGS, MEAL_POINT_STATUSES, MEAL_POINT_TYPES, MEALS, RESIDENCIES, SERVICE_MODES, SUBSIDY_KINDS } from './types';

describe('meal-point.schema.json stays in step with the types and the validator', () => {
  const p = schema.properties;
  it.each([
    ['type', p.type.enum, MEAL_POINT_TYPES],
    ['status', p.status.enum, MEAL_POINT_STATUSES],
    ['location.datum', p.location.properties.datum.enum, DATUMS],
    ['hours.windows[].meal', p.hours.properties.windows.items.properties.meal.enum, MEALS],
    ['subsidies[].residency', p.subsidies.items.properties.residency.enum, RESIDENCIES],
    ['services.modes[]', p.services.properties.modes.items.enum, SERVICE_MODES],
    ['diet[]', p.diet.items.enum, DIET_TAGS],
    ['subsidies[].effect.kind', p.subsidies.items.properties.effect.oneOf.map((o) => o.properties.kind.const), SUBSIDY_KINDS],
  ])('%s', (_field, inSchema, inTypes) => {
    expect([...inSchema]).toEqual([...inTypes]);
  });
  it('requires what the validator requires', () => {
    expect(schema.required).toEqual(['id', 'name', 'type', 'address', 'location']);
    expect(p.location.required).toEqual(['lng', 'lat', 'datum']);
    expect(p.address.required).toEqual(['district', 'detail']);
  });
});
