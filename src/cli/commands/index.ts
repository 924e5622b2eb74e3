import type {Command} from "commander";
import {registerActors} from "./actors.js";
import {registerForecasts} from "./forecasts.js";
import {registerInit} from "./init.js";
import {registerIngest} from "./ingest.js";
import {registerMeasure} from "./measure.js";
import {registerServe} from "./serve.js";
import {registerSimulate} from "./simulate.js";

/** Every command registers itself on the program. Add one line per command file. */
export const COMMANDS: readonly ((program: Command) => void)[] = [
  registerInit,
  registerActors,
  registerServe,
  registerSimulate,
  registerMeasure,
  registerIngest,
  registerForecasts
];
