"""A PDF written from its objects' bodies, with a correct cross-reference table: the one
writer the scripts that make PDFs by hand share (bad published papers, bench's long tables)."""
import io


def pdf(objects, trailer_extra=b""):
    """A PDF of `objects` (bytes, numbered from 1; the first is the catalog)."""
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
