#!/usr/bin/env python3
"""Derives the fuzzers' committed seed inputs (Fuzz/Seeds/<target>/) from files already in the repository.

Standard library only; output is deterministic. The raw repository files (Roles/*.yml, Templates, CV fixtures)
are passed to the fuzzers directly by run.sh; this script writes only the inputs that need reshaping for a
structure-aware target (DOCX parts, matcher phrase lists) and a few hand-written hostile seeds.
Run: python3 Fuzz/make-seeds.py
"""
import pathlib
import zipfile

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
FIXTURES = ROOT / "Tests" / "HireKitCVTests" / "Fixtures"
SEEDS = FUZZ / "Seeds"


def write(target, name, data):
    folder = SEEDS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# DOCXFuzz: mode byte 0 = a whole file; mode byte 1 = document.xml NUL header1.xml NUL footer1.xml.
for docx in sorted(FIXTURES.glob("*.docx")):
    raw = docx.read_bytes()
    write("DOCXFuzz", f"file-{docx.stem}", b"\x00" + raw)
    try:
        with zipfile.ZipFile(docx) as archive:
            names = archive.namelist()
            body = archive.read("word/document.xml") if "word/document.xml" in names else b""
            header = archive.read("word/header1.xml") if "word/header1.xml" in names else b""
            footer = archive.read("word/footer1.xml") if "word/footer1.xml" in names else b""
    except Exception:  # the lying zip bomb's headers do not add up: keep only its whole-file seed
        continue
    if len(body) < 64 * 1024:
        write("DOCXFuzz", f"parts-{docx.stem}", b"\x01" + body + b"\x00" + header + b"\x00" + footer)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
write("DOCXFuzz", "parts-minimal", "\x01" + f'<w:document {W}><w:body><w:p><w:r><w:t>Cashier, 3 years</w:t></w:r></w:p></w:body></w:document>')
write("DOCXFuzz", "parts-xxe-canary",
      "\x01" + f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///tmp/hirekit-fuzz-canary.txt">]>'
      f'<w:document {W}><w:body><w:p><w:r><w:t>A &x; B</w:t></w:r></w:p></w:body></w:document>')
write("DOCXFuzz", "parts-deep-nesting",
      "\x01" + f'<w:document {W}><w:body>' + "<w:sdt><w:sdtContent>" * 300 + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
      + "</w:sdtContent></w:sdt>" * 300 + "</w:body></w:document>")
write("DOCXFuzz", "parts-table-textbox",
      "\x01" + f'<w:document {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>'
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2019</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>'
      '<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></mc:Choice>'
      '<mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent><w:tab/><w:br/><w:noBreakHyphen/></w:r></w:p>'
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve"> Experience </w:t></w:r></w:p>'
      '</w:body></w:document>')

# HTMLFuzz: the HTML fixtures are passed directly; add encodings and hostile structure.
advisor = (FIXTURES / "customer-service-advisor.html").read_text("utf-8")
write("HTMLFuzz", "utf16le-nobom.html", advisor[:600].encode("utf-16-le"))
write("HTMLFuzz", "utf16be-bom.html", b"\xfe\xff" + advisor[:600].encode("utf-16-be"))
write("HTMLFuzz", "windows-1252.html", "<html><body><p>Caf\u00e9 \u201cteam\u201d \u2013 r\u00e9sum\u00e9</p></body></html>".encode("cp1252"))
write("HTMLFuzz", "doctype-entities-canary.html",
      '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///tmp/hirekit-fuzz-canary.txt"><!ENTITY l "lol">]>'
      "<html><body><p>&x; &l; &amp; &#0; &#x110000;</p></body></html>")
write("HTMLFuzz", "deep-nesting.html", "<html><body>" + "<div><span>" * 400 + "deep" + "</span></div>" * 400 + "</body></html>")
write("HTMLFuzz", "table-list-pre.html",
      "<html><body><h1>Name</h1><table><tr><th>A</th><td>B</td></tr></table><ul><li>one<li>two</ul>"
      "<pre>line 1\n  line 2</pre><img alt=\"Portrait of the candidate\"><br><noscript>x</noscript></body></html>")

# NormalizerFuzz: typographic variants the normaliser folds.
write("NormalizerFuzz", "typography.txt",
      "\ufb01nance \u2013 \u201cteam\u201d r\u00e9sum\u00e9 \u00df \u00f8 \u0131 \u00ad soft\u200bhyphen\r\nC++ C# .NET 24/7 96% e-mail customer's R&D node.js 3.5\u2028next\u000cpage\u00a0nbsp \uff21\uff22")
write("NormalizerFuzz", "scripts.txt", "\u0645\u0631\u062d\u0628\u0627 \u4f60\u597d \u0928\u092e\u0938\u094d\u0924\u0947 \u05e9\u05dc\u05d5\u05dd \U0001F600 e\u0301\u0302\u0303")

# MatcherFuzz: the cashier role's skill terms as phrases, NUL, a CV.
cv = (FIXTURES / "call-center-agent.txt").read_bytes()
phrases = ["cash handling", "point of sale", "POS", "customer service", "follow-up", "24/7 support",
           "Microsoft Office", "CRM", "de-escalation", "front-desk check-in", "e-mail", "Q&A"]
write("MatcherFuzz", "cashier-terms-call-center-agent", "\n".join(phrases).encode() + b"\x00" + cv)
write("MatcherFuzz", "hyphen-groups",
      b"follow up\nfollow-up-call-back-to-the-customer\nc++\n.net\x00Followed up; follow-up calls; followup; C++ and .NET")
write("MatcherFuzz", "dates-education",
      b"\x00Cashier, Walmart, Jan 2019 - Present\n2015-2017 Barista\nBachelor of Arts, 2014\nHigh school diploma\n"
      b"Jordan Ellis, jordan@example.com, +1 555 0100, born 01/02/1990\n[photo: portrait]")

print("seeds written to", SEEDS)
