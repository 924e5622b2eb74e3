#!/usr/bin/env python3
"""The overview's balance table from Multivector, with Python's standard library only.

Prints, per year, each vector's share of the focal state's combined structural ties, the entropy
(1 = even), the HHI and the dominant vector with its lead, as the dashboard's overview and
`multivector measure balance` show them.

    python3 examples/balance.py --url http://127.0.0.1:8787          # from the HTTP API
    python3 examples/balance.py --csv balance.csv                     # from an export:
    multivector measure balance --format csv --out balance.csv        #   made like this

Options: --focal KAZ --vectors RUS,CHN,USA,EU,TUR --from 1992 --to 2024 (the API's defaults when
left out). With --url, the API's warnings (years without data, breaks) are printed to stderr.
"""
import argparse
import csv
import json
import sys
import urllib.parse
import urllib.request


def records_from_api(url, params):
    """The tidy records and warnings of GET /api/measures/balance."""
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v})
    address = f"{url.rstrip('/')}/api/measures/balance" + (f"?{query}" if query else "")
    request = urllib.request.Request(address, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.load(response)
    return body["items"], body.get("warnings", [])


def records_from_csv(path):
    """The tidy records of a `--format csv` export (an empty cell is no value, never zero)."""
    numeric = {"year": int, "value": float, "n": int, "factor": float}
    with open(path, newline="", encoding="utf-8") as f:
        rows = []
        for row in csv.DictReader(f):
            rows.append({k: (numeric[k](v) if k in numeric and v != "" else (None if v == "" else v)) for k, v in row.items()})
        return rows


def balance_table(records, vectors=None):
    """Rows of (year, {vector: share}, entropy, hhi, dominant, lead) from tidy records."""
    by_year = {}
    for r in records:
        if r.get("dimension") not in (None, "", "combined") and r["measure"] == "share":
            continue
        y = by_year.setdefault(r["year"], {"shares": {}})
        if r["measure"] == "share":
            y["shares"][r["vector"]] = r["value"]
        elif r["measure"] in ("entropy", "hhi", "lead"):
            y[r["measure"]] = r["value"]
        elif r["measure"] == "dominant":
            y["dominant"] = r["vector"]
    if vectors is None:
        vectors = []
        for r in records:
            if r["measure"] == "share" and r["vector"] not in vectors:
                vectors.append(r["vector"])
    rows = []
    for year in sorted(by_year):
        y = by_year[year]
        rows.append((year, {v: y["shares"].get(v) for v in vectors}, y.get("entropy"), y.get("hhi"), y.get("dominant"), y.get("lead")))
    return vectors, rows


def fmt(x):
    return "–" if x is None else f"{x:.3f}"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="the server, such as http://127.0.0.1:8787")
    source.add_argument("--csv", help="a CSV export of `multivector measure balance`")
    p.add_argument("--focal")
    p.add_argument("--vectors")
    p.add_argument("--from", dest="start")
    p.add_argument("--to", dest="end")
    a = p.parse_args(argv)
    if a.url:
        records, warnings = records_from_api(a.url, {"focal": a.focal, "vectors": a.vectors, "from": a.start, "to": a.end})
        for w in warnings:
            print(f"warning: {w['message']}", file=sys.stderr)
    else:
        records = records_from_csv(a.csv)
    vectors, rows = balance_table(records, a.vectors.split(",") if a.vectors else None)
    header = ["year", *vectors, "entropy", "HHI", "dominant", "lead"]
    lines = [[str(year), *(fmt(shares[v]) for v in vectors), fmt(entropy), fmt(hhi), dominant or "–", fmt(lead)] for year, shares, entropy, hhi, dominant, lead in rows]
    widths = [max(len(h), *(len(l[i]) for l in lines)) if lines else len(h) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) if i in (0, len(header) - 2) else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))).rstrip())
    for l in lines:
        print("  ".join(c.ljust(w) if i in (0, len(header) - 2) else c.rjust(w) for i, (c, w) in enumerate(zip(l, widths))).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
