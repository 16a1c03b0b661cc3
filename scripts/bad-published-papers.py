"""Writes the bad published papers `tabled check` must refuse cleanly (see scripts/published-fixtures)."""
import os, sys, zipfile, zlib

from pdf_objects import pdf

out = sys.argv[1]

# Not a zip at all, though named .docx.
with open(os.path.join(out, "corrupt.docx"), "wb") as f:
    f.write(b"PK\x03\x04" + bytes(range(256)) * 4)

# A zip whose document inflates to 200 MB of spaces: refused at 64 MB, whatever it claims.
with zipfile.ZipFile(os.path.join(out, "zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("word/document.xml", "w", force_zip64=True) as entry:
        entry.write(b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>")
        chunk = b" " * (1 << 20)
        for _ in range(200):
            entry.write(chunk)
        entry.write(b"</w:body></w:document>")

page = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"]
# A page with a grey box and no text, as a scan is to poppler.
drawing = b"0.5 g 50 50 400 600 re f"
with open(os.path.join(out, "image-only.pdf"), "wb") as f:
    f.write(pdf(page + [b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream"]))
# Encrypted with a user password Tabled does not have.
encrypt = (b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 "
           b"/O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>")
with open(os.path.join(out, "encrypted.pdf"), "wb") as f:
    f.write(pdf(page + [b"<< /Length 0 >>\nstream\n\nendstream", encrypt],
                trailer_extra=b"/Encrypt 5 0 R /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">] "))
# Entities in an attribute: one 100 KB entity referenced 20,000 times expands to 2 GB if read.
entity = ("<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY big \"" + "x" * 100_000 + "\">]>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl><w:tr>"
          "<w:tc><w:tcPr><w:tcW w:w=\"" + "&big;" * 20_000 + "\"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
          "</w:tr></w:tbl></w:body></w:document>")
with zipfile.ZipFile(os.path.join(out, "entity-attribute.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
    z.writestr("word/document.xml", entity)
# Small files of many pages, every page drawing one shared content stream of tiny words:
# poppler's layout is slower than linear in the words on a page, and their boxes would take
# gigabytes to hold. "dense-pages.pdf" (about 25 KB, 100 pages of 3,000 words) gives more
# words than a file of its size can honestly hold; "dense-page.pdf" (one page drawing its
# 3,000 words twenty times) is slower to lay out than a file of its size is allowed.
def dense(pages, repeats, size):
    ops = ["BT /F1 %d Tf" % size]
    for i in range(3000):
        ops.append("1 0 0 1 %.1f %.1f Tm (1) Tj" % (10 + (i % 100) * 5.8, 830 - (i // 100) * 1.1 * size))
    ops.append("ET")
    content = zlib.compress("\n".join(ops).encode(), 9)
    kids = " ".join("%d 0 R" % (6 + i) for i in range(pages)).encode()
    # Each repeat drawn below the last (object 5): 30 more lines of 100 words.
    contents = b"[" + b" 5 0 R ".join([b"4 0 R"] * repeats) + b"]"
    shift = b"1 0 0 1 0 -33 cm"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Length %d >>\nstream\n" % len(shift) + shift + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                + contents + b" >>"] * pages
    return pdf(objects)
with open(os.path.join(out, "dense-pages.pdf"), "wb") as f:
    f.write(dense(100, 1, 2))
with open(os.path.join(out, "dense-page.pdf"), "wb") as f:
    f.write(dense(1, 20, 1))
# The Brent paper with its document part's CRC-32 wrong in both the local and the central
# header: a damaged file that agrees with itself.
data = bytearray(open(os.path.join(out, "brent.docx"), "rb").read())
name = b"word/document.xml"
for signature, size_at, name_at, crc_at in [(b"PK\x03\x04", 26, 30, 14), (b"PK\x01\x02", 28, 46, 16)]:
    at = data.find(signature)
    while at >= 0:
        length = int.from_bytes(data[at + size_at:at + size_at + 2], "little")
        if data[at + name_at:at + name_at + length] == name:
            data[at + crc_at:at + crc_at + 4] = b"\x11\x22\x33\x44"
        at = data.find(signature, at + 4)
with open(os.path.join(out, "crc.docx"), "wb") as f:
    f.write(data)
