import type {Hono} from "hono";
import type {Env} from "../env.js";
import {catalogRoutes} from "./catalog.js";
import {documentRoutes} from "./documents.js";
import {evidenceRoutes} from "./evidence.js";
import {measureRoutes} from "./measures.js";
import {openapiRoutes} from "./openapi.js";
import {closeSimulationJobs, simulationRoutes} from "./simulations.js";

export {closeSimulationJobs};

/** Every resource registers its routes. Add one line per route file. */
export const ROUTES: readonly ((app: Hono<Env>) => void)[] = [
  catalogRoutes,
  openapiRoutes,
  simulationRoutes,
  evidenceRoutes,
  measureRoutes,
  documentRoutes
];
