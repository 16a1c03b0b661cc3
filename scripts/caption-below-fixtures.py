#!/usr/bin/env python3
"""Writes Tests/Published/caption-below.{docx,pdf,html}: a Word table whose caption is the bold
"Table 5: …" paragraph under it (with a source note after), an empty spacer column between
its pairs of figures, a group row over a units row, and "Total expenditure" wrapped under its
figures; the PDF LibreOffice prints from it and the HTML LibreOffice saves it as. Each form
names the table by that caption and adds up (the variance is forecast less budget).
Run only to change them:  python3 scripts/caption-below-fixtures.py  (python-docx, LibreOffice).
"""
import importlib.util
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(__file__)
spec = importlib.util.spec_from_file_location("council", os.path.join(HERE, "council-papers.py"))
council = importlib.util.module_from_spec(spec)
spec.loader.exec_module(council)
OUT = os.path.join(HERE, "..", "Tests", "Published")


def main():
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading("Appendix C", 1)
    document.add_paragraph("The table below sets out the forecast position.")
    rows = [("Employees", 1200, 1180), ("Premises", 340, 365), ("Transport", 85, 92), ("Supplies", 410, 398)]
    table = document.add_table(rows=3 + len(rows), cols=6)
    table.style = "Table Grid"
    for c, text in enumerate(["", "Budget", "", "Forecast", "", "Variance"]):
        council.set_cell_text(table.cell(0, c), text, bold=True, right=c > 0)
    for c, text in enumerate(["Expenditure", "£000", "", "£000", "", "£000"]):
        council.set_cell_text(table.cell(1, c), text, bold=True, right=c > 0)
    council.mark_header(table.rows[0])
    council.mark_header(table.rows[1])
    budget = forecast = 0
    for r, (name, b, f) in enumerate(rows):
        budget, forecast = budget + b, forecast + f
        council.set_cell_text(table.cell(2 + r, 0), name)
        for k, value in enumerate([b, f, f - b]):
            council.set_cell_text(table.cell(2 + r, 1 + 2 * k), council.money(value), right=True)
    assert (budget, forecast) == (2035, 2035)
    last = 2 + len(rows)
    council.set_cell_text(table.cell(last, 0), "Total expenditure", bold=True)
    for k, value in enumerate([budget, forecast, forecast - budget]):
        council.set_cell_text(table.cell(last, 1 + 2 * k), council.money(value), bold=True, right=True)
    document.add_paragraph().add_run("Table 5: Forecast outturn, Environment directorate").bold = True
    document.add_paragraph("Source: month 6 monitoring.")
    path = os.path.join(OUT, "caption-below.docx")
    document.save(path)
    work = tempfile.mkdtemp()
    for target in ("pdf", "html"):
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", target,
                        "--outdir", OUT, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
