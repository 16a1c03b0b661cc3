#!/usr/bin/env python3
"""Writes Tests/Published/random: budget tables drawn at random, made as council-papers.py
makes its papers (Word through python-docx, the PDF LibreOffice prints from it, the web page
and WeasyPrint's print of it), each correct and with one total made wrong.

What varies: one to four year columns, a variance column, groups with headings and "Total …"
subtotals, labels long enough to wrap, dashes for nothing, the unit in a row of its own or
under each heading. Every figure is an exact decimal and every total is worked from them, so
a correct paper must pass with no warning, and a wrong one must fail first on the total made
wrong. The seeds kept are those that found a reading fault, and a few more:
    python3 scripts/random-budget-papers.py [SEED...]   (needs python-docx and LibreOffice)
"""
import importlib.util
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("council_papers", os.path.join(HERE, "council-papers.py"))
cp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cp)
D = cp.D
OUT = os.path.join(HERE, "..", "Tests", "Published", "random")
# Seeds that found a fault: 6 (one column of figures close to its labels), 12 and 13 (the
# last row's label wrapped under its figures), 53 (a dash for nothing between two figures).
SEEDS = [1, 2, 3, 6, 12, 13, 20, 31, 40, 53]
WORDS=["Adult social care","Children's services","Highways and transport","Waste collection","Libraries","Leisure centres","Housing needs","Planning and development","Public health","Corporate services","Democratic services","Revenues and benefits","Parks and open spaces","Street cleansing","Environmental health","Car parking","Economic development","Culture and heritage","ICT and digital","Legal and governance","Home to school transport","Special educational needs","Early help and prevention","Commissioning and contracts","Facilities management","Coroner and registration services","Emergency planning and resilience","Homelessness prevention and temporary accommodation"]
GROUPS=["People","Place","Resources","Communities","Children and families","Adults and health"]
def paper(seed, wrong):
    rng=random.Random(seed)
    ncol=rng.randint(1,4); variance=ncol>=2 and rng.random()<0.5
    years=["2025/26","2026/27","2027/28","2028/29"][:ncol]
    heads=[("Budget" if ncol==1 else y) for y in years]
    unit=rng.choice(["£000","£'000","£"])
    grouped=rng.random()<0.5
    groups=rng.sample(GROUPS, rng.randint(2,3)) if grouped else [None]
    rows=[]; meta=[]; grand=[D(0)]*ncol
    def fig(v):
        return cp.money(v)
    totals=[]
    for g in groups:
        if g: rows.append((g,[""]*(ncol+(1 if variance else 0)),True)); meta.append(None)
        sub=[D(0)]*ncol
        for name in rng.sample(WORDS, rng.randint(2,7)):
            vals=[D(rng.randint(-2000,60000)) if rng.random()<0.9 else D(0) for _ in range(ncol)]
            cells=[fig(v) if v!=0 or rng.random()<0.5 else "-" for v in vals]
            if variance: cells.append(fig(vals[1]-vals[0]))
            rows.append((name,cells,False)); meta.append(None)
            sub=[a+b for a,b in zip(sub,vals)]
        if g:
            cells=[fig(v) for v in sub]+([fig(sub[1]-sub[0])] if variance else [])
            rows.append((f"Total {g}",cells,True)); meta.append(("sub",len(rows)-1)); totals.append(len(rows)-1)
        grand=[a+b for a,b in zip(grand,sub)]
    cells=[fig(v) for v in grand]+([fig(grand[1]-grand[0])] if variance else [])
    rows.append(("Total" if grouped or rng.random()<0.5 else "Total net budget",cells,True)); totals.append(len(rows)-1)
    seeded=None
    if wrong:
        r=rng.choice(totals); c=rng.randrange(ncol)
        label,cells,bold=rows[r]
        v=D(cells[c].replace(",","").replace("(","-").replace(")","").replace("-","-") if cells[c]!="-" else "0")
        delta=D(rng.choice([10,100,250,1000]))
        cells=list(cells); cells[c]=fig(v+delta); rows[r]=(label,cells,bold); seeded=(label,c)
    hdr_top=[("Service",1)]+[(h,1) for h in heads]+([("Variance",1)] if variance else [])
    hdr_units=[("",1)]+[(unit,1) for _ in range(ncol+(1 if variance else 0))]
    p=cp.Paper(f"r{seed}"+("-wrong" if wrong else ""),"Revenue budget summary",rng.choice(["The budget by service.","The table sets out each service's budget for the years of the plan, and the changes between them."]))
    p.table(f"Table {rng.randint(1,9)}: Budget by service",[hdr_top,hdr_units] if rng.random()<0.7 else [[(t+("\n"+unit if i>0 else ""),s) for i,(t,s) in enumerate(hdr_top)]],rows)
    return p,seeded
def main():
    seeds = [int(s) for s in sys.argv[1:]] or SEEDS
    os.makedirs(OUT, exist_ok=True)
    expected = []
    names = []
    for s in seeds:
        for w in (False, True):
            p, seeded = paper(s, w)
            cp.write_docx(p, os.path.join(OUT, p.name + ".docx"))
            cp.write_html(p, os.path.join(OUT, p.name + ".html"))
            names.append(p.name)
            for form in (".docx", ".html", ".pdf", "-weasyprint.pdf"):
                expected.append(f"{p.name}{form}\t{1 if seeded else 0}\t{seeded[0] if seeded else '-'}")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT] + [os.path.join(OUT, n + ".docx") for n in names],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    weasyprint = os.path.join(HERE, "..", ".venv-weasyprint", "bin", "weasyprint")
    for n in names:
        subprocess.run([weasyprint if os.path.exists(weasyprint) else "weasyprint", os.path.join(OUT, n + ".html"),
                        os.path.join(OUT, n + "-weasyprint.pdf")], check=True, stderr=subprocess.DEVNULL)
    with open(os.path.join(OUT, "expected.tsv"), "w") as f:
        f.write("# file\texit\tthe row whose total was made wrong (- for none); written by scripts/random-budget-papers.py\n")
        f.write("\n".join(sorted(expected)) + "\n")
    print(f"wrote {len(names)} papers in Word, HTML and PDF to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    sys.exit(main())
