"""A thirteenth blind hold-out: US flatbed scans and Japanese phone photos, as Tesseract's English model
reads them.

Written by hand, blind, by a helper that read neither the parser (ocr/) nor the card data of the earlier
tables (only the first 70 lines of tests/parse_blind12.py, for the data format, and the public contract in
CONTRACT.md). No generator and no parser run: each card imitates a real-looking card, typed as
`tesseract -l eng` returns it (one line per printed line, blank lines between blocks), and every card and its
expected fields were written before the parser ever saw them; none was changed afterwards. Most cards are
ordinary; a minority carry the usual slips (icons read as `&`, `@`, `©` before a phone, email or web line, a
logo read as `Vw`, `|` for `l` in `Ce||`, `©` for `@`, a space before `@`, kanji and kana read as junk lines
such as `ARK FA` or `HE Hh =`, the postal mark 〒 read as `T` or `=`).

`US` (30 cards): a P.C. and an LLP law firm (`Esq.`), a dentist (`Dr.`, `DDS`), an internist (`MD`), a
pediatrician (`D.O.`), a physical therapist (`PT, DPT`), a nursing director (`MSN, RN`), an insurance agent
and a commercial-lines account executive (name and title on one line after a comma), realtors (`REALTOR®`,
`DRE#`, a broker licence), a mortgage lender and a credit union (`NMLS`), a wealth advisor (`CFP®`), a CPA
firm, an architect (`AIA`), an HVAC firm, an electrician (`ROC #`), a landscaper on gmail, a restaurant with
no person, a food bank with a P.O. Box, a university, a city and a county, a startup on `.io`, a manufacturer,
a freight firm (`USDOT | MC`, Toll Free), a hotel, a staffing firm and a data firm. Phone labels Office,
Office:, Direct, Direct:, Cell, Cell:, Mobile, Mobile:, Fax, Fax:, Main, Branch, Dispatch:, Toll Free:,
Appointments, Reservations, Phone:, Tel, T, F, M, C, D, O, T:, F:, O:, C:, a `+1` number, none; extensions
`ext. 214`, `x204`, `x118`. Addresses on one to three lines with Suite, Ste, Room, Floor, a P.O. Box, or none.

`JP` (30 cards): makers (precision, electronics, auto parts, semiconductors, tools, marine engineering,
electrical), a trading K.K., a bank and a trust bank, a life insurer, a pharma laboratory, a research
institute, a university and a university hospital, a law office, a consulting G.K., a Nordic firm's K.K., a
SaaS Inc. and a startup, a hotel, a design studio, a food maker, a crafts K.K., an English school with foreign
staff, a realty K.K., a freelance interpreter on gmail and a sake brewery with no person. Names in both orders
(`Kenji TANAKA`, `SATO Hiroshi`), with `Dr.`, `, Ph.D.`, `, M.D., Ph.D.`; titles above or below the name,
department lines kept out of the title; numbers `03-xxxx-xxxx`, `+81-3-...`, `+81 (0)3 ...`, `+81 3 ...`,
`+81-90-...`, mobiles 070/080/090, area codes of one to four digits (06, 045, 0466, 0771, 0256), labels TEL,
TEL:, TEL., Tel., Tel:, FAX, FAX:, Fax., Fax:, Mobile, Mobile:, T, M, Direct:, TEL/FAX:, two numbers on a
line; English addresses (a postal-mark line kept as its own part, joined with ", "), kanji-only addresses
(expected None) and none.

Expected fields follow CONTRACT.md: `name` as printed without honorifics and post-nominals; `given_name` /
`family_name` in printed casing; `title` the role as printed, never a department, specialty or licence line;
`company` as printed (a lockup over two lines joined with a space); `emails` fixed of OCR slips, card order;
`phones` E.164 with kind (work, mobile, fax; unlabelled landline work, unlabelled Japanese mobile mobile; an
unlabelled US number work), card order, extensions dropped; `websites` with `https://`; `address` the printed
lines joined with ", " without the postal mark; `region` the card's country.
"""

from __future__ import annotations

from typing import Any

US: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b13-us-law-pc-chicago",
        """\
HARTWELL & DUNMORE, P.C.
ATTORNEYS AT LAW

Margaret L. Hartwell
Partner

200 West Madison Street, Suite 2150
Chicago, IL 60606

Direct (312) 782-4410
Fax (312) 782-4499
mhartwell@hartwelldunmore.com
www.hartwelldunmore.com
""",
        {
            "name": "Margaret L. Hartwell",
            "given_name": "Margaret",
            "family_name": "Hartwell",
            "title": "Partner",
            "company": "HARTWELL & DUNMORE, P.C.",
            "emails": ["mhartwell@hartwelldunmore.com"],
            "phones": [{"number": "+13127824410", "kind": "work"}, {"number": "+13127824499", "kind": "fax"}],
            "websites": ["https://www.hartwelldunmore.com"],
            "address": "200 West Madison Street, Suite 2150, Chicago, IL 60606",
            "region": "US",
        },
    ),
    (
        "b13-us-dentist-cleveland",
        """\
Lakeside Family Dentistry

Dr. Anjali Rao, DDS
General & Cosmetic Dentistry

1845 Lakeview Road, Ste 102
Cleveland, OH 44112

Office: (216) 451-3380
Fax: (216) 451-3391
frontdesk@lakesidefamilydental.com
lakesidefamilydental.com
""",
        {
            "name": "Anjali Rao",
            "given_name": "Anjali",
            "family_name": "Rao",
            "title": None,
            "company": "Lakeside Family Dentistry",
            "emails": ["frontdesk@lakesidefamilydental.com"],
            "phones": [{"number": "+12164513380", "kind": "work"}, {"number": "+12164513391", "kind": "fax"}],
            "websites": ["https://lakesidefamilydental.com"],
            "address": "1845 Lakeview Road, Ste 102, Cleveland, OH 44112",
            "region": "US",
        },
    ),
    (
        "b13-us-physician-evanston",
        """\
NORTHSHORE MEDICAL GROUP
Internal Medicine

James P. O'Connell, MD
Attending Physician

2650 Ridge Avenue
Evanston, IL 60201

T 847.570.2214
F 847.570.2290
jpoconnell@northshoremg.org
""",
        {
            "name": "James P. O'Connell",
            "given_name": "James",
            "family_name": "O'Connell",
            "title": "Attending Physician",
            "company": "NORTHSHORE MEDICAL GROUP",
            "emails": ["jpoconnell@northshoremg.org"],
            "phones": [{"number": "+18475702214", "kind": "work"}, {"number": "+18475702290", "kind": "fax"}],
            "websites": [],
            "address": "2650 Ridge Avenue, Evanston, IL 60201",
            "region": "US",
        },
    ),
    (
        "b13-us-insurance-agent-harrisburg",
        """\
KEYSTONE MUTUAL
INSURANCE

Derek Whitfield
Agent
License #0H61827

4120 Jonestown Road
Harrisburg, PA 17109

Office 717-652-3070
Cell 717-571-9284
Fax 717-652-3071
derek.whitfield@keystonemutual.com
""",
        {
            "name": "Derek Whitfield",
            "given_name": "Derek",
            "family_name": "Whitfield",
            "title": "Agent",
            "company": "KEYSTONE MUTUAL INSURANCE",
            "emails": ["derek.whitfield@keystonemutual.com"],
            "phones": [
                {"number": "+17176523070", "kind": "work"},
                {"number": "+17175719284", "kind": "mobile"},
                {"number": "+17176523071", "kind": "fax"},
            ],
            "websites": [],
            "address": "4120 Jonestown Road, Harrisburg, PA 17109",
            "region": "US",
        },
    ),
    (
        "b13-us-realtor-san-diego",
        """\
Coastline Realty Group

Samantha Reyes
REALTOR®
DRE# 02145567

Cell: (619) 804-2276
Office: (619) 293-7100
sam@coastlinerealtygroup.com
www.coastlinerealtygroup.com

3904 Fifth Avenue, Suite 200
San Diego, CA 92103
""",
        {
            "name": "Samantha Reyes",
            "given_name": "Samantha",
            "family_name": "Reyes",
            "title": "REALTOR®",
            "company": "Coastline Realty Group",
            "emails": ["sam@coastlinerealtygroup.com"],
            "phones": [
                {"number": "+16198042276", "kind": "mobile"},
                {"number": "+16192937100", "kind": "work"},
            ],
            "websites": ["https://www.coastlinerealtygroup.com"],
            "address": "3904 Fifth Avenue, Suite 200, San Diego, CA 92103",
            "region": "US",
        },
    ),
    (
        "b13-us-mortgage-okc",
        """\
Prairie Home Lending

Travis Molnar
Senior Loan Officer
NMLS #1487720

Direct: 405-879-2241
Mobile: 405-620-4418
tmolnar@prairiehomelending.com
prairiehomelending.com/tmolnar

5801 N. Broadway Ext., Suite 300
Oklahoma City, OK 73118
""",
        {
            "name": "Travis Molnar",
            "given_name": "Travis",
            "family_name": "Molnar",
            "title": "Senior Loan Officer",
            "company": "Prairie Home Lending",
            "emails": ["tmolnar@prairiehomelending.com"],
            "phones": [
                {"number": "+14058792241", "kind": "work"},
                {"number": "+14056204418", "kind": "mobile"},
            ],
            "websites": ["https://prairiehomelending.com/tmolnar"],
            "address": "5801 N. Broadway Ext., Suite 300, Oklahoma City, OK 73118",
            "region": "US",
        },
    ),
    (
        "b13-us-wealth-advisor-boston",
        """\
MERIDIAN WEALTH PARTNERS

Catherine Liu, CFP®
Senior Financial Advisor

One Federal Street, 27th Floor
Boston, MA 02110

T 617.439.6820
M 617.291.5560
catherine.liu@meridianwp.com
meridianwp.com
""",
        {
            "name": "Catherine Liu",
            "given_name": "Catherine",
            "family_name": "Liu",
            "title": "Senior Financial Advisor",
            "company": "MERIDIAN WEALTH PARTNERS",
            "emails": ["catherine.liu@meridianwp.com"],
            "phones": [
                {"number": "+16174396820", "kind": "work"},
                {"number": "+16172915560", "kind": "mobile"},
            ],
            "websites": ["https://meridianwp.com"],
            "address": "One Federal Street, 27th Floor, Boston, MA 02110",
            "region": "US",
        },
    ),
    (
        "b13-us-hvac-asheville",
        """\
BLUE RIDGE HEATING & AIR
Licensed • Bonded • Insured

Ray Castellano
Owner

(828) 254-6137
Cell (828) 713-0922
ray@blueridgehvac.net
www.blueridgehvac.net

NC License #32814
""",
        {
            "name": "Ray Castellano",
            "given_name": "Ray",
            "family_name": "Castellano",
            "title": "Owner",
            "company": "BLUE RIDGE HEATING & AIR",
            "emails": ["ray@blueridgehvac.net"],
            "phones": [
                {"number": "+18282546137", "kind": "work"},
                {"number": "+18287130922", "kind": "mobile"},
            ],
            "websites": ["https://www.blueridgehvac.net"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b13-us-restaurant-no-person",
        """\
Osteria Vigna
CUCINA ITALIANA

1412 Main Street
Kansas City, MO 64105

Reservations (816) 471-2290
info@osteriavigna.com
osteriavigna.com
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Osteria Vigna",
            "emails": ["info@osteriavigna.com"],
            "phones": [{"number": "+18164712290", "kind": "work"}],
            "websites": ["https://osteriavigna.com"],
            "address": "1412 Main Street, Kansas City, MO 64105",
            "region": "US",
        },
    ),
    (
        "b13-us-food-bank-norfolk",
        """\
Harbor Light Food Bank

Denise Okafor
Director of Volunteer Services

P.O. Box 4471
Norfolk, VA 23523

Main 757-627-3300 ext. 214
Cell 757-572-8810
dokafor@harborlightfoodbank.org
harborlightfoodbank.org
""",
        {
            "name": "Denise Okafor",
            "given_name": "Denise",
            "family_name": "Okafor",
            "title": "Director of Volunteer Services",
            "company": "Harbor Light Food Bank",
            "emails": ["dokafor@harborlightfoodbank.org"],
            "phones": [
                {"number": "+17576273300", "kind": "work"},
                {"number": "+17575728810", "kind": "mobile"},
            ],
            "websites": ["https://harborlightfoodbank.org"],
            "address": "P.O. Box 4471, Norfolk, VA 23523",
            "region": "US",
        },
    ),
    (
        "b13-us-university-professor",
        """\
FRONT RANGE STATE UNIVERSITY
College of Engineering

Elena Vasquez, Ph.D.
Associate Professor
Department of Mechanical Engineering

Engineering Hall, Room 318
1200 University Avenue
Fort Collins, CO 80523

970.491.6623
evasquez@frsu.edu
""",
        {
            "name": "Elena Vasquez",
            "given_name": "Elena",
            "family_name": "Vasquez",
            "title": "Associate Professor",
            "company": "FRONT RANGE STATE UNIVERSITY",
            "emails": ["evasquez@frsu.edu"],
            "phones": [{"number": "+19704916623", "kind": "work"}],
            "websites": [],
            "address": "Engineering Hall, Room 318, 1200 University Avenue, Fort Collins, CO 80523",
            "region": "US",
        },
    ),
    (
        "b13-us-city-public-works",
        """\
CITY OF WILLOW CREEK
Public Works Department

Thomas J. Keane
Deputy Director

City Hall, 2nd Floor
101 N. Main Street
Willow Creek, TX 75165

O: 972-937-4120
C: 214-683-0917
tkeane@willowcreektx.gov
www.willowcreektx.gov
""",
        {
            "name": "Thomas J. Keane",
            "given_name": "Thomas",
            "family_name": "Keane",
            "title": "Deputy Director",
            "company": "CITY OF WILLOW CREEK",
            "emails": ["tkeane@willowcreektx.gov"],
            "phones": [
                {"number": "+19729374120", "kind": "work"},
                {"number": "+12146830917", "kind": "mobile"},
            ],
            "websites": ["https://www.willowcreektx.gov"],
            "address": "City Hall, 2nd Floor, 101 N. Main Street, Willow Creek, TX 75165",
            "region": "US",
        },
    ),
    (
        "b13-us-county-treasurer",
        """\
Hollis County
Office of the Treasurer

Linda Pruitt
Chief Deputy Treasurer

200 E. Washington St., Room 1001
Indianapolis, IN 46204

Phone: (317) 327-4444
Fax: (317) 327-4450
linda.pruitt@holliscounty.gov
""",
        {
            "name": "Linda Pruitt",
            "given_name": "Linda",
            "family_name": "Pruitt",
            "title": "Chief Deputy Treasurer",
            "company": "Hollis County",
            "emails": ["linda.pruitt@holliscounty.gov"],
            "phones": [{"number": "+13173274444", "kind": "work"}, {"number": "+13173274450", "kind": "fax"}],
            "websites": [],
            "address": "200 E. Washington St., Room 1001, Indianapolis, IN 46204",
            "region": "US",
        },
    ),
    (
        "b13-us-startup-io",
        """\
nimbusloop

Priyanka Desai
Co-Founder & CTO

priyanka@nimbusloop.io
+1 (415) 906-3347
nimbusloop.io
""",
        {
            "name": "Priyanka Desai",
            "given_name": "Priyanka",
            "family_name": "Desai",
            "title": "Co-Founder & CTO",
            "company": "nimbusloop",
            "emails": ["priyanka@nimbusloop.io"],
            "phones": [{"number": "+14159063347", "kind": "work"}],
            "websites": ["https://nimbusloop.io"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b13-us-manufacturing-rockford",
        """\
PRECISION FORMING TECHNOLOGIES, INC.

Gary Lindqvist
Regional Sales Manager

4550 Industrial Parkway
Rockford, IL 61109

Tel 815.874.2260 x204
Cell 815.519.0386
Fax 815.874.2299
glindqvist@precisionforming.com
www.precisionforming.com
""",
        {
            "name": "Gary Lindqvist",
            "given_name": "Gary",
            "family_name": "Lindqvist",
            "title": "Regional Sales Manager",
            "company": "PRECISION FORMING TECHNOLOGIES, INC.",
            "emails": ["glindqvist@precisionforming.com"],
            "phones": [
                {"number": "+18158742260", "kind": "work"},
                {"number": "+18155190386", "kind": "mobile"},
                {"number": "+18158742299", "kind": "fax"},
            ],
            "websites": ["https://www.precisionforming.com"],
            "address": "4550 Industrial Parkway, Rockford, IL 61109",
            "region": "US",
        },
    ),
    (
        "b13-us-freight-memphis",
        """\
TRI-STATE FREIGHT SOLUTIONS
USDOT 2871450 | MC 947118

Marcus Bell
Logistics Coordinator

Dispatch: (901) 345-7720
Direct: (901) 345-7733
Toll Free: (800) 446-2917
marcus.bell@tristatefreight.com

3380 Tchulahoma Road
Memphis, TN 38118
""",
        {
            "name": "Marcus Bell",
            "given_name": "Marcus",
            "family_name": "Bell",
            "title": "Logistics Coordinator",
            "company": "TRI-STATE FREIGHT SOLUTIONS",
            "emails": ["marcus.bell@tristatefreight.com"],
            "phones": [
                {"number": "+19013457720", "kind": "work"},
                {"number": "+19013457733", "kind": "work"},
                {"number": "+18004462917", "kind": "work"},
            ],
            "websites": [],
            "address": "3380 Tchulahoma Road, Memphis, TN 38118",
            "region": "US",
        },
    ),
    (
        "b13-us-law-llp-houston",
        """\
Whitcombe Ferris LLP

Jonathan R. Ferris, Esq.
Of Counsel

1001 Fannin Street, 24th Floor
Houston, Texas 77002

D 713.652.8841
O 713.652.8800
jferris@whitcombeferris.com
""",
        {
            "name": "Jonathan R. Ferris",
            "given_name": "Jonathan",
            "family_name": "Ferris",
            "title": "Of Counsel",
            "company": "Whitcombe Ferris LLP",
            "emails": ["jferris@whitcombeferris.com"],
            "phones": [
                {"number": "+17136528841", "kind": "work"},
                {"number": "+17136528800", "kind": "work"},
            ],
            "websites": [],
            "address": "1001 Fannin Street, 24th Floor, Houston, Texas 77002",
            "region": "US",
        },
    ),
    (
        "b13-us-physical-therapy-icons",
        """\
PEAK PERFORMANCE
PHYSICAL THERAPY

Kristen Albrecht, PT, DPT
Clinic Director

& 303.722.4180
@ kalbrecht@peakperformancept.com
© peakperformancept.com

1550 S. Colorado Blvd, Suite 110
Denver, CO 80222
""",
        {
            "name": "Kristen Albrecht",
            "given_name": "Kristen",
            "family_name": "Albrecht",
            "title": "Clinic Director",
            "company": "PEAK PERFORMANCE PHYSICAL THERAPY",
            "emails": ["kalbrecht@peakperformancept.com"],
            "phones": [{"number": "+13037224180", "kind": "work"}],
            "websites": ["https://peakperformancept.com"],
            "address": "1550 S. Colorado Blvd, Suite 110, Denver, CO 80222",
            "region": "US",
        },
    ),
    (
        "b13-us-broker-scottsdale-slips",
        """\
Summit Pines Realty

Michelle Tran
Broker Associate

Ce|| 480-216-7733
Office 480-951-2200
michelle.tran©summitpines.com
summitpines.com
Lic. #BR648213000

7135 E. Camelback Rd., Ste 360
Scottsdale, AZ 85251
""",
        {
            "name": "Michelle Tran",
            "given_name": "Michelle",
            "family_name": "Tran",
            "title": "Broker Associate",
            "company": "Summit Pines Realty",
            "emails": ["michelle.tran@summitpines.com"],
            "phones": [
                {"number": "+14802167733", "kind": "mobile"},
                {"number": "+14809512200", "kind": "work"},
            ],
            "websites": ["https://summitpines.com"],
            "address": "7135 E. Camelback Rd., Ste 360, Scottsdale, AZ 85251",
            "region": "US",
        },
    ),
    (
        "b13-us-risk-advisors-detroit",
        """\
Amanda Whitley, Account Executive
GREAT LAKES RISK ADVISORS
Commercial Lines

1 Woodward Ave, Suite 1900
Detroit, MI 48226

Office (313) 962-4400 x118
Mobile (248) 701-3396
awhitley@greatlakesrisk.com
www.greatlakesrisk.com
""",
        {
            "name": "Amanda Whitley",
            "given_name": "Amanda",
            "family_name": "Whitley",
            "title": "Account Executive",
            "company": "GREAT LAKES RISK ADVISORS",
            "emails": ["awhitley@greatlakesrisk.com"],
            "phones": [
                {"number": "+13139624400", "kind": "work"},
                {"number": "+12487013396", "kind": "mobile"},
            ],
            "websites": ["https://www.greatlakesrisk.com"],
            "address": "1 Woodward Ave, Suite 1900, Detroit, MI 48226",
            "region": "US",
        },
    ),
    (
        "b13-us-electrician-phoenix",
        """\
SPARKS BROTHERS ELECTRIC LLC
Residential • Commercial • Service

Luis Ortega
Master Electrician

Office 602-268-1150
Cell 602-430-9187
luis@sparksbroselectric.com
ROC #312447
""",
        {
            "name": "Luis Ortega",
            "given_name": "Luis",
            "family_name": "Ortega",
            "title": "Master Electrician",
            "company": "SPARKS BROTHERS ELECTRIC LLC",
            "emails": ["luis@sparksbroselectric.com"],
            "phones": [
                {"number": "+16022681150", "kind": "work"},
                {"number": "+16024309187", "kind": "mobile"},
            ],
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b13-us-hospital-nursing",
        """\
St. Agnes Regional Medical Center

Patricia Nolan, MSN, RN
Director of Nursing

3500 Fairmount Avenue
Baltimore, MD 21224

Tel 410.368.2750
pnolan@stagnesregional.org
www.stagnesregional.org
""",
        {
            "name": "Patricia Nolan",
            "given_name": "Patricia",
            "family_name": "Nolan",
            "title": "Director of Nursing",
            "company": "St. Agnes Regional Medical Center",
            "emails": ["pnolan@stagnesregional.org"],
            "phones": [{"number": "+14103682750", "kind": "work"}],
            "websites": ["https://www.stagnesregional.org"],
            "address": "3500 Fairmount Avenue, Baltimore, MD 21224",
            "region": "US",
        },
    ),
    (
        "b13-us-cpa-louisville",
        """\
Brennan & Yates, CPAs

Kevin Yates, CPA
Partner

T: 502.584.3310
F: 502.584.3318
kyates@brennanyates.com
www.brennanyates.com

401 W. Main Street, Suite 1200
Louisville, KY 40202
""",
        {
            "name": "Kevin Yates",
            "given_name": "Kevin",
            "family_name": "Yates",
            "title": "Partner",
            "company": "Brennan & Yates, CPAs",
            "emails": ["kyates@brennanyates.com"],
            "phones": [{"number": "+15025843310", "kind": "work"}, {"number": "+15025843318", "kind": "fax"}],
            "websites": ["https://www.brennanyates.com"],
            "address": "401 W. Main Street, Suite 1200, Louisville, KY 40202",
            "region": "US",
        },
    ),
    (
        "b13-us-architect-portland",
        """\
FIELD + FORM ARCHITECTS

Hannah Greer, AIA
Principal

812 SW Washington St, Suite 600
Portland, OR 97205

D 503.224.6172
M 503.806.4413
hannah@fieldformarch.com
fieldformarch.com
""",
        {
            "name": "Hannah Greer",
            "given_name": "Hannah",
            "family_name": "Greer",
            "title": "Principal",
            "company": "FIELD + FORM ARCHITECTS",
            "emails": ["hannah@fieldformarch.com"],
            "phones": [
                {"number": "+15032246172", "kind": "work"},
                {"number": "+15038064413", "kind": "mobile"},
            ],
            "websites": ["https://fieldformarch.com"],
            "address": "812 SW Washington St, Suite 600, Portland, OR 97205",
            "region": "US",
        },
    ),
    (
        "b13-us-hotel-savannah",
        """\
The Ashford Hotel

Claire Montgomery
Director of Sales & Marketing

21 W. Bay Street
Savannah, GA 31401

T 912.232.8400
D 912.443.1187
C 912.659.2040
cmontgomery@ashfordsavannah.com
ashfordsavannah.com
""",
        {
            "name": "Claire Montgomery",
            "given_name": "Claire",
            "family_name": "Montgomery",
            "title": "Director of Sales & Marketing",
            "company": "The Ashford Hotel",
            "emails": ["cmontgomery@ashfordsavannah.com"],
            "phones": [
                {"number": "+19122328400", "kind": "work"},
                {"number": "+19124431187", "kind": "work"},
                {"number": "+19126592040", "kind": "mobile"},
            ],
            "websites": ["https://ashfordsavannah.com"],
            "address": "21 W. Bay Street, Savannah, GA 31401",
            "region": "US",
        },
    ),
    (
        "b13-us-staffing-columbus-space-at",
        """\
Vanguard Talent Partners

Jordan Ellis
Senior Recruiter

Direct: 614-485-2291
Mobile: 614-906-7718
jellis @vanguardtalent.com
vanguardtalent.com

2 Miranova Place, Suite 500
Columbus, OH 43215
""",
        {
            "name": "Jordan Ellis",
            "given_name": "Jordan",
            "family_name": "Ellis",
            "title": "Senior Recruiter",
            "company": "Vanguard Talent Partners",
            "emails": ["jellis@vanguardtalent.com"],
            "phones": [
                {"number": "+16144852291", "kind": "work"},
                {"number": "+16149067718", "kind": "mobile"},
            ],
            "websites": ["https://vanguardtalent.com"],
            "address": "2 Miranova Place, Suite 500, Columbus, OH 43215",
            "region": "US",
        },
    ),
    (
        "b13-us-credit-union-nmls",
        """\
Heartland Community Credit Union

Brian Schaefer
Mortgage Loan Originator
NMLS ID 608214

Branch 515-284-7700
Cell 515-710-3352
Fax 515-284-7701
bschaefer@heartlandccu.org

2000 Grand Avenue
Des Moines, IA 50312
""",
        {
            "name": "Brian Schaefer",
            "given_name": "Brian",
            "family_name": "Schaefer",
            "title": "Mortgage Loan Originator",
            "company": "Heartland Community Credit Union",
            "emails": ["bschaefer@heartlandccu.org"],
            "phones": [
                {"number": "+15152847700", "kind": "work"},
                {"number": "+15157103352", "kind": "mobile"},
                {"number": "+15152847701", "kind": "fax"},
            ],
            "websites": [],
            "address": "2000 Grand Avenue, Des Moines, IA 50312",
            "region": "US",
        },
    ),
    (
        "b13-us-data-seattle",
        """\
Ironbark Data Systems

Kyle Nakamura
Solutions Architect

Main 206.340.8800
Direct 206.340.8817
kyle.nakamura@ironbarkdata.com
ironbarkdata.com

1201 Third Avenue, Suite 3100
Seattle, WA 98101
""",
        {
            "name": "Kyle Nakamura",
            "given_name": "Kyle",
            "family_name": "Nakamura",
            "title": "Solutions Architect",
            "company": "Ironbark Data Systems",
            "emails": ["kyle.nakamura@ironbarkdata.com"],
            "phones": [
                {"number": "+12063408800", "kind": "work"},
                {"number": "+12063408817", "kind": "work"},
            ],
            "websites": ["https://ironbarkdata.com"],
            "address": "1201 Third Avenue, Suite 3100, Seattle, WA 98101",
            "region": "US",
        },
    ),
    (
        "b13-us-pediatrics-logo-junk",
        """\
Vw
SUNRISE PEDIATRICS

Elizabeth A. Moreno, D.O.
Pediatrician

Appointments (505) 884-2615
Fax (505) 884-2619
www.sunrisepedsabq.com

8210 Menaul Blvd NE, Suite B
Albuquerque, NM 87110
""",
        {
            "name": "Elizabeth A. Moreno",
            "given_name": "Elizabeth",
            "family_name": "Moreno",
            "title": "Pediatrician",
            "company": "SUNRISE PEDIATRICS",
            "emails": [],
            "phones": [{"number": "+15058842615", "kind": "work"}, {"number": "+15058842619", "kind": "fax"}],
            "websites": ["https://www.sunrisepedsabq.com"],
            "address": "8210 Menaul Blvd NE, Suite B, Albuquerque, NM 87110",
            "region": "US",
        },
    ),
    (
        "b13-us-landscaper-gmail",
        """\
GREENLINE LANDSCAPE & IRRIGATION

Dale Hutchins
Owner / Operator

(770) 914-3382
greenlinelandscapega@gmail.com

Free Estimates
Serving Cobb & Cherokee Counties
""",
        {
            "name": "Dale Hutchins",
            "given_name": "Dale",
            "family_name": "Hutchins",
            "title": "Owner / Operator",
            "company": "GREENLINE LANDSCAPE & IRRIGATION",
            "emails": ["greenlinelandscapega@gmail.com"],
            "phones": [{"number": "+17709143382", "kind": "work"}],
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
]

JP: list[tuple[str, str, dict[str, Any]]] = [
    (
        "b13-jp-precision-tanaka",
        """\
HE Hh =
TAKUMI PRECISION CO., LTD.

Overseas Sales Department
Manager
Kenji TANAKA

=100-0005
Marunouchi Trust Tower 12F, 1-8-3 Marunouchi, Chiyoda-ku, Tokyo
TEL +81-3-3214-6620  FAX +81-3-3214-6629
Mobile 090-4821-7735
k.tanaka@takumi-precision.co.jp
www.takumi-precision.co.jp
""",
        {
            "name": "Kenji TANAKA",
            "given_name": "Kenji",
            "family_name": "TANAKA",
            "title": "Manager",
            "company": "TAKUMI PRECISION CO., LTD.",
            "emails": ["k.tanaka@takumi-precision.co.jp"],
            "phones": [
                {"number": "+81332146620", "kind": "work"},
                {"number": "+81332146629", "kind": "fax"},
                {"number": "+819048217735", "kind": "mobile"},
            ],
            "websites": ["https://www.takumi-precision.co.jp"],
            "address": "100-0005, Marunouchi Trust Tower 12F, 1-8-3 Marunouchi, Chiyoda-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b13-jp-trading-sato-kanji-address",
        """\
ARK FA
MINATO TRADING K.K.

General Manager
Corporate Planning Division
SATO Hiroshi

T105-0014 RRABEX Z 2-3-11
TEL 03-5421-8830
Mobile 080-3317-4492
h-sato@minato-trading.co.jp
""",
        {
            "name": "SATO Hiroshi",
            "given_name": "Hiroshi",
            "family_name": "SATO",
            "title": "General Manager",
            "company": "MINATO TRADING K.K.",
            "emails": ["h-sato@minato-trading.co.jp"],
            "phones": [
                {"number": "+81354218830", "kind": "work"},
                {"number": "+818033174492", "kind": "mobile"},
            ],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-electronics-engineer-yokohama",
        """\
HOSHINO ELECTRONICS CORPORATION

Yuki Nakamura
Engineer
R&D Center, Power Devices Group

3-1, Minatomirai 2-chome, Nishi-ku, Yokohama 220-8401, Japan
TEL: 045-224-3871
FAX: 045-224-3880
y-nakamura@hoshino-elec.co.jp
https://www.hoshino-elec.co.jp
""",
        {
            "name": "Yuki Nakamura",
            "given_name": "Yuki",
            "family_name": "Nakamura",
            "title": "Engineer",
            "company": "HOSHINO ELECTRONICS CORPORATION",
            "emails": ["y-nakamura@hoshino-elec.co.jp"],
            "phones": [{"number": "+81452243871", "kind": "work"}, {"number": "+81452243880", "kind": "fax"}],
            "websites": ["https://www.hoshino-elec.co.jp"],
            "address": "3-1, Minatomirai 2-chome, Nishi-ku, Yokohama 220-8401, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-startup-ceo-shibuya",
        """\
Lumina Works Inc.

Daisuke Mori
Founder & CEO

mori@luminaworks.jp
+81-90-6612-3408
luminaworks.jp

Shibuya Stream 9F, 3-21-3 Shibuya, Shibuya-ku, Tokyo 150-0002
""",
        {
            "name": "Daisuke Mori",
            "given_name": "Daisuke",
            "family_name": "Mori",
            "title": "Founder & CEO",
            "company": "Lumina Works Inc.",
            "emails": ["mori@luminaworks.jp"],
            "phones": [{"number": "+819066123408", "kind": "mobile"}],
            "websites": ["https://luminaworks.jp"],
            "address": "Shibuya Stream 9F, 3-21-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
            "region": "JP",
        },
    ),
    (
        "b13-jp-bank-section-chief-osaka",
        """\
THE KANSAI SHINWA BANK, LTD.

International Business Department
Section Chief
ITO Masaru

4-1-2 Kitahama, Chuo-ku, Osaka 541-0041, Japan
Tel. 06-6203-4417
Fax. 06-6203-4425
masaru.ito@kansaishinwa-bank.co.jp
""",
        {
            "name": "ITO Masaru",
            "given_name": "Masaru",
            "family_name": "ITO",
            "title": "Section Chief",
            "company": "THE KANSAI SHINWA BANK, LTD.",
            "emails": ["masaru.ito@kansaishinwa-bank.co.jp"],
            "phones": [{"number": "+81662034417", "kind": "work"}, {"number": "+81662034425", "kind": "fax"}],
            "websites": [],
            "address": "4-1-2 Kitahama, Chuo-ku, Osaka 541-0041, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-university-associate-professor",
        """\
PRA FH AF
Chubu Institute of Technology
Graduate School of Engineering

Dr. Akiko WATANABE
Associate Professor

Gokiso-cho, Showa-ku, Nagoya 466-8555, Japan
TEL/FAX: +81-52-789-3312
watanabe.akiko@cit-chubu.ac.jp
""",
        {
            "name": "Akiko WATANABE",
            "given_name": "Akiko",
            "family_name": "WATANABE",
            "title": "Associate Professor",
            "company": "Chubu Institute of Technology",
            "emails": ["watanabe.akiko@cit-chubu.ac.jp"],
            "phones": [{"number": "+81527893312", "kind": "work"}],
            "websites": [],
            "address": "Gokiso-cho, Showa-ku, Nagoya 466-8555, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-nordic-kk-marketing",
        """\
Nordvik Japan K.K.

Haruka OGAWA
Marketing Manager

Atago Green Hills MORI Tower 28F
2-5-1 Atago, Minato-ku, Tokyo 105-6228
T +81 (0)3 6447 2290
M +81 (0)80 4172 3385
haruka.ogawa@nordvik.com
www.nordvik.com/jp
""",
        {
            "name": "Haruka OGAWA",
            "given_name": "Haruka",
            "family_name": "OGAWA",
            "title": "Marketing Manager",
            "company": "Nordvik Japan K.K.",
            "emails": ["haruka.ogawa@nordvik.com"],
            "phones": [
                {"number": "+81364472290", "kind": "work"},
                {"number": "+818041723385", "kind": "mobile"},
            ],
            "websites": ["https://www.nordvik.com/jp"],
            "address": "Atago Green Hills MORI Tower 28F, 2-5-1 Atago, Minato-ku, Tokyo 105-6228",
            "region": "JP",
        },
    ),
    (
        "b13-jp-sales-yamamoto-junk",
        """\
FEA
ASAHI KOGYO CO., LTD.

YAMAMOTO Takeshi
Assistant Manager
Sales Section 2

TEL 03-3662-1845
FAX 03-3662-1849
Mobile 070-2215-8806
yamamoto@asahi-kogyo.co.jp
""",
        {
            "name": "YAMAMOTO Takeshi",
            "given_name": "Takeshi",
            "family_name": "YAMAMOTO",
            "title": "Assistant Manager",
            "company": "ASAHI KOGYO CO., LTD.",
            "emails": ["yamamoto@asahi-kogyo.co.jp"],
            "phones": [
                {"number": "+81336621845", "kind": "work"},
                {"number": "+81336621849", "kind": "fax"},
                {"number": "+817022158806", "kind": "mobile"},
            ],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-marine-logistics-fukuoka",
        """\
Kyushu Marine Logistics Co., Ltd.

Ryo Matsuda
Assistant Manager
Ocean Freight Division

2-8-17 Hakataekimae, Hakata-ku, Fukuoka 812-0011
TEL 092-281-5543
FAX 092-281-5544
r.matsuda@kyushu-marine.co.jp
www.kyushu-marine.co.jp
""",
        {
            "name": "Ryo Matsuda",
            "given_name": "Ryo",
            "family_name": "Matsuda",
            "title": "Assistant Manager",
            "company": "Kyushu Marine Logistics Co., Ltd.",
            "emails": ["r.matsuda@kyushu-marine.co.jp"],
            "phones": [{"number": "+81922815543", "kind": "work"}, {"number": "+81922815544", "kind": "fax"}],
            "websites": ["https://www.kyushu-marine.co.jp"],
            "address": "2-8-17 Hakataekimae, Hakata-ku, Fukuoka 812-0011",
            "region": "JP",
        },
    ),
    (
        "b13-jp-foods-sapporo-kanji-address",
        """\
Hokuyo Foods Co., Ltd.
Export Division

Chief
KIMURA Naoko

FO60-0042 LB HHH REA 4 TH
TEL: 011-221-4870
naoko.kimura@hokuyo-foods.co.jp
""",
        {
            "name": "KIMURA Naoko",
            "given_name": "Naoko",
            "family_name": "KIMURA",
            "title": "Chief",
            "company": "Hokuyo Foods Co., Ltd.",
            "emails": ["naoko.kimura@hokuyo-foods.co.jp"],
            "phones": [{"number": "+81112214870", "kind": "work"}],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-crafts-kyoto-postal-t",
        """\
Kyoto Kogei K.K.

Director
Shinji Fujii

T600-8216
Higashishiokoji-cho 721-1, Shimogyo-ku, Kyoto
TEL 075-351-2276 FAX 075-351-2278
fujii@kyoto-kogei.jp
""",
        {
            "name": "Shinji Fujii",
            "given_name": "Shinji",
            "family_name": "Fujii",
            "title": "Director",
            "company": "Kyoto Kogei K.K.",
            "emails": ["fujii@kyoto-kogei.jp"],
            "phones": [{"number": "+81753512276", "kind": "work"}, {"number": "+81753512278", "kind": "fax"}],
            "websites": [],
            "address": "600-8216, Higashishiokoji-cho 721-1, Shimogyo-ku, Kyoto",
            "region": "JP",
        },
    ),
    (
        "b13-jp-saas-customer-success",
        """\
CloudNest Inc.

Emi Takahashi
Customer Success Manager

Shibuya Scramble Square 31F
2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6131
TEL: 03-6801-5532
Mobile: 070-1283-6649
emi.takahashi@cloudnest.co.jp
www.cloudnest.co.jp
""",
        {
            "name": "Emi Takahashi",
            "given_name": "Emi",
            "family_name": "Takahashi",
            "title": "Customer Success Manager",
            "company": "CloudNest Inc.",
            "emails": ["emi.takahashi@cloudnest.co.jp"],
            "phones": [
                {"number": "+81368015532", "kind": "work"},
                {"number": "+817012836649", "kind": "mobile"},
            ],
            "websites": ["https://www.cloudnest.co.jp"],
            "address": "Shibuya Scramble Square 31F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6131",
            "region": "JP",
        },
    ),
    (
        "b13-jp-pharma-researcher-tsukuba",
        """\
Seiwa Pharmaceutical Co., Ltd.
Drug Discovery Research Laboratories

Hideo KOBAYASHI, Ph.D.
Senior Researcher

21 Miyukigaoka, Tsukuba, Ibaraki 305-0841, Japan
Tel: +81-29-864-3310
Fax: +81-29-864-3318
hideo.kobayashi@seiwa-pharma.co.jp
""",
        {
            "name": "Hideo KOBAYASHI",
            "given_name": "Hideo",
            "family_name": "KOBAYASHI",
            "title": "Senior Researcher",
            "company": "Seiwa Pharmaceutical Co., Ltd.",
            "emails": ["hideo.kobayashi@seiwa-pharma.co.jp"],
            "phones": [{"number": "+81298643310", "kind": "work"}, {"number": "+81298643318", "kind": "fax"}],
            "websites": [],
            "address": "21 Miyukigaoka, Tsukuba, Ibaraki 305-0841, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-auto-parts-hamamatsu",
        """\
AOBA AUTO PARTS CORPORATION

Quality Assurance Section
Section Chief
Tomoya SUZUKI

1-10-3 Sunayama-cho, Naka-ku, Hamamatsu, Shizuoka 430-0926
TEL 053-441-2208
Mobile 090-7745-1903
t-suzuki@aoba-autoparts.co.jp
""",
        {
            "name": "Tomoya SUZUKI",
            "given_name": "Tomoya",
            "family_name": "SUZUKI",
            "title": "Section Chief",
            "company": "AOBA AUTO PARTS CORPORATION",
            "emails": ["t-suzuki@aoba-autoparts.co.jp"],
            "phones": [
                {"number": "+81534412208", "kind": "work"},
                {"number": "+819077451903", "kind": "mobile"},
            ],
            "websites": [],
            "address": "1-10-3 Sunayama-cho, Naka-ku, Hamamatsu, Shizuoka 430-0926",
            "region": "JP",
        },
    ),
    (
        "b13-jp-law-office-attorney",
        """\
Sakura Sogo Law Office

Mayumi INOUE
Attorney at Law

Kasumigaseki Common Gate West 18F
3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-0013
TEL 03-3580-4412
FAX 03-3580-4419
inoue@sakura-sogo-law.jp
""",
        {
            "name": "Mayumi INOUE",
            "given_name": "Mayumi",
            "family_name": "INOUE",
            "title": "Attorney at Law",
            "company": "Sakura Sogo Law Office",
            "emails": ["inoue@sakura-sogo-law.jp"],
            "phones": [{"number": "+81335804412", "kind": "work"}, {"number": "+81335804419", "kind": "fax"}],
            "websites": [],
            "address": "Kasumigaseki Common Gate West 18F, 3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-0013",
            "region": "JP",
        },
    ),
    (
        "b13-jp-hotel-naha",
        """\
Hotel Minamikaze Okinawa

Kaori HIGA
Front Office Manager

3-2-5 Kumoji, Naha, Okinawa 900-0015
TEL 098-862-7711
FAX 098-862-7720
k.higa@minamikaze-hotel.jp
www.minamikaze-hotel.jp
""",
        {
            "name": "Kaori HIGA",
            "given_name": "Kaori",
            "family_name": "HIGA",
            "title": "Front Office Manager",
            "company": "Hotel Minamikaze Okinawa",
            "emails": ["k.higa@minamikaze-hotel.jp"],
            "phones": [{"number": "+81988627711", "kind": "work"}, {"number": "+81988627720", "kind": "fax"}],
            "websites": ["https://www.minamikaze-hotel.jp"],
            "address": "3-2-5 Kumoji, Naha, Okinawa 900-0015",
            "region": "JP",
        },
    ),
    (
        "b13-jp-design-studio-fujisawa",
        """\
Studio Umi

Naoki Hayashi
Art Director

2-11-4 Kugenuma-Kaigan, Fujisawa, Kanagawa 251-0037
TEL 0466-22-8154
hayashi@studio-umi.jp
studio-umi.jp
""",
        {
            "name": "Naoki Hayashi",
            "given_name": "Naoki",
            "family_name": "Hayashi",
            "title": "Art Director",
            "company": "Studio Umi",
            "emails": ["hayashi@studio-umi.jp"],
            "phones": [{"number": "+81466228154", "kind": "work"}],
            "websites": ["https://studio-umi.jp"],
            "address": "2-11-4 Kugenuma-Kaigan, Fujisawa, Kanagawa 251-0037",
            "region": "JP",
        },
    ),
    (
        "b13-jp-semiconductor-kumamoto",
        """\
AMA
KAIMEI SEMICONDUCTOR K.K.

Hiroki ABE
Process Engineer
Fab Engineering Group

1883-2 Haramizu, Kikuyo-machi, Kikuchi-gun, Kumamoto 869-1102
TEL 096-285-3320
hiroki.abe@kaimei-semi.co.jp
""",
        {
            "name": "Hiroki ABE",
            "given_name": "Hiroki",
            "family_name": "ABE",
            "title": "Process Engineer",
            "company": "KAIMEI SEMICONDUCTOR K.K.",
            "emails": ["hiroki.abe@kaimei-semi.co.jp"],
            "phones": [{"number": "+81962853320", "kind": "work"}],
            "websites": [],
            "address": "1883-2 Haramizu, Kikuyo-machi, Kikuchi-gun, Kumamoto 869-1102",
            "region": "JP",
        },
    ),
    (
        "b13-jp-consulting-gk",
        """\
Vertex Advisory Japan G.K.

Shota OKADA
Senior Consultant

Otemachi One Tower 20F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo 100-0004
Direct: +81 3 4578 1290
Mobile: +81 80 5521 3076
shota.okada@vertexadvisory.com
""",
        {
            "name": "Shota OKADA",
            "given_name": "Shota",
            "family_name": "OKADA",
            "title": "Senior Consultant",
            "company": "Vertex Advisory Japan G.K.",
            "emails": ["shota.okada@vertexadvisory.com"],
            "phones": [
                {"number": "+81345781290", "kind": "work"},
                {"number": "+818055213076", "kind": "mobile"},
            ],
            "websites": [],
            "address": "Otemachi One Tower 20F, 1-2-1 Otemachi, Chiyoda-ku, Tokyo 100-0004",
            "region": "JP",
        },
    ),
    (
        "b13-jp-hospital-cardiology-kanji",
        """\
AK BE
Hokuto University Hospital
Department of Cardiology

Ryoko MAEDA, M.D., Ph.D.
Lecturer

FEF AREER 1-1
TEL 022-717-7153
FAX 022-717-7156
maeda-r@med.hokuto-u.ac.jp
""",
        {
            "name": "Ryoko MAEDA",
            "given_name": "Ryoko",
            "family_name": "MAEDA",
            "title": "Lecturer",
            "company": "Hokuto University Hospital",
            "emails": ["maeda-r@med.hokuto-u.ac.jp"],
            "phones": [{"number": "+81227177153", "kind": "work"}, {"number": "+81227177156", "kind": "fax"}],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-denki-procurement-osaka",
        """\
MIYABI DENKI CO., LTD.

Procurement Division
General Manager
NAKAJIMA Kazuya

T540-0001 2-3-10 Shiromi, Chuo-ku, Osaka
TEL 06-6945-1120  FAX 06-6945-1133
Mobile 080-2461-9937
k-nakajima@miyabi-denki.co.jp
www.miyabi-denki.co.jp
""",
        {
            "name": "NAKAJIMA Kazuya",
            "given_name": "Kazuya",
            "family_name": "NAKAJIMA",
            "title": "General Manager",
            "company": "MIYABI DENKI CO., LTD.",
            "emails": ["k-nakajima@miyabi-denki.co.jp"],
            "phones": [
                {"number": "+81669451120", "kind": "work"},
                {"number": "+81669451133", "kind": "fax"},
                {"number": "+818024619937", "kind": "mobile"},
            ],
            "websites": ["https://www.miyabi-denki.co.jp"],
            "address": "540-0001 2-3-10 Shiromi, Chuo-ku, Osaka",
            "region": "JP",
        },
    ),
    (
        "b13-jp-life-insurance-no-address",
        """\
Heiwa Life Insurance Company, Limited

International Planning Department
Deputy General Manager
Sachiko Yoshida

TEL 03-5223-8761
sachiko_yoshida@heiwa-life.co.jp
""",
        {
            "name": "Sachiko Yoshida",
            "given_name": "Sachiko",
            "family_name": "Yoshida",
            "title": "Deputy General Manager",
            "company": "Heiwa Life Insurance Company, Limited",
            "emails": ["sachiko_yoshida@heiwa-life.co.jp"],
            "phones": [{"number": "+81352238761", "kind": "work"}],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-tool-works-president",
        """\
ECHIGO TOOL WORKS CO., LTD.

President & CEO
Makoto Ishii

2-14-7 Higashi-Honjoji, Sanjo, Niigata 955-0822, Japan
TEL +81-256-63-2281
FAX +81-256-63-2290
ishii@echigo-tool.co.jp
www.echigo-tool.co.jp
""",
        {
            "name": "Makoto Ishii",
            "given_name": "Makoto",
            "family_name": "Ishii",
            "title": "President & CEO",
            "company": "ECHIGO TOOL WORKS CO., LTD.",
            "emails": ["ishii@echigo-tool.co.jp"],
            "phones": [{"number": "+81256632281", "kind": "work"}, {"number": "+81256632290", "kind": "fax"}],
            "websites": ["https://www.echigo-tool.co.jp"],
            "address": "2-14-7 Higashi-Honjoji, Sanjo, Niigata 955-0822, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-freelance-interpreter",
        """\
Mika Sasaki
Japanese-English Interpreter / Translator

Mobile 090-3358-6610
mika.sasaki.interp@gmail.com
""",
        {
            "name": "Mika Sasaki",
            "given_name": "Mika",
            "family_name": "Sasaki",
            "title": "Japanese-English Interpreter / Translator",
            "company": None,
            "emails": ["mika.sasaki.interp@gmail.com"],
            "phones": [{"number": "+819033586610", "kind": "mobile"}],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-sake-brewery-no-person",
        """\
HE Hh
Kameyama Shuzo Co., Ltd.
Sake Brewery since 1871

9 Nishi-Tatemachi, Kameoka, Kyoto 621-0816
TEL 0771-24-3308
FAX 0771-24-3309
info@kameyama-shuzo.jp
www.kameyama-shuzo.jp
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Kameyama Shuzo Co., Ltd.",
            "emails": ["info@kameyama-shuzo.jp"],
            "phones": [{"number": "+81771243308", "kind": "work"}, {"number": "+81771243309", "kind": "fax"}],
            "websites": ["https://www.kameyama-shuzo.jp"],
            "address": "9 Nishi-Tatemachi, Kameoka, Kyoto 621-0816",
            "region": "JP",
        },
    ),
    (
        "b13-jp-english-school-foreign-staff",
        """\
Bright Path English School

Sarah Mitchell
Head Teacher

Tachikawa Center Bldg. 4F
2-6-1 Akebono-cho, Tachikawa, Tokyo 190-0012
Tel: 042-526-3371
sarah@brightpath-english.jp
brightpath-english.jp
""",
        {
            "name": "Sarah Mitchell",
            "given_name": "Sarah",
            "family_name": "Mitchell",
            "title": "Head Teacher",
            "company": "Bright Path English School",
            "emails": ["sarah@brightpath-english.jp"],
            "phones": [{"number": "+81425263371", "kind": "work"}],
            "websites": ["https://brightpath-english.jp"],
            "address": "Tachikawa Center Bldg. 4F, 2-6-1 Akebono-cho, Tachikawa, Tokyo 190-0012",
            "region": "JP",
        },
    ),
    (
        "b13-jp-trust-bank-copyright-at",
        """\
NISSHIN TRUST & BANKING CO., LTD.

Real Estate Finance Department
Senior Manager
Tatsuya HONDA

1-4-5 Marunouchi, Chiyoda-ku, Tokyo 100-8212
TEL 03-6256-3104
FAX 03-6256-3120
tatsuya_honda©nisshin-trust.co.jp
""",
        {
            "name": "Tatsuya HONDA",
            "given_name": "Tatsuya",
            "family_name": "HONDA",
            "title": "Senior Manager",
            "company": "NISSHIN TRUST & BANKING CO., LTD.",
            "emails": ["tatsuya_honda@nisshin-trust.co.jp"],
            "phones": [{"number": "+81362563104", "kind": "work"}, {"number": "+81362563120", "kind": "fax"}],
            "websites": [],
            "address": "1-4-5 Marunouchi, Chiyoda-ku, Tokyo 100-8212",
            "region": "JP",
        },
    ),
    (
        "b13-jp-materials-institute",
        """\
Institute for Advanced Materials Research

Dr. Kei Nishimura
Principal Researcher
Functional Ceramics Unit

1-2-1 Sengen, Tsukuba, Ibaraki 305-0047, Japan
TEL +81-29-851-4402
nishimura.kei@iamr.go.jp
www.iamr.go.jp
""",
        {
            "name": "Kei Nishimura",
            "given_name": "Kei",
            "family_name": "Nishimura",
            "title": "Principal Researcher",
            "company": "Institute for Advanced Materials Research",
            "emails": ["nishimura.kei@iamr.go.jp"],
            "phones": [{"number": "+81298514402", "kind": "work"}],
            "websites": ["https://www.iamr.go.jp"],
            "address": "1-2-1 Sengen, Tsukuba, Ibaraki 305-0047, Japan",
            "region": "JP",
        },
    ),
    (
        "b13-jp-marine-engineering-kobe-space-at",
        """\
FB TAR
SETO MARINE ENGINEERING CO., LTD.

Chief Engineer
MURAKAMI Jun

FE650-0024 MFA TH 5-1
TEL 078-391-6628
Mobile 090-9176-2045
j-murakami @seto-marine.co.jp
""",
        {
            "name": "MURAKAMI Jun",
            "given_name": "Jun",
            "family_name": "MURAKAMI",
            "title": "Chief Engineer",
            "company": "SETO MARINE ENGINEERING CO., LTD.",
            "emails": ["j-murakami@seto-marine.co.jp"],
            "phones": [
                {"number": "+81783916628", "kind": "work"},
                {"number": "+819091762045", "kind": "mobile"},
            ],
            "websites": [],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b13-jp-realty-representative-director",
        """\
Aoyama Realty K.K.

Representative Director & President
Kenta MATSUMOTO

5-2-1 Minami-Aoyama, Minato-ku, Tokyo 107-0062
TEL. 03-5766-2210
FAX. 03-5766-2211
matsumoto@aoyama-realty.co.jp
https://aoyama-realty.co.jp
""",
        {
            "name": "Kenta MATSUMOTO",
            "given_name": "Kenta",
            "family_name": "MATSUMOTO",
            "title": "Representative Director & President",
            "company": "Aoyama Realty K.K.",
            "emails": ["matsumoto@aoyama-realty.co.jp"],
            "phones": [{"number": "+81357662210", "kind": "work"}, {"number": "+81357662211", "kind": "fax"}],
            "websites": ["https://aoyama-realty.co.jp"],
            "address": "5-2-1 Minami-Aoyama, Minato-ku, Tokyo 107-0062",
            "region": "JP",
        },
    ),
]
