#!/usr/bin/env python3
"""Regenerates the HireKitCV test fixtures in this folder.

Standard library only (no reportlab/pypdf), so anyone can rerun it:
    python3 Tests/HireKitCVTests/Fixtures/make-fixtures.py
PDFs are written by hand with exact xref offsets; the encrypted one uses the
PDF Standard Security Handler revision 2 (RC4, 40-bit), which poppler reads.
Cross-check with poppler-utils, e.g. `pdftotext call-center-agent.pdf -`.

All people, companies, e-mails and phone numbers are fictional.
"""
import hashlib
import os
import random
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- plain text

CALL_CENTER_TXT = """\
Jordan Ellis
Call Centre Agent
jordan.ellis@example.com | +44 7700 900456 | Leeds, UK

Summary
Customer-focused call centre agent with 7 years of inbound and outbound phone support.
Handle 80+ calls per day while keeping a CSAT of 96% and first-call resolution of 88%.
Calm with upset customers; resolved complaints and escalations end to end.

Experience
Senior Call Centre Agent, Northwind Energy, Mar 2017 – Present
- Handle 80+ inbound calls per day on billing, meter readings and payment plans
- Log every contact in Salesforce CRM and Zendesk; keep average handle time under 6 minutes
- Resolved complaints and escalations; CSAT 96% over the last 12 months
- Mentor new starters on call scripts, empathy and de-escalation

Customer Service Assistant, Harbour Retail Group, 2015-2017
- Cash handling and POS till operation; balanced the till at close of day
- Processed refunds and exchanges and answered phone and email enquiries

Skills
CRM (Salesforce, Zendesk), call handling, complaint resolution, de-escalation,
typing 65 wpm, data entry, cash handling, POS, active listening

Education
BTEC Level 3 Diploma in Business, Leeds City College, 2013-2015
GCSEs: English (B), Maths (C), Leeds, 2013

Languages
English (native), Spanish (conversational)
"""

FORKLIFT_TXT = """\
Tomasz Nowak
Warehouse Forklift Operator
tomasz.nowak@example.com | +44 7700 900789 | Wakefield, UK

Summary
Counterbalance and reach-truck forklift operator with 9 years in high-volume distribution centres.
Safe, accurate and quick: zero reportable incidents in 9 years.

Experience
Forklift Operator, Pennine Distribution Ltd, Jun 2016 – Present
- Load and unload 40+ trailers per shift with counterbalance and reach trucks
- Put away pallets to racking up to 10 metres; cycle counts with RF scanners
- Pre-use truck inspections and battery changes

Warehouse Operative, Aire Valley Logistics, 2012-2016
- Picking and packing to 180 cases per hour; stock rotation (FIFO)

Skills
RTITB counterbalance and reach licences, pallet racking, RF scanning, stock control, manual handling

Education
NVQ Level 2 in Warehousing and Storage, Wakefield College, 2012
"""

WIN1252_TXT = (
    "Renée Côté\r\n"
    "Customer Service Representative\r\n"
    "\r\n"
    "Summary\r\n"
    "“Friendly, patient and fast” – handled 80+ calls per day at a café chain helpline.\r\n"
    "\r\n"
    "Experience\r\n"
    "Customer Service Representative, Café Lumière, 2015 – 2019\r\n"
    "- Resolved complaints and processed refunds up to €500\r\n"
)

UTF16_TXT = (
    "Zoë Müller\n"
    "Kundenservice / Customer Service Agent\n"
    "\n"
    "Experience\n"
    "Customer Service Agent, Großhandel Nord GmbH, 2018 – Present\n"
    "- Zendesk ticket handling, CSAT 95%\n"
)

UTF8_BOM_TXT = (
    "José Álvarez\n"
    "Customer Support Advisor\n"
    "\n"
    "Skills\n"
    "CRM, Zendesk, cash handling, POS\n"
)

# ---------------------------------------------------------------- markdown

MARKDOWN_CV = """\
# Sofia Marquez

**Customer Support Specialist** · sofia.marquez@example.com · [LinkedIn](https://linkedin.example/in/sofia-marquez)

## Summary

Customer support specialist with 6 years on phone, chat and email queues.
Consistently at **CSAT 96%** while handling *80+ calls per day*.

## Experience

### Senior Customer Support Specialist — BrightLine Telecom
*Mar 2017 – Present*

- Handled 80+ inbound calls per day on billing, outages and upgrades
- Resolved complaints and escalations in Zendesk and HubSpot CRM
- Trained 12 new agents on the knowledge base and call flows

### Customer Service Assistant — Corner Market
*2015-2017*

- Cash handling, POS and customer queries at the front desk

## Skills

- CRM: Zendesk, HubSpot, Salesforce
- Phone, chat and email support
- Complaint handling and de-escalation

## Education

- BA (Hons) Communication Studies, University of Sheffield, 2012-2015
"""

# ---------------------------------------------------------------- HTML

HTML_CV = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Marcus Reid – CV (this title must not appear)</title>
  <style>body { font-family: sans-serif; } .hidden-style-text { color: red; }</style>
  <script>var trackingPixel = "this script must not appear";</script>
</head>
<body>
  <header>
    <img src="marcus.jpg" alt="Marcus Reid headshot">
    <img src="divider.png" alt="">
    <h1>Marcus Reid</h1>
    <p>Customer Service Advisor<br>marcus.reid@example.com &middot; +44 7700 900321</p>
  </header>
  <section>
    <h2>Summary</h2>
    <p>Retail and contact-centre customer service advisor:
       cash handling, POS and <strong>resolved complaints</strong> with a CSAT of 94%.</p>
  </section>
  <section>
    <h2>Experience</h2>
    <h3>Customer Service Advisor, Brightwater Insurance, Jan 2019 &ndash; Present</h3>
    <ul>
      <li>Handle 70+ inbound calls per day on claims and renewals</li>
      <li>Record every call in Microsoft Dynamics CRM</li>
    </ul>
    <h3>Sales Assistant, Hillside Garden Centre, 2015-2019</h3>
    <ul>
      <li>Cash handling and POS; balanced tills daily</li>
    </ul>
  </section>
  <section>
    <h2>Skills</h2>
    <table>
      <tr><th>Area</th><th>Tools</th></tr>
      <tr><td>CRM</td><td>Dynamics, Zendesk</td></tr>
      <tr><td>Payments</td><td>POS, cash handling</td></tr>
    </table>
  </section>
  <section>
    <h2>Education</h2>
    <p>A-Levels: English, Business &amp; Psychology, Hillside Sixth Form, 2013-2015</p>
  </section>
  <noscript>Enable JavaScript (this must not appear)</noscript>
</body>
</html>
"""

XXE_HTML = """\
<!DOCTYPE html [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<html><body>
<h1>Eve Mallory</h1>
<p>&xxe;</p>
<p>Customer service agent</p>
</body></html>
"""

# ---------------------------------------------------------------- JSON Resume

JSON_RESUME = """\
{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Hannah Lee",
    "label": "Contact Centre Representative",
    "email": "hannah.lee@example.com",
    "phone": "+44 7700 900654",
    "summary": "Contact centre representative who handles 80+ calls per day with a CSAT of 96%.",
    "location": { "city": "Manchester", "countryCode": "GB" },
    "profiles": [ { "network": "LinkedIn", "url": "https://linkedin.example/in/hannah-lee" } ]
  },
  "work": [
    {
      "name": "Pennyworth Bank",
      "position": "Contact Centre Representative",
      "startDate": "2017-03",
      "summary": "Inbound customer service for current accounts and cards.",
      "highlights": [
        "Handled 80+ calls per day in Salesforce CRM",
        "Resolved complaints within 24 hours; CSAT 96%"
      ]
    },
    {
      "name": "Mill Lane Cafe",
      "position": "Barista and Cashier",
      "startDate": "2015-06",
      "endDate": "2017-02",
      "highlights": [ "Cash handling and POS" ]
    }
  ],
  "education": [
    {
      "institution": "University of Salford",
      "area": "Business Management",
      "studyType": "BSc",
      "startDate": "2012-09",
      "endDate": "2015-06"
    }
  ],
  "skills": [
    { "name": "Customer service", "keywords": [ "CRM", "Zendesk", "complaint handling" ] },
    { "name": "Payments", "keywords": [ "cash handling", "POS" ] }
  ],
  "languages": [ { "language": "English", "fluency": "Native speaker" } ]
}
"""

# ---------------------------------------------------------------- PDF writer


def pdf_escape(text):
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content_stream(lines):
    """lines: (x, y, size, bold, text) tuples in the order they are drawn."""
    out = []
    for x, y, size, bold, text in lines:
        font = b"/F2" if bold else b"/F1"
        out.append(b"BT " + font + b" %d Tf %d %d Td (" % (size, x, y) + pdf_escape(text) + b") Tj ET")
    return b"\n".join(out) + b"\n"


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def make_pdf(pages, user_password=None, compress=False, raw_streams=None):
    """Writes a minimal PDF with Helvetica (WinAnsi) text; returns bytes.

    pages: list of content-stream byte strings (or line lists for content_stream)."""
    streams = [p if isinstance(p, bytes) else content_stream(p) for p in pages]
    objects = {}
    n_pages = len(streams)
    first_page = 5
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(n_pages))
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode()
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"

    file_id = hashlib.md5(b"hirekit-fixture-%d" % n_pages).digest()
    key = None
    encrypt_obj = None
    if user_password is not None:
        owner = b"hirekit-owner"
        okey = hashlib.md5((owner + PAD)[:32]).digest()[:5]
        o_value = rc4(okey, (user_password.encode() + PAD)[:32])
        permissions = -44
        key = hashlib.md5((user_password.encode() + PAD)[:32] + o_value
                          + (permissions & 0xFFFFFFFF).to_bytes(4, "little") + file_id).digest()[:5]
        u_value = rc4(key, PAD)
        encrypt_obj = first_page + 2 * n_pages
        objects[encrypt_obj] = ("<< /Filter /Standard /V 1 /R 2 /Length 40 /O <%s> /U <%s> /P %d >>"
                                % (o_value.hex(), u_value.hex(), permissions)).encode()

    for i, stream in enumerate(streams):
        page_num = first_page + 2 * i
        content_num = page_num + 1
        objects[page_num] = (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_num).encode()
        data = zlib.compress(stream, 9) if compress else stream
        if key is not None:
            obj_key = hashlib.md5(key + content_num.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
            data = rc4(obj_key, data)
        filt = b" /Filter /FlateDecode" if compress else b""
        objects[content_num] = b"<< /Length %d%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    trailer = b"<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().encode(), file_id.hex().encode())
    if encrypt_obj:
        trailer += b" /Encrypt %d 0 R" % encrypt_obj
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def flow(x, top, lines, size=10, leading=14):
    """Lays out lines top-down from `top`; a line starting with '#' is a bold heading."""
    result = []
    y = top
    for line in lines:
        if line == "":
            y -= leading // 2
            continue
        bold = line.startswith("#")
        text = line.lstrip("# ")
        result.append((x, y, size + 2 if bold else size, bold, text))
        y -= leading + (4 if bold else 0)
    return result


ONE_PAGE_PDF_LINES = [
    "# Amara Okafor",
    "Call Centre Agent | amara.okafor@example.com | +44 7700 900111 | Bristol, UK",
    "",
    "# Summary",
    "Call centre agent with 8 years of inbound customer service in utilities and telecoms.",
    "Handles 80+ calls per day with CSAT 96% and resolved complaints at first contact.",
    "",
    "# Experience",
    "Call Centre Agent, Severn Water Services, Mar 2017 – Present",
    "- Handle 80+ inbound calls per day on billing, leaks and payment plans",
    "- Record all contacts in Salesforce CRM and Zendesk; CSAT 96% in 2023",
    "- Resolved complaints and escalations; coached 6 new agents",
    "Customer Service Assistant, Avon Superstores, 2015-2017",
    "- Cash handling, POS tills and customer service desk",
    "",
    "# Skills",
    "CRM (Salesforce, Zendesk), call handling, complaint resolution, de-escalation, POS",
    "",
    "# Education",
    "BTEC Level 3 Extended Diploma in Business, City of Bristol College, 2013-2015",
]

TWO_COLUMN_LEFT = [
    "# Contact",
    "daniel.whitaker@example.com",
    "+44 7700 900222",
    "York, UK",
    "",
    "# Skills",
    "Sage 50 and Xero",
    "IFRS reporting",
    "VAT returns",
    "Excel modelling",
    "",
    "# Languages",
    "English (native)",
    "French (basic)",
]

TWO_COLUMN_RIGHT = [
    "# Profile",
    "Chartered accountant with ten years",
    "in audit and management accounts.",
    "",
    "# Experience",
    "Senior Accountant, Ouse Valley Foods",
    "Apr 2018 – Present",
    "Month-end close and group reporting",
    "Accountant, Minster Audit LLP",
    "2014-2018",
    "Statutory audits for SMEs",
    "",
    "# Education",
    "ACA, ICAEW, 2017",
    "BSc Accounting, University of York",
]


def two_column_pdf():
    lines = [(40, 740, 18, True, "Daniel Whitaker"), (40, 720, 11, False, "Chartered Accountant")]
    lines += flow(40, 680, TWO_COLUMN_LEFT)
    lines += flow(300, 680, TWO_COLUMN_RIGHT)
    return make_pdf([lines])


RIGHT_ALIGNED_JOBS = [
    ("Team Leader, Customer Contact, Riverside Telecom", "Mar 2017 – Present"),
    ("Call Centre Agent, Riverside Telecom", "2015-2017"),
    ("Customer Assistant, Market Street Foods", "Jun 2012 – Aug 2015"),
    ("Weekend Cashier, Market Street Foods", "2010-2012"),
]


def right_aligned_dates_pdf():
    """One column, with each job's dates pushed to the right margin on the job's own line."""
    lines = [(40, 740, 18, True, "Priya Shah"), (40, 720, 11, False, "Customer Contact Team Leader"),
             (40, 690, 12, True, "Experience")]
    y = 668
    for title, dates in RIGHT_ALIGNED_JOBS:
        lines.append((40, y, 10, False, title))
        lines.append((int(572 - 5.2 * len(dates)), y, 10, False, dates))
        lines.append((40, y - 14, 10, False, "- Resolved complaints and coached agents on CSAT"))
        y -= 40
    return make_pdf([lines])


def many_pages_pdf(count=70):
    pages = []
    for n in range(1, count + 1):
        body = ["# Page %d of %d" % (n, count)]
        body += ["Line %d of page %d: handled customer enquiries by phone, chat and email." % (i, n)
                 for i in range(1, 46)]
        pages.append(flow(40, 760, body, size=9, leading=11))
    return make_pdf(pages, compress=True)


# ---------------------------------------------------------------- DOCX writer

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_DECL = (
    'xmlns:w="%s" ' % W_NS
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def para(*runs, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % text


def cell(text):
    return '<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(run(text))


def row(*cells):
    return "<w:tr>%s</w:tr>" % "".join(cell(c) for c in cells)


def text_box(text):
    # Word writes a DrawingML text box plus a VML fallback copy of the same text.
    inner = "<w:txbxContent>%s</w:txbxContent>" % para(run(text))
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:extent cx="2000000" cy="400000"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp><wps:txbx>%s</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>%s</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>" % (inner, inner)
    )


def docx_document():
    body = [
        para(run("Lena Kowalski"), style="Title"),
        para(run("Customer Service Team Lead")),
        para('<w:r><w:t>Phone</w:t></w:r><w:r><w:tab/><w:t>+44 7700 900999</w:t></w:r>'),
        para('<w:r><w:t>12 Canal Street</w:t><w:br/><w:t>Birmingham B1 1AA</w:t></w:r>'),
        para(run("Summary"), style="Heading1"),
        # Runs split mid-word, as Word does after spell-checking or edits.
        para(run("Team lead for a 14-seat contact centre using "), run("Zen"), run("desk"),
             run(" and Salesforce CRM; team handles 80+ calls per day each.")),
        para(text_box("Key achievement: CSAT 96% for 2023")),
        para(run("Experience"), style="Heading1"),
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
        + row("Dates", "Role", "Employer")
        + row("Mar 2017 – Present", "Customer Service Team Lead", "Midlands Rail Ltd")
        + row("2015-2017", "Customer Service Agent", "Midlands Rail Ltd")
        + "</w:tbl>",
        para(run("Resolved complaints and escalations; cash handling and POS at ticket offices.")),
        # A tracked deletion and a field code: neither is text a reader sees.
        para(run("Reviewed "),
             '<w:del w:id="1" w:author="Editor"><w:r><w:delText>DELETED WORDS </w:delText></w:r></w:del>',
             '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
             run("quality scores weekly.")),
        # A layout table (sidebar | main), as CV templates use: each cell holds several paragraphs.
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr>'
        '<w:tc>%s%s%s</w:tc><w:tc>%s%s</w:tc></w:tr></w:tbl>' % (
            para(run("Skills"), style="Heading1"),
            para(run("CRM, Zendesk, Salesforce")),
            para(run("Coaching, rota planning, complaint handling")),
            para(run("Education"), style="Heading1"),
            para(run("BA (Hons) Business and Management, Aston University, 2011-2014"))),
        '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/>'
        '<w:footerReference w:type="default" r:id="rId11"/></w:sectPr>',
    ]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>'
            % (NS_DECL, "".join(body)))


def docx_part(root, paragraphs):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s>%s</w:%s>'
            % (root, NS_DECL, "".join(paragraphs), root))


def write_docx(name, document_xml, extra_parts=None):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps keep regenerated files byte-identical.
        def add(part, data):
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        add("[Content_Types].xml", CONTENT_TYPES)
        add("_rels/.rels", PACKAGE_RELS)
        add("word/document.xml", document_xml)
        add("word/_rels/document.xml.rels", DOCUMENT_RELS)
        for part, data in (extra_parts or {}).items():
            add(part, data)


def hostile_document(doctype, body_text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n%s\n'
            '<w:document %s><w:body>%s%s</w:body></w:document>'
            % (doctype, NS_DECL, para(run(body_text)), para(run("Customer service agent"))))


XXE_DOCTYPE = '<!DOCTYPE w:document [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>'

LOL_DOCTYPE = "<!DOCTYPE w:document [\n  <!ENTITY lol \"lol\">\n" + "".join(
    '  <!ENTITY lol%d "%s">\n' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10) for i in range(1, 10)
) + "]>"


def lying_zip_bomb(name, real_size):
    """A DOCX whose document.xml inflates to `real_size` bytes while its headers claim 1 KiB."""
    data = b"<" + b"0" * (real_size - 1)
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    blob = bytearray(open(path, "rb").read())
    size_field = real_size.to_bytes(4, "little")
    fake = (1024).to_bytes(4, "little")
    # Uncompressed size sits at offset 22 of the local header and 24 of the central directory entry.
    local = blob.find(b"PK\x03\x04")
    central = blob.find(b"PK\x01\x02")
    assert blob[local + 22:local + 26] == size_field and blob[central + 24:central + 28] == size_field
    blob[local + 22:local + 26] = fake
    blob[central + 24:central + 28] = fake
    open(path, "wb").write(bytes(blob))


def main():
    write("call-center-agent.txt", CALL_CENTER_TXT)
    write("warehouse-forklift-operator.txt", FORKLIFT_TXT)
    write("customer-support.md", MARKDOWN_CV)
    write("customer-service-advisor.html", HTML_CV)
    write("xxe.html", XXE_HTML)
    write("contact-centre-rep.json", JSON_RESUME)
    write("windows-1252.txt", WIN1252_TXT.encode("cp1252"))
    write("utf16le-bom.txt", b"\xff\xfe" + UTF16_TXT.encode("utf-16-le"))
    write("utf8-bom.txt", b"\xef\xbb\xbf" + UTF8_BOM_TXT.encode("utf-8"))
    write("empty.txt", b"")
    rng = random.Random(42)
    junk = bytearray(rng.getrandbits(8) for _ in range(4096))
    junk[100:110] = b"\x00" * 10
    write("binary-junk.bin", bytes(junk))

    one_page = make_pdf([flow(40, 750, ONE_PAGE_PDF_LINES)])
    write("call-center-agent.pdf", one_page)
    write("two-column-accountant.pdf", two_column_pdf())
    write("encrypted.pdf", make_pdf([flow(40, 750, ONE_PAGE_PDF_LINES)], user_password="secret"))
    # Cut inside the page's content stream: no xref, no trailer, no complete page.
    write("truncated.pdf", one_page[:one_page.index(b"stream\n") + 40])
    write("many-pages.pdf", many_pages_pdf())
    write("right-aligned-dates.pdf", right_aligned_dates_pdf())
    # A page that only draws a rectangle: what a scanned CV without OCR looks like to a text extractor.
    write("no-text.pdf", make_pdf([b"0.5 g 100 100 400 600 re f\n"]))

    write_docx("team-lead-table-header-textbox.docx", docx_document(), {
        "word/header1.xml": docx_part("hdr", [para(run("Lena Kowalski · lena.kowalski@example.com"))]),
        "word/footer1.xml": docx_part("ftr", [para(run("References available on request"))]),
    })
    write_docx("xxe.docx", hostile_document(XXE_DOCTYPE, "&xxe;"))
    write_docx("billion-laughs.docx", hostile_document(LOL_DOCTYPE, "&lol9;"))
    lying_zip_bomb("lying-zip-bomb.docx", 8 * 1024 * 1024)
    write("not-a-cv.zip", _plain_zip())


def _plain_zip():
    path = os.path.join(HERE, "not-a-cv.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("holiday/notes.txt", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(info, "Not a CV.")
    return open(path, "rb").read()


if __name__ == "__main__":
    main()
