/**
 * Measures: events, indicators and UN votes → indices (alignment, influence, relations, balance). Pure.
 *
 * @module
 * @example
 * ```ts
 * import {balance} from "../measure/index.js";
 * balance({RUS: 2, CHN: 1, USA: 1}).entropy; // 0.946…
 * ```
 */
export {balance, type Balance, type BalanceOptions, OTHER} from "./balance.js";
export {combineDimensionShares, combineDimensionSharesInto} from "./combine-shares.js";
export {dominantIndex, herfindahl, normalizedEntropy, sharesInto} from "./share-indices.js";
export {type Evidence, type MeasureRecord, type MeasureResult, yearRanges, yearsBetween} from "./records.js";
export {type BlocMember, blocMembersAt, blocMembersInYear, type Blocs, DEFAULT_BLOCS, EU_MEMBERS} from "./blocs.js";
export {
  alignment,
  ALIGNMENT_MEASURES,
  type AlignmentOptions,
  type IdealPoint,
  type Vote,
  votePosition
} from "./alignment.js";
export {
  ALL_DIMENSIONS,
  type BalanceEvents,
  blockDependsOn,
  blockEvidence,
  type Check,
  DIMENSIONS,
  EVENTS_METRIC,
  dimensionWarnings,
  evaluateBlocks,
  influence,
  type InfluenceCell,
  type InfluenceOptions,
  type MembershipSpan,
  type MetricBlock,
  metricBlocks,
  type MetricDef,
  METRICS,
  type MetricYear,
  type YearInfluence
} from "./influence.js";
export {trianglePoint, type TrianglePoint} from "./triangle.js";
export {
  balanceSeries,
  type BalanceSeriesOptions,
  balancesOf,
  type CoverageMode,
  type YearBalance
} from "./balance-series.js";
export {
  aggregateEvents,
  RELATION_MEASURES,
  type RelationCell,
  type RelationEvent,
  relationRecords
} from "./relations.js";
export {
  clusterReports,
  reportDocument,
  type ClusterRule,
  type EventCluster,
  type EventReport
} from "./event-clusters.js";
export {
  aggregateClusters,
  clusterWeight,
  eventDimension,
  eventDimensionByYear,
  eventDimensionRecords,
  EVENT_DIMENSION_DEFAULTS,
  EVENT_MEASURES,
  monthRanges,
  monthsBetween,
  nextMonth,
  type EventCoverage,
  type EventDimension,
  type EventDimensionOptions,
  type EventMonth,
  type EventMonthAggregate,
  type EventYear
} from "./events-dimension.js";
export {
  nowcast,
  nowcastRecords,
  NOWCAST_DEFAULTS,
  type Nowcast,
  type NowcastMonth,
  type NowcastOptions
} from "./nowcast.js";
export {
  discourse,
  discourseRecords,
  quarterOf,
  type DiscourseCell,
  type DiscourseOptions,
  type DiscourseQuote,
  type DiscourseStance
} from "./discourse.js";
export {
  resolutionCandidate,
  type ResolveContext,
  type ResolveEvent,
  type ResolveMembership,
  type ResolveShare
} from "./forecast-resolve.js";
export {scoreForecasts, type ForecastScore} from "./forecast-scores.js";
export {indexTies, rowFrom, toMillions, type Tie, type TieIndex} from "./ties.js";
export {coverageBreaks, markPartialYears, weakest} from "./coverage.js";
export {attributeEventMonths, eventCounterparts, eventParts, type EventPart} from "./event-attribution.js";
export {
  ALLIANCE_DEPTH,
  checkParams,
  DEFENCE_ORGS,
  defaultParams,
  describeParams,
  INSTITUTION_DEPTH,
  isEventParameter,
  PARAMETER_SPECS,
  resolveParams,
  sensitivitySettings,
  type ParameterSpec,
  type Params
} from "./parameters.js";
