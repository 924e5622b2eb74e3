#!/usr/bin/env node
// The `multivector` command line. See README.md for the commands.
import {run} from "./program.js";

const code = await run(process.argv.slice(2));
process.exitCode = code;
