import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { verdictColours } from '../../../src/background/badge-colours';

describe('the badge takes its colours from the one palette', () => {
  test('the light value of each verdict in tokens.css, not the dark one', () => {
    const tokens = readFileSync('src/ui/tokens.css', 'utf8');
    expect(verdictColours(tokens)).toEqual({
      corroborated: '#1b6e3a',
      conflicting: '#b3261e',
      disputed: '#8a5a00',
      related: '#4a5568',
      none: '#4a5568',
    });
  });

  test('a palette without a verdict fails loudly, at load, not as a black badge', () => {
    expect(() => verdictColours(':root { --conflicting: #b3261e; }')).toThrow(/--corroborated/);
  });
});
