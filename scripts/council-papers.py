#!/usr/bin/env python3
"""Writes Tests/Published/council: twenty papers made the way councils make them, each correct
and with one wrong figure seeded in, as Word files (python-docx: merged header cells, a units
row under the years, a bold caption paragraph, labels broken over lines, bold total rows), as
council-website HTML, and as the PDF LibreOffice prints from the Word file.

Every figure is worked here in exact decimals and asserted, so the verdicts in expected.tsv
are checked by hand and by this script alike. The files are committed; run this only to
change them:  python3 scripts/council-papers.py [NAME...]  (needs python-docx and LibreOffice).
"""
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Published", "council")
D = Decimal


def money(value, places=0, brackets=True):
    """A figure as councils print it: thousands commas, negatives in brackets."""
    q = D(1).scaleb(-places)
    v = D(value).quantize(q, rounding=ROUND_HALF_UP)
    text = f"{abs(v):,.{places}f}"
    return f"({text})" if v < 0 and brackets else (f"-{text}" if v < 0 else text)


def penny(value):
    return D(value).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Paper:
    """One paper: a heading, prose, and tables, each a caption, header rows and body rows."""

    def __init__(self, name, heading, intro):
        self.name, self.heading, self.intro, self.tables = name, heading, intro, []

    def table(self, caption, header, rows, note=None, words=0, wide_label=False):
        """header: list of rows, each a list of (text, span); rows: (label, [cells], bold)."""
        # words: columns of words after the label ("No." first, the scheme's name next), set
        # flush left with their headings and every heading, over figures set flush right.
        # wide_label: the label column set to 4.5 cm, the figures sharing 12 cm, and the web
        # page's table in smaller type, as a statement of accounts of many columns is set.
        self.tables.append((caption, header, rows, note, words, wide_label))


def line(label, values, bold=False):
    """A body row of amounts in whole pounds or thousands, as the papers print them."""
    return (label, [money(x) for x in values], bold)


def set_cell_text(cell, text, bold=False, right=False):
    cell.text = ""
    paragraph = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        # "43,900^2": a footnote's marker, set as superscript after the figure.
        words, _, marker = line.partition("^")
        run = paragraph.add_run(words)
        run.bold = bold
        if marker:
            raised = paragraph.add_run(marker)
            raised.font.superscript = True
            run = raised
        if i < len(lines) - 1:
            run.add_break()
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def mark_header(row):
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)


def write_docx(paper, path):
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(paper.heading, level=1)
    document.add_paragraph(paper.intro)
    for caption, header, rows, note, words, wide_label in paper.tables:
        title = document.add_paragraph()
        title.add_run(caption).bold = True
        width = sum(span for text, span in header[-1])
        table = document.add_table(rows=len(header) + len(rows), cols=width)
        table.style = "Table Grid"
        # Header rows, with group cells merged across the columns they head, and the label
        # column's heading merged down through every header row.
        for h, cells in enumerate(header):
            column = 0
            for text, span in cells:
                cell = table.cell(h, column)
                if span > 1:
                    cell = cell.merge(table.cell(h, column + span - 1))
                if text is not None:
                    set_cell_text(cell, text, bold=True, right=column > 0 and not words)
                column += span
        if len(header) > 1:
            merged = table.cell(0, 0).merge(table.cell(len(header) - 1, 0))
            set_cell_text(merged, header[0][0][0] or "", bold=True)
        for h in range(len(header)):
            mark_header(table.rows[h])
        for r, (label, cells, bold) in enumerate(rows):
            row = table.rows[len(header) + r]
            set_cell_text(row.cells[0], label, bold=bold)
            for c, text in enumerate(cells):
                set_cell_text(row.cells[c + 1], text, bold=bold, right=c >= words)
        if wide_label:
            table.autofit = False
            # "narrow": figure columns 1.5 cm wide, too narrow for eight digits, which LibreOffice
            # then cuts ("(1,234," over "567)").
            label = Cm(3.5) if wide_label == "narrow" else Cm(4.5)
            figures = Cm(1.5) if wide_label == "narrow" else Cm(12) // (width - 1)
            # The grid's widths for LibreOffice, each cell's for Word.
            for c, column in enumerate(table.columns):
                column.width = label if c == 0 else figures
            for row in table.rows:
                for c, cell in enumerate(row.cells):
                    cell.width = label if c == 0 else figures
        if note:
            document.add_paragraph(note)
    document.core_properties.title = paper.heading
    document.save(path)


def raised(text):
    """A cell's words for the web page, a footnote's marker ("43,900^2") set in <sup>."""
    words, _, marker = text.partition("^")
    return html.escape(words) + (f"<sup>{html.escape(marker)}</sup>" if marker else "")


def write_html(paper, path):
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(paper.heading)}</title></head><body>",
           '<div id="content"><h1>' + html.escape(paper.heading) + "</h1>", "<p>" + html.escape(paper.intro) + "</p>"]
    for caption, header, rows, note, words, wide_label in paper.tables:
        out.append('<table class="mgTable" border="1"' + (' style="font-size:80%"' if wide_label is True else "") + ">")
        out.append("<caption><strong>" + html.escape(caption) + "</strong></caption>")
        out.append("<thead>")
        for h, cells in enumerate(header):
            out.append("<tr>")
            for i, (text, span) in enumerate(cells):
                if i == 0 and h > 0:
                    continue
                attributes = f' colspan="{span}"' if span > 1 else ""
                if i == 0 and len(header) > 1:
                    attributes += f' rowspan="{len(header)}"'
                if words:
                    attributes += ' style="text-align:left"'
                out.append(f"<th{attributes}>" + html.escape(text or "").replace("\n", "<br>") + "</th>")
            out.append("</tr>")
        out.append("</thead><tbody>")
        for label, cells, bold in rows:
            wrap = (lambda t: f"<strong>{t}</strong>") if bold else (lambda t: t)
            out.append("<tr><td>" + wrap(raised(label).replace("\n", "<br>")) + "</td>"
                       + "".join(('<td style="text-align:right">' if k >= words else "<td>") + wrap(raised(c)) + "</td>"
                                 for k, c in enumerate(cells)) + "</tr>")
        out.append("</tbody></table>")
        if note:
            out.append("<p>" + html.escape(note) + "</p>")
    out.append("</div></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# 1. Housing Revenue Account by service line, two years, £000.
def hra(wrong):
    rents, nondwelling, charges = [D(-52310), D(-54402)], [D(-1204), D(-1240)], [D(-2987), D(-3105)]
    income = [rents[i] + nondwelling[i] + charges[i] for i in range(2)]
    assert income == [D(-56501), D(-58747)]
    spend = [[D(14220), D(14860)], [D(11932), D(12410)], [D(402), D(415)], [D(13655), D(14002)], [D(88), D(90)]]
    expenditure = [sum(line[i] for line in spend) for i in range(2)]
    assert expenditure == [D(40297), D(41777)]
    net = [income[i] + expenditure[i] for i in range(2)]
    assert net == [D(-16204), D(-16970)]
    interest, investment = [D(7960), D(8120)], [D(-312), D(-298)]
    surplus = [net[i] + interest[i] + investment[i] for i in range(2)]
    assert surplus == [D(-8556), D(-9148)]
    printed_expenditure = list(expenditure)
    if wrong:
        printed_expenditure[1] = D(41877)  # seeded: 100 out
    p = Paper("hra-summary" + ("-wrong" if wrong else ""), "Housing Revenue Account 2025/26",
              "The Housing Revenue Account by service line, as the Statement of Accounts presents it.")
    p.table("Housing Revenue Account income and expenditure statement",
            [[("Service line", 1), ("2024/25\nActual", 1), ("2025/26\nEstimate", 1)], [("", 1), ("£000", 1), ("£000", 1)]],
            [("Income", ["", ""], True), line("Dwelling rents", rents), line("Non-dwelling rents", nondwelling),
             line("Charges for services and\nfacilities", charges), line("Total income", income, True),
             ("Expenditure", ["", ""], True), line("Repairs and maintenance", spend[0]), line("Supervision and management", spend[1]),
             line("Rents, rates, taxes and\nother charges", spend[2]), line("Depreciation and impairment\nof fixed assets", spend[3]),
             line("Debt management costs", spend[4]), line("Total expenditure", printed_expenditure, True),
             line("Net cost of HRA services", net, True), line("Interest payable and similar\ncharges", interest),
             line("Interest and investment\nincome", investment), line("(Surplus)/deficit for the year\non HRA services", surplus, True)])
    return p


# 2. Council tax resolution: the requirement, and the charge for each band.
def council_tax(wrong):
    gross, income, reserves, rates, rsg = D(62410500), D(38215300), D(850000), D(9120400), D(1512800)
    net = gross - income
    budget = net - reserves
    requirement = budget - rates - rsg
    assert (net, budget, requirement) == (D(24195200), D(23345200), D(12712000))
    base = D("65650.40")
    band_d_exact = requirement / base
    band_d = penny(band_d_exact)
    assert band_d == D("193.63")
    ninths = dict(A=6, B=7, C=8, D=9, E=11, F=13, G=15, H=18)
    bands = {b: penny(band_d_exact * n / 9) for b, n in ninths.items()}
    assert [str(bands[b]) for b in "ABCDEFGH"] == ["129.09", "150.60", "172.12", "193.63", "236.66", "279.69", "322.72", "387.26"]
    printed_requirement = requirement + (D(9000) if wrong else 0)  # seeded: a transposition, 12,721,000
    if wrong:
        bands = dict(bands, G=bands["G"] + 10)  # seeded: Band G £10 out
    p = Paper("council-tax-resolution" + ("-wrong" if wrong else ""), "Council Tax Resolution 2025/26",
              "The Council is recommended to set the council tax for 2025/26 as follows.")
    p.table("Table 1: Council tax requirement 2025/26",
            [[("", 1), ("2025/26", 1)], [("", 1), ("£", 1)]],
            [("Gross expenditure", [money(gross)], False), ("Less: income from fees, charges\nand specific grants", [money(income)], False),
             ("Net expenditure", [money(net)], True), ("Less: use of reserves", [money(reserves)], False),
             ("Budget requirement", [money(budget)], True), ("Less: retained business rates", [money(rates)], False),
             ("Less: revenue support grant", [money(rsg)], False), ("Council tax requirement", [money(printed_requirement)], True)])
    p.table("Table 2: Council tax for each valuation band",
            [[("Valuation band", 1), ("Proportion of\nBand D", 1), ("Council tax\n£", 1)]],
            [(b, [f"{ninths[b]}/9", f"{bands[b]:,.2f}"], b == "D") for b in "ABCDEFGH"])
    return p


# 3. Parish council tax: each parish's charge in every band, 2025/26.
PARISHES = [("Abbotsley", "2070.68"), ("Barham and Woolley", "2041.98"), ("Buckden", "2101.60"), ("Catworth", "2035.11"),
            ("Diddington", "2012.47")]


def parish_bands(wrong):
    ninths = dict(A=6, B=7, C=8, D=9, E=11, F=13, G=15, H=18)
    rows = []
    for name, d in PARISHES:
        charges = {b: penny(D(d) * n / 9) for b, n in ninths.items()}
        assert charges["D"] == D(d) and charges["H"] == 2 * D(d)
        if wrong and name == "Catworth":
            charges["G"] += 10  # seeded: Band G £10 out
        rows.append((name, [f"{charges[b]:,.2f}" for b in "ABCDEFGH"], False))
    p = Paper("parish-bands" + ("-wrong" if wrong else ""), "Council tax by parish 2025/26",
              "The charge in each parish for each valuation band, including the parish precept.")
    p.table("Council tax by parish and valuation band, 2025/26",
            [[("Parish", 1), ("Council tax for each band", 8)], [("", 1)] + [(f"Band {b}\n£", 1) for b in "ABCDEFGH"]],
            rows)
    return p


# 4. Parish precepts: precept, tax base and the Band D charge each gives.
def parish_precepts(wrong):
    precepts = [("Abbotsley", D(21000), D("254.30")), ("Barham and Woolley", D(7500), D("98.10")),
                ("Buckden", D(70000), D("1210.40")), ("Catworth", D(9850), D("140.20")), ("Diddington", D(3200), D("52.90"))]
    rows = []
    for name, precept, base in precepts:
        rows.append((name, [money(precept, 2), f"{base:,.2f}", f"{penny(precept / base):,.2f}"], False))
    total_precept = sum(p for _, p, _ in precepts)
    total_base = sum(b for _, _, b in precepts)
    assert (total_precept, total_base) == (D(111550), D("1755.90"))
    printed_total = total_precept + (D(1000) if wrong else 0)  # seeded: the total precept £1,000 out
    rows.append(("Total", [money(printed_total, 2), f"{total_base:,.2f}", f"{penny(total_precept / total_base):,.2f}"], True))
    p = Paper("parish-precepts" + ("-wrong" if wrong else ""), "Parish precepts 2025/26",
              "Each parish council's precept, its tax base and the Band D charge the precept adds.")
    p.table("Parish precepts and Band D charges 2025/26",
            [[("Parish", 1), ("Precept\n£", 1), ("Tax base\n(Band D equivalents)", 1), ("Band D\n£", 1)]], rows)
    return p


# 5. Prudential indicators: £m rows and % rows in one table.
def prudential(wrong):
    general, housing = [D("45.2"), D("38.7"), D("30.1")], [D("22.8"), D("25.3"), D("26.0")]
    total = [general[i] + housing[i] for i in range(3)]
    assert total == [D("68.0"), D("64.0"), D("56.1")]
    printed = list(total)
    if wrong:
        printed[1] = D("63.0")  # seeded: £1m out
    p = Paper("prudential-indicators" + ("-wrong" if wrong else ""), "Treasury Management Strategy 2025/26",
              "The prudential indicators the Council is asked to approve.")
    f = lambda v: [f"{x:.1f}" for x in v]
    p.table("Table 4: Prudential indicators",
            [[("Indicator", 1), ("Unit", 1), ("2025/26", 1), ("2026/27", 1), ("2027/28", 1)]],
            [("General Fund capital expenditure", ["£m"] + f(general), False),
             ("HRA capital expenditure", ["£m"] + f(housing), False),
             ("Total capital expenditure", ["£m"] + f(printed), True),
             ("Ratio of financing costs to net revenue stream: General Fund", ["%", "8.4", "8.9", "9.2"], False),
             ("Ratio of financing costs to net revenue stream: HRA", ["%", "24.1", "23.8", "23.5"], False),
             ("Capital financing requirement", ["£m", "410.5", "432.1", "448.9"], False)])
    return p


# 6. Net budget by service: long labels Word wraps in their ruled cells, each line of a
# wrapped label starting with a capital, so that only the cell borders drawn in the PDF say
# which lines are one row (read as rows of their own, they would cut each subtotal short);
# a heading and a subtotal for each group, and a grand total.
def service_budgets(wrong):
    people = [[D(18450), D(19320)], [D(42105), D(44870)], [D(9870), D(9870)]]
    place = [[D(7420), D(7655)], [D(11260), D(11904)], [D(3315), D(3402)]]
    total_people = [sum(line[i] for line in people) for i in range(2)]
    total_place = [sum(line[i] for line in place) for i in range(2)]
    assert total_people == [D(70425), D(74060)] and total_place == [D(21995), D(22961)]
    total = [total_people[i] + total_place[i] for i in range(2)]
    assert total == [D(92420), D(97021)]
    printed = list(total)
    if wrong:
        printed[1] = D(97031)  # seeded: 10 out
    p = Paper("service-budgets" + ("-wrong" if wrong else ""), "Revenue Budget 2026/27",
              "The net revenue budget by service, before corporate items and funding.")
    p.table("Table 1: Net revenue budget by service",
            [[("Service", 1), ("2025/26\nBudget", 1), ("2026/27\nBudget", 1)], [("", 1), ("£000", 1), ("£000", 1)]],
            [("People", ["", ""], True),
             line("Children's Social Care Placements Residential And Fostering", people[0]),
             line("Adult Social Care Purchasing Budget Community Services", people[1]),
             line("Public Health Grant Funded Services", people[2]),
             line("Subtotal People", total_people, True),
             ("Place", ["", ""], True),
             line("Highways Maintenance Including Winter Service", place[0]),
             line("Waste Collection Disposal And Recycling Contracts", place[1]),
             line("Planning Building Control And Regeneration", place[2]),
             line("Subtotal Place", total_place, True),
             line("Total", printed, True)])
    return p


# 7. Police and Crime Commissioner's budget: spending closed by Gross expenditure, grants
# printed negative under "Less:", and the funding under a heading with its own total.
def pcc(wrong):
    spend = [D(98412), D(31260), D(6104), D(14877), D(9530), D(12118)]
    gross = sum(spend); assert gross == D(172301)
    grants = D(-18640)
    net = gross + grants; assert net == D(153661)
    police_grant, precept, collection = D(88710), D(63145), D(1806)
    assert police_grant + precept + collection == net
    p = Paper("pcc" + ("-wrong" if wrong else ""), "Police and Crime Commissioner: Revenue Budget 2026/27", "The budget the Commissioner proposes.")
    printed_net = net + (D(100) if wrong else 0)
    p.table("Table 2: Revenue budget 2026/27", [[("", 1), ("2026/27\n£000", 1)]],
            [line("Police officer pay and allowances", [spend[0]]), line("Police staff pay and allowances", [spend[1]]),
             line("Police community support officers", [spend[2]]), line("Premises and transport", [spend[3]]),
             line("Supplies and services", [spend[4]]), line("Capital financing and\nrevenue contributions", [spend[5]]),
             line("Gross expenditure", [gross], True), line("Less: specific grants", [grants]),
             line("Net revenue expenditure", [printed_net], True),
             ("Funded by:", [""], True), line("Police grant", [police_grant]), line("Council tax precept", [precept]),
             line("Collection fund surplus", [collection]), line("Total funding", [net], True)])
    return p

# 8. Fire authority capital programme: three years and a Total column, a scheme name wrapped.
def fire_capital(wrong):
    schemes = [("Fire appliance replacement", [D(1850), D(2100), D(1200)]), ("Station refurbishment:\nNorthgate", [D(640), D(0), D(0)]),
               ("Breathing apparatus", [D(0), D(410), D(0)]), ("ICT and mobilising systems", [D(325), D(280), D(300)]),
               ("Training centre", [D(1200), D(2450), D(900)])]
    rows = []
    for name, v in schemes:
        t = sum(v)
        rows.append(line(name, v + [t]))
    col = [sum(v[i] for _, v in schemes) for i in range(3)]
    tot = sum(col); assert col == [D(4015), D(5240), D(2400)] and tot == D(11655)
    printed = col + [tot]
    if wrong: printed[1] = D(5340)
    rows.append(line("Total capital programme", printed, True))
    p = Paper("fire-capital" + ("-wrong" if wrong else ""), "Fire Authority Capital Programme 2026/27 to 2028/29", "The capital programme for approval.")
    p.table("Appendix B: Capital programme", [[("Scheme", 1), ("2026/27", 1), ("2027/28", 1), ("2028/29", 1), ("Total", 1)],
                                               [("", 1), ("£000", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows)
    return p

# 9. NHS trust statement of comprehensive income: expenses printed negative, closing rows
# named Surplus/(deficit).
def nhs(wrong):
    inc = [[D(412530), D(398211)], [D(38904), D(41220)]]
    exp = [D(-441870), D(-431016)]
    op = [inc[0][i] + inc[1][i] + exp[i] for i in range(2)]; assert op == [D(9564), D(8415)]
    fin_inc, fin_exp, pdc = [D(1210), D(980)], [D(-3105), D(-3220)], [D(-5402), D(-5110)]
    res = [op[i] + fin_inc[i] + fin_exp[i] + pdc[i] for i in range(2)]; assert res == [D(2267), D(1065)]
    printed = list(res)
    if wrong: printed[0] = D(2276)
    p = Paper("nhs-soci" + ("-wrong" if wrong else ""), "Annual accounts 2025/26", "Statement of comprehensive income for the year.")
    p.table("Statement of comprehensive income", [[("", 1), ("2025/26\n£000", 1), ("2024/25\n£000", 1)]],
            [line("Operating income from patient care activities", inc[0]), line("Other operating income", inc[1]),
             line("Operating expenses", exp), line("Operating surplus/(deficit) from continuing operations", op, True),
             line("Finance income", fin_inc), line("Finance expenses", fin_exp), line("PDC dividends payable", pdc),
             line("Surplus/(deficit) for the year", printed, True)])
    return p

# 10. School balances: brought forward, movement and carried forward, one decimal place.
def schools(wrong):
    s = [("Ashfield Primary", D("152.4"), D("-31.0")), ("Brook Lane Infants", D("48.9"), D("12.6")), ("Castle Hill Academy", D("-22.1"), D("-15.4")),
         ("Dean Park Primary", D("310.7"), D("-88.2")), ("Elmwood Nursery School", D("19.5"), D("4.1"))]
    rows = []
    for name, bf, mv in s:
        rows.append((name, [money(bf, 1), money(mv, 1), money(bf + mv, 1)], False))
    tb = sum(x[1] for x in s); tm = sum(x[2] for x in s); tc = tb + tm
    assert (tb, tm, tc) == (D("509.4"), D("-117.9"), D("391.5"))
    printed = tc + (D(10) if wrong else 0)
    rows.append(("Total", [money(tb, 1), money(tm, 1), money(printed, 1)], True))
    p = Paper("school-balances" + ("-wrong" if wrong else ""), "Schools Forum: school balances", "Balances held by maintained schools at 31 March.")
    p.table("Table 3: School balances 2025/26", [[("School", 1), ("Balance at\n1 April 2025", 1), ("Movement\nin year", 1), ("Balance at\n31 March 2026", 1)],
                                                 [("", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows)
    return p

# 11. Usable reserves: opening balance, transfers in and out, closing balance.
def reserves(wrong):
    r = [("General Fund balance", D(12500), D(0), D(-1500)), ("Transformation reserve", D(4210), D(1000), D(-2350)),
         ("Insurance reserve", D(2875), D(250), D(-310)), ("Business rates equalisation", D(6900), D(0), D(-2100)),
         ("Capital receipts reserve", D(3120), D(1840), D(-960))]
    rows = []
    for name, o, i, out in r:
        rows.append(line(name, [o, i, out, o + i + out]))
    tot = [sum(x[k] for x in r) for k in (1, 2, 3)]; close = sum(tot)
    assert tot == [D(29605), D(3090), D(-7220)] and close == D(25475)
    printed = tot + [close]
    if wrong: printed[2] = D(-7320)
    rows.append(line("Total usable reserves", printed, True))
    p = Paper("reserves" + ("-wrong" if wrong else ""), "Medium Term Financial Strategy: reserves", "Forecast movement in usable reserves.")
    p.table("Table 5: Forecast movement in reserves 2026/27", [[("Reserve", 1), ("Balance\n1 April 2026", 1), ("Transfers\nin", 1), ("Transfers\nout", 1), ("Balance\n31 March 2027", 1)],
                                                                [("", 1), ("£000", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows)
    return p

# 12. Budget monitoring: variance in £000 and as a percentage of budget (never summed).
def monitoring(wrong):
    s = [("Adults and Health", D(148230), D(151904)), ("Children's Services", D(96410), D(99875)), ("Place and Economy", D(41220), D(40180)),
         ("Resources", D(22905), D(22412)), ("Corporate items", D(8650), D(8650))]
    rows = []
    for name, b, f in s:
        v = f - b
        pct = (v / b * 100).quantize(D("0.1"), rounding=ROUND_HALF_UP)
        rows.append((name, [money(b), money(f), money(v), f"{pct}%"], False))
    tb = sum(x[1] for x in s); tf = sum(x[2] for x in s); tv = tf - tb
    assert (tb, tf, tv) == (D(317415), D(323021), D(5606))
    pct = (tv / tb * 100).quantize(D("0.1"), rounding=ROUND_HALF_UP)
    printed = tf + (D(1000) if wrong else 0)
    rows.append(("Total", [money(tb), money(printed), money(tv), f"{pct}%"], True))
    p = Paper("monitoring" + ("-wrong" if wrong else ""), "Revenue budget monitoring: quarter 2", "The forecast outturn against budget by directorate.")
    p.table("Table 1: Forecast outturn by directorate", [[("Directorate", 1), ("Budget", 1), ("Forecast\noutturn", 1), ("Variance", 1), ("Variance", 1)],
                                                         [("", 1), ("£000", 1), ("£000", 1), ("£000", 1), ("%", 1)]], rows)
    return p

# 13. Pension fund assets in £m with each class's share of the total.
def pension(wrong):
    a = [("UK equities", D("412.6")), ("Global equities", D("1104.9")), ("Fixed income", D("520.3")), ("Property", D("233.8")),
         ("Infrastructure", D("189.4")), ("Cash", D("41.0"))]
    tot = sum(x[1] for x in a); assert tot == D("2502.0")
    rows = []
    for name, v in a:
        rows.append((name, [f"{v:,.1f}", f"{(v / tot * 100).quantize(D('0.1'), rounding=ROUND_HALF_UP)}"], False))
    printed = tot + (D(10) if wrong else 0)
    rows.append(("Total", [f"{printed:,.1f}", "100.0"], True))
    p = Paper("pension-assets" + ("-wrong" if wrong else ""), "Pension Fund Committee: investment report", "The Fund's assets at 30 September 2026.")
    p.table("Asset allocation at 30 September 2026", [[("Asset class", 1), ("Value\n£m", 1), ("Allocation\n%", 1)]], rows)
    return p

# 14. HRA capital programme and its financing: footnote markers, two totals that agree.
def housing_capital(wrong):
    # Funding block below a spending block, totals equal; footnote markers; a dash for nil.
    spend = [D(8420), D(3150), D(1275), D(640)]
    total = sum(spend); assert total == D(13485)
    fund = [D(6200), D(4100), D(2185), D(1000)]
    assert sum(fund) == total
    pt = total + (D(100) if wrong else 0)
    p = Paper("hra-capital" + ("-wrong" if wrong else ""), "HRA capital programme 2026/27", "Spending and how it is paid for.")
    p.table("Table 6: HRA capital programme and financing", [[("", 1), ("2026/27\n£000", 1)]],
            [("Major repairs to council homes*", [money(spend[0])], False), ("New build and acquisitions", [money(spend[1])], False),
             ("Disabled adaptations", [money(spend[2])], False), ("Estate improvements", [money(spend[3])], False),
             ("Total expenditure", [money(pt)], True), ("Financed by:", [""], True),
             ("Major repairs reserve", [money(fund[0])], False), ("Borrowing", [money(fund[1])], False),
             ("Right to buy receipts†", [money(fund[2])], False), ("Revenue contributions", [money(fund[3])], False),
             ("Total financing", [money(total)], True)],
            note="* Including decent homes works. † Retained one-for-one receipts.")
    return p


# 15. A budget book: 80 rows over three pages, a header repeated on each, rows broken at the
# foot of a page, labels wrapped in a narrow column, a subtotal for each directorate.
def budget_book(wrong, n=75):
    rng = random.Random(11)  # the figures are drawn, then every total is worked from them
    rows = []; tot = [D(0), D(0), D(0)]
    groups = ["Adults", "Children", "Place", "Resources"]
    for g in groups:
        rows.append((g, ["", "", ""], True)); sub = [D(0)] * 3
        for i in range(n // 4):
            a = D(rng.randint(100, 9000)); b = D(rng.randint(100, 9000)); c = a + b
            name = f"{g} cost centre {i + 1}" + (" including commissioned\nservices" if i % 7 == 3 else "")
            rows.append(line(name, [a, b, c])); sub = [sub[0] + a, sub[1] + b, sub[2] + c]
        rows.append(line(f"Total {g}", sub, True)); tot = [tot[k] + sub[k] for k in range(3)]
    printed = list(tot)
    if wrong: printed[2] += 10
    rows.append(line("Total", printed, True))
    p = Paper("budget-book" + ("-wrong" if wrong else ""), "Budget book 2026/27", "Every cost centre's gross spend, income and net budget.")
    p.table("Table 9: Budget by cost centre", [[("Cost centre", 1), ("Employees", 1), ("Other costs", 1), ("Total", 1)], [("", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows)
    return p


# 16 and 17. Grants to voluntary organisations: one row of figures a line, so many that the
# total row alone is pushed onto the next page, under the header repeated there: in the PDF
# LibreOffice prints (30 grants) and in the one WeasyPrint prints from the web page (33).
def grants(wrong, n, name):
    rng = random.Random(16)
    orgs = ["Age Concern", "Citizens Advice", "Carers Centre", "Food Bank", "Youth Club", "Mind", "Shelter", "Scouts",
            "Arts Trust", "Women's Aid", "Credit Union", "Community Transport"]
    rows = []; tot = [D(0), D(0), D(0)]
    for i in range(n):
        was = D(rng.randint(1000, 90000)); now = was + D(rng.randint(-5000, 8000))
        rows.append(line(f"{orgs[i % len(orgs)]} ({['North', 'South', 'East', 'West'][i % 4]} {i // 12 + 1})", [was, now, now - was]))
        tot = [tot[0] + was, tot[1] + now, tot[2] + now - was]
    printed = list(tot)
    if wrong: printed[1] += 1000
    rows.append(line("Total grants", printed, True))
    p = Paper(name + ("-wrong" if wrong else ""), "Grants to voluntary and community organisations 2026/27",
              "The grants the committee is asked to approve, beside this year's.")
    p.table("Table 1: Grants by organisation", [[("Organisation", 1), ("2025/26", 1), ("2026/27", 1), ("Change", 1)],
                                                [("", 1), ("£", 1), ("£", 1), ("£", 1)]], rows)
    return p


def voluntary_grants(wrong):
    return grants(wrong, 30, "voluntary-grants")


def community_grants(wrong):
    return grants(wrong, 33, "community-grants")


# 18. A revenue budget with footnotes: markers set as superscript after figures and labels
# ("43,900²", "Children⁴", "17,480⁽ᵃ⁾", "10,210*"), as Word and web pages set them.
def footnoted_budget(wrong):
    was = [D(41250), D(28400), D(17115), D(9870), D(3245)]
    now = [D(43900), D(29950), D(17480), D(10210), D(3390)]
    assert sum(was) == D(99880) and sum(now) == D(104930)
    total_now = sum(now) + (100 if wrong else 0)
    change = [n - w for n, w in zip(now, was)]
    rows = [("Adults", [money(was[0]), money(now[0]) + "^2", money(change[0])], False),
            ("Children^4", [money(was[1]) + "^1", money(now[1]), money(change[1])], False),
            ("Place", [money(was[2]), money(now[2]) + "^(a)", money(change[2])], False),
            ("Resources", [money(was[3]), money(now[3]) + "^*", money(change[3])], False),
            ("Corporate^3", [money(was[4]), money(now[4]), money(change[4])], False),
            ("Net budget", [money(sum(was)), money(total_now), money(sum(change))], True)]
    p = Paper("footnoted-budget" + ("-wrong" if wrong else ""), "Revenue budget 2026/27",
              "The net budget by directorate, restated for this year's changes.")
    p.table("Table 2: Net budget by directorate", [[("Directorate", 1), ("2025/26", 1), ("2026/27", 1), ("Change", 1)],
                                                   [("", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows,
            note="1 Restated for the transfer of early help. 2 Includes the social care grant. 3 Levies and capital financing. "
                 "4 Excluding schools. (a) After the highways savings. * Before the pay award.")
    return p


# 19. A capital programme numbered by scheme: a "No." column first, the scheme's name in the
# next (wrapped), headings set flush left, and a total row whose "Total" stands under an
# empty number. The error seeded is a sum that misses its last row in every column, so the
# total row's own variance still holds: only the columns' totals can show it.
def capital_schemes(wrong):
    schemes = [("School expansion – Oakfield Primary", D(1250), D(980)), ("Highways resurfacing programme", D(3400), D(3120)),
               ("Library refurbishment", D(420), D(455)), ("Leisure centre roof", D(780), D(802)),
               ("Disabled facilities grants", D(1100), D(1064)), ("Flood alleviation scheme", D(650), D(310))]
    rows = [(str(n + 1), [name, money(budget), money(forecast), money(forecast - budget)], False)
            for n, (name, budget, forecast) in enumerate(schemes)]
    added = schemes[:-1] if wrong else schemes
    budget, forecast = sum(s[1] for s in added), sum(s[2] for s in added)
    assert (budget, forecast) == ((D(6950), D(6421)) if wrong else (D(7600), D(6731)))
    rows.append(("", ["Total", money(budget), money(forecast), money(forecast - budget)], True))
    p = Paper("capital-schemes" + ("-wrong" if wrong else ""), "Capital programme monitoring: quarter 2",
              "Each scheme's budget for the year and its forecast outturn.")
    p.table("Table 3: Capital schemes", [[("No.", 1), ("Scheme", 1), ("Budget", 1), ("Forecast", 1), ("Variance", 1)],
                                         [("", 1), ("", 1), ("£000", 1), ("£000", 1), ("£000", 1)]], rows, words=1)
    return p


# 20. A statement of accounts' Comprehensive Income and Expenditure Statement: two years side
# by side, each gross expenditure, gross income (in brackets) and net; "Cost of Services",
# "(Surplus) or Deficit on Provision of Services" and "Other Comprehensive Income and
# Expenditure" close their blocks without the word total; the total closes the two.
def cies(wrong):
    services = [("Adult Social Care", (D(138920), D(-46110)), (D(142310), D(-48220))),
                ("Children's Services", (D(94105), D(-30480)), (D(98455), D(-31204))),
                ("Environment and Transport", (D(59630), D(-21870)), (D(61870), D(-22115))),
                ("Housing", (D(21980), D(-16420)), (D(22410), D(-16980))),
                ("Public Health", (D(30940), D(-30510)), (D(31250), D(-30790))),
                ("Corporate Services", (D(27315), D(-9610)), (D(28760), D(-9845)))]
    below = [("Other operating expenditure", D(2870), D(3120)),
             ("Financing and investment income and expenditure", D(13680), D(14250)),
             ("Taxation and non-specific grant income", D(-240115), D(-248900))]
    other = [("(Surplus) or deficit on revaluation of non-current assets", D(-8210), D(-12450)),
             ("Remeasurement of the net defined benefit liability", D(-15640), D(8730))]
    rows = []
    for name, last, this in services:
        rows.append(line(name, [last[0], last[1], last[0] + last[1], this[0], this[1], this[0] + this[1]]))
    cost = [sum(s[y][k] for s in services) for y in (1, 2) for k in (0, 1)]
    cost = [cost[0], cost[1], cost[0] + cost[1], cost[2], cost[3], cost[2] + cost[3]]
    assert cost == [D(372890), D(-155000), D(217890), D(385055), D(-159154), D(225901)]
    printed = list(cost)
    if wrong: printed[5] += 1000
    rows.append(line("Cost of Services", printed, True))
    for name, last, this in below:
        rows.append((name, ["", "", money(last), "", "", money(this)], False))
    deficit = [cost[2] + sum(b[1] for b in below), cost[5] + sum(b[2] for b in below)]
    assert deficit == [D(-5675), D(-5629)]
    rows.append(("(Surplus) or Deficit on Provision of Services", ["", "", money(deficit[0]), "", "", money(deficit[1])], True))
    for name, last, this in other:
        rows.append((name, ["", "", money(last), "", "", money(this)], False))
    oci = [sum(o[1] for o in other), sum(o[2] for o in other)]
    assert oci == [D(-23850), D(-3720)]
    rows.append(("Other Comprehensive Income and Expenditure", ["", "", money(oci[0]), "", "", money(oci[1])], True))
    rows.append(("Total Comprehensive Income and Expenditure", ["", "", money(deficit[0] + oci[0]), "", "", money(deficit[1] + oci[1])], True))
    p = Paper("cies" + ("-wrong" if wrong else ""), "Statement of Accounts 2025/26",
              "The Comprehensive Income and Expenditure Statement shows the accounting cost in the year of providing services.")
    names = [("Gross\nExpenditure", 1), ("Gross\nIncome", 1), ("Net\nExpenditure", 1)]
    p.table("Comprehensive Income and Expenditure Statement", [[("", 1), ("2024/25", 3), ("2025/26", 3)],
                                                               [("", 1)] + names + names,
                                                               [("", 1)] + [("£000", 1)] * 6], rows, wide_label=True)
    return p


# 21. Movement in Reserves Statement, two years: "Total comprehensive income and expenditure"
# straight under each opening balance is a movement; "(Increase)/decrease" sums the year's
# movements; the balance between the years closes one and opens the next; "Total Authority
# Reserves" adds "Total Usable Reserves" and "Unusable Reserves".
def mirs(wrong):
    years = [("2024/25", [D(-11900), D(-45010), D(-5900)], D(-95000),
              [("Total comprehensive income and expenditure", [D(5675), D(0), D(0)], D(-23850)),
               ("Adjustments between accounting basis and funding basis under regulations", [D(-3075), D(0), D(-440)], D(3515)),
               ("Transfers to/(from) earmarked reserves", [D(-3200), D(3200), D(0)], D(0))]),
             ("2025/26", None, None,
              [("Total comprehensive income and expenditure", [D(5629), D(0), D(0)], D(-3720)),
               ("Adjustments between accounting basis and funding basis under regulations", [D(-7420), D(0), D(-1210)], D(8630)),
               ("Transfers to/(from) earmarked reserves", [D(2150), D(-2150), D(0)], D(0))])]
    def figures(usable, unusable):
        total_usable = sum(usable)
        return usable + [total_usable, unusable, total_usable + unusable]
    rows = []
    usable, unusable = years[0][1], years[0][2]
    rows.append(line("Balance at 1 April 2024", figures(usable, unusable), True))
    for year, _, _, movements in years:
        for name, u, n in movements:
            printed = figures(u, n)
            if wrong and year == "2025/26" and name.startswith("Total comprehensive"):
                printed[0] = D(5692)
            rows.append(line(name, printed))
        in_year = [sum(m[1][k] for m in movements) for k in range(3)]
        in_year_unusable = sum(m[2] for m in movements)
        rows.append(line("(Increase)/decrease in " + year, figures(in_year, in_year_unusable), True))
        usable = [usable[k] + in_year[k] for k in range(3)]
        unusable += in_year_unusable
        rows.append(line("Balance at 31 March " + ("2025" if year == "2024/25" else "2026"), figures(usable, unusable), True))
    assert figures(usable, unusable) == [D(-12141), D(-43960), D(-7550), D(-63651), D(-110425), D(-174076)]
    p = Paper("mirs" + ("-wrong" if wrong else ""), "Statement of Accounts 2025/26",
              "The Movement in Reserves Statement shows the movement in the year on the different reserves held by the authority.")
    p.table("Movement in Reserves Statement", [[("", 1), ("General Fund Balance", 1), ("Earmarked General Fund Reserves", 1),
                                                ("Capital Receipts Reserve", 1), ("Total Usable Reserves", 1), ("Unusable Reserves", 1),
                                                ("Total Authority Reserves", 1)],
                                               [("", 1)] + [("£000", 1)] * 6], rows, wide_label=True)
    return p


# 22. Cash flow statement, two years: the operating activities' net cash flow closes its
# block, the net increase or decrease adds it and the rows since, and the cash at the end is
# the cash at the beginning and that movement. Two "Adjustments to/for … the provision of
# services" rows name the figure they adjust.
def cash_flow(wrong):
    operating = [("Net (surplus) or deficit on the provision of services", D(-5675), D(-5629)),
                 ("Adjustments to net surplus or deficit on the provision of services for non-cash movements", D(-31240), D(-28915)),
                 ("Adjustments for items included in the net surplus or deficit on the provision of services that are investing and financing activities", D(9870), D(11230))]
    others = [("Investing activities", D(18330), D(25480)), ("Financing activities", D(4120), D(-6210))]
    rows = [line(name, [a, b]) for name, a, b in operating]
    net_operating = [sum(o[1] for o in operating), sum(o[2] for o in operating)]
    assert net_operating == [D(-27045), D(-23314)]
    printed = list(net_operating)
    if wrong: printed[1] = D(-23341)
    rows.append(line("Net cash flows from operating activities", printed, True))
    rows += [line(name, [a, b]) for name, a, b in others]
    movement = [net_operating[0] + sum(o[1] for o in others), net_operating[1] + sum(o[2] for o in others)]
    assert movement == [D(-4595), D(-4044)]
    rows.append(line("Net (increase) or decrease in cash and cash equivalents", movement, True))
    beginning = [D(-22410), D(-22410) + movement[0]]
    rows.append(line("Cash and cash equivalents at the beginning of the reporting period", beginning))
    rows.append(line("Cash and cash equivalents at the end of the reporting period", [beginning[0] + movement[0], beginning[1] + movement[1]], True))
    assert beginning[1] + movement[1] == D(-31049)
    p = Paper("cash-flow" + ("-wrong" if wrong else ""), "Statement of Accounts 2025/26",
              "The Cash Flow Statement shows the changes in cash and cash equivalents during the year.")
    p.table("Cash Flow Statement", [[("", 1), ("2024/25", 1), ("2025/26", 1)], [("", 1), ("£000", 1), ("£000", 1)]], rows)
    return p


# 23. Budget monitoring in whole pounds in figure columns too narrow for them: LibreOffice's
# print cuts each figure over two lines ("(1,234," over "567)"); Word and the web page do not.
def narrow_monitoring(wrong):
    services = [("Adult Social Care", D(48215630), D(49102455)), ("Children's Services", D(31877410), D(33015920)),
                ("Highways and Transport", D(12450300), D(11986745)), ("Waste Management", D(9876500), D(9912380)),
                ("Libraries and Culture", D(3210900), D(3055210)), ("Corporate Services", D(14560200), D(14102655))]
    rows = []
    for name, budget, forecast in services:
        variance = forecast - budget
        if wrong and name == "Waste Management": variance = D(53880)
        rows.append(line(name, [budget, forecast, variance]))
    total = [sum(x[1] for x in services), sum(x[2] for x in services)]
    assert total == [D(120190940), D(121175365)] and total[1] - total[0] == D(984425)
    rows.append(line("Total", [total[0], total[1], total[1] - total[0]], True))
    p = Paper("narrow-monitoring" + ("-wrong" if wrong else ""), "Budget Monitoring: Quarter 2",
              "The forecast outturn for each service against its budget; an underspend is shown in brackets.")
    p.table("Table 1: Forecast outturn by service", [[("Service", 1), ("Budget\n£", 1), ("Forecast\n£", 1), ("Variance\n£", 1)]], rows,
            wide_label="narrow")
    return p


# 24. Council tax base: dwellings by band, the band's ninths of Band D as text ("6/9") between
# the figures, and the Band D equivalents they make.
def tax_base(wrong):
    bands = [("A", 12450, 6), ("B", 15210, 7), ("C", 9882, 8), ("D", 6140, 9), ("E", 3960, 11), ("F", 1845, 13), ("G", 900, 15),
             ("H", 72, 18)]
    rows = []
    for band, dwellings, ninths in bands:
        equivalents = D(dwellings) * ninths / 9
        assert equivalents == equivalents.quantize(D(1))
        printed = D(4480) if wrong and band == "E" else equivalents
        rows.append((band, [money(D(dwellings)), f"{ninths}/9", money(printed, 1)], False))
    total = sum(D(d) * n / 9 for _, d, n in bands)
    assert total == D(44203) and sum(d for _, d, _ in bands) == 50459
    rows.append(("Total", [money(D(50459)), "", money(total, 1)], True))
    p = Paper("tax-base" + ("-wrong" if wrong else ""), "Council Tax Base 2026/27",
              "The tax base is the number of dwellings in each band expressed as Band D equivalents.")
    p.table("Table 1: Council tax base", [[("Band", 1), ("Dwellings", 1), ("Ratio to\nBand D", 1), ("Band D\nequivalents", 1)]], rows)
    return p

# 25. Earmarked reserves over two years, in columns: each balance is the one before it and the
# year's transfers out (in brackets) and in; the headings wrap in narrow columns, the years and
# units on their last lines.
def earmarked(wrong):
    reserves = [("Insurance", D(3200), (D(-450), D(600)), (D(-520), D(400))),
                ("Transformation", D(8750), (D(-2100), D(1500)), (D(-3400), D(2000))),
                ("Business rates equalisation", D(6900), (D(-1800), D(0)), (D(-2100), D(1250))),
                ("Public health", D(2410), (D(-310), D(150)), (D(-600), D(0))),
                ("Schools", D(5630), (D(-1200), D(980)), (D(-1450), D(1100)))]
    rows, columns = [], []
    for name, opening, first, second in reserves:
        middle = opening + sum(first)
        closing = middle + sum(second)
        figures = [opening, first[0], first[1], middle, second[0], second[1], closing]
        columns.append(figures)
        printed = list(figures)
        if wrong and name == "Insurance": printed[3] = D(3530)
        rows.append(line(name, printed))
    total = [sum(c[k] for c in columns) for k in range(7)]
    assert total == [D(26890), D(-5860), D(3230), D(24260), D(-8070), D(4750), D(20940)]
    printed = list(total)
    if wrong: printed[3] += D(3530) - D(3350)
    rows.append(line("Total earmarked reserves", printed, True))
    p = Paper("earmarked" + ("-wrong" if wrong else ""), "Statement of Accounts 2025/26",
              "Note 9: amounts set aside from the General Fund in earmarked reserves, and the amounts posted back from them.")
    p.table("Note 9: Earmarked reserves", [[("Reserve", 1), ("Balance at 1 April 2024", 1), ("Transfers out 2024/25", 1),
                                            ("Transfers in 2024/25", 1), ("Balance at 31 March 2025", 1), ("Transfers out 2025/26", 1),
                                            ("Transfers in 2025/26", 1), ("Balance at 31 March 2026", 1)],
                                           [("", 1)] + [("£000", 1)] * 7], rows, wide_label=True)
    return p


def main():
    os.makedirs(OUT, exist_ok=True)
    papers = [make(wrong) for make in (hra, council_tax, parish_bands, parish_precepts, prudential, service_budgets,
                                                pcc, fire_capital, nhs, schools, reserves, monitoring, pension, housing_capital, budget_book,
                                                voluntary_grants, community_grants, footnoted_budget,
                                                capital_schemes, cies, mirs, cash_flow, narrow_monitoring,
                                                tax_base, earmarked)
              for wrong in (False, True)]
    # Named papers only, if any are named: the others' files stay as they are.
    if len(sys.argv) > 1:
        papers = [p for p in papers if p.name.removesuffix("-wrong") in sys.argv[1:]]
        if not papers:
            sys.exit("council-papers.py: no paper is named " + ", ".join(sys.argv[1:]) + " (names as in their files: cash-flow, cies, ...)")
    work = tempfile.mkdtemp()
    for paper in papers:
        write_docx(paper, os.path.join(OUT, paper.name + ".docx"))
        write_html(paper, os.path.join(OUT, paper.name + ".html"))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf", "--outdir", OUT]
                   + [os.path.join(OUT, p.name + ".docx") for p in papers], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(work, ignore_errors=True)
    # The council-website HTML printed by WeasyPrint too: labels wrapped in their cells with
    # the figures in the middle of their lines, columns of figures a space apart, headings set
    # flush left over figures set flush right, a caption wrapped onto a second line.
    weasyprint = os.path.join(os.path.dirname(__file__), "..", ".venv-weasyprint", "bin", "weasyprint")
    for paper in papers:
        subprocess.run([weasyprint if os.path.exists(weasyprint) else "weasyprint", os.path.join(OUT, paper.name + ".html"),
                        os.path.join(OUT, paper.name + "-weasyprint.pdf")], check=True, stderr=subprocess.DEVNULL)
    print(f"wrote {len(papers)} papers in Word, HTML and PDF to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    sys.exit(main())
