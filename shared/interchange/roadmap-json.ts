// Waymark roadmap JSON (docs/JSON-FORMAT.md): the whole roadmap with its baselines, exported and imported.
export {
  MAX_JSON_BYTES,
  ROADMAP_JSON_FORMAT,
  ROADMAP_JSON_VERSION,
  roadmapJsonSchema,
  roadmapJsonSchemaDocument,
  type RoadmapJson,
  type RoadmapJsonMeta,
  type RoadmapJsonPlan,
  type RoadmapJsonGoal,
  type RoadmapJsonKeyResult,
  type RoadmapJsonCheckIn,
  type RoadmapJsonInitiative,
  type RoadmapJsonMilestone,
  type RoadmapJsonDependency,
  type RoadmapJsonBaseline,
} from './roadmap-json-schema';
export {
  exportRoadmapJson,
  roadmapToJson,
  serializeRoadmapJson,
  formatRoadmapJson,
  type RoadmapJsonExport,
  type RoadmapJsonExportOptions,
} from './roadmap-json-export';
export {
  RoadmapJsonError,
  JSON_IMPORT_ORIGIN,
  readRoadmapJson,
  roadmapFromJson,
  type RoadmapJsonImport,
} from './roadmap-json-import';
