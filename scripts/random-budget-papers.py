#!/usr/bin/env python3
"""Writes Tests/Published/random: budget tables drawn at random, made as council-papers.py
makes its papers (Word through python-docx, the PDF LibreOffice prints from it, the web page
and WeasyPrint's print of it), each correct and with one total made wrong.

Two families. "r" papers: one to four year columns, a variance column, groups with headings
and "Total ..." subtotals, labels long enough to wrap, dashes for nothing, the unit in a row
of its own or under each heading. "v" papers: spending closed by "Gross expenditure", a
"Less:" row and a net figure; a reserve's balance from opening to closing; 35 to 70 rows
over pages under a repeated header; £m to one place, every figure and total rounded from
exact pounds; a third of them without borders. "w" papers: a Total column under a group
heading, nine months' columns set tight, a % variance column, two label columns.

Every figure is an exact decimal and every total is worked from them, so a correct paper must
pass (a rounded one with at most rounding warnings) and a wrong one must fail first on the
total made wrong. The seeds kept are those that found a reading fault, and a few more:
    python3 scripts/random-budget-papers.py   (needs python-docx and LibreOffice)
"""
import importlib.util
import os
import random
import subprocess
import sys

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("council_papers", os.path.join(HERE, "council-papers.py"))
cp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cp)
D = cp.D
OUT = os.path.join(HERE, "..", "Tests", "Published", "random")
# Seeds that found a fault. r6: one column of figures close to its labels; r12, r13: the last
# row's label wrapped under its figures; r53: a dash for nothing between two figures. v5:
# labels ending "(15)" read as figures; v19: a label broken over the page above the lonely
# total; v6, v20: a figure closer to its label than a word space.
R_SEEDS = [1, 2, 3, 6, 12, 13, 20, 31, 40, 53]
V_SEEDS = [4, 5, 6, 7, 19, 20, 26, 29]
# w1, w21: nine months' columns set tight, the figures between their label's lines (one
# block held every label, so each row ran into the next); w9, w16: two label columns.
W_SEEDS = [1, 2, 9, 16, 21]

WORDS = ["Adult social care", "Children's services", "Highways and transport", "Waste collection", "Libraries",
         "Leisure centres", "Housing needs", "Planning and development", "Public health", "Corporate services",
         "Democratic services", "Revenues and benefits", "Parks and open spaces", "Street cleansing", "Environmental health",
         "Car parking", "Economic development", "Culture and heritage", "ICT and digital", "Legal and governance",
         "Home to school transport", "Special educational needs", "Early help and prevention", "Commissioning and contracts",
         "Facilities management", "Coroner and registration services", "Emergency planning and resilience",
         "Homelessness prevention and temporary accommodation"]
GROUPS = ["People", "Place", "Resources", "Communities", "Children and families", "Adults and health"]


def amount(text):
    """A printed figure back to its decimal: "(1,250)" is -1250, "-" nothing."""
    if text == "-":
        return D(0)
    return D(text.strip("()").replace(",", "")) * (-1 if text.startswith("(") else 1)


def r_paper(seed, wrong):
    """A budget by service over one to four years, maybe grouped, maybe with a variance."""
    rng = random.Random(seed)
    ncol = rng.randint(1, 4)
    variance = ncol >= 2 and rng.random() < 0.5
    years = ["2025/26", "2026/27", "2027/28", "2028/29"][:ncol]
    heads = [("Budget" if ncol == 1 else y) for y in years]
    unit = rng.choice(["£000", "£'000", "£"])
    grouped = rng.random() < 0.5
    groups = rng.sample(GROUPS, rng.randint(2, 3)) if grouped else [None]
    rows = []
    totals = []
    grand = [D(0)] * ncol
    fig = cp.money
    for g in groups:
        if g:
            rows.append((g, [""] * (ncol + (1 if variance else 0)), True))
        sub = [D(0)] * ncol
        for name in rng.sample(WORDS, rng.randint(2, 7)):
            values = [D(rng.randint(-2000, 60000)) if rng.random() < 0.9 else D(0) for _ in range(ncol)]
            cells = [fig(v) if v != 0 or rng.random() < 0.5 else "-" for v in values]
            if variance:
                cells.append(fig(values[1] - values[0]))
            rows.append((name, cells, False))
            sub = [a + b for a, b in zip(sub, values)]
        if g:
            rows.append((f"Total {g}", [fig(v) for v in sub] + ([fig(sub[1] - sub[0])] if variance else []), True))
            totals.append(len(rows) - 1)
        grand = [a + b for a, b in zip(grand, sub)]
    cells = [fig(v) for v in grand] + ([fig(grand[1] - grand[0])] if variance else [])
    rows.append(("Total" if grouped or rng.random() < 0.5 else "Total net budget", cells, True))
    totals.append(len(rows) - 1)
    seeded = None
    if wrong:
        r = rng.choice(totals)
        c = rng.randrange(ncol)
        label, cells, bold = rows[r]
        delta = D(rng.choice([10, 100, 250, 1000]))
        cells = list(cells)
        cells[c] = fig(amount(cells[c]) + delta)
        rows[r] = (label, cells, bold)
        seeded = label
    top = [("Service", 1)] + [(h, 1) for h in heads] + ([("Variance", 1)] if variance else [])
    units = [("", 1)] + [(unit, 1) for _ in range(ncol + (1 if variance else 0))]
    p = cp.Paper(f"r{seed}" + ("-wrong" if wrong else ""), "Revenue budget summary",
                 rng.choice(["The budget by service.",
                             "The table sets out each service's budget for the years of the plan, and the changes between them."]))
    caption = f"Table {rng.randint(1, 9)}: Budget by service"
    header = [top, units] if rng.random() < 0.7 else [[(t + ("\n" + unit if i > 0 else ""), s) for i, (t, s) in enumerate(top)]]
    p.table(caption, header, rows)
    return p, seeded, False


def v_paper(seed, wrong):
    """Spending less income to a net figure, a reserve's balance, a long table, or £m rounded."""
    rng = random.Random(seed * 7919)
    kind = rng.choice(["net", "balance", "long", "rounded"])
    ncol = rng.randint(1, 3)
    years = ["2025/26", "2026/27", "2027/28"][:ncol]
    unit = rng.choice(["£000", "£'000"])
    rows = []
    totals = []
    f = cp.money
    if kind == "net":
        total = [D(0)] * ncol
        for name in rng.sample(WORDS, rng.randint(3, 6)):
            v = [D(rng.randint(1000, 50000)) for _ in range(ncol)]
            rows.append((name, [f(x) for x in v], False))
            total = [a + b for a, b in zip(total, v)]
        rows.append(("Gross expenditure", [f(x) for x in total], True))
        totals.append(len(rows) - 1)
        income = [D(rng.randint(500, 9000)) for _ in range(ncol)]
        negative = rng.random() < 0.5
        rows.append(("Less: fees, charges and grants", [f(-x) if negative else f(x) for x in income], False))
        net = [a - b for a, b in zip(total, income)]
        rows.append((rng.choice(["Net expenditure", "Net budget requirement", "Net cost of services"]), [f(x) for x in net], True))
        totals.append(len(rows) - 1)
    elif kind == "balance":
        balance = D(rng.randint(5000, 30000))
        ncol = 1
        years = ["£000"]
        rows.append(("Opening balance 1 April 2026", [f(balance)], True))
        for name in ["Contribution from revenue", "Use for transformation", "Drawdown for pressures", "Interest earned"][:rng.randint(2, 4)]:
            v = D(rng.randint(-4000, 4000))
            balance += v
            rows.append((name, [f(v)], False))
        rows.append(("Closing balance 31 March 2027", [f(balance)], True))
        totals.append(len(rows) - 1)
    elif kind == "long":
        total = [D(0)] * ncol
        for i in range(rng.randint(35, 70)):
            v = [D(rng.randint(0, 20000)) for _ in range(ncol)]
            rows.append((f"{rng.choice(WORDS)} ({i + 1})", [f(x) for x in v], False))
            total = [a + b for a, b in zip(total, v)]
        rows.append(("Total", [f(x) for x in total], True))
        totals.append(len(rows) - 1)
    else:
        unit = "£m"
        total = [D(0)] * ncol
        for name in rng.sample(WORDS, rng.randint(3, 8)):
            v = [D(rng.randint(100000, 90000000)) for _ in range(ncol)]
            rows.append((name, [f(x / D(1000000), 1) for x in v], False))
            total = [a + b for a, b in zip(total, v)]
        rows.append(("Total", [f(x / D(1000000), 1) for x in total], True))
        totals.append(len(rows) - 1)
    seeded = None
    if wrong:
        r = rng.choice(totals)
        c = rng.randrange(len(rows[r][1]))
        label, cells, bold = rows[r]
        delta = D("5.0") if unit == "£m" else D(rng.choice([100, 250, 1000]))
        cells = list(cells)
        cells[c] = f(amount(cells[c]) + delta, 1 if unit == "£m" else 0)
        rows[r] = (label, cells, bold)
        seeded = label
    if kind == "balance":
        header = [[("Reserve", 1), ("£000", 1)]]
    else:
        header = [[("", 1)] + [(y, 1) for y in years], [("", 1)] + [(unit, 1) for _ in years]]
    p = cp.Paper(f"v{seed}" + ("-wrong" if wrong else ""), "Budget report",
                 rng.choice(["The figures below.",
                             "The table sets out the position at the end of the year, with the changes agreed by Cabinet in February."]))
    p.borderless = rng.random() < 0.4
    p.table(f"Table {rng.randint(1, 9)}: {kind} table", header, rows)
    return p, seeded, kind == "rounded"


def w_paper(seed, wrong):
    """A Total column, a wide table of months, a % variance column, or two label columns."""
    rng = random.Random(seed * 104729)
    kind = rng.choice(["totalcol", "wide", "pct", "twolabel"])
    f = cp.money
    rows = []
    totals = []
    seeded = None
    if kind == "totalcol":
        heads = ["Employees", "Running costs", "Income", "Net"]
        total = [D(0)] * 4
        for name in rng.sample(WORDS, rng.randint(3, 8)):
            e = D(rng.randint(100, 20000))
            o = D(rng.randint(100, 9000))
            i = -D(rng.randint(0, 5000))
            v = [e, o, i, e + o + i]
            rows.append((name, [f(x) for x in v], False))
            total = [a + b for a, b in zip(total, v)]
        rows.append(("Total", [f(x) for x in total], True))
        totals.append((len(rows) - 1, rng.randrange(4)))
        header = [[("Service", 1), ("Expenditure", 2), ("Income", 1), ("Net", 1)],
                  [("", 1), ("Employees", 1), ("Running costs", 1), ("", 1), ("", 1)], [("", 1)] + [("£000", 1)] * 4]
    elif kind == "wide":
        n = rng.randint(6, 9)
        heads = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][:n]
        total = [D(0)] * n
        for name in rng.sample(WORDS, rng.randint(3, 7)):
            v = [D(rng.randint(0, 9999)) for _ in range(n)]
            rows.append((name, [f(x) for x in v], False))
            total = [a + b for a, b in zip(total, v)]
        rows.append(("Total", [f(x) for x in total], True))
        totals.append((len(rows) - 1, rng.randrange(n)))
        header = [[("Service", 1)] + [(h, 1) for h in heads], [("", 1)] + [("£000", 1)] * n]
    elif kind == "pct":
        total = [D(0), D(0)]
        for name in rng.sample(WORDS, rng.randint(3, 8)):
            budget = D(rng.randint(1000, 50000))
            forecast = budget + D(rng.randint(-3000, 3000))
            pct = ((forecast - budget) / budget * 100).quantize(D("0.1"))
            rows.append((name, [f(budget), f(forecast), f(forecast - budget), f"{pct}%"], False))
            total = [total[0] + budget, total[1] + forecast]
        pct = ((total[1] - total[0]) / total[0] * 100).quantize(D("0.1"))
        rows.append(("Total", [f(total[0]), f(total[1]), f(total[1] - total[0]), f"{pct}%"], True))
        totals.append((len(rows) - 1, rng.randrange(3)))
        header = [[("Service", 1), ("Budget", 1), ("Forecast", 1), ("Variance", 1), ("Variance", 1)],
                  [("", 1), ("£000", 1), ("£000", 1), ("£000", 1), ("%", 1)]]
    else:
        grand = [D(0), D(0)]
        for g in rng.sample(GROUPS, 2):
            sub = [D(0), D(0)]
            for k, name in enumerate(rng.sample(WORDS, rng.randint(2, 4))):
                v = [D(rng.randint(100, 30000)) for _ in range(2)]
                rows.append((g if k == 0 else "", [name] + [f(x) for x in v], False))
                sub = [a + b for a, b in zip(sub, v)]
            rows.append(("", [f"Total {g}"] + [f(x) for x in sub], True))
            totals.append((len(rows) - 1, rng.randrange(2) + 1))
            grand = [a + b for a, b in zip(grand, sub)]
        rows.append(("", ["Total"] + [f(x) for x in grand], True))
        totals.append((len(rows) - 1, rng.randrange(2) + 1))
        header = [[("Directorate", 1), ("Service", 1), ("2025/26", 1), ("2026/27", 1)], [("", 1), ("", 1), ("£000", 1), ("£000", 1)]]
    if wrong:
        r, c = rng.choice(totals)
        label, cells, bold = rows[r]
        cells = list(cells)
        cells[c] = f(amount(cells[c]) + D(rng.choice([10, 100, 1000])))
        rows[r] = (label, cells, bold)
        seeded = label if label else cells[0]
    p = cp.Paper(f"w{seed}" + ("-wrong" if wrong else ""), "Budget monitoring",
                 rng.choice(["The position at quarter 2.", "The table sets out the position at the end of September."]))
    p.borderless = rng.random() < 0.3
    p.table(f"Table {rng.randint(1, 9)}: {kind}", header, rows, words=1 if kind == "twolabel" else 0)
    return p, seeded, False


def write_docx(paper, path):
    cp.write_docx(paper, path)
    if getattr(paper, "borderless", False):
        document = Document(path)
        for table in document.tables:
            table.style = document.styles["Normal Table"]
        document.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = []
    names = []
    for make, seeds in ((r_paper, R_SEEDS), (v_paper, V_SEEDS), (w_paper, W_SEEDS)):
        for s in seeds:
            for w in (False, True):
                p, seeded, rounded = make(s, w)
                write_docx(p, os.path.join(OUT, p.name + ".docx"))
                cp.write_html(p, os.path.join(OUT, p.name + ".html"))
                names.append(p.name)
                for form in (".docx", ".html", ".pdf", "-weasyprint.pdf"):
                    expected.append(f"{p.name}{form}\t{1 if seeded else 0}\t{seeded or '-'}\t{'rounded' if rounded else 'exact'}")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT] + [os.path.join(OUT, n + ".docx") for n in names],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    weasyprint = os.path.join(HERE, "..", ".venv-weasyprint", "bin", "weasyprint")
    for n in names:
        subprocess.run([weasyprint if os.path.exists(weasyprint) else "weasyprint", os.path.join(OUT, n + ".html"),
                        os.path.join(OUT, n + "-weasyprint.pdf")], check=True, stderr=subprocess.DEVNULL)
    with open(os.path.join(OUT, "expected.tsv"), "w") as f:
        f.write("# file\texit\tthe row whose total was made wrong (- for none)\texact, or rounded (rounding warnings allowed);"
                " written by scripts/random-budget-papers.py\n")
        f.write("\n".join(sorted(expected)) + "\n")
    print(f"wrote {len(names)} papers in Word, HTML and PDF to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    sys.exit(main())
