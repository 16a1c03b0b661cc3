"""Writes the bad published papers `tabled check` must refuse cleanly (see scripts/published-fixtures)."""
import io, os, sys, zipfile

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

def pdf(objects, trailer_extra=b""):
    """A PDF from its objects' bodies, with a correct cross-reference table."""
    body = io.BytesIO()
    body.write(b"%PDF-1.4\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(body.tell())
        body.write(b"%d 0 obj\n" % number + content + b"\nendobj\n")
    xref = body.tell()
    body.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        body.write(b"%010d 00000 n \n" % offset)
    body.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref))
    return body.getvalue()

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
