"""A twelfth blind hold-out: US flatbed scans, Japanese bilingual phone photos and cards from around the
world, as Tesseract's English model reads them.

Written by hand by a helper that read neither the parser (ocr/) nor the card data of the earlier tables (only
the first lines of the module docstring of tests/parse_blind11.py, for the data format, the scoring helpers
of the tests, and the public contract in CONTRACT.md). No generator: each card imitates a real-looking card,
typed as `tesseract -l eng` returns it (one line per printed line, blank lines between blocks, stray marks
where the model meets logos, icons and kanji). It is meant to estimate how the parser does on cards it has
never seen, so most cards are ordinary and a minority carry the usual slips; every card and its expected
fields were written before the parser was first run on them, and none was changed after.

`US` (50 cards): law firms (a P.C., a PLLC, a P.A., an LLP whose name runs over two lines), medical practices
and hospitals (MD, D.O., FNP-C, PA-C, DDS, DVM, a chiropractor, a nursing director with a title over two
lines), banks and a credit union with NMLS lines, an insurance agency, realtors (`REALTOR®`, `DRE#`, a TREC
licence), a roofer, an electrician, a general contractor, restaurants, a hardware shop and a taqueria with no
person, a food bank, two universities, a city, a county, a state and two federal agencies (one with a P.O.
Box), a startup on `.io`, a data engineer, a valve maker, a trucking firm (`USDOT | MC`), a CPA firm, a
wealth advisor (`CFP®`), staffing, consulting, an architect, a hotel, a car dealer in capitals, a trainer
and a photographer with no company email:
- layouts company first and name first, logos read as junk (`Vw`, `©)`), lockups over two lines, name and
  title on one line after a comma, a bar or a dash, descriptor and licence lines;
- phone labels Direct, Main, Fax, Tel, Tel:, T, F, O, C, M, D, P, `O:`, `C:`, `M:`, `T.`, `D.`, `t`, `m`,
  Office, Office:, Cell, Cell:, Mobile, Desk, Store:, Showroom:, Dispatch:, Appointments, Text, Call or Text,
  Toll Free, a `+1` number, none; an extension (`ext. 214`, `x4127`); icons read as `&`, `@`, `©`, `=`;
- addresses on one, two or three lines, with Suite, Ste, Room, Floor, Bldg, a building name, a P.O. Box, a
  city and state alone, or none;
- slips: `©` for `@`, a space before `@`, a dot lost in a domain (`greg@coastalinspect com`), `|` for `l`
  (`Kimber|y`, `Ce||`), `0` for `O` in a descriptor line.

`JP` (40 cards): trading houses, electronics, parts, optics, plastics, tools and marine makers, a bank and a
trust bank, a life insurer, a pharma firm, a realty K.K., SaaS and cloud firms, a startup, a design studio, a
hotel, a food maker, a university and a university hospital, a hospital, a dental clinic, a research
institute, a semiconductor lab, a prefecture, a foundation, a law office, a consulting G.K., a Nordic firm's
K.K., an English school, a freelance interpreter on gmail, a sake brewery with no person, a card whose name is
printed only in kanji and one whose company is:
- kanji and kana read as junk lines (`ARK FA`, `AERA HhH`, `HE Hh =`), the Japanese side run together
  before the English one, junk after a name on its line;
- names `Kenji TANAKA`, `SATO Hiroshi`, `Hiroyuki Kondo`, with `Dr.`, `, Ph.D.`, `, D.D.S.`, `, M.D.,
  Ph.D.`, and foreign staff;
- titles Section Manager, Deputy General Manager, Representative Director & President, Senior Managing
  Executive Officer, Chief Engineer, Team Leader, Group Leader, Assistant Manager, Researcher, Chief, Section
  Chief, Deputy Branch Manager, title above or below the name, department and division lines;
- companies `CO., LTD.`, `Co., Ltd.`, `K.K.`, `G.K.`, `CORPORATION`, `Inc.`, `& CO., LTD.`, `THE ... BANK,
  LTD.`;
- the postal mark 〒 read as `T` or `=` (expected without it), a `Head Office:` label, building names and
  floors, a city alone, an address only in kanji (expected None);
- numbers `03-3214-6620`, `+81-3-...`, `+81 (0)3 ...`, `+81 90 ...`, mobiles 070/080/090, area codes
  of two to four digits (`0466`, `0771`, `042`), labels TEL, TEL:, TEL., Tel., Tel:, FAX, Fax., Mobile,
  Mobile:, Mobile., M:, Direct:, TEL/FAX, `(direct)`, `(main)`, two numbers on one line.

`WORLD` (30 cards): UK (a solicitors' LLP, a Ltd with local numbers, a tea room with no person), Ireland,
Germany (GmbH with `Dipl.-Ing.`, AG with `Dr.`), France (SAS, an artisan with unlabelled local numbers),
Spain (S.L., two surnames), Italy (S.r.l., `Ing.`), the Netherlands (B.V., `van den`), Sweden (AB), Norway
(AS), Denmark (ApS), Finland (Oy, `puh.` / `gsm`), Poland (Sp. z o.o.), India (Pvt. Ltd. with +91, a firm with
local numbers), Singapore (Pte. Ltd., family name first), Australia (Pty Ltd with an ABN line, a GP), Brazil
(Ltda.), Mexico (S.A. de C.V.), the UAE (LLC, P.O. Box), South Africa ((Pty) Ltd), Korea, China (twice, one
family name first), Switzerland (AG) and Belgium (NV); titles in English or the local language.

Expected fields follow CONTRACT.md: `name` as printed without honorifics (Dr., Dipl.-Ing., Ing.) and
post-nominals (MD, Ph.D., CPA, CFP®, AICP, Esq.); `given_name` / `family_name` from it in the printed
casing; `title` the role as printed (a role over two lines joined, with the comma where the first line ends
in one), never a department, licence or specialty line; `company` the organisation as printed (a lockup
over two lines joined with a space); `phones` E.164 to kind (work, mobile, fax); `websites` as printed
(converted to `https://...` by the test); `address` the printed address lines joined with ", " (without the
postal mark, a `Head Office:` label or a junk address in kanji); `region` the card's country.
"""

from __future__ import annotations

from typing import Any

US: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b12-us-law-pc-denver",
        """HALVORSEN & PIKE, P.C.
ATTORNEYS AT LAW

Daniel R. Halvorsen
Managing Partner

1200 Seventeenth Street, Suite 2400
Denver, Colorado 80202

Direct 303.824.6610
Main 303.824.6600
Fax 303.824.6699
dhalvorsen@halvorsenpike.com
www.halvorsenpike.com""",
        {
            "name": "Daniel R. Halvorsen",
            "given_name": "Daniel",
            "family_name": "Halvorsen",
            "title": "Managing Partner",
            "company": "HALVORSEN & PIKE, P.C.",
            "emails": ["dhalvorsen@halvorsenpike.com"],
            "phones": {"+13038246610": "work", "+13038246600": "work", "+13038246699": "fax"},
            "websites": ["www.halvorsenpike.com"],
            "address": "1200 Seventeenth Street, Suite 2400, Denver, Colorado 80202",
            "region": "US",
        },
    ),
    (
        "b12-us-law-pllc-charlotte",
        """Keisha M. Harland, Esq.
Attorney at Law

HARLAND LAW, PLLC
Family Law | Estate Planning | Probate

T 704-332-1185
F 704-332-1186
keisha@harlandlaw.com

525 N. Tryon St., Ste 1600 | Charlotte, NC 28202""",
        {
            "name": "Keisha M. Harland",
            "given_name": "Keisha",
            "family_name": "Harland",
            "title": "Attorney at Law",
            "company": "HARLAND LAW, PLLC",
            "emails": ["keisha@harlandlaw.com"],
            "phones": {"+17043321185": "work", "+17043321186": "fax"},
            "websites": [],
            "address": "525 N. Tryon St., Ste 1600, Charlotte, NC 28202",
            "region": "US",
        },
    ),
    (
        "b12-us-law-pa-tampa",
        """Marcus T. Greenberg
Shareholder
Board Certified in Real Estate Law

GREENBERG OYELARAN, P.A.

100 N. Tampa Street, Suite 3100
Tampa, Florida 33602
Tel: (813) 229-4410
Fax: (813) 229-4418
mgreenberg@golawfirm.com
golawfirm.com""",
        {
            "name": "Marcus T. Greenberg",
            "given_name": "Marcus",
            "family_name": "Greenberg",
            "title": "Shareholder",
            "company": "GREENBERG OYELARAN, P.A.",
            "emails": ["mgreenberg@golawfirm.com"],
            "phones": {"+18132294410": "work", "+18132294418": "fax"},
            "websites": ["golawfirm.com"],
            "address": "100 N. Tampa Street, Suite 3100, Tampa, Florida 33602",
            "region": "US",
        },
    ),
    (
        "b12-us-md-family-chicago",
        """Lakeshore Family Medicine

Jennifer A. Walsh, MD
Board Certified Family Physician

2301 N. Clark Street, Suite 200
Chicago, IL 60614

Tel (773) 880-4120
Fax (773) 880-4121
www.lakeshorefm.com""",
        {
            "name": "Jennifer A. Walsh",
            "given_name": "Jennifer",
            "family_name": "Walsh",
            "title": "Board Certified Family Physician",
            "company": "Lakeshore Family Medicine",
            "emails": [],
            "phones": {"+17738804120": "work", "+17738804121": "fax"},
            "websites": ["www.lakeshorefm.com"],
            "address": "2301 N. Clark Street, Suite 200, Chicago, IL 60614",
            "region": "US",
        },
    ),
    (
        "b12-us-do-sports-phoenix",
        """Vw
SUMMIT ORTHOPEDIC
ASSOCIATES

Ryan Castellano, D.O.
Physician, Non-Operative Sports Medicine

Appointments 602-468-3300
Fax 602-468-3310
rcastellano@summitortho.com

4420 E. Camelback Rd., Suite 110, Phoenix, AZ 85018""",
        {
            "name": "Ryan Castellano",
            "given_name": "Ryan",
            "family_name": "Castellano",
            "title": "Physician, Non-Operative Sports Medicine",
            "company": "SUMMIT ORTHOPEDIC ASSOCIATES",
            "emails": ["rcastellano@summitortho.com"],
            "phones": {"+16024683300": "work", "+16024683310": "fax"},
            "websites": [],
            "address": "4420 E. Camelback Rd., Suite 110, Phoenix, AZ 85018",
            "region": "US",
        },
    ),
    (
        "b12-us-np-urgent-fresno",
        """Amanda Ruiz, MSN, FNP-C
Family Nurse Practitioner

VALLEY URGENT CARE

O: (559) 432-7100
F: (559) 432-7101
aruiz@valleyurgentcare.com
1580 W. Shaw Ave, Fresno, CA 93711""",
        {
            "name": "Amanda Ruiz",
            "given_name": "Amanda",
            "family_name": "Ruiz",
            "title": "Family Nurse Practitioner",
            "company": "VALLEY URGENT CARE",
            "emails": ["aruiz@valleyurgentcare.com"],
            "phones": {"+15594327100": "work", "+15594327101": "fax"},
            "websites": [],
            "address": "1580 W. Shaw Ave, Fresno, CA 93711",
            "region": "US",
        },
    ),
    (
        "b12-us-pac-derm-evanston",
        """NorthShore Medical Group
Department of Dermatology

Mark Ellison, PA-C
Physician Assistant

1000 Central Street, Suite 620
Evanston, IL 60201
Appointments 847.570.2440
mellison@northshoremg.org""",
        {
            "name": "Mark Ellison",
            "given_name": "Mark",
            "family_name": "Ellison",
            "title": "Physician Assistant",
            "company": "NorthShore Medical Group",
            "emails": ["mellison@northshoremg.org"],
            "phones": {"+18475702440": "work"},
            "websites": [],
            "address": "1000 Central Street, Suite 620, Evanston, IL 60201",
            "region": "US",
        },
    ),
    (
        "b12-us-dentist-cedarpark",
        """Cedar Park Family Dentistry

Dr. Priya Raman, DDS
General & Cosmetic Dentistry

1335 E. Whitestone Blvd, Suite 210
Cedar Park, TX 78613

& 512-259-7700
frontdesk@cedarparkdentistry.com
cedarparkdentistry.com""",
        {
            "name": "Priya Raman",
            "given_name": "Priya",
            "family_name": "Raman",
            "title": None,
            "company": "Cedar Park Family Dentistry",
            "emails": ["frontdesk@cedarparkdentistry.com"],
            "phones": {"+15122597700": "work"},
            "websites": ["cedarparkdentistry.com"],
            "address": "1335 E. Whitestone Blvd, Suite 210, Cedar Park, TX 78613",
            "region": "US",
        },
    ),
    (
        "b12-us-bank-nmls-ohio",
        """FIRST HERITAGE BANK
Member FDIC

Thomas J. O'Neill
Senior Mortgage Loan Officer
NMLS #448291

Office 614-846-2250
Cell 614-596-0183
Fax 614-846-2299
toneill@firstheritagebank.com

2200 Lane Avenue, Upper Arlington, OH 43221
EQUAL HOUSING LENDER""",
        {
            "name": "Thomas J. O'Neill",
            "given_name": "Thomas",
            "family_name": "O'Neill",
            "title": "Senior Mortgage Loan Officer",
            "company": "FIRST HERITAGE BANK",
            "emails": ["toneill@firstheritagebank.com"],
            "phones": {"+16148462250": "work", "+16145960183": "mobile", "+16148462299": "fax"},
            "websites": [],
            "address": "2200 Lane Avenue, Upper Arlington, OH 43221",
            "region": "US",
        },
    ),
    (
        "b12-us-bank-branch-westminster",
        """Pacific Crest Bank

Linh Tran
Vice President, Branch Manager
Westminster Branch

14500 Brookhurst St, Westminster, CA 92683
P 714.379.2200 | F 714.379.2210
linh.tran@pacificcrestbank.com
pacificcrestbank.com""",
        {
            "name": "Linh Tran",
            "given_name": "Linh",
            "family_name": "Tran",
            "title": "Vice President, Branch Manager",
            "company": "Pacific Crest Bank",
            "emails": ["linh.tran@pacificcrestbank.com"],
            "phones": {"+17143792200": "work", "+17143792210": "fax"},
            "websites": ["pacificcrestbank.com"],
            "address": "14500 Brookhurst St, Westminster, CA 92683",
            "region": "US",
        },
    ),
    (
        "b12-us-insurance-wichita",
        """Whitfield Insurance Group
Home • Auto • Life • Business

Gary Whitfield, CIC
Agency Owner

O 316-685-4410
C 316-708-2291
gary@whitfieldins.com
8100 E. 22nd St N, Bldg 1500, Wichita, KS 67226""",
        {
            "name": "Gary Whitfield",
            "given_name": "Gary",
            "family_name": "Whitfield",
            "title": "Agency Owner",
            "company": "Whitfield Insurance Group",
            "emails": ["gary@whitfieldins.com"],
            "phones": {"+13166854410": "work", "+13167082291": "mobile"},
            "websites": [],
            "address": "8100 E. 22nd St N, Bldg 1500, Wichita, KS 67226",
            "region": "US",
        },
    ),
    (
        "b12-us-realtor-dre-sf",
        """Stephanie Alvarez
REALTOR®
DRE# 01987432

GOLDEN GATE REALTY GROUP

Cell 415.602.8841
Office 415.921.3300
stephanie@ggrealtygroup.com
www.stephaniealvarezhomes.com
2001 Fillmore Street, San Francisco, CA 94115""",
        {
            "name": "Stephanie Alvarez",
            "given_name": "Stephanie",
            "family_name": "Alvarez",
            "title": "REALTOR®",
            "company": "GOLDEN GATE REALTY GROUP",
            "emails": ["stephanie@ggrealtygroup.com"],
            "phones": {"+14156028841": "mobile", "+14159213300": "work"},
            "websites": ["www.stephaniealvarezhomes.com"],
            "address": "2001 Fillmore Street, San Francisco, CA 94115",
            "region": "US",
        },
    ),
    (
        "b12-us-realtor-trec-fortworth",
        """LONE STAR PREMIER REALTY

Brandon Hughes | Broker Associate
TREC License #0612345

Call or Text 817-909-4423
bhughes@lonestarpremier.com
lonestarpremier.com""",
        {
            "name": "Brandon Hughes",
            "given_name": "Brandon",
            "family_name": "Hughes",
            "title": "Broker Associate",
            "company": "LONE STAR PREMIER REALTY",
            "emails": ["bhughes@lonestarpremier.com"],
            "phones": {"+18179094423": "mobile"},
            "websites": ["lonestarpremier.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b12-us-roofing-mesa",
        """RIVERA & SONS ROOFING
Residential • Commercial • Repairs

Luis Rivera
Owner

(480) 833-5120
riverasonsroofing@gmail.com
Licensed & Insured | ROC #298417
Mesa, AZ""",
        {
            "name": "Luis Rivera",
            "given_name": "Luis",
            "family_name": "Rivera",
            "title": "Owner",
            "company": "RIVERA & SONS ROOFING",
            "emails": ["riverasonsroofing@gmail.com"],
            "phones": {"+14808335120": "work"},
            "websites": [],
            "address": "Mesa, AZ",
            "region": "US",
        },
    ),
    (
        "b12-us-taqueria-noperson",
        """LA PALOMA
TAQUERIA & CANTINA

3412 Mission Street
San Francisco, CA 94110
(415) 648-2201

lapalomasf.com
@lapalomasf
Open Daily 11am - 10pm""",
        {
            "name": None,
            "title": None,
            "company": "LA PALOMA TAQUERIA & CANTINA",
            "emails": [],
            "phones": {"+14156482201": "work"},
            "websites": ["lapalomasf.com"],
            "address": "3412 Mission Street, San Francisco, CA 94110",
            "region": "US",
        },
    ),
    (
        "b12-us-chef-boulder",
        """OSTERIA LUCE

Marco Bellini
Executive Chef & Owner

1422 Pearl Street, Boulder, CO 80302
T 303.440.1188
marco@osterialuce.com
osterialuce.com""",
        {
            "name": "Marco Bellini",
            "given_name": "Marco",
            "family_name": "Bellini",
            "title": "Executive Chef & Owner",
            "company": "OSTERIA LUCE",
            "emails": ["marco@osterialuce.com"],
            "phones": {"+13034401188": "work"},
            "websites": ["osterialuce.com"],
            "address": "1422 Pearl Street, Boulder, CO 80302",
            "region": "US",
        },
    ),
    (
        "b12-us-nonprofit-dayton",
        """Greater Dayton Food Alliance
Nourishing Neighbors Since 1984

Denise Carter-Williams
Director of Development

& 937.461.0265 ext. 214
@ dcarter@daytonfoodalliance.org
© 56 Armor Place, Dayton, OH 45417
daytonfoodalliance.org""",
        {
            "name": "Denise Carter-Williams",
            "given_name": "Denise",
            "family_name": "Carter-Williams",
            "title": "Director of Development",
            "company": "Greater Dayton Food Alliance",
            "emails": ["dcarter@daytonfoodalliance.org"],
            "phones": {"+19374610265": "work"},
            "websites": ["daytonfoodalliance.org"],
            "address": "56 Armor Place, Dayton, OH 45417",
            "region": "US",
        },
    ),
    (
        "b12-us-univ-wisc",
        """UNIVERSITY OF WISCONSIN-MADISON
Department of Civil and Environmental Engineering

Sarah K. Lindqvist, Ph.D.
Associate Professor

2205 Engineering Hall
1415 Engineering Drive
Madison, WI 53706
608-262-3542
lindqvist@wisc.edu""",
        {
            "name": "Sarah K. Lindqvist",
            "given_name": "Sarah",
            "family_name": "Lindqvist",
            "title": "Associate Professor",
            "company": "UNIVERSITY OF WISCONSIN-MADISON",
            "emails": ["lindqvist@wisc.edu"],
            "phones": {"+16082623542": "work"},
            "websites": [],
            "address": "2205 Engineering Hall, 1415 Engineering Drive, Madison, WI 53706",
            "region": "US",
        },
    ),
    (
        "b12-us-univ-admissions-txstate",
        """TEXAS STATE
UNIVERSITY

Office of Undergraduate Admissions

Carlos Mendoza
Senior Admissions Counselor

JCK 402 | 601 University Drive
San Marcos, TX 78666
P: 512.245.2364
c.mendoza@txstate.edu
admissions.txstate.edu""",
        {
            "name": "Carlos Mendoza",
            "given_name": "Carlos",
            "family_name": "Mendoza",
            "title": "Senior Admissions Counselor",
            "company": "TEXAS STATE UNIVERSITY",
            "emails": ["c.mendoza@txstate.edu"],
            "phones": {"+15122452364": "work"},
            "websites": ["admissions.txstate.edu"],
            "address": "JCK 402, 601 University Drive, San Marcos, TX 78666",
            "region": "US",
        },
    ),
    (
        "b12-us-city-tacoma",
        """CITY OF TACOMA
Planning & Development Services

Rebecca Nguyen, AICP
Senior Planner

747 Market Street, Room 345
Tacoma, WA 98402
Office: 253.591.5389
rnguyen@cityoftacoma.org
cityoftacoma.org""",
        {
            "name": "Rebecca Nguyen",
            "given_name": "Rebecca",
            "family_name": "Nguyen",
            "title": "Senior Planner",
            "company": "CITY OF TACOMA",
            "emails": ["rnguyen@cityoftacoma.org"],
            "phones": {"+12535915389": "work"},
            "websites": ["cityoftacoma.org"],
            "address": "747 Market Street, Room 345, Tacoma, WA 98402",
            "region": "US",
        },
    ),
    (
        "b12-us-county-dot-phoenix",
        """Maricopa County Department of Transportation

James P. Holloway, P.E.
Traffic Engineering Manager

2901 W. Durango Street
Phoenix, AZ 85009
Desk 602-506-8600
Mobile 602-376-1149
jamesholloway@mail.maricopa.gov""",
        {
            "name": "James P. Holloway",
            "given_name": "James",
            "family_name": "Holloway",
            "title": "Traffic Engineering Manager",
            "company": "Maricopa County Department of Transportation",
            "emails": ["jamesholloway@mail.maricopa.gov"],
            "phones": {"+16025068600": "work", "+16023761149": "mobile"},
            "websites": [],
            "address": "2901 W. Durango Street, Phoenix, AZ 85009",
            "region": "US",
        },
    ),
    (
        "b12-us-state-dnr-lansing",
        """Michigan Department of Natural Resources
Wildlife Division

Erik Johansson
Wildlife Biologist

4166 Legacy Parkway, Lansing, MI 48911
517-284-9453
johanssone@michigan.gov
michigan.gov/dnr""",
        {
            "name": "Erik Johansson",
            "given_name": "Erik",
            "family_name": "Johansson",
            "title": "Wildlife Biologist",
            "company": "Michigan Department of Natural Resources",
            "emails": ["johanssone@michigan.gov"],
            "phones": {"+15172849453": "work"},
            "websites": ["michigan.gov/dnr"],
            "address": "4166 Legacy Parkway, Lansing, MI 48911",
            "region": "US",
        },
    ),
    (
        "b12-us-federal-sba-kc",
        """U.S. Small Business Administration
Kansas City District Office

Angela Brooks
Lender Relations Specialist

1000 Walnut Street, Suite 500
Kansas City, MO 64106
Phone: (816) 426-4900
Cell: (816) 225-3018
angela.brooks@sba.gov
www.sba.gov""",
        {
            "name": "Angela Brooks",
            "given_name": "Angela",
            "family_name": "Brooks",
            "title": "Lender Relations Specialist",
            "company": "U.S. Small Business Administration",
            "emails": ["angela.brooks@sba.gov"],
            "phones": {"+18164264900": "work", "+18162253018": "mobile"},
            "websites": ["www.sba.gov"],
            "address": "1000 Walnut Street, Suite 500, Kansas City, MO 64106",
            "region": "US",
        },
    ),
    (
        "b12-us-startup-ceo-dash",
        """quillstack

Nadia Petrov — Co-Founder & CEO

nadia@quillstack.io
+1 (628) 241-0937
quillstack.io
linkedin.com/in/nadiapetrov""",
        {
            "name": "Nadia Petrov",
            "given_name": "Nadia",
            "family_name": "Petrov",
            "title": "Co-Founder & CEO",
            "company": "quillstack",
            "emails": ["nadia@quillstack.io"],
            "phones": {"+16282410937": "work"},
            "websites": ["quillstack.io", "linkedin.com/in/nadiapetrov"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b12-us-data-engineer-chicago",
        """©)
Brightloop Analytics, Inc.

Kevin Osei
Senior Data Engineer

M 312.874.0096
kevin.osei@brightloop.ai
222 W. Merchandise Mart Plaza, Suite 1212
Chicago, IL 60654""",
        {
            "name": "Kevin Osei",
            "given_name": "Kevin",
            "family_name": "Osei",
            "title": "Senior Data Engineer",
            "company": "Brightloop Analytics, Inc.",
            "emails": ["kevin.osei@brightloop.ai"],
            "phones": {"+13128740096": "mobile"},
            "websites": [],
            "address": "222 W. Merchandise Mart Plaza, Suite 1212, Chicago, IL 60654",
            "region": "US",
        },
    ),
    (
        "b12-us-valves-solon",
        """PRECISION FLOW SYSTEMS, INC.
Industrial Valves & Actuators

Michael Dombrowski
Regional Sales Manager
Great Lakes Territory

Toll Free 1-800-447-2281
Direct 216-475-3309
Cell 440-821-6670
mdombrowski@precisionflow.com
5800 Harper Road, Solon, OH 44139""",
        {
            "name": "Michael Dombrowski",
            "given_name": "Michael",
            "family_name": "Dombrowski",
            "title": "Regional Sales Manager",
            "company": "PRECISION FLOW SYSTEMS, INC.",
            "emails": ["mdombrowski@precisionflow.com"],
            "phones": {"+18004472281": "work", "+12164753309": "work", "+14408216670": "mobile"},
            "websites": [],
            "address": "5800 Harper Road, Solon, OH 44139",
            "region": "US",
        },
    ),
    (
        "b12-us-trucking-memphis",
        """HIGHLINE FREIGHT
LOGISTICS LLC

Tony Marchetti | Dispatch Manager
USDOT 2841967 | MC 951234

Dispatch: (901) 362-7740
Cell: (901) 488-2216
Fax: (901) 362-7741
dispatch@highlinefreight.com
4790 Getwell Rd, Memphis, TN 38118""",
        {
            "name": "Tony Marchetti",
            "given_name": "Tony",
            "family_name": "Marchetti",
            "title": "Dispatch Manager",
            "company": "HIGHLINE FREIGHT LOGISTICS LLC",
            "emails": ["dispatch@highlinefreight.com"],
            "phones": {"+19013627740": "work", "+19014882216": "mobile", "+19013627741": "fax"},
            "websites": [],
            "address": "4790 Getwell Rd, Memphis, TN 38118",
            "region": "US",
        },
    ),
    (
        "b12-us-hardware-noperson",
        """Hillside Hardware
Est. 1962
Tools • Paint • Key Cutting • Propane

211 Main Street
Stowe, VT 05672
802-253-4411
hillsidehardwarevt.com""",
        {
            "name": None,
            "title": None,
            "company": "Hillside Hardware",
            "emails": [],
            "phones": {"+18022534411": "work"},
            "websites": ["hillsidehardwarevt.com"],
            "address": "211 Main Street, Stowe, VT 05672",
            "region": "US",
        },
    ),
    (
        "b12-us-cpa-seattle",
        """BERGSTROM LIU LLP
Certified Public Accountants

Morgan Liu, CPA | Partner

D 206.381.7724
O 206.381.7700
mliu@bergstromliu.com
1420 Fifth Avenue, 22nd Floor, Seattle, WA 98101""",
        {
            "name": "Morgan Liu",
            "given_name": "Morgan",
            "family_name": "Liu",
            "title": "Partner",
            "company": "BERGSTROM LIU LLP",
            "emails": ["mliu@bergstromliu.com"],
            "phones": {"+12063817724": "work", "+12063817700": "work"},
            "websites": [],
            "address": "1420 Fifth Avenue, 22nd Floor, Seattle, WA 98101",
            "region": "US",
        },
    ),
    (
        "b12-us-wealth-portland",
        """HARBOR POINT
WEALTH ADVISORS

Christopher D. Bauer, CFP®
Senior Wealth Advisor

T 207-773-5610
Toll Free 888-773-5611
chris.bauer@harborpointwealth.com
One Monument Square, Suite 400, Portland, ME 04101

Securities offered through Cetera Advisors LLC, member FINRA/SIPC.""",
        {
            "name": "Christopher D. Bauer",
            "given_name": "Christopher",
            "family_name": "Bauer",
            "title": "Senior Wealth Advisor",
            "company": "HARBOR POINT WEALTH ADVISORS",
            "emails": ["chris.bauer@harborpointwealth.com"],
            "phones": {"+12077735610": "work", "+18887735611": "work"},
            "websites": [],
            "address": "One Monument Square, Suite 400, Portland, ME 04101",
            "region": "US",
        },
    ),
    (
        "b12-us-nursing-dubuque",
        """Mercy Regional Medical Center

Patricia Okafor, MSN, RN, NE-BC
Director of Nursing,
Critical Care Services

O 563.589.8000 x4127
patricia.okafor@mercyregional.org
250 Mercy Drive, Dubuque, IA 52001""",
        {
            "name": "Patricia Okafor",
            "given_name": "Patricia",
            "family_name": "Okafor",
            "title": "Director of Nursing, Critical Care Services",
            "company": "Mercy Regional Medical Center",
            "emails": ["patricia.okafor@mercyregional.org"],
            "phones": {"+15635898000": "work"},
            "websites": [],
            "address": "250 Mercy Drive, Dubuque, IA 52001",
            "region": "US",
        },
    ),
    (
        "b12-us-vet-siouxfalls",
        """PRAIRIE PAWS
ANIMAL HOSPITAL

Dr. Hannah Becker, DVM
Associate Veterinarian

(605) 334-2288
hbecker@prairiepawsvet.com
3701 S. Western Ave, Sioux Falls, SD 57105""",
        {
            "name": "Hannah Becker",
            "given_name": "Hannah",
            "family_name": "Becker",
            "title": "Associate Veterinarian",
            "company": "PRAIRIE PAWS ANIMAL HOSPITAL",
            "emails": ["hbecker@prairiepawsvet.com"],
            "phones": {"+16053342288": "work"},
            "websites": [],
            "address": "3701 S. Western Ave, Sioux Falls, SD 57105",
            "region": "US",
        },
    ),
    (
        "b12-us-chiro-madison",
        """Align Chiropractic & Wellness

Dr. Brian Kowalczyk
Chiropractor

O 608.274.1150
F 608.274.1151
dr.brian@alignchirowellness.com
6300 Mineral Point Rd, Madison, WI 53705""",
        {
            "name": "Brian Kowalczyk",
            "given_name": "Brian",
            "family_name": "Kowalczyk",
            "title": "Chiropractor",
            "company": "Align Chiropractic & Wellness",
            "emails": ["dr.brian@alignchirowellness.com"],
            "phones": {"+16082741150": "work", "+16082741151": "fax"},
            "websites": [],
            "address": "6300 Mineral Point Rd, Madison, WI 53705",
            "region": "US",
        },
    ),
    (
        "b12-us-gc-saltlake",
        """RIDGELINE
BUILDERS, INC.
COMMERCIAL GENERAL C0NTRACTOR

Jason Whitaker
Senior Project Manager

C 801.628.4471
O 801.974.2200
jwhitaker@ridgelinebuilders.com
2750 S. 900 W., Salt Lake City, UT 84119
Utah Lic. #10293847-5501""",
        {
            "name": "Jason Whitaker",
            "given_name": "Jason",
            "family_name": "Whitaker",
            "title": "Senior Project Manager",
            "company": "RIDGELINE BUILDERS, INC.",
            "emails": ["jwhitaker@ridgelinebuilders.com"],
            "phones": {"+18016284471": "mobile", "+18019742200": "work"},
            "websites": [],
            "address": "2750 S. 900 W., Salt Lake City, UT 84119",
            "region": "US",
        },
    ),
    (
        "b12-us-electric-allentown-slip",
        """BRIGHTWIRE ELECTRIC
Residential & Commercial

Dave Kowalski
Master Electrician

Ce|| 610-507-2284
Office 610-435-8800
dave@brightwireelectric.com
PA Lic. PA123456
Allentown, PA""",
        {
            "name": "Dave Kowalski",
            "given_name": "Dave",
            "family_name": "Kowalski",
            "title": "Master Electrician",
            "company": "BRIGHTWIRE ELECTRIC",
            "emails": ["dave@brightwireelectric.com"],
            "phones": {"+16105072284": "mobile", "+16104358800": "work"},
            "websites": [],
            "address": "Allentown, PA",
            "region": "US",
        },
    ),
    (
        "b12-us-consult-raleigh-copyright-at",
        """NORTHBEAM
CONSULTING GROUP

Rachel Simmons, Principal Consultant

M: 919-410-5562
rachel.simmons©northbeamcg.com
northbeamcg.com
Raleigh, North Carolina""",
        {
            "name": "Rachel Simmons",
            "given_name": "Rachel",
            "family_name": "Simmons",
            "title": "Principal Consultant",
            "company": "NORTHBEAM CONSULTING GROUP",
            "emails": ["rachel.simmons@northbeamcg.com"],
            "phones": {"+19194105562": "mobile"},
            "websites": ["northbeamcg.com"],
            "address": "Raleigh, North Carolina",
            "region": "US",
        },
    ),
    (
        "b12-us-staffing-okc-space-at",
        """Apex Staffing Solutions

Tiffany Moore
Recruiting Manager

O: 405-848-2100
C: 405-255-7734
tmoore @apexstaffingok.com
5100 N. Classen Blvd, Suite 300, Oklahoma City, OK 73118
apexstaffingok.com""",
        {
            "name": "Tiffany Moore",
            "given_name": "Tiffany",
            "family_name": "Moore",
            "title": "Recruiting Manager",
            "company": "Apex Staffing Solutions",
            "emails": ["tmoore@apexstaffingok.com"],
            "phones": {"+14058482100": "work", "+14052557734": "mobile"},
            "websites": ["apexstaffingok.com"],
            "address": "5100 N. Classen Blvd, Suite 300, Oklahoma City, OK 73118",
            "region": "US",
        },
    ),
    (
        "b12-us-inspector-missing-dot",
        """COASTAL HOME INSPECTIONS

Greg Albright
Certified Home Inspector
InterNACHI #NACHI17092231

843-270-5518
greg@coastalinspect com
www.coastalinspect.com
Mount Pleasant, SC""",
        {
            "name": "Greg Albright",
            "given_name": "Greg",
            "family_name": "Albright",
            "title": "Certified Home Inspector",
            "company": "COASTAL HOME INSPECTIONS",
            "emails": ["greg@coastalinspect.com"],
            "phones": {"+18432705518": "work"},
            "websites": ["www.coastalinspect.com"],
            "address": "Mount Pleasant, SC",
            "region": "US",
        },
    ),
    (
        "b12-us-credit-union-pipe-l",
        """Summit Ridge Credit Union

Kimber|y Nash
Mortgage Loan Originator
NMLS #1592284

Direct: 720.496.1833
knash@summitridgecu.org
8 Inverness Dr E, Ste 120, Englewood, CO 80112
Federally insured by NCUA""",
        {
            "name": "Kimberly Nash",
            "given_name": "Kimberly",
            "family_name": "Nash",
            "title": "Mortgage Loan Originator",
            "company": "Summit Ridge Credit Union",
            "emails": ["knash@summitridgecu.org"],
            "phones": {"+17204961833": "work"},
            "websites": [],
            "address": "8 Inverness Dr E, Ste 120, Englewood, CO 80112",
            "region": "US",
        },
    ),
    (
        "b12-us-ip-law-two-line-company",
        """ANDERSON, REYES &
MONTGOMERY LLP

Olivia Reyes
Partner
Intellectual Property

Direct +1 650 617 4402
oreyes@armllp.com
1900 University Avenue, 5th Floor
East Palo Alto, CA 94303""",
        {
            "name": "Olivia Reyes",
            "given_name": "Olivia",
            "family_name": "Reyes",
            "title": "Partner",
            "company": "ANDERSON, REYES & MONTGOMERY LLP",
            "emails": ["oreyes@armllp.com"],
            "phones": {"+16506174402": "work"},
            "websites": [],
            "address": "1900 University Avenue, 5th Floor, East Palo Alto, CA 94303",
            "region": "US",
        },
    ),
    (
        "b12-us-pharma-rep",
        """Meridian Therapeutics

Jordan Ellis
Senior Specialty Account Manager,
Neuroscience

Mobile 317.502.8864
Fax 866.331.2207
jordan.ellis@meridiantx.com""",
        {
            "name": "Jordan Ellis",
            "given_name": "Jordan",
            "family_name": "Ellis",
            "title": "Senior Specialty Account Manager, Neuroscience",
            "company": "Meridian Therapeutics",
            "emails": ["jordan.ellis@meridiantx.com"],
            "phones": {"+13175028864": "mobile", "+18663312207": "fax"},
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b12-us-architect-minneapolis",
        """STUDIO NORTHWALL
ARCHITECTURE + INTERIORS

Emily Sato, AIA
Principal

t 612.338.4420
m 612.910.2275
esato@studionorthwall.com
studionorthwall.com

400 N. First Street, Suite 310
Minneapolis, MN 55401""",
        {
            "name": "Emily Sato",
            "given_name": "Emily",
            "family_name": "Sato",
            "title": "Principal",
            "company": "STUDIO NORTHWALL",
            "emails": ["esato@studionorthwall.com"],
            "phones": {"+16123384420": "work", "+16129102275": "mobile"},
            "websites": ["studionorthwall.com"],
            "address": "400 N. First Street, Suite 310, Minneapolis, MN 55401",
            "region": "US",
        },
    ),
    (
        "b12-us-hotel-savannah",
        """THE DRAYTON HOTEL

Natalie Brooks
Director of Sales & Marketing

T. 912.232.7500
D. 912.790.1144
natalie.brooks@thedraytonhotel.com
201 E. Bay Street, Savannah, GA 31401
thedraytonhotel.com""",
        {
            "name": "Natalie Brooks",
            "given_name": "Natalie",
            "family_name": "Brooks",
            "title": "Director of Sales & Marketing",
            "company": "THE DRAYTON HOTEL",
            "emails": ["natalie.brooks@thedraytonhotel.com"],
            "phones": {"+19122327500": "work", "+19127901144": "work"},
            "websites": ["thedraytonhotel.com"],
            "address": "201 E. Bay Street, Savannah, GA 31401",
            "region": "US",
        },
    ),
    (
        "b12-us-car-sales-caps",
        """SUNRISE CHEVROLET

MARCUS BELL
SALES CONSULTANT

Showroom: (586) 755-8400
Cell: (586) 713-0926
mbell@sunrisechevy.com
30000 Van Dyke Ave, Warren, MI 48093""",
        {
            "name": "MARCUS BELL",
            "given_name": "MARCUS",
            "family_name": "BELL",
            "title": "SALES CONSULTANT",
            "company": "SUNRISE CHEVROLET",
            "emails": ["mbell@sunrisechevy.com"],
            "phones": {"+15867558400": "work", "+15867130926": "mobile"},
            "websites": [],
            "address": "30000 Van Dyke Ave, Warren, MI 48093",
            "region": "US",
        },
    ),
    (
        "b12-us-trainer-no-email",
        """IRONWORKS FITNESS

Brittany Lee, CPT
Personal Trainer

Text 727.418.6605
@ironworksfit
2180 Gulf to Bay Blvd, Clearwater, FL 33765""",
        {
            "name": "Brittany Lee",
            "given_name": "Brittany",
            "family_name": "Lee",
            "title": "Personal Trainer",
            "company": "IRONWORKS FITNESS",
            "emails": [],
            "phones": {"+17274186605": "mobile"},
            "websites": [],
            "address": "2180 Gulf to Bay Blvd, Clearwater, FL 33765",
            "region": "US",
        },
    ),
    (
        "b12-us-photographer-gmail",
        """Jasmine Ortiz Photography
Weddings · Portraits · Events

Jasmine Ortiz

(210) 387-5521
jasmineortizphoto@gmail.com
jasmineortizphoto.com
San Antonio, TX""",
        {
            "name": "Jasmine Ortiz",
            "given_name": "Jasmine",
            "family_name": "Ortiz",
            "title": None,
            "company": "Jasmine Ortiz Photography",
            "emails": ["jasmineortizphoto@gmail.com"],
            "phones": {"+12103875521": "work"},
            "websites": ["jasmineortizphoto.com"],
            "address": "San Antonio, TX",
            "region": "US",
        },
    ),
    (
        "b12-us-ranch-supply-pobox",
        """BIG SKY RANCH SUPPLY
Feed • Fencing • Farm Equipment

Wade Jensen
Store Manager

P.O. Box 1187
Belgrade, MT 59714
Store: 406-388-4150
wade@bigskyranchsupply.com""",
        {
            "name": "Wade Jensen",
            "given_name": "Wade",
            "family_name": "Jensen",
            "title": "Store Manager",
            "company": "BIG SKY RANCH SUPPLY",
            "emails": ["wade@bigskyranchsupply.com"],
            "phones": {"+14063884150": "work"},
            "websites": [],
            "address": "P.O. Box 1187, Belgrade, MT 59714",
            "region": "US",
        },
    ),
    (
        "b12-us-cardiology-three-line-address",
        """Pinnacle Health Partners

Samuel Adeyemi, MD, FACC
Medical Director, Cardiac Cath Lab
Interventional Cardiology

Medical Office Building B
1200 Pinnacle Parkway, Suite 400
Harrisburg, PA 17110
Office 717.231.8450 | Fax 717.231.8451
sadeyemi@pinnaclehp.org""",
        {
            "name": "Samuel Adeyemi",
            "given_name": "Samuel",
            "family_name": "Adeyemi",
            "title": "Medical Director, Cardiac Cath Lab",
            "company": "Pinnacle Health Partners",
            "emails": ["sadeyemi@pinnaclehp.org"],
            "phones": {"+17172318450": "work", "+17172318451": "fax"},
            "websites": [],
            "address": "Medical Office Building B, 1200 Pinnacle Parkway, Suite 400, Harrisburg, PA 17110",
            "region": "US",
        },
    ),
    (
        "b12-us-property-icons-atlanta",
        """FULTON
PROPERTY MANAGEMENT

Jerome Cole
Leasing Director

& 404.815.2290
= jcole@fultonpm.com
@ 3390 Peachtree Rd NE, Suite 800, Atlanta, GA 30326
© fultonpm.com""",
        {
            "name": "Jerome Cole",
            "given_name": "Jerome",
            "family_name": "Cole",
            "title": "Leasing Director",
            "company": "FULTON PROPERTY MANAGEMENT",
            "emails": ["jcole@fultonpm.com"],
            "phones": {"+14048152290": "work"},
            "websites": ["fultonpm.com"],
            "address": "3390 Peachtree Rd NE, Suite 800, Atlanta, GA 30326",
            "region": "US",
        },
    ),
    (
        "b12-us-nps-federal-pobox",
        """National Park Service
U.S. Department of the Interior

Grand Teton National Park

Laura Whitman
Chief of Interpretation

P.O. Box 170, Moose, WY 83012
Office 307-739-3399
laura_whitman@nps.gov
www.nps.gov/grte""",
        {
            "name": "Laura Whitman",
            "given_name": "Laura",
            "family_name": "Whitman",
            "title": "Chief of Interpretation",
            "company": "National Park Service",
            "emails": ["laura_whitman@nps.gov"],
            "phones": {"+13077393399": "work"},
            "websites": ["www.nps.gov/grte"],
            "address": "P.O. Box 170, Moose, WY 83012",
            "region": "US",
        },
    ),
]

JP: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b12-jp-trading-machinery",
        """ARK FA
HOSHIKAWA TRADING CO., LTD.
AERA HhH
Machinery Division
Industrial Machinery Section
Section Manager
Kenji TANAKA
HE Hh =

T100-0005 1-2-3 Marunouchi, Chiyoda-ku, Tokyo, Japan
TEL: 03-3214-6620  FAX: 03-3214-6629
Mobile: 090-4821-7735
E-mail: k-tanaka@hoshikawa-trading.co.jp""",
        {
            "name": "Kenji TANAKA",
            "given_name": "Kenji",
            "family_name": "TANAKA",
            "title": "Section Manager",
            "company": "HOSHIKAWA TRADING CO., LTD.",
            "emails": ["k-tanaka@hoshikawa-trading.co.jp"],
            "phones": {"+81332146620": "work", "+81332146629": "fax", "+819048217735": "mobile"},
            "websites": [],
            "address": "100-0005, 1-2-3 Marunouchi, Chiyoda-ku, Tokyo, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-electric-qa-family-first",
        """NISHIDA ELECTRIC INDUSTRIES, LTD.
Quality Assurance Department
Deputy General Manager

SATO Hiroshi
fe Bm

1-14-8 Shiba, Minato-ku, Tokyo 105-0014 Japan
Tel. +81-3-5442-7180
Fax. +81-3-5442-7189
h.sato@nishida-elec.co.jp
www.nishida-elec.co.jp""",
        {
            "name": "SATO Hiroshi",
            "given_name": "Hiroshi",
            "family_name": "SATO",
            "title": "Deputy General Manager",
            "company": "NISHIDA ELECTRIC INDUSTRIES, LTD.",
            "emails": ["h.sato@nishida-elec.co.jp"],
            "phones": {"+81354427180": "work", "+81354427189": "fax"},
            "websites": ["www.nishida-elec.co.jp"],
            "address": "1-14-8 Shiba, Minato-ku, Tokyo 105-0014 Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-parts-president-kariya",
        """Ee
MIKAWA PRECISION CO., LTD.

Representative Director & President
Hiroyuki Kondo

=448-0013
2-7 Aioi-cho, Kariya, Aichi, Japan
TEL +81-566-21-4470
FAX +81-566-21-4479
kondo@mikawa-precision.co.jp""",
        {
            "name": "Hiroyuki Kondo",
            "given_name": "Hiroyuki",
            "family_name": "Kondo",
            "title": "Representative Director & President",
            "company": "MIKAWA PRECISION CO., LTD.",
            "emails": ["kondo@mikawa-precision.co.jp"],
            "phones": {"+81566214470": "work", "+81566214479": "fax"},
            "websites": [],
            "address": "448-0013, 2-7 Aioi-cho, Kariya, Aichi, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-univ-professor-sendai",
        """TOHOKU UNIVERSITY
Graduate School of Engineering
Department of Materials Science

Professor
Akira WATANABE, Ph.D.
RE BA

6-6-02 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579, Japan
Tel: +81-22-795-7302
E-mail: akira.watanabe.c4@tohoku.ac.jp""",
        {
            "name": "Akira WATANABE",
            "given_name": "Akira",
            "family_name": "WATANABE",
            "title": "Professor",
            "company": "TOHOKU UNIVERSITY",
            "emails": ["akira.watanabe.c4@tohoku.ac.jp"],
            "phones": {"+81227957302": "work"},
            "websites": [],
            "address": "6-6-02 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-hospital-chief-physician",
        """Shonan Central Hospital
Department of Cardiology

Chief Physician
Dr. Takashi MORI
ARR HE

1-5-1 Fujisawa, Fujisawa-shi, Kanagawa 251-0052
TEL 0466-35-1177 (main)
mori.t@shonan-central.or.jp""",
        {
            "name": "Takashi MORI",
            "given_name": "Takashi",
            "family_name": "MORI",
            "title": "Chief Physician",
            "company": "Shonan Central Hospital",
            "emails": ["mori.t@shonan-central.or.jp"],
            "phones": {"+81466351177": "work"},
            "websites": [],
            "address": "1-5-1 Fujisawa, Fujisawa-shi, Kanagawa 251-0052",
            "region": "JP",
        },
    ),
    (
        "b12-jp-bank-assistant-manager",
        """THE SETOUCHI BANK, LTD.
EMR
Corporate Banking Division
Assistant Manager
Yuka NAKAMURA
hp 32 F

Head Office: 2-3-8 Kamiya-cho, Naka-ku, Hiroshima 730-0031, Japan
TEL 082-247-5151 FAX 082-247-5160
yuka.nakamura@setouchibank.co.jp""",
        {
            "name": "Yuka NAKAMURA",
            "given_name": "Yuka",
            "family_name": "NAKAMURA",
            "title": "Assistant Manager",
            "company": "THE SETOUCHI BANK, LTD.",
            "emails": ["yuka.nakamura@setouchibank.co.jp"],
            "phones": {"+81822475151": "work", "+81822475160": "fax"},
            "websites": [],
            "address": "2-3-8 Kamiya-cho, Naka-ku, Hiroshima 730-0031, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-saas-team-leader",
        """nexus
Nexus Japan K.K.

Daisuke Kimura
Team Leader, Customer Success

Mobile +81 80-3391-2046
d.kimura@nexus-japan.jp
Shibuya Scramble Square 39F
2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139""",
        {
            "name": "Daisuke Kimura",
            "given_name": "Daisuke",
            "family_name": "Kimura",
            "title": "Team Leader, Customer Success",
            "company": "Nexus Japan K.K.",
            "emails": ["d.kimura@nexus-japan.jp"],
            "phones": {"+818033912046": "mobile"},
            "websites": [],
            "address": "Shibuya Scramble Square 39F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139",
            "region": "JP",
        },
    ),
    (
        "b12-jp-osaka-machinery-telfax",
        """NANIWA KIKAI CO., LTD.
WR Hh At
Sales Department
Sales Representative
Takumi YAMADA

T541-0053 3-4-10 Honmachi, Chuo-ku, Osaka
TEL/FAX 06-6243-5812
Mobile 080-6172-3394
t-yamada@naniwa-kikai.co.jp""",
        {
            "name": "Takumi YAMADA",
            "given_name": "Takumi",
            "family_name": "YAMADA",
            "title": "Sales Representative",
            "company": "NANIWA KIKAI CO., LTD.",
            "emails": ["t-yamada@naniwa-kikai.co.jp"],
            "phones": {"+81662435812": "work", "+818061723394": "mobile"},
            "websites": [],
            "address": "541-0053, 3-4-10 Honmachi, Chuo-ku, Osaka",
            "region": "JP",
        },
    ),
    (
        "b12-jp-systems-foreign-staff",
        """Kb AR
SAKURA SYSTEMS CORPORATION
Global Alliance Office

Michael Brennan
Senior Manager

Tel. +81-3-6721-4400 (direct)
Mobile +81-90-2256-8813
michael.brennan@sakura-sys.co.jp
Sumitomo Fudosan Shinjuku Grand Tower 25F
8-17-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan""",
        {
            "name": "Michael Brennan",
            "given_name": "Michael",
            "family_name": "Brennan",
            "title": "Senior Manager",
            "company": "SAKURA SYSTEMS CORPORATION",
            "emails": ["michael.brennan@sakura-sys.co.jp"],
            "phones": {"+81367214400": "work", "+819022568813": "mobile"},
            "websites": [],
            "address": (
                "Sumitomo Fudosan Shinjuku Grand Tower 25F, 8-17-1 Nishi-Shinjuku, "
                "Shinjuku-ku, Tokyo 160-0023, Japan"
            ),
            "region": "JP",
        },
    ),
    (
        "b12-jp-startup-cto-lowercase",
        """kakeru
Kakeru Labs Inc.

Yuto Ogawa
Co-Founder & CTO

yuto@kakeru.jp
+81 90-7734-1182
kakeru.jp""",
        {
            "name": "Yuto Ogawa",
            "given_name": "Yuto",
            "family_name": "Ogawa",
            "title": "Co-Founder & CTO",
            "company": "Kakeru Labs Inc.",
            "emails": ["yuto@kakeru.jp"],
            "phones": {"+819077341182": "mobile"},
            "websites": ["kakeru.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b12-jp-name-only-kanji",
        """AWE SHE
YAMATO LOGISTICS PLANNING CO., LTD.
RK Fh
PA ATH

T 530-0001 ARM RE 2-4-1
TEL 06-6345-2218 FAX 06-6345-2219
m.ishii@yamato-lp.co.jp""",
        {
            "name": None,
            "title": None,
            "company": "YAMATO LOGISTICS PLANNING CO., LTD.",
            "emails": ["m.ishii@yamato-lp.co.jp"],
            "phones": {"+81663452218": "work", "+81663452219": "fax"},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b12-jp-company-only-kanji",
        """FRA ER
HK

Tomoko HAYASHI
Kh Re
Planning Section

=812-0011 ARI RHEE 1-8-1
TEL 092-441-3370
FAX 092-441-3371
hayashi@fk-kensetsu.co.jp""",
        {
            "name": "Tomoko HAYASHI",
            "given_name": "Tomoko",
            "family_name": "HAYASHI",
            "title": None,
            "company": None,
            "emails": ["hayashi@fk-kensetsu.co.jp"],
            "phones": {"+81924413370": "work", "+81924413371": "fax"},
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b12-jp-pharma-group-leader",
        """Takara Pharmaceutical Co., Ltd.
REE
Medical Affairs Department
Oncology Group
Group Leader
Naoki FUJITA, Ph.D.

2-1-3 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023
TEL: +81-3-3270-5511
Mobile: +81-80-4417-2290
naoki.fujita@takara-pharma.co.jp""",
        {
            "name": "Naoki FUJITA",
            "given_name": "Naoki",
            "family_name": "FUJITA",
            "title": "Group Leader",
            "company": "Takara Pharmaceutical Co., Ltd.",
            "emails": ["naoki.fujita@takara-pharma.co.jp"],
            "phones": {"+81332705511": "work", "+818044172290": "mobile"},
            "websites": [],
            "address": "2-1-3 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023",
            "region": "JP",
        },
    ),
    (
        "b12-jp-life-insurer-manager",
        """Hinode Mutual Life Insurance Company
BAR HK
Corporate Sales Department II
Manager
KOBAYASHI Takeshi

TEL 03-5221-8840
Mobile 090-3318-7402
t-kobayashi@hinode-life.co.jp
Tokyo Sankei Building, 1-7-2 Otemachi, Chiyoda-ku, Tokyo 100-0004""",
        {
            "name": "KOBAYASHI Takeshi",
            "given_name": "Takeshi",
            "family_name": "KOBAYASHI",
            "title": "Manager",
            "company": "Hinode Mutual Life Insurance Company",
            "emails": ["t-kobayashi@hinode-life.co.jp"],
            "phones": {"+81352218840": "work", "+819033187402": "mobile"},
            "websites": [],
            "address": "Tokyo Sankei Building, 1-7-2 Otemachi, Chiyoda-ku, Tokyo 100-0004",
            "region": "JP",
        },
    ),
    (
        "b12-jp-realty-yokohama",
        """Kh
MINATOMIRAI ESTATE K.K.
Leasing Department

Mai Suzuki
Leasing Consultant

T220-0012 2-3-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa
TEL 045-222-6610 FAX 045-222-6611
Mobile 070-2481-6603
m.suzuki@mm-estate.co.jp
www.mm-estate.co.jp""",
        {
            "name": "Mai Suzuki",
            "given_name": "Mai",
            "family_name": "Suzuki",
            "title": "Leasing Consultant",
            "company": "MINATOMIRAI ESTATE K.K.",
            "emails": ["m.suzuki@mm-estate.co.jp"],
            "phones": {"+81452226610": "work", "+81452226611": "fax", "+817024816603": "mobile"},
            "websites": ["www.mm-estate.co.jp"],
            "address": "220-0012, 2-3-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa",
            "region": "JP",
        },
    ),
    (
        "b12-jp-design-studio",
        """STUDIO KOMOREBI

Art Director
Haruka Aoki
RAR

haruka@komorebi-design.jp
+81 (0)3 6804 2271
3-12-6 Jingumae, Shibuya-ku, Tokyo
komorebi-design.jp""",
        {
            "name": "Haruka Aoki",
            "given_name": "Haruka",
            "family_name": "Aoki",
            "title": "Art Director",
            "company": "STUDIO KOMOREBI",
            "emails": ["haruka@komorebi-design.jp"],
            "phones": {"+81368042271": "work"},
            "websites": ["komorebi-design.jp"],
            "address": "3-12-6 Jingumae, Shibuya-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b12-jp-hotel-kyoto",
        """HOTEL KAMOGAWA KYOTO

Front Office Manager
Shota NAKANO
BF

Kiyamachi-dori Sanjo-agaru, Nakagyo-ku, Kyoto 604-8004, Japan
Tel. +81-75-211-5100
Fax. +81-75-211-5109
s.nakano@hotel-kamogawa.jp
www.hotel-kamogawa.jp""",
        {
            "name": "Shota NAKANO",
            "given_name": "Shota",
            "family_name": "NAKANO",
            "title": "Front Office Manager",
            "company": "HOTEL KAMOGAWA KYOTO",
            "emails": ["s.nakano@hotel-kamogawa.jp"],
            "phones": {"+81752115100": "work", "+81752115109": "fax"},
            "websites": ["www.hotel-kamogawa.jp"],
            "address": "Kiyamachi-dori Sanjo-agaru, Nakagyo-ku, Kyoto 604-8004, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-foods-sapporo",
        """HOKKAIDO DAICHI FOODS CO., LTD.
Hts EK
Overseas Business Department
Assistant Manager
Ayaka MATSUMOTO

T060-0001 5-2 Kita 1-jo Nishi, Chuo-ku, Sapporo, Hokkaido
TEL 011-231-4402 FAX 011-231-4403
a.matsumoto@daichi-foods.co.jp""",
        {
            "name": "Ayaka MATSUMOTO",
            "given_name": "Ayaka",
            "family_name": "MATSUMOTO",
            "title": "Assistant Manager",
            "company": "HOKKAIDO DAICHI FOODS CO., LTD.",
            "emails": ["a.matsumoto@daichi-foods.co.jp"],
            "phones": {"+81112314402": "work", "+81112314403": "fax"},
            "websites": [],
            "address": "060-0001, 5-2 Kita 1-jo Nishi, Chuo-ku, Sapporo, Hokkaido",
            "region": "JP",
        },
    ),
    (
        "b12-jp-institute-researcher",
        """Institute for Advanced Energy Research

Researcher
Shunsuke OKADA, Ph.D.
ARHE

1-1 Umezono, Tsukuba, Ibaraki 305-8568, Japan
Tel: +81-29-861-5322
s.okada@iaer.go.jp""",
        {
            "name": "Shunsuke OKADA",
            "given_name": "Shunsuke",
            "family_name": "OKADA",
            "title": "Researcher",
            "company": "Institute for Advanced Energy Research",
            "emails": ["s.okada@iaer.go.jp"],
            "phones": {"+81298615322": "work"},
            "websites": [],
            "address": "1-1 Umezono, Tsukuba, Ibaraki 305-8568, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-prefecture-chief",
        """SHIZUOKA PREFECTURAL GOVERNMENT
Economic and Industry Department
International Trade Division
Chief
Kazuki MURAKAMI

9-6 Otemachi, Aoi-ku, Shizuoka 420-8601, Japan
TEL +81-54-221-2180
FAX +81-54-221-3216
kazuki1_murakami@pref.shizuoka.lg.jp""",
        {
            "name": "Kazuki MURAKAMI",
            "given_name": "Kazuki",
            "family_name": "MURAKAMI",
            "title": "Chief",
            "company": "SHIZUOKA PREFECTURAL GOVERNMENT",
            "emails": ["kazuki1_murakami@pref.shizuoka.lg.jp"],
            "phones": {"+81542212180": "work", "+81542213216": "fax"},
            "websites": [],
            "address": "9-6 Otemachi, Aoi-ku, Shizuoka 420-8601, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-heavy-senior-managing",
        """KR Hh
TOKAI HEAVY INDUSTRIES, LTD.
Energy Systems Business Headquarters
Senior Managing Executive Officer
Masaru HASHIMOTO

Head Office
4-1-1 Meieki, Nakamura-ku, Nagoya 450-0002, Japan
Tel: +81-52-583-1100
m.hashimoto@tokai-hi.co.jp
www.tokai-hi.co.jp""",
        {
            "name": "Masaru HASHIMOTO",
            "given_name": "Masaru",
            "family_name": "HASHIMOTO",
            "title": "Senior Managing Executive Officer",
            "company": "TOKAI HEAVY INDUSTRIES, LTD.",
            "emails": ["m.hashimoto@tokai-hi.co.jp"],
            "phones": {"+81525831100": "work"},
            "websites": ["www.tokai-hi.co.jp"],
            "address": "4-1-1 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-chief-engineer-hachioji",
        """Kita Denshi Co., Ltd.
R&D Center
Chief Engineer
Yusuke INOUE
RHE Hb

T 192-0032 2-8-1 Ishikawa-machi, Hachioji-shi, Tokyo
TEL 042-646-3310
yinoue@kitadenshi.co.jp""",
        {
            "name": "Yusuke INOUE",
            "given_name": "Yusuke",
            "family_name": "INOUE",
            "title": "Chief Engineer",
            "company": "Kita Denshi Co., Ltd.",
            "emails": ["yinoue@kitadenshi.co.jp"],
            "phones": {"+81426463310": "work"},
            "websites": [],
            "address": "192-0032, 2-8-1 Ishikawa-machi, Hachioji-shi, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b12-jp-dental-director",
        """Aoyama Smile Dental Clinic

Director
Dr. Emi KATO, D.D.S.
RRA

TEL 03-5771-8118
info@aoyama-smile.jp
2F Aoyama Bldg., 5-2-1 Minami-Aoyama, Minato-ku, Tokyo
Consultation Hours 10:00-19:00 (Closed Wed.)""",
        {
            "name": "Emi KATO",
            "given_name": "Emi",
            "family_name": "KATO",
            "title": "Director",
            "company": "Aoyama Smile Dental Clinic",
            "emails": ["info@aoyama-smile.jp"],
            "phones": {"+81357718118": "work"},
            "websites": [],
            "address": "2F Aoyama Bldg., 5-2-1 Minami-Aoyama, Minato-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b12-jp-law-office-attorney",
        """Marunouchi Sogo Law Office

Attorney at Law
Kenichiro NOMURA
EG Ay

Marunouchi Park Building 18F
2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6918, Japan
Tel: +81-3-6212-7700 Fax: +81-3-6212-7701
k.nomura@msl-law.jp""",
        {
            "name": "Kenichiro NOMURA",
            "given_name": "Kenichiro",
            "family_name": "NOMURA",
            "title": "Attorney at Law",
            "company": "Marunouchi Sogo Law Office",
            "emails": ["k.nomura@msl-law.jp"],
            "phones": {"+81362127700": "work", "+81362127701": "fax"},
            "websites": [],
            "address": "Marunouchi Park Building 18F, 2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6918, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-consulting-gk",
        """Bluepeak Advisory G.K.

Yui TAKAHASHI
Manager, Strategy & Operations

M: +81 90 6633 1027
yui.takahashi@bluepeak.co.jp
Otemachi One Tower 20F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo 100-0004""",
        {
            "name": "Yui TAKAHASHI",
            "given_name": "Yui",
            "family_name": "TAKAHASHI",
            "title": "Manager, Strategy & Operations",
            "company": "Bluepeak Advisory G.K.",
            "emails": ["yui.takahashi@bluepeak.co.jp"],
            "phones": {"+819066331027": "mobile"},
            "websites": [],
            "address": "Otemachi One Tower 20F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo 100-0004",
            "region": "JP",
        },
    ),
    (
        "b12-jp-nordic-subsidiary",
        """Vestholm Japan K.K.

Lars Nyberg
Country Manager, Japan

=105-0001 Toranomon Hills Business Tower 15F
1-17-1 Toranomon, Minato-ku, Tokyo
Direct: +81-3-4578-2290
Mobile: +81-80-9921-3374
lars.nyberg@vestholm.com""",
        {
            "name": "Lars Nyberg",
            "given_name": "Lars",
            "family_name": "Nyberg",
            "title": "Country Manager, Japan",
            "company": "Vestholm Japan K.K.",
            "emails": ["lars.nyberg@vestholm.com"],
            "phones": {"+81345782290": "work", "+818099213374": "mobile"},
            "websites": [],
            "address": "105-0001, Toranomon Hills Business Tower 15F, 1-17-1 Toranomon, Minato-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b12-jp-marine-team-leader",
        """FR Bt
SETO MARINE ENGINEERING CO., LTD.
Production Engineering Dept.
Team Leader
Ryo OKAMOTO

1-3-12 Ujina-kaigan, Minami-ku, Hiroshima 734-0011
Tel. 082-250-3341 / Fax. 082-250-3342
r.okamoto@seto-marine.co.jp""",
        {
            "name": "Ryo OKAMOTO",
            "given_name": "Ryo",
            "family_name": "OKAMOTO",
            "title": "Team Leader",
            "company": "SETO MARINE ENGINEERING CO., LTD.",
            "emails": ["r.okamoto@seto-marine.co.jp"],
            "phones": {"+81822503341": "work", "+81822503342": "fax"},
            "websites": [],
            "address": "1-3-12 Ujina-kaigan, Minami-ku, Hiroshima 734-0011",
            "region": "JP",
        },
    ),
    (
        "b12-jp-tea-kobe-rep-director",
        """Kobe Tea Trading Co., Ltd.

Representative Director
Hideo Yamaguchi
Bat

3-1-5 Sannomiya-cho, Chuo-ku, Kobe 650-0021
Tel 078-392-1180
Fax 078-392-1181
yamaguchi@kobetea.co.jp
www.kobetea.co.jp""",
        {
            "name": "Hideo Yamaguchi",
            "given_name": "Hideo",
            "family_name": "Yamaguchi",
            "title": "Representative Director",
            "company": "Kobe Tea Trading Co., Ltd.",
            "emails": ["yamaguchi@kobetea.co.jp"],
            "phones": {"+81783921180": "work", "+81783921181": "fax"},
            "websites": ["www.kobetea.co.jp"],
            "address": "3-1-5 Sannomiya-cho, Chuo-ku, Kobe 650-0021",
            "region": "JP",
        },
    ),
    (
        "b12-jp-interpreter-gmail",
        """Interpreter & Translator
Naomi FUKUSHIMA
REF A

090-8812-4470
naomi.fukushima.jp@gmail.com
Yokohama, Japan""",
        {
            "name": "Naomi FUKUSHIMA",
            "given_name": "Naomi",
            "family_name": "FUKUSHIMA",
            "title": "Interpreter & Translator",
            "company": None,
            "emails": ["naomi.fukushima.jp@gmail.com"],
            "phones": {"+819088124470": "mobile"},
            "websites": [],
            "address": "Yokohama, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-optics-general-manager",
        """Kh Ft
HIKARI OPTICS CORPORATION
Sales & Marketing Division
Overseas Sales Department
General Manager
Tetsuya MIYAZAKI
Ht

Shinagawa Intercity Tower A 12F
2-15-1 Konan, Minato-ku, Tokyo 108-6012, Japan
Tel +81-3-6718-2200
Fax +81-3-6718-2201
tetsuya.miyazaki@hikari-optics.com
www.hikari-optics.com""",
        {
            "name": "Tetsuya MIYAZAKI",
            "given_name": "Tetsuya",
            "family_name": "MIYAZAKI",
            "title": "General Manager",
            "company": "HIKARI OPTICS CORPORATION",
            "emails": ["tetsuya.miyazaki@hikari-optics.com"],
            "phones": {"+81367182200": "work", "+81367182201": "fax"},
            "websites": ["www.hikari-optics.com"],
            "address": "Shinagawa Intercity Tower A 12F, 2-15-1 Konan, Minato-ku, Tokyo 108-6012, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-univ-hospital-md-phd",
        """Kyushu University Hospital
Department of Gastroenterology

Assistant Professor
Satoshi YOSHIDA, M.D., Ph.D.

3-1-1 Maidashi, Higashi-ku, Fukuoka 812-8582, Japan
TEL: 092-642-5286 FAX: 092-642-5287
yoshida.satoshi.123@m.kyushu-u.ac.jp""",
        {
            "name": "Satoshi YOSHIDA",
            "given_name": "Satoshi",
            "family_name": "YOSHIDA",
            "title": "Assistant Professor",
            "company": "Kyushu University Hospital",
            "emails": ["yoshida.satoshi.123@m.kyushu-u.ac.jp"],
            "phones": {"+81926425286": "work", "+81926425287": "fax"},
            "websites": [],
            "address": "3-1-1 Maidashi, Higashi-ku, Fukuoka 812-8582, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-plastics-name-junk-first",
        """Masato ENDO   FIBA HE
Section Manager
Purchasing Section, Procurement Department
DAIWA PLASTICS CO., LTD.

T 577-0011 1-4-20 Arakawa, Higashi-Osaka, Osaka
TEL 06-6781-0245 FAX 06-6781-0246
m-endo@daiwa-plastics.co.jp""",
        {
            "name": "Masato ENDO",
            "given_name": "Masato",
            "family_name": "ENDO",
            "title": "Section Manager",
            "company": "DAIWA PLASTICS CO., LTD.",
            "emails": ["m-endo@daiwa-plastics.co.jp"],
            "phones": {"+81667810245": "work", "+81667810246": "fax"},
            "websites": [],
            "address": "577-0011, 1-4-20 Arakawa, Higashi-Osaka, Osaka",
            "region": "JP",
        },
    ),
    (
        "b12-jp-cloud-senior-engineer",
        """Sorano Systems Inc.
Cloud Solutions Division
Senior Engineer
Kaori NISHIMURA
Rte

Mobile. 080-5502-7719
TEL. 03-5325-8800
kaori.nishimura@sorano.co.jp
Shinjuku Mitsui Bldg. 30F, 2-1-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0430""",
        {
            "name": "Kaori NISHIMURA",
            "given_name": "Kaori",
            "family_name": "NISHIMURA",
            "title": "Senior Engineer",
            "company": "Sorano Systems Inc.",
            "emails": ["kaori.nishimura@sorano.co.jp"],
            "phones": {"+818055027719": "mobile", "+81353258800": "work"},
            "websites": [],
            "address": "Shinjuku Mitsui Bldg. 30F, 2-1-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-0430",
            "region": "JP",
        },
    ),
    (
        "b12-jp-chemicals-and-co",
        """OKURA & CO., LTD.
Chemicals Division
Deputy General Manager
Jun ISHIDA

TEL: +81-6-6203-7120
FAX: +81-6-6203-7129
ishida-j@okura-co.co.jp
Nakanoshima Festival Tower 22F, 2-3-18 Nakanoshima, Kita-ku, Osaka 530-0005""",
        {
            "name": "Jun ISHIDA",
            "given_name": "Jun",
            "family_name": "ISHIDA",
            "title": "Deputy General Manager",
            "company": "OKURA & CO., LTD.",
            "emails": ["ishida-j@okura-co.co.jp"],
            "phones": {"+81662037120": "work", "+81662037129": "fax"},
            "websites": [],
            "address": "Nakanoshima Festival Tower 22F, 2-3-18 Nakanoshima, Kita-ku, Osaka 530-0005",
            "region": "JP",
        },
    ),
    (
        "b12-jp-english-school",
        """BRIDGE ENGLISH ACADEMY
Sendai School

School Manager
Jessica Morton

022-265-4410
sendai@bridge-english.jp
Aoba Dori Bldg. 4F, 2-1-2 Chuo, Aoba-ku, Sendai
bridge-english.jp""",
        {
            "name": "Jessica Morton",
            "given_name": "Jessica",
            "family_name": "Morton",
            "title": "School Manager",
            "company": "BRIDGE ENGLISH ACADEMY",
            "emails": ["sendai@bridge-english.jp"],
            "phones": {"+81222654410": "work"},
            "websites": ["bridge-english.jp"],
            "address": "Aoba Dori Bldg. 4F, 2-1-2 Chuo, Aoba-ku, Sendai",
            "region": "JP",
        },
    ),
    (
        "b12-jp-tools-junk-side-first",
        """HR BRERR
SRA TR AE
BAM 1-2 ©
TEL 03-3455-1180

KURAMOCHI TOOL CO., LTD.
Export Sales Section
Section Chief
Yoshio KURAMOCHI

2-11-5 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel: +81-3-3455-1180 Fax: +81-3-3455-1189
export@kuramochi-tool.co.jp""",
        {
            "name": "Yoshio KURAMOCHI",
            "given_name": "Yoshio",
            "family_name": "KURAMOCHI",
            "title": "Section Chief",
            "company": "KURAMOCHI TOOL CO., LTD.",
            "emails": ["export@kuramochi-tool.co.jp"],
            "phones": {"+81334551180": "work", "+81334551189": "fax"},
            "websites": [],
            "address": "2-11-5 Shibaura, Minato-ku, Tokyo 108-0023, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-foundation-program-officer",
        """Japan Foundation for Rural Development

Program Officer
Keiko WADA

T102-0083 4-5 Kojimachi, Chiyoda-ku, Tokyo
Tel: 03-3263-8801 Fax: 03-3263-8802
wada@jfrd.or.jp
www.jfrd.or.jp""",
        {
            "name": "Keiko WADA",
            "given_name": "Keiko",
            "family_name": "WADA",
            "title": "Program Officer",
            "company": "Japan Foundation for Rural Development",
            "emails": ["wada@jfrd.or.jp"],
            "phones": {"+81332638801": "work", "+81332638802": "fax"},
            "websites": ["www.jfrd.or.jp"],
            "address": "102-0083, 4-5 Kojimachi, Chiyoda-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b12-jp-semiconductor-researcher",
        """Tsukuba Semiconductor Corporation
Device Research Laboratory

Researcher
Dr. Hikaru SHIMADA
AE th

TEL 029-850-4412
h-shimada@tsukuba-semi.co.jp
2-5-8 Sengen, Tsukuba, Ibaraki 305-0047""",
        {
            "name": "Hikaru SHIMADA",
            "given_name": "Hikaru",
            "family_name": "SHIMADA",
            "title": "Researcher",
            "company": "Tsukuba Semiconductor Corporation",
            "emails": ["h-shimada@tsukuba-semi.co.jp"],
            "phones": {"+81298504412": "work"},
            "websites": [],
            "address": "2-5-8 Sengen, Tsukuba, Ibaraki 305-0047",
            "region": "JP",
        },
    ),
    (
        "b12-jp-sake-brewery-noperson",
        """HE RE
MIYAMA SHUZO
Sake Brewery since 1871

T 601-0721 12 Kita, Miyama-cho, Nantan, Kyoto, Japan
TEL 0771-77-0208 FAX 0771-77-0209
info@miyama-shuzo.jp
www.miyama-shuzo.jp""",
        {
            "name": None,
            "title": None,
            "company": "MIYAMA SHUZO",
            "emails": ["info@miyama-shuzo.jp"],
            "phones": {"+81771770208": "work", "+81771770209": "fax"},
            "websites": ["www.miyama-shuzo.jp"],
            "address": "601-0721, 12 Kita, Miyama-cho, Nantan, Kyoto, Japan",
            "region": "JP",
        },
    ),
    (
        "b12-jp-trust-bank-deputy-branch",
        """Okayama Trust Bank, Ltd.
Tokyo Branch

Kenta Ono
Deputy Branch Manager
Bh FE

TEL 03-3281-5520
FAX 03-3281-5529
kenta.ono@okayama-trust.co.jp
Nihonbashi 1-chome Bldg. 6F, 1-4-1 Nihonbashi, Chuo-ku, Tokyo 103-0027""",
        {
            "name": "Kenta Ono",
            "given_name": "Kenta",
            "family_name": "Ono",
            "title": "Deputy Branch Manager",
            "company": "Okayama Trust Bank, Ltd.",
            "emails": ["kenta.ono@okayama-trust.co.jp"],
            "phones": {"+81332815520": "work", "+81332815529": "fax"},
            "websites": [],
            "address": "Nihonbashi 1-chome Bldg. 6F, 1-4-1 Nihonbashi, Chuo-ku, Tokyo 103-0027",
            "region": "JP",
        },
    ),
]

WORLD: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b12-gb-solicitors-london",
        """CARROW & FINCH LLP
Solicitors

Eleanor Hastings
Senior Associate

T +44 (0)20 7397 4410
M +44 (0)7812 445 210
eleanor.hastings@carrowfinch.co.uk
5 New Street Square, London EC4A 3BF
carrowfinch.co.uk""",
        {
            "name": "Eleanor Hastings",
            "given_name": "Eleanor",
            "family_name": "Hastings",
            "title": "Senior Associate",
            "company": "CARROW & FINCH LLP",
            "emails": ["eleanor.hastings@carrowfinch.co.uk"],
            "phones": {"+442073974410": "work", "+447812445210": "mobile"},
            "websites": ["carrowfinch.co.uk"],
            "address": "5 New Street Square, London EC4A 3BF",
            "region": "GB",
        },
    ),
    (
        "b12-gb-rail-manchester-local",
        """NORTHERN RAIL SYSTEMS LTD

Gareth Pryce, Head of Procurement

Tel: 0161 832 4470
Mob: 07956 218 330
gareth.pryce@nrsystems.co.uk
Unit 4, Trafford Park Road, Manchester M17 1HH""",
        {
            "name": "Gareth Pryce",
            "given_name": "Gareth",
            "family_name": "Pryce",
            "title": "Head of Procurement",
            "company": "NORTHERN RAIL SYSTEMS LTD",
            "emails": ["gareth.pryce@nrsystems.co.uk"],
            "phones": {"+441618324470": "work", "+447956218330": "mobile"},
            "websites": [],
            "address": "Unit 4, Trafford Park Road, Manchester M17 1HH",
            "region": "GB",
        },
    ),
    (
        "b12-ie-digital-dublin",
        """Siobhán O'Connor
Client Services Director

Lir Digital

+353 1 677 4420
+353 87 214 6631
siobhan@lirdigital.ie
14 Fitzwilliam Square, Dublin 2, D02 X285
lirdigital.ie""",
        {
            "name": "Siobhán O'Connor",
            "given_name": "Siobhán",
            "family_name": "O'Connor",
            "title": "Client Services Director",
            "company": "Lir Digital",
            "emails": ["siobhan@lirdigital.ie"],
            "phones": {"+35316774420": "work", "+353872146631": "mobile"},
            "websites": ["lirdigital.ie"],
            "address": "14 Fitzwilliam Square, Dublin 2, D02 X285",
            "region": "IE",
        },
    ),
    (
        "b12-de-gmbh-geschaeftsfuehrer",
        """Hartmann Antriebstechnik GmbH

Dipl.-Ing. Stefan Hartmann
Geschäftsführer

Industriestraße 14
73730 Esslingen am Neckar
Tel. +49 711 3950 200
Fax +49 711 3950 299
Mobil +49 171 4826 330
s.hartmann@hartmann-antriebe.de
www.hartmann-antriebe.de""",
        {
            "name": "Stefan Hartmann",
            "given_name": "Stefan",
            "family_name": "Hartmann",
            "title": "Geschäftsführer",
            "company": "Hartmann Antriebstechnik GmbH",
            "emails": ["s.hartmann@hartmann-antriebe.de"],
            "phones": {"+497113950200": "work", "+497113950299": "fax", "+491714826330": "mobile"},
            "websites": ["www.hartmann-antriebe.de"],
            "address": "Industriestraße 14, 73730 Esslingen am Neckar",
            "region": "DE",
        },
    ),
    (
        "b12-de-ag-dr-leiterin",
        """Dr. Katrin Müller-Hoffmann
Leiterin Vertrieb Europa

RHEINWERK CHEMIE AG
Kaiser-Wilhelm-Ring 20, 50672 Köln, Deutschland
T +49 221 16 89 4420
M +49 160 9142 7781
katrin.mueller-hoffmann@rheinwerk-chemie.de""",
        {
            "name": "Katrin Müller-Hoffmann",
            "given_name": "Katrin",
            "family_name": "Müller-Hoffmann",
            "title": "Leiterin Vertrieb Europa",
            "company": "RHEINWERK CHEMIE AG",
            "emails": ["katrin.mueller-hoffmann@rheinwerk-chemie.de"],
            "phones": {"+4922116894420": "work", "+4916091427781": "mobile"},
            "websites": [],
            "address": "Kaiser-Wilhelm-Ring 20, 50672 Köln, Deutschland",
            "region": "DE",
        },
    ),
    (
        "b12-fr-conseil-paris",
        """LUMIERE CONSEIL SAS

Claire Dubois
Directrice Commerciale

12, rue de la Paix
75002 Paris
Tél. : +33 1 42 61 57 30
Port. : +33 6 12 48 77 59
c.dubois@lumiere-conseil.fr
www.lumiere-conseil.fr""",
        {
            "name": "Claire Dubois",
            "given_name": "Claire",
            "family_name": "Dubois",
            "title": "Directrice Commerciale",
            "company": "LUMIERE CONSEIL SAS",
            "emails": ["c.dubois@lumiere-conseil.fr"],
            "phones": {"+33142615730": "work", "+33612487759": "mobile"},
            "websites": ["www.lumiere-conseil.fr"],
            "address": "12, rue de la Paix, 75002 Paris",
            "region": "FR",
        },
    ),
    (
        "b12-fr-menuiserie-lyon-local",
        """Atelier Verdier
Menuiserie & Agencement

Julien Verdier
Gérant

06 72 18 44 90
04 78 62 31 05
contact@atelier-verdier.fr
18 rue Paul Bert, 69003 Lyon""",
        {
            "name": "Julien Verdier",
            "given_name": "Julien",
            "family_name": "Verdier",
            "title": "Gérant",
            "company": "Atelier Verdier",
            "emails": ["contact@atelier-verdier.fr"],
            "phones": {"+33672184490": "mobile", "+33478623105": "work"},
            "websites": [],
            "address": "18 rue Paul Bert, 69003 Lyon",
            "region": "FR",
        },
    ),
    (
        "b12-es-energia-madrid",
        """Grupo Solaris Energía, S.L.

Javier Martín Ortega
Director de Operaciones

Paseo de la Castellana 95, planta 12
28046 Madrid
Tel. +34 91 555 82 40
Móvil +34 639 218 447
jmartin@gruposolaris.es
www.gruposolaris.es""",
        {
            "name": "Javier Martín Ortega",
            "given_name": "Javier",
            "family_name": "Martín Ortega",
            "title": "Director de Operaciones",
            "company": "Grupo Solaris Energía, S.L.",
            "emails": ["jmartin@gruposolaris.es"],
            "phones": {"+34915558240": "work", "+34639218447": "mobile"},
            "websites": ["www.gruposolaris.es"],
            "address": "Paseo de la Castellana 95, planta 12, 28046 Madrid",
            "region": "ES",
        },
    ),
    (
        "b12-it-meccanica-bologna",
        """FERRETTI MECCANICA S.r.l.

Ing. Paolo Ferretti
Responsabile Ufficio Acquisti

Via dell'Industria 42, 40138 Bologna (BO)
Tel. +39 051 601 2284
Cell. +39 335 742 1098
p.ferretti@ferrettimeccanica.it""",
        {
            "name": "Paolo Ferretti",
            "given_name": "Paolo",
            "family_name": "Ferretti",
            "title": "Responsabile Ufficio Acquisti",
            "company": "FERRETTI MECCANICA S.r.l.",
            "emails": ["p.ferretti@ferrettimeccanica.it"],
            "phones": {"+390516012284": "work", "+393357421098": "mobile"},
            "websites": [],
            "address": "Via dell'Industria 42, 40138 Bologna (BO)",
            "region": "IT",
        },
    ),
    (
        "b12-nl-logistics-rotterdam",
        """Van Dijk Logistics B.V.

Pieter van den Berg
Accountmanager

Waalhaven Zuidzijde 21
3089 JH Rotterdam
T +31 10 428 7730
M +31 6 2419 8852
p.vandenberg@vandijklogistics.nl""",
        {
            "name": "Pieter van den Berg",
            "given_name": "Pieter",
            "family_name": "van den Berg",
            "title": "Accountmanager",
            "company": "Van Dijk Logistics B.V.",
            "emails": ["p.vandenberg@vandijklogistics.nl"],
            "phones": {"+31104287730": "work", "+31624198852": "mobile"},
            "websites": [],
            "address": "Waalhaven Zuidzijde 21, 3089 JH Rotterdam",
            "region": "NL",
        },
    ),
    (
        "b12-se-software-stockholm",
        """NORRSKEN SOFTWARE AB

Anna Sjöberg
Produktchef

Sveavägen 44, 111 34 Stockholm
+46 8 522 318 40
+46 70 421 88 19
anna.sjoberg@norrskensoftware.se""",
        {
            "name": "Anna Sjöberg",
            "given_name": "Anna",
            "family_name": "Sjöberg",
            "title": "Produktchef",
            "company": "NORRSKEN SOFTWARE AB",
            "emails": ["anna.sjoberg@norrskensoftware.se"],
            "phones": {"+46852231840": "work", "+46704218819": "mobile"},
            "websites": [],
            "address": "Sveavägen 44, 111 34 Stockholm",
            "region": "SE",
        },
    ),
    (
        "b12-no-marine-bergen",
        """Fjordline Marine AS

Erik Haugen
Technical Sales Manager

Strandkaien 12, 5013 Bergen, Norway
Tel: +47 55 30 88 40
Mob: +47 918 44 207
erik.haugen@fjordlinemarine.no""",
        {
            "name": "Erik Haugen",
            "given_name": "Erik",
            "family_name": "Haugen",
            "title": "Technical Sales Manager",
            "company": "Fjordline Marine AS",
            "emails": ["erik.haugen@fjordlinemarine.no"],
            "phones": {"+4755308840": "work", "+4791844207": "mobile"},
            "websites": [],
            "address": "Strandkaien 12, 5013 Bergen, Norway",
            "region": "NO",
        },
    ),
    (
        "b12-dk-design-copenhagen",
        """KASTRUP DESIGN ApS

Mette Nielsen
Creative Director

+45 33 21 46 80
mette@kastrupdesign.dk
Vesterbrogade 32, 1620 København V
kastrupdesign.dk""",
        {
            "name": "Mette Nielsen",
            "given_name": "Mette",
            "family_name": "Nielsen",
            "title": "Creative Director",
            "company": "KASTRUP DESIGN ApS",
            "emails": ["mette@kastrupdesign.dk"],
            "phones": {"+4533214680": "work"},
            "websites": ["kastrupdesign.dk"],
            "address": "Vesterbrogade 32, 1620 København V",
            "region": "DK",
        },
    ),
    (
        "b12-fi-forest-helsinki",
        """Kuusi Forest Oy

Mikko Virtanen
Sales Manager

Teollisuuskatu 21, 00510 Helsinki, Finland
puh. +358 9 4257 7700
gsm +358 40 718 2294
mikko.virtanen@kuusiforest.fi""",
        {
            "name": "Mikko Virtanen",
            "given_name": "Mikko",
            "family_name": "Virtanen",
            "title": "Sales Manager",
            "company": "Kuusi Forest Oy",
            "emails": ["mikko.virtanen@kuusiforest.fi"],
            "phones": {"+358942577700": "work", "+358407182294": "mobile"},
            "websites": [],
            "address": "Teollisuuskatu 21, 00510 Helsinki, Finland",
            "region": "FI",
        },
    ),
    (
        "b12-pl-systemy-warszawa",
        """BALTIS SYSTEMY Sp. z o.o.

Tomasz Nowicki
Kierownik Projektu

ul. Grzybowska 80/82
00-844 Warszawa
tel. +48 22 827 41 50
kom. +48 601 338 742
t.nowicki@baltis.pl
www.baltis.pl""",
        {
            "name": "Tomasz Nowicki",
            "given_name": "Tomasz",
            "family_name": "Nowicki",
            "title": "Kierownik Projektu",
            "company": "BALTIS SYSTEMY Sp. z o.o.",
            "emails": ["t.nowicki@baltis.pl"],
            "phones": {"+48228274150": "work", "+48601338742": "mobile"},
            "websites": ["www.baltis.pl"],
            "address": "ul. Grzybowska 80/82, 00-844 Warszawa",
            "region": "PL",
        },
    ),
    (
        "b12-in-infotech-pune",
        """Sahyadri Infotech Pvt. Ltd.

Rohan Kulkarni
Senior Manager - Business Development

Office No. 504, Pride Purple Square, Kalewadi Phata,
Wakad, Pune - 411057
Tel: +91 20 6723 4400
Mob: +91 98220 41736
rohan.kulkarni@sahyadriinfotech.com
www.sahyadriinfotech.com""",
        {
            "name": "Rohan Kulkarni",
            "given_name": "Rohan",
            "family_name": "Kulkarni",
            "title": "Senior Manager - Business Development",
            "company": "Sahyadri Infotech Pvt. Ltd.",
            "emails": ["rohan.kulkarni@sahyadriinfotech.com"],
            "phones": {"+912067234400": "work", "+919822041736": "mobile"},
            "websites": ["www.sahyadriinfotech.com"],
            "address": "Office No. 504, Pride Purple Square, Kalewadi Phata, Wakad, Pune - 411057",
            "region": "IN",
        },
    ),
    (
        "b12-in-textiles-jaipur-local",
        """SHREE GANESH TEXTILES
Manufacturers & Exporters of Cotton Fabrics

Amit Agarwal
Director

Mobile: 98290 11462
Office: 0141-2370455
amit@shreeganeshtextiles.in
G-112, Sitapura Industrial Area, Jaipur - 302022 (Rajasthan)""",
        {
            "name": "Amit Agarwal",
            "given_name": "Amit",
            "family_name": "Agarwal",
            "title": "Director",
            "company": "SHREE GANESH TEXTILES",
            "emails": ["amit@shreeganeshtextiles.in"],
            "phones": {"+919829011462": "mobile", "+911412370455": "work"},
            "websites": [],
            "address": "G-112, Sitapura Industrial Area, Jaipur - 302022 (Rajasthan)",
            "region": "IN",
        },
    ),
    (
        "b12-sg-hr-director",
        """MERIDIAN HARBOUR PTE. LTD.

Lim Wei Ling
Regional HR Director, APAC

DID +65 6809 2241
M +65 9123 4478
weiling.lim@meridianharbour.com.sg
1 Raffles Place, #28-01 One Raffles Place, Singapore 048616""",
        {
            "name": "Lim Wei Ling",
            "given_name": "Wei Ling",
            "family_name": "Lim",
            "title": "Regional HR Director, APAC",
            "company": "MERIDIAN HARBOUR PTE. LTD.",
            "emails": ["weiling.lim@meridianharbour.com.sg"],
            "phones": {"+6568092241": "work", "+6591234478": "mobile"},
            "websites": [],
            "address": "1 Raffles Place, #28-01 One Raffles Place, Singapore 048616",
            "region": "SG",
        },
    ),
    (
        "b12-au-surveying-brisbane",
        """Southern Cross Surveying Pty Ltd

Liam O'Brien
Registered Surveyor

Level 3, 155 Queen Street
Brisbane QLD 4000
P 07 3221 8840
M 0412 558 309
liam@sxsurveying.com.au
sxsurveying.com.au
ABN 42 118 554 903""",
        {
            "name": "Liam O'Brien",
            "given_name": "Liam",
            "family_name": "O'Brien",
            "title": "Registered Surveyor",
            "company": "Southern Cross Surveying Pty Ltd",
            "emails": ["liam@sxsurveying.com.au"],
            "phones": {"+61732218840": "work", "+61412558309": "mobile"},
            "websites": ["sxsurveying.com.au"],
            "address": "Level 3, 155 Queen Street, Brisbane QLD 4000",
            "region": "AU",
        },
    ),
    (
        "b12-au-gp-manly",
        """Dr Sophie Nguyen
General Practitioner
MBBS FRACGP

Harbourside Medical Centre
Shop 4, 12 Marine Parade, Manly NSW 2095
Ph (02) 9977 4310
Fax (02) 9977 4311
reception@harboursidemedical.com.au""",
        {
            "name": "Sophie Nguyen",
            "given_name": "Sophie",
            "family_name": "Nguyen",
            "title": "General Practitioner",
            "company": "Harbourside Medical Centre",
            "emails": ["reception@harboursidemedical.com.au"],
            "phones": {"+61299774310": "work", "+61299774311": "fax"},
            "websites": [],
            "address": "Shop 4, 12 Marine Parade, Manly NSW 2095",
            "region": "AU",
        },
    ),
    (
        "b12-br-engenharia-sao-paulo",
        """ANDRADE ENGENHARIA LTDA.

Rafael Souza
Gerente Comercial

Av. Paulista, 1842 - 14º andar
Bela Vista - São Paulo - SP
01310-200
Tel.: +55 11 3251-4400
Cel.: +55 11 98472-3310
rafael.souza@andradeengenharia.com.br""",
        {
            "name": "Rafael Souza",
            "given_name": "Rafael",
            "family_name": "Souza",
            "title": "Gerente Comercial",
            "company": "ANDRADE ENGENHARIA LTDA.",
            "emails": ["rafael.souza@andradeengenharia.com.br"],
            "phones": {"+551132514400": "work", "+5511984723310": "mobile"},
            "websites": [],
            "address": "Av. Paulista, 1842 - 14º andar, Bela Vista - São Paulo - SP, 01310-200",
            "region": "BR",
        },
    ),
    (
        "b12-mx-industrial-monterrey",
        """Grupo Industrial Norteño, S.A. de C.V.

Ing. Alejandra Treviño
Gerente de Ventas

Av. Constitución 405 Pte., Col. Centro
Monterrey, N.L., C.P. 64000
Tel. +52 (81) 8340 2210
Cel. 81 1456 7732
atrevino@gin.com.mx""",
        {
            "name": "Alejandra Treviño",
            "given_name": "Alejandra",
            "family_name": "Treviño",
            "title": "Gerente de Ventas",
            "company": "Grupo Industrial Norteño, S.A. de C.V.",
            "emails": ["atrevino@gin.com.mx"],
            "phones": {"+528183402210": "work", "+528114567732": "mobile"},
            "websites": [],
            "address": "Av. Constitución 405 Pte., Col. Centro, Monterrey, N.L., C.P. 64000",
            "region": "MX",
        },
    ),
    (
        "b12-ae-facilities-dubai",
        """AL NOOR FACILITIES MANAGEMENT LLC

Omar Al Mansoori
Operations Manager

Office 1204, Al Moosa Tower 2, Sheikh Zayed Road
P.O. Box 128845, Dubai, UAE
T +971 4 331 8820
M +971 50 642 1937
omar.almansoori@alnoorfm.ae""",
        {
            "name": "Omar Al Mansoori",
            "given_name": "Omar",
            "family_name": "Al Mansoori",
            "title": "Operations Manager",
            "company": "AL NOOR FACILITIES MANAGEMENT LLC",
            "emails": ["omar.almansoori@alnoorfm.ae"],
            "phones": {"+97143318820": "work", "+971506421937": "mobile"},
            "websites": [],
            "address": "Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, P.O. Box 128845, Dubai, UAE",
            "region": "AE",
        },
    ),
    (
        "b12-za-solar-cape-town",
        """Karoo Solar Solutions (Pty) Ltd

Thandiwe Mokoena
Project Engineer

Unit 7, Westlake Business Park
Westlake Drive, Tokai, Cape Town, 7945
Tel: +27 21 702 4410
Cell: +27 82 519 3346
thandi@karoosolar.co.za""",
        {
            "name": "Thandiwe Mokoena",
            "given_name": "Thandiwe",
            "family_name": "Mokoena",
            "title": "Project Engineer",
            "company": "Karoo Solar Solutions (Pty) Ltd",
            "emails": ["thandi@karoosolar.co.za"],
            "phones": {"+27217024410": "work", "+27825193346": "mobile"},
            "websites": [],
            "address": "Unit 7, Westlake Business Park, Westlake Drive, Tokai, Cape Town, 7945",
            "region": "ZA",
        },
    ),
    (
        "b12-kr-electronics-seoul",
        """7|
HANBIT ELECTRONICS CO., LTD.
Overseas Sales Team
Manager

Ji-hoon Park
Sol Ea

16F, 21 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164, Korea
T. +82-2-3453-7720
M. +82-10-4417-2256
jihoon.park@hanbit-elec.co.kr""",
        {
            "name": "Ji-hoon Park",
            "given_name": "Ji-hoon",
            "family_name": "Park",
            "title": "Manager",
            "company": "HANBIT ELECTRONICS CO., LTD.",
            "emails": ["jihoon.park@hanbit-elec.co.kr"],
            "phones": {"+82234537720": "work", "+821044172256": "mobile"},
            "websites": [],
            "address": "16F, 21 Teheran-ro 87-gil, Gangnam-gu, Seoul 06164, Korea",
            "region": "KR",
        },
    ),
    (
        "b12-cn-machinery-shanghai",
        """EWS BE
Shanghai Hengtai Precision Machinery Co., Ltd.

David Zhang
Export Manager
FE

No. 888 Jinke Road, Pudong New Area, Shanghai 201203, China
Tel: +86 21 5080 6620
Mobile: +86 139 1654 2870
david.zhang@hengtai-pm.com
www.hengtai-pm.com""",
        {
            "name": "David Zhang",
            "given_name": "David",
            "family_name": "Zhang",
            "title": "Export Manager",
            "company": "Shanghai Hengtai Precision Machinery Co., Ltd.",
            "emails": ["david.zhang@hengtai-pm.com"],
            "phones": {"+862150806620": "work", "+8613916542870": "mobile"},
            "websites": ["www.hengtai-pm.com"],
            "address": "No. 888 Jinke Road, Pudong New Area, Shanghai 201203, China",
            "region": "CN",
        },
    ),
    (
        "b12-cn-tech-shenzhen-family-first",
        """Shenzhen Ruixin Technology Co., Ltd.
BAIR

LIU Yang
Sales Director

Tel: +86 755 8660 3321
Mob: +86 186 8831 0472
liuyang@ruixin-tech.cn
Building 3, Keji Park, Nanshan District, Shenzhen, Guangdong, China""",
        {
            "name": "LIU Yang",
            "given_name": "Yang",
            "family_name": "LIU",
            "title": "Sales Director",
            "company": "Shenzhen Ruixin Technology Co., Ltd.",
            "emails": ["liuyang@ruixin-tech.cn"],
            "phones": {"+8675586603321": "work", "+8618688310472": "mobile"},
            "websites": [],
            "address": "Building 3, Keji Park, Nanshan District, Shenzhen, Guangdong, China",
            "region": "CN",
        },
    ),
    (
        "b12-ch-treuhand-zurich",
        """ALPENBLICK TREUHAND AG

Lukas Meier
Partner

Bahnhofstrasse 21
8001 Zürich
T +41 44 215 77 30
M +41 79 412 66 08
lukas.meier@alpenblick-treuhand.ch""",
        {
            "name": "Lukas Meier",
            "given_name": "Lukas",
            "family_name": "Meier",
            "title": "Partner",
            "company": "ALPENBLICK TREUHAND AG",
            "emails": ["lukas.meier@alpenblick-treuhand.ch"],
            "phones": {"+41442157730": "work", "+41794126608": "mobile"},
            "websites": [],
            "address": "Bahnhofstrasse 21, 8001 Zürich",
            "region": "CH",
        },
    ),
    (
        "b12-be-brewery-leuven",
        """Brouwerij De Kroon NV

Sofie Peeters
Export Manager

Kroonstraat 12, 3000 Leuven, Belgium
+32 16 23 44 10
+32 478 61 22 09
sofie.peeters@dekroon.be
www.dekroon.be""",
        {
            "name": "Sofie Peeters",
            "given_name": "Sofie",
            "family_name": "Peeters",
            "title": "Export Manager",
            "company": "Brouwerij De Kroon NV",
            "emails": ["sofie.peeters@dekroon.be"],
            "phones": {"+3216234410": "work", "+32478612209": "mobile"},
            "websites": ["www.dekroon.be"],
            "address": "Kroonstraat 12, 3000 Leuven, Belgium",
            "region": "BE",
        },
    ),
    (
        "b12-gb-tearoom-noperson",
        """THE RUSTY KETTLE
Tea Room & Bakery

14 High Street, Rye, East Sussex TN31 7JF
01797 223 418
hello@therustykettle.co.uk
@therustykettlerye""",
        {
            "name": None,
            "title": None,
            "company": "THE RUSTY KETTLE",
            "emails": ["hello@therustykettle.co.uk"],
            "phones": {"+441797223418": "work"},
            "websites": [],
            "address": "14 High Street, Rye, East Sussex TN31 7JF",
            "region": "GB",
        },
    ),
]
