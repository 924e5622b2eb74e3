import * as Plot from "@observablehq/plot";
import type {DimensionShare} from "../balance-data.js";
import {vectorColor} from "../colors.js";
import {actorName} from "../names.js";

/** Options for {@link dimensionBars}. */
export interface DimensionBarsOptions {
  width?: number;
  /** Vectors in legend order. */
  vectors?: readonly string[];
}

/** Current shares of each vector by dimension, as stacked horizontal bars summing to 100%. */
export function dimensionBars(data: readonly DimensionShare[], options: DimensionBarsOptions = {}): Element {
  const vectors = options.vectors ?? [...new Set(data.map((d) => d.vector))];
  return Plot.plot({
    width: options.width ?? 640,
    height: 40 + 34 * new Set(data.map((d) => d.dimension)).size,
    marginLeft: 110,
    x: {percent: true, label: "share of the dimension's ties with the vectors shown (%)", domain: [0, 100]},
    y: {label: null},
    color: {legend: true, domain: vectors as string[], range: vectors.map(vectorColor), tickFormat: actorName},
    marks: [
      Plot.barX(
        data,
        Plot.stackX({
          x: "share",
          y: "dimension",
          fill: "vector",
          offset: "normalize",
          title: (d: DimensionShare) => `${d.dimension} · ${d.vector}: ${(d.share * 100).toFixed(1)}%`
        })
      ),
      Plot.ruleX([0])
    ]
  });
}
