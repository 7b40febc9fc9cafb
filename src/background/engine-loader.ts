import serializedIndex from '../../.generated/index.json?raw';
import serializedRecord from '../../.generated/record.json?raw';
import { createEngine, type Engine } from '../engine';
import { reasonText } from '../i18n/reason-text';
import type { BundledRecord } from '../record/types';

// The record and its prebuilt index ship as strings and are parsed on the first request, not at
// start-up: an MV3 service worker is started (and stopped) often, mostly for messages that do not
// need the record at all.
let engine: Engine | undefined;

export function getEngine(): Engine {
  engine ??= createEngine(JSON.parse(serializedRecord) as BundledRecord, serializedIndex, reasonText);
  return engine;
}
