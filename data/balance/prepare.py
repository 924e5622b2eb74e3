#!/usr/bin/env python3
"""Derives the balance datasets in data/balance from the staged copies in ../shared/data. Run from
the repository root:

    python3 data/balance/prepare.py ../shared/data

Writes long, gzipped CSV files (one row per observation, ISO 3166 alpha-3 codes) that DuckDB loads
natively; nothing is filtered except what each block below says. Country names (SIPRI, UN DESA) map
to alpha-3 codes through the PDDL crosswalk (data/crosswalks/country-codes.csv) and the NAMES table
below; a name that matches nothing stops the script, so no row is dropped silently."""
import csv, gzip, re, sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path(__file__).resolve().parent
CROSSWALK = OUT.parent / "crosswalks" / "country-codes.csv"


def norm(s):
    return re.sub(r"[^a-z]", "", s.lower())


names = {}
for r in csv.DictReader(open(CROSSWALK, encoding="utf-8")):
    for k in ["UNTERM English Short", "official_name_en", "CLDR display name", "UNTERM English Formal"]:
        if r.get(k) and r["ISO3166-1-Alpha-3"]:
            names.setdefault(norm(r[k]), r["ISO3166-1-Alpha-3"])
            names.setdefault(norm(re.sub(r"\s*\(the\)$", "", r[k])), r["ISO3166-1-Alpha-3"])
# Names the crosswalk does not spell the same way. None: not a state (rebels, organizations, unknown).
NAMES = {
    "Russia": "RUS", "Turkiye": "TUR", "Turkey": "TUR", "United States": "USA", "UAE": "ARE",
    "United Arab Emirates": "ARE", "South Korea": "KOR", "North Korea": "PRK", "Soviet Union": "SUN",
    "Czechia": "CZE", "Czech Republic": "CZE", "Bosnia-Herzegovina": "BIH", "Cote d'Ivoire": "CIV",
    "DR Congo": "COD", "Congo": "COG", "Laos": "LAO", "Iran": "IRN", "Syria": "SYR", "Venezuela": "VEN",
    "Bolivia": "BOL", "Tanzania": "TZA", "Vietnam": "VNM", "Viet Nam": "VNM", "Moldova": "MDA",
    "Macedonia": "MKD", "North Macedonia": "MKD", "Brunei": "BRN", "Cabo Verde": "CPV", "Cape Verde": "CPV",
    "Eswatini": "SWZ", "Swaziland": "SWZ", "Taiwan": "TWN", "Kosovo": "XKX", "Palestine": "PSE",
    "State of Palestine": "PSE", "Timor-Leste": "TLS", "East Timor": "TLS", "Gambia": "GMB",
    "Netherlands": "NLD", "United Kingdom": "GBR", "Libya": "LBY",
    "Saint Vincent": "VCT", "Saint Kitts and Nevis": "KNA", "Bahamas": "BHS", "Philippines": "PHL",
    "Niger": "NER", "Sudan": "SDN", "South Sudan": "SSD", "Yemen": "YEM", "Central African Republic": "CAF",
    "Comoros": "COM", "Dominican Republic": "DOM", "Marshall Islands": "MHL", "Solomon Islands": "SLB",
    "Curacao": "CUW", "Curaçao": "CUW", "Sint Maarten (Dutch part)": "SXM", "Réunion": "REU",
    "Saint Helena": "SHN", "Channel Islands": None, "Falkland Islands (Malvinas)": "FLK",
    "China, Hong Kong SAR": "HKG", "China, Macao SAR": "MAC", "China, Taiwan Province of China": "TWN",
    "Dem. People's Republic of Korea": "PRK", "Republic of Korea": "KOR", "Republic of Moldova": "MDA",
    "United Republic of Tanzania": "TZA", "Holy See": "VAT", "Wallis and Futuna Islands": "WLF",
    "Other South": None, "Other North": None, "Micronesia (Fed. States of)": "FSM",
    "Bonaire, Sint Eustatius and Saba": "BES", "Isle of Man": "IMN", "Saint Pierre and Miquelon": "SPM",
    "Côte d'Ivoire": "CIV", "Democratic Republic of the Congo": "COD", "Lao People's Democratic Republic": "LAO",
    "Iran (Islamic Republic of)": "IRN", "Venezuela (Bolivarian Republic of)": "VEN",
    "Bolivia (Plurinational State of)": "BOL", "Syrian Arab Republic": "SYR", "Russian Federation": "RUS",
    "United States of America": "USA", "United Kingdom of Great Britain and Northern Ireland": "GBR",
    "Czechoslovakia": "CSK", "Yugoslavia": "YUG", "East Germany (GDR)": "DDR", "Serbia and Montenegro": "SCG",
    "Northern Cyprus": None, "Western Sahara": "ESH", "Unknown supplier(s)": None, "Unknown recipient(s)": None, "unknown supplier(s)": None, "unknown recipient(s)": None,
    "Biafra": None, "Libya GNC": None, "Caribbean": None, "Melanesia": None, "Polynesia": None, "South America": None, "Micronesia": None, "Katanga": None, "NATO**": None, "United Nations**": None, "African Union**": None,
    "OSCE**": None, "European Union**": None, "Regional Security System**": None, "Hamas (Palestine)*": None,
    "Houthi rebels (Yemen)*": None, "Hezbollah (Lebanon)*": None, "Amal (Lebanon)*": None,
}


def code(name):
    if name in NAMES:
        return NAMES[name]
    n = norm(name)
    if n in names:
        return names[n]
    if name.endswith("*"):  # SIPRI marks non-state actors (*) and organizations (**)
        return None
    raise SystemExit(f"prepare.py: no alpha-3 code for {name!r}: add it to NAMES")


def write(path, header, rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(OUT / path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(buf.getvalue().encode("utf-8"))
    print(f"{path}: {len(rows)} rows")


# 1. SIPRI: TIV delivered per supplier, recipient and delivery year (sum over deals), with the deal count.
sipri = {}
with open(SHARED / "sipri_arms_transfers_2000_2023/sipri_trade_register_2000_2023.csv", encoding="utf-8") as f:
    lines = f.read().splitlines()[11:]
for r in csv.DictReader(lines):
    # SIPRI's "Micronesia" is the Federated States (UN DESA uses it for the region).
    s, t = [("FSM" if n == "Micronesia" else code(n)) for n in (r["Supplier"], r["Recipient"])]
    tiv = r["TIV delivery values"].strip()
    if not s or not t or not tiv or not r["Delivery year"].strip():
        continue
    k = (s, t, int(r["Delivery year"]))
    a = sipri.setdefault(k, [0.0, 0])
    a[0] += float(tiv)
    a[1] += 1
write("sipri-tiv.csv.gz", ["supplier", "recipient", "year", "tiv", "deliveries"],
      [[*k, round(v[0], 3), v[1]] for k, v in sorted(sipri.items())])

# 2. UN DESA migrant stock: destination × origin × year, non-zero cells.
mig = []
with open(SHARED / "undesa_migrant_stock_2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv", encoding="utf-8") as f:
    rd = csv.reader(f)
    head = next(rd)
    origins = [code(h) for h in head[2:]]
    for r in rd:
        d = code(r[1])
        if not d:
            continue
        for o, v in zip(origins, r[2:]):
            if o and o != d and re.fullmatch(r"\d+(\.\d+)?", v or "") and float(v) > 0:
                mig.append([d, o, int(r[0]), int(float(v))])
write("undesa-migrants.csv.gz", ["destination", "origin", "year", "migrants"], sorted(mig))

# 3. IMF DIP: positions of the five reporters with each counterpart economy (alpha-3 codes only; no aggregates).
dip = []
for direction, fn in [("outward", "IMF_DIP_outward_net_CHN_DEU_JPN_SGP_USA.csv"), ("inward", "IMF_DIP_inward_net_CHN_DEU_JPN_SGP_USA.csv")]:
    with open(SHARED / "imf_direct_investment_positions_2014_2024" / fn, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            cp = r["COUNTERPART_COUNTRY.ID"]
            if not re.fullmatch(r"[A-Z]{3}", cp) or not r["OBS_VALUE"].strip():
                continue
            dip.append([r["COUNTRY.ID"], cp, int(r["TIME_PERIOD"]), direction, r["DV_TYPE.ID"], round(float(r["OBS_VALUE"]), 3)])
# A position both reported (O) and derived from the counterpart's report (SCC): keep the reported one.
best = {}
for r in dip:
    k = (r[0], r[1], r[2], r[3])
    if k not in best or (r[4] == "O" and best[k][4] != "O"):
        best[k] = r
write("imf-dip.csv.gz", ["reporter", "counterpart", "year", "direction", "dv_type", "usd_million"], sorted(best.values()))

# 4. UN ideal points (Bailey, Strezhnev & Voeten, July 2025 release): final-passage estimates per country-year.
ip = []
with open(SHARED / "unga_idealpoints_2024/IdealpointsJuly2025.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if not r["iso3c"] or not r["idealpointfp"]:
            continue
        if r["ccode"] == "680":  # the source codes South Yemen (CoW 680) YAR as well; the project codes it YMD
            r["iso3c"] = "YMD"
        ip.append([r["iso3c"], int(r["year"]), r["idealpointfp"], r["nvotesfp"] or "", r["q5fp"], r["q95fp"]])
write("un-idealpoints.csv.gz", ["iso3", "year", "idealpoint", "nvotes", "q5", "q95"], sorted(ip))

# 5. UN GA roll calls after the project's unvotes data (Voeten et al., to June 2024): the roll calls whose
# (rcid, date) is not in data/unvotes. Four rcids are reused for a 1950s and a 2023 vote; the 2023 one is
# stored as rcid + 1,000,000 (column rcid) and keeps its source rcid in rcid_source.
known = set()
with gzip.open(OUT.parent / "unvotes/un_roll_calls.csv.gz", "rt", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        known.add((int(r["rcid"]), r["date"]))
known_ids = {k[0] for k in known}
rcs, votes = [], []
with open(SHARED / "unga_votes_voeten_2024/ungaVoting_003.csv", encoding="utf-8") as f:
    rd = csv.reader(f)
    head = next(rd)
    for r in rd:
        rcid, date = int(r[0]), r[1]
        if (rcid, date) in known:
            continue
        stored = rcid + 1_000_000 if rcid in known_ids else rcid
        rcs.append([stored, rcid, date, *[("1" if x == "TRUE" else "0") for x in r[2:8]]])
        for c, v in zip(head[8:], r[8:]):
            if v in ("1", "2", "3"):
                votes.append([stored, c, v])
write("unga-rollcalls-2020-2024.csv.gz", ["rcid", "rcid_source", "date", "me", "nu", "di", "hr", "co", "ec"], rcs)
write("unga-votes-2020-2024.csv.gz", ["rcid", "country", "vote"], votes)
