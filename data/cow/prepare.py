#!/usr/bin/env python3
"""Derives the measure datasets in data/cow, data/igo and data/atop from the staged copies in
../shared/data (peacesciencer conversions of CoW and ATOP data). Run from the repository root:

    python3 data/cow/prepare.py ../shared/data

Keeps years >= 1990 and, for dyadic files, dyads with at least one state in KEEP (the great powers,
the EU's members and Kazakhstan's neighbourhood), so that any state's ties with those partners are
kept. Country codes: CoW ccode -> ISO 3166 alpha-3 by name match against the PDDL crosswalk
(data/crosswalks/country-codes.csv), with the overrides below."""
import csv, gzip, re, sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path(__file__).resolve().parent.parent
FIRST_YEAR = 1990
OVERRIDES = {"57": "VCT", "60": "KNA", "200": "GBR", "343": "MKD", "572": "SWZ", "640": "TUR", "860": "TLS",
             "265": "DDR", "315": "CSK", "345": "SRB", "347": "XKX", "678": "YAR", "680": "YMD", "327": "VAT"}
EU = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR".split()
KEEP = set(EU + "RUS CHN USA TUR IRN IND JPN KOR GBR KAZ KGZ TJK TKM UZB AFG AZE GEO ARM MNG PAK BLR UKR SAU ARE".split())

def norm(s): return re.sub(r"[^a-z]", "", s.lower())

names = {}
for r in csv.DictReader(open(SHARED / "crosswalks/country-codes.csv", encoding="utf-8")):
    for k in ["UNTERM English Short", "official_name_en", "CLDR display name", "UNTERM English Formal"]:
        if r.get(k): names[norm(r[k])] = r["ISO3166-1-Alpha-3"]
iso = {}
rows = []
for r in csv.DictReader(open(SHARED / "peacesciencer/cow_states.csv", encoding="utf-8")):
    code = OVERRIDES.get(r["ccode"]) or names.get(norm(r["statenme"])) or names.get("the" + norm(r["statenme"]))
    if code and int(r["endyear"]) >= FIRST_YEAR and r["ccode"] not in iso:
        iso[r["ccode"]] = code
        rows.append((int(r["ccode"]), r["stateabb"], r["statenme"], code))
with open(OUT / "cow/ccode-iso3.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["ccode", "stateabb", "statenme", "iso3"]); w.writerows(sorted(rows))

def dyadic(src, dst, cols, keep_row=lambda r: True):
    n = 0
    with gzip.open(OUT / dst, "wt", newline="", compresslevel=9) as f:
        w = csv.writer(f); w.writerow(["iso1", "iso2", "year"] + cols)
        for r in csv.DictReader(open(SHARED / src, encoding="utf-8")):
            if int(r["year"]) < FIRST_YEAR: continue
            a, b = iso.get(r["ccode1"]), iso.get(r["ccode2"])
            if not a or not b or not (a in KEEP or b in KEEP) or not keep_row(r): continue
            w.writerow([a, b, r["year"]] + [r[c] for c in cols]); n += 1
    print(dst, n)

def monadic(src, dst, cols):
    n = 0
    with open(OUT / dst, "w", newline="") as f:
        w = csv.writer(f); w.writerow(["iso3", "year"] + cols)
        for r in csv.DictReader(open(SHARED / src, encoding="utf-8")):
            if int(r["year"]) < FIRST_YEAR or r["ccode"] not in iso: continue
            w.writerow([iso[r["ccode"]], r["year"]] + [r[c] for c in cols]); n += 1
    print(dst, n)

dyadic("peacesciencer/cow_trade_ndy.csv", "cow/trade-dyad.csv.gz", ["flow1", "flow2"])
monadic("peacesciencer/cow_trade_sy.csv", "cow/trade-state.csv", ["imports", "exports"])
dyadic("peacesciencer/cow_igo_ndy.csv", "igo/igo-dyad.csv.gz", ["dyadigos"], lambda r: r["dyadigos"] not in ("", "0", "NA"))
monadic("peacesciencer/cow_igo_sy.csv", "igo/igo-state.csv", ["sum_igo_full", "sum_igo_anytype"])
ATOP = ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
dyadic("peacesciencer/atop_alliance.csv", "atop/atop-dyad.csv.gz", ATOP, lambda r: any(r[c] not in ("", "0", "NA") for c in ATOP))

# Alliance totals per state and year over *all* partners (the dyadic file keeps only some dyads):
# the number of partners with each obligation type, for the dependence denominator.
totals = {}
for r in csv.DictReader(open(SHARED / "peacesciencer/atop_alliance.csv", encoding="utf-8")):
    if int(r["year"]) < FIRST_YEAR: continue
    for c in (r["ccode1"], r["ccode2"]):
        if c not in iso: continue
        t = totals.setdefault((iso[c], int(r["year"])), [0] * len(ATOP))
        for i, col in enumerate(ATOP):
            if r[col] not in ("", "0", "NA"): t[i] += 1
with open(OUT / "atop/atop-state.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["iso3", "year"] + ATOP)
    for (k, y), t in sorted(totals.items()): w.writerow([k, y] + t)
print("atop/atop-state.csv", len(totals))
