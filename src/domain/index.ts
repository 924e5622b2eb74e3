/**
 * The vocabulary of Multivector: one zod schema per concept, with its TypeScript type inferred,
 * and the issue/result types every stage reports with.
 *
 * @module
 * @example
 * ```ts
 * import {Actor, formatIssue} from "../domain/index.js";
 * const r = Actor.safeParse({code: "KAZ", name: "Kazakhstan", kind: "state"});
 * ```
 */
export {fail, formatIssue, fromZodIssues, type Issue, IssueError, ok, type Result} from "./issue.js";
export {ActorCode, Citation, isIsoDate, IsoDate, type VectorId} from "./ids.js";
export {Actor, ActorKind, Alias} from "./actor.js";
export {Membership, MembershipRole, validAt} from "./membership.js";
export {Corridor} from "./corridor.js";
export {type Sentence, type SentenceWhy, Source} from "./source.js";
export {CameoCode, Event, Modality, QuadClass, quadClassOf, eventDateText, yearEstimated} from "./event.js";
export {DatePrecision, parsePeriod, type Period, periodEnd, PeriodPrecision, periodText} from "./period.js";
export {Cluster} from "./cluster.js";
export {type CsvCell, type CsvParse, type CsvRecord, parseCsv, type ParseCsvOptions} from "./csv.js";
export {
  type GdeltBlank,
  type GdeltField,
  type GdeltFieldName,
  type GdeltRow,
  type GdeltRule,
  type GdeltValueKind
} from "./gdelt.js";
export {Stance} from "./stance.js";
export {Claim, ClaimKind} from "./claim.js";
export {Figure} from "./figure.js";
export {MeasureRecord} from "./measure-record.js";
export type {ActorMention} from "./mention.js";
export {Forecast, ForecastOutcome, ForecastStatus, Resolution} from "./forecast.js";
export {Dimension, Indicator} from "./indicator.js";
export {Scenario, type ScenarioInput, Shock, ShockKind, Strategy, Uncertain} from "./scenario.js";
export {editDistance, normalizeName} from "./names.js";
export {Provenance, MetricCoverage, Coverage, Break} from "./coverage.js";
export {Parameter, ParameterValues, Stability} from "./parameter.js";
export {cellOf, columnsOf, rowsOf, toCsv, type Cell, type ColumnType, type Page, type TableColumn} from "./table.js";
