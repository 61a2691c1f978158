#!/usr/bin/env python3
"""Writes the binary bad inputs in cvs/ (standard library only; byte-for-byte reproducible).

Text inputs (role files, templates, expectations) are written by hand; this script makes the ones that are
easier to describe as code: zip bombs, hostile XML inside DOCX, broken ZIP directories, text encodings.
Big inputs (a 10 MB role file, a 100 MB CV) are not committed: the tests make them at run time.
Run from anywhere: python3 Tests/HireKitReliabilityTests/BadInputs/make-bad-inputs.py
"""
import pathlib
import re
import shutil
import struct
import zlib

HERE = pathlib.Path(__file__).resolve().parent
CVS = HERE / "cvs"
CV_FIXTURES = HERE.parent.parent / "HireKitCVTests" / "Fixtures"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def document(*paragraphs, doctype=""):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0"?>{doctype}<w:document {W}><w:body>{body}</w:body></w:document>'.encode()


def deflate(data, level=9):
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def zip_archive(entries):
    """entries: (name, raw bytes, method 0|8, declared uncompressed size or None, local offset override or None)."""
    out = bytearray()
    central = bytearray()
    offsets = {}
    for name, raw, method, declared, shared in entries:
        encoded = name.encode()
        crc = zlib.crc32(raw) & 0xFFFFFFFF
        payload = deflate(raw) if method == 8 else raw
        size = len(raw) if declared is None else declared
        if shared is None:
            offset = len(out)
            out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x5821, crc, len(payload), size,
                               len(encoded), 0) + encoded + payload
            offsets[name] = (offset, len(payload))
        else:  # overlap: point this directory entry at another entry's local header and data
            offset, compressed = offsets[shared]
            payload = b"\0" * compressed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0, method, 0, 0x5821, crc,
                               len(payload), size, len(encoded), 0, 0, 0, 0, 0o100644 << 16, offset) + encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def write(name, data):
    (CVS / name).write_bytes(data)


CVS.mkdir(exist_ok=True)

# Zip bombs. Defaults: 64 MiB inflated in total, ratio 200:1 for parts over 1 MiB.
spaces = b" " * (8 << 20)
bomb_body = document("Jordan Ellis") [:-len("</w:body></w:document>")] + spaces + b"</w:body></w:document>"
write("zip-bomb-ratio.docx", zip_archive([("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
                                          ("word/document.xml", bomb_body, 8, None, None)]))
huge = document("Jordan Ellis")[:-len("</w:body></w:document>")] + b" " * (70 << 20) + b"</w:body></w:document>"
write("zip-bomb-lying-sizes.docx", zip_archive([("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
                                                ("word/document.xml", huge, 8, 4096, None)]))
# Overlapping entries: 40 headers share one 3 MiB-inflating kernel (honest sizes, ratio under the limit per part
# is not the point: the total across parts is).
kernel = b'<w:hdr ' + W.encode() + b'><w:p><w:r><w:t>' + b"a" * (3 << 20) + b'</w:t></w:r></w:p></w:hdr>'
entries = [("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
           ("word/document.xml", document("Jordan Ellis, cashier"), 8, None, None),
           ("word/header1.xml", kernel, 8, None, None)]
entries += [(f"word/header{i}.xml", kernel, 8, None, "word/header1.xml") for i in range(2, 41)]
write("zip-bomb-overlapping.docx", zip_archive(entries))

# Hostile XML inside DOCX: external entity (XXE) and nested entity expansion (billion laughs).
xxe = document("Jordan Ellis", "Cashier &xxe; Walmart",
               doctype='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>')
write("xxe.docx", zip_archive([("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
                               ("word/document.xml", xxe, 8, None, None)]))
laughs = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
billion = document("Jordan Ellis", "Cashier &l9;",
                   doctype=f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{laughs}]>')
write("billion-laughs.docx", zip_archive([("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
                                          ("word/document.xml", billion, 8, None, None)]))
write("xxe.html", b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
                  b"<html><body><h1>Jordan Ellis</h1><p>Cashier &xxe; at Walmart</p></body></html>\n")
write("billion-laughs.html", (f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]>\n'
                              "<html><body><h1>Jordan Ellis</h1><p>Cashier &l9; at Walmart</p></body></html>\n").encode())

# ZIP directories that lie about where things are (what DOCXFuzz found) and ZIP64.
good = zip_archive([("[Content_Types].xml", CONTENT_TYPES, 8, None, None),
                    ("word/document.xml", document("Jordan Ellis, cashier"), 8, None, None)])
end = good.rfind(b"PK\x05\x06")
write("zip-directory-past-end.docx", good[:end + 16] + struct.pack("<I", 0x7FFF0000) + good[end + 20:])
first_entry = good.find(b"PK\x01\x02")
local_past_end = bytearray(good)
struct.pack_into("<I", local_past_end, first_entry + 42, 0x00FFFFF0)
write("zip-local-header-past-end.docx", bytes(local_past_end))
# ZIP64 markers on a small archive (some writers add them to every entry) are harmless and must be read;
# ZIP64 values pointing past the end or claiming more than 4 GiB must be refused.
zip64 = bytearray(good)
struct.pack_into("<H", zip64, first_entry + 6, 45)
write("zip64-markers.docx", bytes(zip64))


def with_zip64_extra(archive, entry_name, uncompressed=None, compressed=None, offset=None):
    """Rewrites one central directory entry to say 0xFFFFFFFF and give the values in a ZIP64 extra field."""
    data = bytearray(archive)
    end = data.rfind(b"PK\x05\x06")
    start = struct.unpack_from("<I", data, end + 16)[0]
    position, out = start, bytearray()
    while data[position:position + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, position + 28)
        entry = bytearray(data[position:position + 46 + name_len + extra_len + comment_len])
        if entry[46:46 + name_len].decode() == entry_name:
            real_c, real_u = struct.unpack_from("<II", entry, 20)
            real_o = struct.unpack_from("<I", entry, 42)[0]
            values = [uncompressed if uncompressed is not None else real_u,
                      compressed if compressed is not None else real_c,
                      offset if offset is not None else real_o]
            struct.pack_into("<H", entry, 6, 45)
            struct.pack_into("<II", entry, 20, 0xFFFFFFFF, 0xFFFFFFFF)
            struct.pack_into("<I", entry, 42, 0xFFFFFFFF)
            extra = struct.pack("<HHQQQ", 1, 24, *values)
            struct.pack_into("<H", entry, 30, extra_len + len(extra))
            entry = entry[:46 + name_len] + extra + entry[46 + name_len:]
        out += entry
        position += 46 + name_len + extra_len + comment_len
    tail = bytearray(data[end:])
    struct.pack_into("<I", tail, 12, len(out))
    return bytes(data[:start] + out + tail)


write("zip64-extra-fields.docx", with_zip64_extra(good, "word/document.xml"))
write("zip64-offset-past-end.docx", with_zip64_extra(good, "word/document.xml", offset=1 << 62))
write("zip64-size-too-large.docx", with_zip64_extra(good, "word/document.xml", uncompressed=(1 << 64) - 1))
write("truncated.docx", good[: len(good) // 2] + good[end:])

# Text encodings.
cv = "Jordan Ellis\nCashier at Café Rouge, 2019–2024\nCash handling, customer service\n"
write("utf16le-no-bom.txt", cv.encode("utf-16-le"))
write("utf16be-no-bom.txt", cv.encode("utf-16-be"))
# Latin-1/Windows-1252 bytes in an otherwise ASCII CV (invalid as UTF-8): decoded as Windows-1252, not refused.
write("invalid-utf8.txt", b"Jordan Ellis\nCashier at Caf\xe9 Rouge, Montr\xe9al \x96 2019 to 2024\n"
      b"Cash handling, \x93friendly\x94 customer service, balanced the till every shift\n"
      b"Stray bytes from a bad copy: \xc3\x28 \xff \x80\n")
write("overlong-utf8.txt", b"Jordan Ellis\n\xc0\xafetc\xc0\xaepasswd \xed\xa0\x80 surrogate\nCashier\n")
write("empty.txt", b"")
write("whitespace-only.txt", b" \n\t\r\n   \n")
write("binary.bin", bytes(range(256)) * 4)
write("pdf-named-docx.docx", (CV_FIXTURES / "call-center-agent.pdf").read_bytes())
write("legacy-word.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
write("json-not-resume.json", b'{"name": "Jordan Ellis", "role": "Cashier"}\n')
write("broken.json", b'{"basics": {"name": "Jordan Ellis"\n')

# PDFs: from the CV module's fixtures, so the same files are not produced twice.
for name in ["encrypted.pdf", "truncated.pdf", "no-text.pdf"]:
    shutil.copyfile(CV_FIXTURES / name, CVS / name)
write("not-really.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

# Role files: the shipped cashier role with one thing broken each (advancement emptied so that no cross-file
# problem joins the one under test). Expected output: roles/<name>.yml.expected.
ROLES = HERE / "roles"
ROLES.mkdir(exist_ok=True)
base = (HERE.parent.parent.parent / "Roles" / "cashier.yml").read_text()
base = re.sub(r"advancement: \[.*\]", "advancement: []", base)


def role(name, text=None, data=None):
    path = ROLES / f"{name}.yml"
    if data is not None:
        path.write_bytes(data)
    else:
        path.write_text(text)


def with_id(name):
    return base.replace("id: cashier", f"id: {name}", 1)


def first_required_skill_indented_with_tab(text):
    return re.sub(r"  required:\n    - name:", "  required:\n\t- name:", text, count=1)


role("tab-indentation", first_required_skill_indented_with_tab(with_id("tab-indentation")))
role("unclosed-quote", with_id("unclosed-quote").replace("title: Cashier", 'title: "Cashier', 1))
role("unclosed-bracket", re.sub(r"(industries: \[[^\]]*)\]", r"\1", with_id("unclosed-bracket"), count=1))
role("duplicate-keys", with_id("duplicate-keys").replace("department: Retail\n", "department: Retail\ntitle: Head Cashier\n", 1))
role("wrong-types", with_id("wrong-types")
     .replace("title: Cashier", "title: [Cashier, Checker]", 1)
     .replace(re.search(r"industries: \[.*\]", base).group(0), "industries: Retail", 1)
     .replace("  minimum_years: 0\n", "  minimum_years: three\n", 1)
     .replace("  remote: false", "  remote: sometimes", 1)
     .replace("      knockout: true", "      knockout: {yes: please}", 1)
     .replace("  minimum: 17.00", "  minimum: seventeen", 1))
role("slug-traversal", base.replace("id: cashier", "id: ../../etc/cron.d/cashier", 1))
role("slug-absolute", base.replace("id: cashier", "id: /tmp/cashier", 1))
role("empty", "")
role("comments-only", "# A role file that was started and never written.\n")
role("top-level-list", "- id: top-level-list\n- title: Cashier\n")
bomb = with_id("alias-bomb")
role("alias-bomb", bomb[:bomb.index("  required:\n")]
     + "  required:\n    - &skill {name: Cash handling, synonyms: [" + ", ".join(["till"] * 300) + "]}\n"
     + "    - *skill\n" * 299 + bomb[bomb.index("  preferred:\n"):])
role("huge-experience", with_id("huge-experience").replace("  minimum_years: 0\n", "  minimum_years: 1e300\n", 1))
role("huge-salary", with_id("huge-salary").replace("  minimum: 17.00", "  minimum: 1e20", 1).replace("  maximum: 19.50", "  maximum: 1e21", 1))
role("infinite-salary", with_id("infinite-salary").replace("  maximum: 19.50", "  maximum: .inf", 1))
role("invalid-utf8", data=with_id("invalid-utf8").replace("title: Cashier", "title: Caf\udce9 Cashier", 1).encode("utf-8", "surrogateescape"))
role("utf16le-no-bom", data=with_id("utf16le-no-bom").encode("utf-16-le"))
role("utf16-bom", data=with_id("utf16-bom").encode("utf-16"))
# A valid roles folder for the template and screening tests.
(HERE / "valid-roles").mkdir(exist_ok=True)
(HERE / "valid-roles" / "cashier.yml").write_text(base)

role("nul-byte", data=with_id("nul-byte").replace("title: Cashier", "title: Cash\x00ier", 1).encode())

print("wrote", len(list(CVS.iterdir())), "CVs and", len(list(ROLES.iterdir())), "role files")
