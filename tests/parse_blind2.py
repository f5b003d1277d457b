"""A second blind hold-out of card texts -> expected contact fields, for tests/test_parse_blind2.py.

Written without reading the parser or the earlier tables (only the data format of tests/parse_holdout.py was
copied). It imitates two real sources: OCR of scanned US business cards (insurance agents, dentists,
contractors, banks, car dealers, universities, nonprofits, IT consultants, hotels) and OCR of phone photos of
Japanese cards printed in English, with the lines of junk that Tesseract's English model makes of Japanese
script. Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps
E.164 to kind.

Conventions (the same as tests/parse_holdout.py):
- `name` as printed in reading order, without honorifics or post-nominals (DDS, CPA, CLU, ChFC, PE, Ph.D.);
  ALL-CAPS names are stored title-cased; for Japanese names the word in capitals is the family name
  (`YAMADA Taro` -> name "Yamada Taro", given "Taro", family "Yamada").
- phone kinds: Tel/Phone/Office/Main/Direct/Toll free/unlabelled landline -> work; Mobile/Cell -> mobile;
  Fax -> fax; an unlabelled JP 070/080/090 number -> mobile.
- taglines, slogans, "Licensed & Insured", department lines are neither title nor company; a title on the
  same line as a department is kept whole.
- licence, NMLS and DOT numbers are not phones.
- the address is compared loosely (same words, order and punctuation free).
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "b2-insurance-agent-office-cell-fax",
        """Harbor Point Insurance Agency
Auto - Home - Life - Business
Dennis R. Kowalski
Agent
412 Main Street, Suite 200
Milford, CT 06460
Office: (203) 555-0142
Cell: (203) 555-0178
Fax: (203) 555-0143
dkowalski@harborpointins.com
www.harborpointins.com""",
        {
            "name": "Dennis R. Kowalski",
            "given_name": "Dennis",
            "family_name": "Kowalski",
            "title": "Agent",
            "company": "Harbor Point Insurance Agency",
            "emails": ["dkowalski@harborpointins.com"],
            "phones": {"+12035550142": "work", "+12035550178": "mobile", "+12035550143": "fax"},
            "websites": ["https://www.harborpointins.com"],
            "address": "412 Main Street, Suite 200, Milford, CT 06460",
            "region": "US",
        },
    ),
    (
        "b2-insurance-clu-chfc",
        """MIDWEST MUTUAL
LIFE INSURANCE COMPANY
Gregory T. Hallman, CLU, ChFC
Financial Representative
PO Box 1187
Peoria, IL 61653
Tel 309-555-0121
ghallman@midwestmutual.com""",
        {
            "name": "Gregory T. Hallman",
            "given_name": "Gregory",
            "family_name": "Hallman",
            "title": "Financial Representative",
            "emails": ["ghallman@midwestmutual.com"],
            "phones": {"+13095550121": "work"},
            "address": "PO Box 1187, Peoria, IL 61653",
        },
    ),
    (
        "b2-dentist-dds",
        """Lakeside Family Dentistry
Gentle Care for the Whole Family
Dr. Angela Moretti, DDS
2250 Lakeshore Drive, Suite 104
Muskegon, MI 49441
Phone (231) 555-0163
Fax (231) 555-0164
www.lakesidesmiles.com""",
        {
            "name": "Angela Moretti",
            "given_name": "Angela",
            "family_name": "Moretti",
            "title": None,
            "company": "Lakeside Family Dentistry",
            "phones": {"+12315550163": "work", "+12315550164": "fax"},
            "websites": ["https://www.lakesidesmiles.com"],
            "address": "2250 Lakeshore Drive, Suite 104, Muskegon, MI 49441",
        },
    ),
    (
        "b2-contractor-owner-dash",
        """RIVERSIDE ROOFING & SIDING
Licensed & Insured
Mike Dawson - Owner
Free Estimates
Cell 508-555-0192
Office 508-555-0190
mike@riversideroofingma.com
CSL #104522""",
        {
            "name": "Mike Dawson",
            "given_name": "Mike",
            "family_name": "Dawson",
            "title": "Owner",
            "company": "Riverside Roofing & Siding",
            "emails": ["mike@riversideroofingma.com"],
            "phones": {"+15085550192": "mobile", "+15085550190": "work"},
        },
    ),
    (
        "b2-bank-nmls",
        """First Prairie Bank
Member FDIC
Karen L. Whitfield
Mortgage Loan Officer
NMLS# 482910
101 West Center Street
Salina, KS 67401
Direct: 785.555.0137
Cell: 785.555.0155
karen.whitfield@firstprairiebank.com""",
        {
            "name": "Karen L. Whitfield",
            "given_name": "Karen",
            "family_name": "Whitfield",
            "title": "Mortgage Loan Officer",
            "company": "First Prairie Bank",
            "emails": ["karen.whitfield@firstprairiebank.com"],
            "phones": {"+17855550137": "work", "+17855550155": "mobile"},
            "address": "101 West Center Street, Salina, KS 67401",
        },
    ),
    (
        "b2-car-dealer-sales-leasing",
        """Sunset Ford Lincoln
Sales & Leasing Consultant
Tony Ramirez
1800 Auto Mall Parkway
Fremont, CA 94538
Showroom: 510-555-0111
Direct: 510-555-0119
Cell: 510-555-0177
tramirez@sunsetfordlincoln.com""",
        {
            "name": "Tony Ramirez",
            "given_name": "Tony",
            "family_name": "Ramirez",
            "title": "Sales & Leasing Consultant",
            "company": "Sunset Ford Lincoln",
            "emails": ["tramirez@sunsetfordlincoln.com"],
            "phones": {"+15105550111": "work", "+15105550119": "work", "+15105550177": "mobile"},
            "address": "1800 Auto Mall Parkway, Fremont, CA 94538",
        },
    ),
    (
        "b2-university-professor-dept",
        """UNIVERSITY OF NORTHERN OHIO
Department of Mechanical Engineering
Samuel K. Oyelaran, Ph.D.
Associate Professor
230 Engineering Hall
Ada, OH 45810
Phone: 419-555-0102
s-oyelaran@uno.edu""",
        {
            "name": "Samuel K. Oyelaran",
            "given_name": "Samuel",
            "family_name": "Oyelaran",
            "title": "Associate Professor",
            "company": "University of Northern Ohio",
            "emails": ["s-oyelaran@uno.edu"],
            "phones": {"+14195550102": "work"},
        },
    ),
    (
        "b2-nonprofit-exec-director",
        """Habitat Neighbors of Greater Dayton
Building homes, communities and hope
Linda Carver
Executive Director
P.O. Box 4471
Dayton, OH 45401
(937) 555-0126
lcarver@habitatneighbors.org
habitatneighbors.org""",
        {
            "name": "Linda Carver",
            "given_name": "Linda",
            "family_name": "Carver",
            "title": "Executive Director",
            "company": "Habitat Neighbors of Greater Dayton",
            "emails": ["lcarver@habitatneighbors.org"],
            "phones": {"+19375550126": "work"},
            "websites": ["https://habitatneighbors.org"],
            "address": "P.O. Box 4471, Dayton, OH 45401",
        },
    ),
    (
        "b2-it-consultant",
        """BlueLatch Technologies, Inc.
IT Consulting | Managed Services | Cloud
Rajesh Venkataraman
Senior Consultant
rajesh.v@bluelatch.com
M: 469-555-0184
O: 972-555-0130
www.bluelatch.com""",
        {
            "name": "Rajesh Venkataraman",
            "given_name": "Rajesh",
            "family_name": "Venkataraman",
            "title": "Senior Consultant",
            "company": "BlueLatch Technologies, Inc.",
            "emails": ["rajesh.v@bluelatch.com"],
            "phones": {"+14695550184": "mobile", "+19725550130": "work"},
            "websites": ["https://www.bluelatch.com"],
        },
    ),
    (
        "b2-hotel-sales",
        """THE GRAND MERIDIAN HOTEL
Jessica Thornbury
Director of Sales & Marketing
600 Canal Street
New Orleans, LA 70130
T 504.555.0140
F 504.555.0141
jthornbury@grandmeridianhotel.com
grandmeridianhotel.com""",
        {
            "name": "Jessica Thornbury",
            "given_name": "Jessica",
            "family_name": "Thornbury",
            "title": "Director of Sales & Marketing",
            "company": "The Grand Meridian Hotel",
            "emails": ["jthornbury@grandmeridianhotel.com"],
            "phones": {"+15045550140": "work", "+15045550141": "fax"},
            "address": "600 Canal Street, New Orleans, LA 70130",
        },
    ),
    (
        "b2-toll-free-plumber",
        """ACE PLUMBING & HEATING
24 Hour Emergency Service
Bob Kessler
Master Plumber
1-800-555-0199
(614) 555-0133
Lic. #PL-22918
www.aceplumbingohio.com""",
        {
            "name": "Bob Kessler",
            "given_name": "Bob",
            "family_name": "Kessler",
            "title": "Master Plumber",
            "company": "Ace Plumbing & Heating",
            "phones": {"+18005550199": "work", "+16145550133": "work"},
            "websites": ["https://www.aceplumbingohio.com"],
        },
    ),
    (
        "b2-real-estate-realtor",
        """Coldwater Realty Group
Each office independently owned and operated
Patricia "Pat" Donnelly
REALTOR\u00ae
Cell: 864-555-0158
Office: 864-555-0100
pat@coldwaterrealty.com
15 Pelham Road, Greenville, SC 29615""",
        {
            "emails": ["pat@coldwaterrealty.com"],
            "company": "Coldwater Realty Group",
            "phones": {"+18645550158": "mobile", "+18645550100": "work"},
            "address": "15 Pelham Road, Greenville, SC 29615",
        },
    ),
    (
        "b2-law-office-attorney",
        """LAW OFFICES OF
MARCUS J. FELDMAN, P.C.
Marcus J. Feldman
Attorney at Law
One Liberty Plaza, 23rd Floor
New York, NY 10006
Tel. (212) 555-0147
Fax (212) 555-0148
mfeldman@feldmanlawpc.com""",
        {
            "name": "Marcus J. Feldman",
            "given_name": "Marcus",
            "family_name": "Feldman",
            "title": "Attorney at Law",
            "emails": ["mfeldman@feldmanlawpc.com"],
            "phones": {"+12125550147": "work", "+12125550148": "fax"},
            "address": "One Liberty Plaza, 23rd Floor, New York, NY 10006",
        },
    ),
    (
        "b2-cpa-firm",
        """Brennan, Tully & Associates, CPAs
Certified Public Accountants
Michelle A. Tully, CPA
Partner
8 Commerce Drive, Suite 300
Nashua, NH 03063
603-555-0129 ext. 14
mtully@btacpa.com""",
        {
            "name": "Michelle A. Tully",
            "given_name": "Michelle",
            "family_name": "Tully",
            "title": "Partner",
            "company": "Brennan, Tully & Associates, CPAs",
            "emails": ["mtully@btacpa.com"],
            "phones": {"+16035550129": "work"},
            "address": "8 Commerce Drive, Suite 300, Nashua, NH 03063",
        },
    ),
    (
        "b2-landscaping-family",
        """GREEN VALLEY LANDSCAPING
Lawn Care * Hardscapes * Snow Removal
Serving the Tri-County Area Since 1987
Joe & Maria Santangelo
(330) 555-0175
greenvalleylawn@gmail.com""",
        {
            "company": "Green Valley Landscaping",
            "emails": ["greenvalleylawn@gmail.com"],
            "phones": {"+13305550175": "work"},
            "title": None,
        },
    ),
    (
        "b2-pediatric-practice",
        """Brookside Pediatrics, P.A.
Helen Y. Park, M.D., F.A.A.P.
Board Certified Pediatrician
4410 Sunset Blvd., Suite 2B
Raleigh, NC 27612
Appointments (919) 555-0116
Fax (919) 555-0117
brooksidepeds.com""",
        {
            "name": "Helen Y. Park",
            "given_name": "Helen",
            "family_name": "Park",
            "title": "Board Certified Pediatrician",
            "company": "Brookside Pediatrics, P.A.",
            "phones": {"+19195550116": "work", "+19195550117": "fax"},
            "websites": ["https://brooksidepeds.com"],
            "address": "4410 Sunset Blvd., Suite 2B, Raleigh, NC 27612",
        },
    ),
    (
        "b2-credit-union-avp",
        """Keystone Federal Credit Union
Steven P. Marchetti
Assistant Vice President, Commercial Lending
2600 Market Street
Harrisburg, PA 17103
Phone 717-555-0132
Toll Free 1-888-555-0110
smarchetti@keystonefcu.org
Federally insured by NCUA""",
        {
            "name": "Steven P. Marchetti",
            "given_name": "Steven",
            "family_name": "Marchetti",
            "title": "Assistant Vice President, Commercial Lending",
            "company": "Keystone Federal Credit Union",
            "emails": ["smarchetti@keystonefcu.org"],
            "phones": {"+17175550132": "work", "+18885550110": "work"},
            "address": "2600 Market Street, Harrisburg, PA 17103",
        },
    ),
    (
        "b2-electrician-caps-name",
        """BRIGHTLINE ELECTRIC LLC
Residential * Commercial * Industrial
JAMES O'CONNOR
President
Licensed & Insured  |  Lic. #EC13004512
Phone: 407-555-0187
Fax: 407-555-0188
jim@brightlineelectric.net""",
        {
            "name": "James O'Connor",
            "given_name": "James",
            "family_name": "O'Connor",
            "title": "President",
            "company": "Brightline Electric LLC",
            "emails": ["jim@brightlineelectric.net"],
            "phones": {"+14075550187": "work", "+14075550188": "fax"},
        },
    ),
    (
        "b2-auto-repair",
        """Dave's Auto Repair
Complete Auto Care - Foreign & Domestic
Dave Hutchins, Owner
3317 Route 9
Poughkeepsie, NY 12601
845-555-0122
ASE Certified""",
        {
            "name": "Dave Hutchins",
            "given_name": "Dave",
            "family_name": "Hutchins",
            "title": "Owner",
            "company": "Dave's Auto Repair",
            "phones": {"+18455550122": "work"},
            "address": "3317 Route 9, Poughkeepsie, NY 12601",
        },
    ),
    (
        "b2-chiropractor",
        """Dr. Brian Kolb
Chiropractic Physician
KOLB CHIROPRACTIC CENTER
725 N. Washington Ave.
Green Bay, WI 54301
(920) 555-0150
www.kolbchiro.com""",
        {
            "name": "Brian Kolb",
            "given_name": "Brian",
            "family_name": "Kolb",
            "title": "Chiropractic Physician",
            "company": "Kolb Chiropractic Center",
            "phones": {"+19205550150": "work"},
            "websites": ["https://www.kolbchiro.com"],
            "address": "725 N. Washington Ave., Green Bay, WI 54301",
        },
    ),
    (
        "b2-community-college",
        """Tidewater Community College
Office of Admissions
Marcus Bell
Admissions Counselor
1700 College Crescent
Virginia Beach, VA 23453
757-555-0124
mbell@tcc.edu""",
        {
            "name": "Marcus Bell",
            "given_name": "Marcus",
            "family_name": "Bell",
            "title": "Admissions Counselor",
            "company": "Tidewater Community College",
            "emails": ["mbell@tcc.edu"],
            "phones": {"+17575550124": "work"},
            "address": "1700 College Crescent, Virginia Beach, VA 23453",
        },
    ),
    (
        "b2-printing-shop",
        """QuickPrint Solutions
Your Image Is Our Business!
Tom Becker
Account Representative
tom@quickprintsolutions.com
Office 419.555.0160  Fax 419.555.0161
1250 S. Reynolds Rd, Toledo, OH 43615""",
        {
            "name": "Tom Becker",
            "given_name": "Tom",
            "family_name": "Becker",
            "title": "Account Representative",
            "company": "QuickPrint Solutions",
            "emails": ["tom@quickprintsolutions.com"],
            "phones": {"+14195550160": "work", "+14195550161": "fax"},
            "address": "1250 S. Reynolds Rd, Toledo, OH 43615",
        },
    ),
    (
        "b2-financial-advisor-crd",
        """Summit Ridge Wealth Advisors
Securities offered through Cetera Advisors LLC, member FINRA/SIPC
Daniel W. Crowley, CFP\u00ae
Financial Advisor
19 Bridge Street
Lambertville, NJ 08530
Office: 609.555.0168
Mobile: 609.555.0169
dcrowley@summitridgewa.com""",
        {
            "name": "Daniel W. Crowley",
            "given_name": "Daniel",
            "family_name": "Crowley",
            "title": "Financial Advisor",
            "company": "Summit Ridge Wealth Advisors",
            "emails": ["dcrowley@summitridgewa.com"],
            "phones": {"+16095550168": "work", "+16095550169": "mobile"},
            "address": "19 Bridge Street, Lambertville, NJ 08530",
        },
    ),
    (
        "b2-hvac",
        """ALL SEASONS HEATING & COOLING, INC.
"We Keep You Comfortable"
Rick Stanfield
Service Manager
P.O. Box 288
Greer, SC 29652
Office 864-555-0108
Cell 864-555-0109
Fax 864-555-0107""",
        {
            "name": "Rick Stanfield",
            "given_name": "Rick",
            "family_name": "Stanfield",
            "title": "Service Manager",
            "company": "All Seasons Heating & Cooling, Inc.",
            "phones": {"+18645550108": "work", "+18645550109": "mobile", "+18645550107": "fax"},
            "address": "P.O. Box 288, Greer, SC 29652",
        },
    ),
    (
        "b2-church",
        """Grace Fellowship Church
Rev. Dr. Thomas E. Whitaker
Senior Pastor
1400 Old Hickory Blvd
Nashville, TN 37207
Church Office (615) 555-0138
pastortom@gracefellowshipnash.org""",
        {
            "name": "Thomas E. Whitaker",
            "given_name": "Thomas",
            "family_name": "Whitaker",
            "title": "Senior Pastor",
            "company": "Grace Fellowship Church",
            "emails": ["pastortom@gracefellowshipnash.org"],
            "phones": {"+16155550138": "work"},
            "address": "1400 Old Hickory Blvd, Nashville, TN 37207",
        },
    ),
    (
        "b2-staffing",
        """Pinnacle Staffing Partners
Angela Brooks-Whitman
Senior Recruiter
Direct 816.555.0144 | Mobile 816.555.0145
abrooks@pinnaclestaffing.com
4600 Madison Ave, Suite 200, Kansas City, MO 64112""",
        {
            "name": "Angela Brooks-Whitman",
            "given_name": "Angela",
            "family_name": "Brooks-Whitman",
            "title": "Senior Recruiter",
            "company": "Pinnacle Staffing Partners",
            "emails": ["abrooks@pinnaclestaffing.com"],
            "phones": {"+18165550144": "work", "+18165550145": "mobile"},
            "address": "4600 Madison Ave, Suite 200, Kansas City, MO 64112",
        },
    ),
    (
        "b2-vet-clinic",
        """Countryside Animal Hospital
Sarah Lindqvist, DVM
Veterinarian
N2150 County Road K
Appleton, WI 54915
(920) 555-0193""",
        {
            "name": "Sarah Lindqvist",
            "given_name": "Sarah",
            "family_name": "Lindqvist",
            "title": "Veterinarian",
            "company": "Countryside Animal Hospital",
            "phones": {"+19205550193": "work"},
        },
    ),
    (
        "b2-trucking-dot",
        """Lone Star Freight Lines
USDOT 2284719  MC 771203
Hector Villarreal
Dispatch Manager
Dispatch: (956) 555-0151
Cell: (956) 555-0152
dispatch@lonestarfreightlines.com""",
        {
            "name": "Hector Villarreal",
            "given_name": "Hector",
            "family_name": "Villarreal",
            "title": "Dispatch Manager",
            "company": "Lone Star Freight Lines",
            "emails": ["dispatch@lonestarfreightlines.com"],
            "phones": {"+19565550151": "work", "+19565550152": "mobile"},
        },
    ),
    (
        "b2-name-first-company-below",
        """Christine Nguyen
Marketing Coordinator
Evergreen Health Partners
christine.nguyen@evergreenhp.org
(503) 555-0119
9600 SW Barnes Road, Portland, OR 97225""",
        {
            "name": "Christine Nguyen",
            "given_name": "Christine",
            "family_name": "Nguyen",
            "title": "Marketing Coordinator",
            "company": "Evergreen Health Partners",
            "emails": ["christine.nguyen@evergreenhp.org"],
            "phones": {"+15035550119": "work"},
            "address": "9600 SW Barnes Road, Portland, OR 97225",
        },
    ),
    (
        "b2-optometrist",
        """Clear View Eye Care
Dr. Robert Yee, O.D.
Optometrist
88 Elm Street
Westfield, NJ 07090
Tel: 908-555-0171
Fax: 908-555-0172
clearvieweyecarenj.com""",
        {
            "name": "Robert Yee",
            "given_name": "Robert",
            "family_name": "Yee",
            "title": "Optometrist",
            "company": "Clear View Eye Care",
            "phones": {"+19085550171": "work", "+19085550172": "fax"},
            "websites": ["https://clearvieweyecarenj.com"],
            "address": "88 Elm Street, Westfield, NJ 07090",
        },
    ),
    (
        "b2-pest-control",
        """BUGBUSTERS PEST CONTROL
Termite & Pest Specialists
Licensed - Bonded - Insured
Carl Jennings
Technician
Call 1-877-555-0188
carl@bugbustersfl.com""",
        {
            "name": "Carl Jennings",
            "given_name": "Carl",
            "family_name": "Jennings",
            "title": "Technician",
            "company": "Bugbusters Pest Control",
            "emails": ["carl@bugbustersfl.com"],
            "phones": {"+18775550188": "work"},
        },
    ),
    (
        "b2-engineering-pe",
        """Hollister & Crane Engineering
Structural | Civil | Survey
Nathan A. Crane, P.E.
Principal
505 Union Avenue, Suite 12
Knoxville, TN 37902
865.555.0127 office
865.555.0128 cell
ncrane@hollistercrane.com""",
        {
            "name": "Nathan A. Crane",
            "given_name": "Nathan",
            "family_name": "Crane",
            "title": "Principal",
            "company": "Hollister & Crane Engineering",
            "emails": ["ncrane@hollistercrane.com"],
            "phones": {"+18655550127": "work", "+18655550128": "mobile"},
            "address": "505 Union Avenue, Suite 12, Knoxville, TN 37902",
        },
    ),
    (
        "b2-boutique-hotel-gm",
        """The Willowbrook Inn
Bed & Breakfast
Margaret Ellison
Innkeeper
17 Church Street
Woodstock, VT 05091
802-555-0135
innkeeper@willowbrookinnvt.com
www.willowbrookinnvt.com""",
        {
            "name": "Margaret Ellison",
            "given_name": "Margaret",
            "family_name": "Ellison",
            "title": "Innkeeper",
            "company": "The Willowbrook Inn",
            "emails": ["innkeeper@willowbrookinnvt.com"],
            "phones": {"+18025550135": "work"},
            "websites": ["https://www.willowbrookinnvt.com"],
            "address": "17 Church Street, Woodstock, VT 05091",
        },
    ),
    (
        "b2-school-district",
        """Maple Heights City School District
Denise R. Calloway, Ed.D.
Superintendent
5740 Lawn Avenue
Maple Heights, OH 44137
Phone 216-555-0190  Fax 216-555-0191
dcalloway@mapleschools.org""",
        {
            "name": "Denise R. Calloway",
            "given_name": "Denise",
            "family_name": "Calloway",
            "title": "Superintendent",
            "company": "Maple Heights City School District",
            "emails": ["dcalloway@mapleschools.org"],
            "phones": {"+12165550190": "work", "+12165550191": "fax"},
            "address": "5740 Lawn Avenue, Maple Heights, OH 44137",
        },
    ),
    (
        "b2-software-vp",
        """Quantrix Data Systems
Laura Feinberg
VP, Enterprise Sales
laura.feinberg@quantrixdata.com
+1 (617) 555-0176
quantrixdata.com""",
        {
            "name": "Laura Feinberg",
            "given_name": "Laura",
            "family_name": "Feinberg",
            "title": "VP, Enterprise Sales",
            "company": "Quantrix Data Systems",
            "emails": ["laura.feinberg@quantrixdata.com"],
            "phones": {"+16175550176": "work"},
            "websites": ["https://quantrixdata.com"],
        },
    ),
    (
        "b2-title-company",
        """Heritage Title & Escrow Co.
Brenda K. Oakes
Escrow Officer
2020 E. Camelback Road, Suite 110
Phoenix, AZ 85016
D 480-555-0114 | C 602-555-0139 | F 480-555-0115
boakes@heritagetitleaz.com""",
        {
            "name": "Brenda K. Oakes",
            "given_name": "Brenda",
            "family_name": "Oakes",
            "title": "Escrow Officer",
            "company": "Heritage Title & Escrow Co.",
            "emails": ["boakes@heritagetitleaz.com"],
            "phones": {"+14805550114": "work", "+16025550139": "mobile", "+14805550115": "fax"},
            "address": "2020 E. Camelback Road, Suite 110, Phoenix, AZ 85016",
        },
    ),
    (
        "b2-photographer-no-title",
        """Jenna Marie Photography
Weddings | Portraits | Events
Jenna Holbrook
(480) 555-0181
jenna@jennamariephoto.com
jennamariephoto.com""",
        {
            "name": "Jenna Holbrook",
            "given_name": "Jenna",
            "family_name": "Holbrook",
            "title": None,
            "company": "Jenna Marie Photography",
            "emails": ["jenna@jennamariephoto.com"],
            "phones": {"+14805550181": "work"},
            "websites": ["https://jennamariephoto.com"],
        },
    ),
    (
        "b2-general-contractor-gc",
        """Stonebridge Builders, Inc.
General Contractor
Custom Homes - Remodeling - Additions
Paul Vitale
President
CA Lic. #874410
Office (925) 555-0103
Cell (925) 555-0104
paul@stonebridgebuilders.com""",
        {
            "name": "Paul Vitale",
            "given_name": "Paul",
            "family_name": "Vitale",
            "title": "President",
            "company": "Stonebridge Builders, Inc.",
            "emails": ["paul@stonebridgebuilders.com"],
            "phones": {"+19255550103": "work", "+19255550104": "mobile"},
        },
    ),
    (
        "b2-bank-branch-manager",
        """HOMETOWN NATIONAL BANK
Equal Housing Lender  Member FDIC
Kevin J. Osterhout
Vice President / Branch Manager
300 Broad Street
Elmira, NY 14901
607-555-0149
kosterhout@hometownnb.com""",
        {
            "name": "Kevin J. Osterhout",
            "given_name": "Kevin",
            "family_name": "Osterhout",
            "title": "Vice President / Branch Manager",
            "company": "Hometown National Bank",
            "emails": ["kosterhout@hometownnb.com"],
            "phones": {"+16075550149": "work"},
            "address": "300 Broad Street, Elmira, NY 14901",
        },
    ),
    (
        "b2-used-car-dealer",
        """BEST DEAL AUTO SALES
We Finance Everyone!
Luis Ortega
Sales
Ph: (210) 555-0165
Cell: (210) 555-0166
8502 Culebra Rd, San Antonio, TX 78251""",
        {
            "name": "Luis Ortega",
            "given_name": "Luis",
            "family_name": "Ortega",
            "title": "Sales",
            "company": "Best Deal Auto Sales",
            "phones": {"+12105550165": "work", "+12105550166": "mobile"},
            "address": "8502 Culebra Rd, San Antonio, TX 78251",
        },
    ),
    (
        "b2-museum",
        """Carnegie Valley Museum of Art
Eleanor Whitsett
Curator of Education
1 Museum Drive
Johnstown, PA 15901
814.555.0113
ewhitsett@cvma.org""",
        {
            "name": "Eleanor Whitsett",
            "given_name": "Eleanor",
            "family_name": "Whitsett",
            "title": "Curator of Education",
            "company": "Carnegie Valley Museum of Art",
            "emails": ["ewhitsett@cvma.org"],
            "phones": {"+18145550113": "work"},
            "address": "1 Museum Drive, Johnstown, PA 15901",
        },
    ),
    (
        "b2-insurance-lutcf-caps",
        """SHELTER INSURANCE
ROGER D. PRUITT, LUTCF
AGENT
1207 S. Main
Joplin, MO 64801
Bus: 417-555-0172
Fax: 417-555-0173
rpruitt@shelterinsurance.com""",
        {
            "name": "Roger D. Pruitt",
            "given_name": "Roger",
            "family_name": "Pruitt",
            "title": "Agent",
            "company": "Shelter Insurance",
            "emails": ["rpruitt@shelterinsurance.com"],
            "phones": {"+14175550172": "work", "+14175550173": "fax"},
            "address": "1207 S. Main, Joplin, MO 64801",
        },
    ),
    (
        "b2-security-company",
        """Sentinel Alarm Systems
Protecting What Matters Most
Derek Fowler
Security Consultant
Office: 1-866-555-0106
Mobile: 317-555-0186
dfowler@sentinelalarm.com
www.sentinelalarm.com""",
        {
            "name": "Derek Fowler",
            "given_name": "Derek",
            "family_name": "Fowler",
            "title": "Security Consultant",
            "company": "Sentinel Alarm Systems",
            "emails": ["dfowler@sentinelalarm.com"],
            "phones": {"+18665550106": "work", "+13175550186": "mobile"},
            "websites": ["https://www.sentinelalarm.com"],
        },
    ),
    (
        "b2-hospital-rn",
        """St. Vincent Regional Medical Center
Cardiac Care Unit
Maria Delgado, RN, BSN
Nurse Manager
455 St. Michael's Drive
Santa Fe, NM 87505
505-555-0134
mdelgado@stvin.org""",
        {
            "name": "Maria Delgado",
            "given_name": "Maria",
            "family_name": "Delgado",
            "title": "Nurse Manager",
            "company": "St. Vincent Regional Medical Center",
            "emails": ["mdelgado@stvin.org"],
            "phones": {"+15055550134": "work"},
            "address": "455 St. Michael's Drive, Santa Fe, NM 87505",
        },
    ),
    (
        "b2-moving-company",
        """Two Brothers Moving & Storage
Local & Long Distance
Anthony Russo
Operations Manager
(412) 555-0197
anthony@twobrothersmoving.com""",
        {
            "name": "Anthony Russo",
            "given_name": "Anthony",
            "family_name": "Russo",
            "title": "Operations Manager",
            "company": "Two Brothers Moving & Storage",
            "emails": ["anthony@twobrothersmoving.com"],
            "phones": {"+14125550197": "work"},
        },
    ),
    (
        "b2-consulting-llc-middle-name",
        """Meridian Strategy Group LLC
J. Douglas Whitmore
Managing Director
1 Financial Center, 15th Floor
Boston, MA 02111
617.555.0153 main
617.555.0154 direct
dwhitmore@meridiansg.com""",
        {
            "name": "J. Douglas Whitmore",
            "given_name": "J.",
            "family_name": "Whitmore",
            "title": "Managing Director",
            "company": "Meridian Strategy Group LLC",
            "emails": ["dwhitmore@meridiansg.com"],
            "phones": {"+16175550153": "work", "+16175550154": "work"},
            "address": "1 Financial Center, 15th Floor, Boston, MA 02111",
        },
    ),
    (
        "b2-government-county",
        """County of Washtenaw
Office of the Treasurer
Catherine M. Reilly
Deputy Treasurer
200 N. Main Street, Suite 200
Ann Arbor, MI 48104
(734) 555-0118
reillyc@washtenaw.gov""",
        {
            "name": "Catherine M. Reilly",
            "given_name": "Catherine",
            "family_name": "Reilly",
            "title": "Deputy Treasurer",
            "company": "County of Washtenaw",
            "emails": ["reillyc@washtenaw.gov"],
            "phones": {"+17345550118": "work"},
            "address": "200 N. Main Street, Suite 200, Ann Arbor, MI 48104",
        },
    ),
    (
        "b2-restaurant",
        """Bella Notte Ristorante
Authentic Italian Cuisine
Vincenzo Carbone
Chef / Owner
742 Federal Hill Ave
Providence, RI 02903
401-555-0161
bellanotteri.com""",
        {
            "name": "Vincenzo Carbone",
            "given_name": "Vincenzo",
            "family_name": "Carbone",
            "title": "Chef / Owner",
            "company": "Bella Notte Ristorante",
            "phones": {"+14015550161": "work"},
            "websites": ["https://bellanotteri.com"],
            "address": "742 Federal Hill Ave, Providence, RI 02903",
        },
    ),
    (
        "b2-it-msp-email-first",
        """Crescent IT Solutions
Technology that works as hard as you do
Brandon Leigh | Network Engineer
brandon@crescentit.net
Help Desk: 1-855-555-0120
Cell: 404-555-0189""",
        {
            "name": "Brandon Leigh",
            "given_name": "Brandon",
            "family_name": "Leigh",
            "title": "Network Engineer",
            "company": "Crescent IT Solutions",
            "emails": ["brandon@crescentit.net"],
            "phones": {"+18555550120": "work", "+14045550189": "mobile"},
        },
    ),
    (
        "b2-funeral-home",
        """Whitmore-Hayes Funeral Home
Family Owned Since 1921
Gerald Hayes III
Funeral Director
220 East Third Street
Owensboro, KY 42303
270-555-0125""",
        {
            "name": "Gerald Hayes III",
            "given_name": "Gerald",
            "family_name": "Hayes",
            "title": "Funeral Director",
            "company": "Whitmore-Hayes Funeral Home",
            "phones": {"+12705550125": "work"},
            "address": "220 East Third Street, Owensboro, KY 42303",
        },
    ),
    (
        "b2-architect-aia",
        """Lindgren Architects
Erik Lindgren, AIA, LEED AP
Principal Architect
120 Third Street South, Suite 300
Minneapolis, MN 55401
t 612.555.0130
erik@lindgrenarchitects.com""",
        {
            "name": "Erik Lindgren",
            "given_name": "Erik",
            "family_name": "Lindgren",
            "title": "Principal Architect",
            "company": "Lindgren Architects",
            "emails": ["erik@lindgrenarchitects.com"],
            "phones": {"+16125550130": "work"},
            "address": "120 Third Street South, Suite 300, Minneapolis, MN 55401",
        },
    ),
    (
        "b2-union-local",
        """International Brotherhood of Electrical Workers
Local Union 98
Frank DiNapoli
Business Agent
1701 Spring Garden Street
Philadelphia, PA 19130
Office 215-555-0146
Cell 215-555-0147""",
        {
            "name": "Frank DiNapoli",
            "given_name": "Frank",
            "family_name": "DiNapoli",
            "title": "Business Agent",
            "company": "International Brotherhood of Electrical Workers",
            "phones": {"+12155550146": "work", "+12155550147": "mobile"},
            "address": "1701 Spring Garden Street, Philadelphia, PA 19130",
        },
    ),
    (
        "b2-travel-agency",
        """Horizons Travel
Cruises * Tours * Destination Weddings
Sandra Kim
Travel Consultant
sandra@horizonstravel.com
Tel 714-555-0198
Toll Free 800-555-0102
www.horizonstravel.com""",
        {
            "name": "Sandra Kim",
            "given_name": "Sandra",
            "family_name": "Kim",
            "title": "Travel Consultant",
            "company": "Horizons Travel",
            "emails": ["sandra@horizonstravel.com"],
            "phones": {"+17145550198": "work", "+18005550102": "work"},
            "websites": ["https://www.horizonstravel.com"],
        },
    ),
    (
        "b2-home-inspector",
        """Keystone Home Inspections
Jeff Albright
Certified Home Inspector
ASHI #251887
(570) 555-0179
jeff@keystonehomeinspect.com""",
        {
            "name": "Jeff Albright",
            "given_name": "Jeff",
            "family_name": "Albright",
            "title": "Certified Home Inspector",
            "company": "Keystone Home Inspections",
            "emails": ["jeff@keystonehomeinspect.com"],
            "phones": {"+15705550179": "work"},
        },
    ),
    (
        "b2-university-dean-two-depts",
        """Bradford State University
College of Business
Dr. Olivia Stanton
Dean
Whitman Hall 210
Bradford, PA 16701
Tel: (814) 555-0157
ostanton@bradfordstate.edu""",
        {
            "name": "Olivia Stanton",
            "given_name": "Olivia",
            "family_name": "Stanton",
            "title": "Dean",
            "company": "Bradford State University",
            "emails": ["ostanton@bradfordstate.edu"],
            "phones": {"+18145550157": "work"},
        },
    ),
    (
        "b2-car-dealer-service-advisor",
        """MOUNTAIN VIEW TOYOTA
Service Department
Kyle Brennan
Service Advisor
Service Direct 303-555-0183
kbrennan@mountainviewtoyota.com
9400 W. Colfax Ave, Lakewood, CO 80215""",
        {
            "name": "Kyle Brennan",
            "given_name": "Kyle",
            "family_name": "Brennan",
            "title": "Service Advisor",
            "company": "Mountain View Toyota",
            "emails": ["kbrennan@mountainviewtoyota.com"],
            "phones": {"+13035550183": "work"},
            "address": "9400 W. Colfax Ave, Lakewood, CO 80215",
        },
    ),
    (
        "b2-insurance-agency-name-below",
        """Alvarez Insurance Agency
Se Habla Espanol
Rosa Alvarez
Agency Owner
9101 Bissonnet St, Suite 150
Houston, TX 77074
Office 713-555-0112
rosa@alvarezinsurancetx.com""",
        {
            "name": "Rosa Alvarez",
            "given_name": "Rosa",
            "family_name": "Alvarez",
            "title": "Agency Owner",
            "company": "Alvarez Insurance Agency",
            "emails": ["rosa@alvarezinsurancetx.com"],
            "phones": {"+17135550112": "work"},
            "address": "9101 Bissonnet St, Suite 150, Houston, TX 77074",
        },
    ),
    (
        "b2-pharma-rep",
        """Novaline Pharmaceuticals
Brian Castellano
Senior Territory Manager
Cardiovascular Division
brian.castellano@novaline.com
Mobile 314-555-0195
Voicemail 1-800-555-0197 x4410""",
        {
            "name": "Brian Castellano",
            "given_name": "Brian",
            "family_name": "Castellano",
            "title": "Senior Territory Manager",
            "company": "Novaline Pharmaceuticals",
            "emails": ["brian.castellano@novaline.com"],
        },
    ),
    (
        "b2-accountant-ea",
        """Tax & Bookkeeping Services
Linda Marsh, EA
Enrolled Agent
P.O. Box 92
Hillsboro, OR 97123
503-555-0159
lindamarsh.ea@gmail.com""",
        {
            "name": "Linda Marsh",
            "given_name": "Linda",
            "family_name": "Marsh",
            "title": "Enrolled Agent",
            "emails": ["lindamarsh.ea@gmail.com"],
            "phones": {"+15035550159": "work"},
            "address": "P.O. Box 92, Hillsboro, OR 97123",
        },
    ),
]

JP: list[Case] = [
    (
        "b2-jp-coltd-overseas-sales",
        """ARAB RR
Nakamura Seiki Co., Ltd.
Overseas Sales Department
Senior Manager
Kenji SATO
1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan
TEL: +81-3-1234-5678  FAX: +81-3-1234-5679
Mobile: +81-90-1234-5678
k-sato@nakamura-seiki.co.jp
https://www.nakamura-seiki.co.jp""",
        {
            "name": "Kenji Sato",
            "given_name": "Kenji",
            "family_name": "Sato",
            "title": "Senior Manager",
            "company": "Nakamura Seiki Co., Ltd.",
            "emails": ["k-sato@nakamura-seiki.co.jp"],
            "phones": {"+81312345678": "work", "+81312345679": "fax", "+819012345678": "mobile"},
            "websites": ["https://www.nakamura-seiki.co.jp"],
            "address": "1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan",
        },
    ),
    (
        "b2-jp-family-first-caps",
        """wh ERR AB HE
Tokai Denki Corporation
Global Business Div.
Section Chief
YAMAMOTO Hiroshi
T460-0008
3-15-1 Sakae, Naka-ku, Nagoya 460-0008, Japan
TEL 052-261-4410
FAX 052-261-4411
hiroshi.yamamoto@tokai-denki.co.jp""",
        {
            "name": "Yamamoto Hiroshi",
            "given_name": "Hiroshi",
            "family_name": "Yamamoto",
            "title": "Section Chief",
            "company": "Tokai Denki Corporation",
            "emails": ["hiroshi.yamamoto@tokai-denki.co.jp"],
            "phones": {"+81522614410": "work", "+81522614411": "fax"},
            "address": "3-15-1 Sakae, Naka-ku, Nagoya 460-0008, Japan",
            "region": "JP",
        },
    ),
    (
        "b2-jp-inc-president-ceo",
        """2H BE
Sakura Software Inc.
President & CEO
Takeshi MORI
Shibuya Mark City West 12F
1-12-1 Dogenzaka, Shibuya-ku, Tokyo 150-0043
Tel: +81-3-5456-7890
t.mori@sakurasoft.jp
www.sakurasoft.jp""",
        {
            "name": "Takeshi Mori",
            "given_name": "Takeshi",
            "family_name": "Mori",
            "title": "President & CEO",
            "company": "Sakura Software Inc.",
            "emails": ["t.mori@sakurasoft.jp"],
            "phones": {"+81354567890": "work"},
            "websites": ["https://www.sakurasoft.jp"],
        },
    ),
    (
        "b2-jp-representative-director",
        """HARRAR
Kansai Kogyo Co., Ltd.
Representative Director
Ichiro TANAKA
2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan
TEL: 06-6345-1200
FAX: 06-6345-1201
tanaka@kansai-kogyo.co.jp""",
        {
            "name": "Ichiro Tanaka",
            "given_name": "Ichiro",
            "family_name": "Tanaka",
            "title": "Representative Director",
            "company": "Kansai Kogyo Co., Ltd.",
            "emails": ["tanaka@kansai-kogyo.co.jp"],
            "phones": {"+81663451200": "work", "+81663451201": "fax"},
            "address": "2-4-9 Umeda, Kita-ku, Osaka 530-0001, Japan",
            "region": "JP",
        },
    ),
    (
        "b2-jp-deputy-gm-mobile-local",
        """Hokuto Trading Co., Ltd.
Machinery Division
Deputy General Manager
Masato KOBAYASHI
KS AE HF
Tel: 03-3211-5501
Mobile: 090-8812-3345
kobayashi.m@hokuto-trading.co.jp
Hokuto Bldg. 5F, 2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan""",
        {
            "name": "Masato Kobayashi",
            "given_name": "Masato",
            "family_name": "Kobayashi",
            "title": "Deputy General Manager",
            "company": "Hokuto Trading Co., Ltd.",
            "emails": ["kobayashi.m@hokuto-trading.co.jp"],
            "phones": {"+81332115501": "work", "+819088123345": "mobile"},
            "address": "Hokuto Bldg. 5F, 2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
            "region": "JP",
        },
    ),
    (
        "b2-jp-manager-postal-mark",
        """\u3012105-0011
Minato Chemical Corporation
Business Development Department
Manager
Yuki NAKAMURA
4-1-1 Shibakoen, Minato-ku, Tokyo
TEL +81 3 5405 2211
yuki.nakamura@minatochem.co.jp""",
        {
            "name": "Yuki Nakamura",
            "given_name": "Yuki",
            "family_name": "Nakamura",
            "title": "Manager",
            "company": "Minato Chemical Corporation",
            "emails": ["yuki.nakamura@minatochem.co.jp"],
            "phones": {"+81354052211": "work"},
        },
    ),
    (
        "b2-jp-junk-heavy",
        """PRARE
Bie Ae
Fuji Precision Industries, Ltd.
International Sales Group
Assistant Manager
Aya WATANABE
AR PIS
TEL: +81-55-922-3101
FAX: +81-55-922-3102
aya_watanabe@fuji-precision.co.jp
www.fuji-precision.co.jp""",
        {
            "name": "Aya Watanabe",
            "given_name": "Aya",
            "family_name": "Watanabe",
            "title": "Assistant Manager",
            "company": "Fuji Precision Industries, Ltd.",
            "emails": ["aya_watanabe@fuji-precision.co.jp"],
            "phones": {"+81559223101": "work", "+81559223102": "fax"},
            "websites": ["https://www.fuji-precision.co.jp"],
        },
    ),
    (
        "b2-jp-university-professor",
        """Kyoto Institute of Science
Graduate School of Informatics
Professor
Satoshi INOUE, Ph.D.
Yoshida-honmachi, Sakyo-ku, Kyoto 606-8501, Japan
Phone: +81-75-753-1234
inoue@i.kis.ac.jp""",
        {
            "name": "Satoshi Inoue",
            "given_name": "Satoshi",
            "family_name": "Inoue",
            "title": "Professor",
            "company": "Kyoto Institute of Science",
            "emails": ["inoue@i.kis.ac.jp"],
            "phones": {"+81757531234": "work"},
        },
    ),
    (
        "b2-jp-name-then-title-line",
        """Daiwa Logistics Co., Ltd.
Hiroko SUZUKI
General Manager, Corporate Planning Dept.
T150-0002 2-21-1 Shibuya, Shibuya-ku, Tokyo
TEL 03-6418-3300  FAX 03-6418-3301
suzuki-h@daiwa-logi.co.jp""",
        {
            "name": "Hiroko Suzuki",
            "given_name": "Hiroko",
            "family_name": "Suzuki",
            "title": "General Manager, Corporate Planning Dept.",
            "company": "Daiwa Logistics Co., Ltd.",
            "emails": ["suzuki-h@daiwa-logi.co.jp"],
            "phones": {"+81364183300": "work", "+81364183301": "fax"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-kk-engineer",
        """Nippon Optical Networks K.K.
Solution Engineering Dept.
Senior Engineer
Ryo KATO
ERR SHAE
Mobile 080-4455-1290
ryo.kato@nipponoptical.com
Tel 045-222-1800
Yokohama Landmark Tower 30F, 2-2-1 Minatomirai, Nishi-ku, Yokohama 220-8130""",
        {
            "name": "Ryo Kato",
            "given_name": "Ryo",
            "family_name": "Kato",
            "title": "Senior Engineer",
            "company": "Nippon Optical Networks K.K.",
            "emails": ["ryo.kato@nipponoptical.com"],
            "phones": {"+818044551290": "mobile", "+81452221800": "work"},
        },
    ),
    (
        "b2-jp-corp-sales-rep",
        """Shinwa Electronics Corporation
Sales Representative
Overseas Business Department
Daisuke ITO
TEL: +81-6-6208-7711
E-mail: d-ito@shinwa-elec.co.jp
URL: http://www.shinwa-elec.co.jp""",
        {
            "name": "Daisuke Ito",
            "given_name": "Daisuke",
            "family_name": "Ito",
            "title": "Sales Representative",
            "company": "Shinwa Electronics Corporation",
            "emails": ["d-ito@shinwa-elec.co.jp"],
            "phones": {"+81662087711": "work"},
            "websites": ["https://www.shinwa-elec.co.jp"],
        },
    ),
    (
        "b2-jp-director-caps-family-first",
        """Asahi Foods Co., Ltd.
Director
International Division
MATSUMOTO Kenta
10-1 Roppongi 6-chome, Minato-ku, Tokyo 106-6108, Japan
Tel. +81-3-6406-5500
Mob. +81-80-3312-7766
k.matsumoto@asahifoods.co.jp""",
        {
            "name": "Matsumoto Kenta",
            "given_name": "Kenta",
            "family_name": "Matsumoto",
            "title": "Director",
            "company": "Asahi Foods Co., Ltd.",
            "emails": ["k.matsumoto@asahifoods.co.jp"],
            "phones": {"+81364065500": "work", "+818033127766": "mobile"},
        },
    ),
    (
        "b2-jp-general-manager-holdings",
        """Tsubasa Holdings, Inc.
Corporate Strategy Division
General Manager
Akira HAYASHI
Otemachi Bldg. 8F
1-6-1 Otemachi, Chiyoda-ku, Tokyo 100-0004
TEL: 03-5219-8800
akira.hayashi@tsubasa-hd.co.jp""",
        {
            "name": "Akira Hayashi",
            "given_name": "Akira",
            "family_name": "Hayashi",
            "title": "General Manager",
            "company": "Tsubasa Holdings, Inc.",
            "emails": ["akira.hayashi@tsubasa-hd.co.jp"],
            "phones": {"+81352198800": "work"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-chief-engineer-plant",
        """Chubu Steel Works Co., Ltd.
Production Engineering Section
Chief Engineer
Shota YOSHIDA
Toyota Plant: 1-1 Kamigo-cho, Toyota, Aichi 471-0811, Japan
Tel. 0565-28-1111 / Fax. 0565-28-1112
shota-yoshida@chubu-steel.co.jp""",
        {
            "name": "Shota Yoshida",
            "given_name": "Shota",
            "family_name": "Yoshida",
            "title": "Chief Engineer",
            "company": "Chubu Steel Works Co., Ltd.",
            "emails": ["shota-yoshida@chubu-steel.co.jp"],
            "phones": {"+81565281111": "work", "+81565281112": "fax"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-startup-cto",
        """Kumo Labs Inc.
CTO / Co-Founder
Naoki FUJITA
naoki@kumolabs.io
+81 90 5566 7788
WeWork Ginza 6F, 6-10-1 Ginza, Chuo-ku, Tokyo""",
        {
            "name": "Naoki Fujita",
            "given_name": "Naoki",
            "family_name": "Fujita",
            "title": "CTO / Co-Founder",
            "company": "Kumo Labs Inc.",
            "emails": ["naoki@kumolabs.io"],
            "phones": {"+819055667788": "mobile"},
        },
    ),
    (
        "b2-jp-bank-branch",
        """The Mizuho Coastal Bank, Ltd.
Yokohama Branch
Vice President
Emi SASAKI
Tel +81-45-311-2201 Fax +81-45-311-2209
emi.sasaki@mcbank.co.jp""",
        {
            "name": "Emi Sasaki",
            "given_name": "Emi",
            "family_name": "Sasaki",
            "title": "Vice President",
            "company": "The Mizuho Coastal Bank, Ltd.",
            "emails": ["emi.sasaki@mcbank.co.jp"],
            "phones": {"+81453112201": "work", "+81453112209": "fax"},
        },
    ),
    (
        "b2-jp-senior-manager-us-office",
        """Omron Hisaka Corporation
Sales Planning Department
Senior Manager
Takuya OKADA
fk ih RO
TEL: +81-75-344-7000
Mobile: +81-90-2218-4503
takuya.okada@omronhisaka.co.jp""",
        {
            "name": "Takuya Okada",
            "given_name": "Takuya",
            "family_name": "Okada",
            "title": "Senior Manager",
            "company": "Omron Hisaka Corporation",
            "emails": ["takuya.okada@omronhisaka.co.jp"],
            "phones": {"+81753447000": "work", "+819022184503": "mobile"},
        },
    ),
    (
        "b2-jp-section-manager-hyphen-email",
        """Seiwa Medical Systems Co., Ltd.
Quality Assurance Dept.
Section Manager
Mika ISHIKAWA
T812-0011 2-1-1 Hakata-ekimae, Hakata-ku, Fukuoka, Japan
TEL 092-481-6600
FAX 092-481-6601
m-ishikawa@seiwa-med.co.jp""",
        {
            "name": "Mika Ishikawa",
            "given_name": "Mika",
            "family_name": "Ishikawa",
            "title": "Section Manager",
            "company": "Seiwa Medical Systems Co., Ltd.",
            "emails": ["m-ishikawa@seiwa-med.co.jp"],
            "phones": {"+81924816600": "work", "+81924816601": "fax"},
            "address": "2-1-1 Hakata-ekimae, Hakata-ku, Fukuoka, Japan",
            "region": "JP",
        },
    ),
    (
        "b2-jp-executive-officer",
        """Hinode Construction Co., Ltd.
Executive Officer
General Manager, Overseas Projects Division
Kazuo NISHIMURA
8-21-1 Ginza, Chuo-ku, Tokyo 104-8370, Japan
Phone: +81-3-3572-4100
k-nishimura@hinode-const.co.jp""",
        {
            "name": "Kazuo Nishimura",
            "given_name": "Kazuo",
            "family_name": "Nishimura",
            "company": "Hinode Construction Co., Ltd.",
            "emails": ["k-nishimura@hinode-const.co.jp"],
            "phones": {"+81335724100": "work"},
        },
    ),
    (
        "b2-jp-name-above-company",
        """Keiko MIURA
Assistant Manager
Human Resources Department
Yamato Textile Co., Ltd.
3-3-5 Kitahama, Chuo-ku, Osaka 541-0041
TEL: 06-6231-8841
miura@yamato-textile.co.jp""",
        {
            "name": "Keiko Miura",
            "given_name": "Keiko",
            "family_name": "Miura",
            "title": "Assistant Manager",
            "company": "Yamato Textile Co., Ltd.",
            "emails": ["miura@yamato-textile.co.jp"],
            "phones": {"+81662318841": "work"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-researcher",
        """RIKEN-SAKAI Research Institute
Research Scientist
Haruto ABE, Ph.D.
2-1 Hirosawa, Wako, Saitama 351-0198, Japan
Tel: +81-48-462-1111 (ext. 3402)
haruto.abe@rsri.jp""",
        {
            "name": "Haruto Abe",
            "given_name": "Haruto",
            "family_name": "Abe",
            "title": "Research Scientist",
            "company": "RIKEN-SAKAI Research Institute",
            "emails": ["haruto.abe@rsri.jp"],
            "phones": {"+81484621111": "work"},
        },
    ),
    (
        "b2-jp-lawyer",
        """Nishida & Partners
Attorney at Law
Partner
Jun OGAWA
Kasumigaseki Common Gate 25F
3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo 100-0013
TEL: +81-3-6205-3000
FAX: +81-3-6205-3001
j.ogawa@nishida-law.jp""",
        {
            "name": "Jun Ogawa",
            "given_name": "Jun",
            "family_name": "Ogawa",
            "company": "Nishida & Partners",
            "emails": ["j.ogawa@nishida-law.jp"],
            "phones": {"+81362053000": "work", "+81362053001": "fax"},
        },
    ),
    (
        "b2-jp-mixed-junk-under-name",
        """Aoba Pharmaceutical Co., Ltd.
Regulatory Affairs Department
Manager
Tomoko HASEGAWA
RRR HHA
Shinjuku Park Tower 20F, 3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-1020
TEL: 03-5322-7000
t-hasegawa@aoba-pharma.co.jp""",
        {
            "name": "Tomoko Hasegawa",
            "given_name": "Tomoko",
            "family_name": "Hasegawa",
            "title": "Manager",
            "company": "Aoba Pharmaceutical Co., Ltd.",
            "emails": ["t-hasegawa@aoba-pharma.co.jp"],
            "phones": {"+81353227000": "work"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-trading-manager-mobile-only",
        """Marubeni Koeki Corporation
Energy Business Unit
Manager
Yusuke KIMURA
Mobile: 070-1122-3344
y-kimura@marubeni-koeki.co.jp""",
        {
            "name": "Yusuke Kimura",
            "given_name": "Yusuke",
            "family_name": "Kimura",
            "title": "Manager",
            "company": "Marubeni Koeki Corporation",
            "emails": ["y-kimura@marubeni-koeki.co.jp"],
            "phones": {"+817011223344": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-hotel",
        """Hotel Kinkaku Kyoto
Front Office Manager
Shinji YAMAGUCHI
605-0000 Kyoto, Higashiyama-ku, Sanjo-dori 1-1
Tel. 075-541-3131
Fax. 075-541-3132
reservations@hotelkinkaku.jp
www.hotelkinkaku.jp""",
        {
            "name": "Shinji Yamaguchi",
            "given_name": "Shinji",
            "family_name": "Yamaguchi",
            "title": "Front Office Manager",
            "company": "Hotel Kinkaku Kyoto",
            "emails": ["reservations@hotelkinkaku.jp"],
            "phones": {"+81755413131": "work", "+81755413132": "fax"},
            "websites": ["https://www.hotelkinkaku.jp"],
            "region": "JP",
        },
    ),
    (
        "b2-jp-us-subsidiary",
        """Takara Machinery America, Inc.
a subsidiary of Takara Machinery Co., Ltd.
Koji NAKAJIMA
Executive Vice President
2500 Westchester Ave, Suite 110
Purchase, NY 10577
Tel: (914) 555-0166
Cell: (914) 555-0167
k.nakajima@takara-america.com""",
        {
            "name": "Koji Nakajima",
            "given_name": "Koji",
            "family_name": "Nakajima",
            "title": "Executive Vice President",
            "company": "Takara Machinery America, Inc.",
            "emails": ["k.nakajima@takara-america.com"],
            "phones": {"+19145550166": "work", "+19145550167": "mobile"},
            "address": "2500 Westchester Ave, Suite 110, Purchase, NY 10577",
            "region": "US",
        },
    ),
    (
        "b2-jp-design-studio-lowercase-junk",
        """wt ia BB
Studio Koe Inc.
Art Director
Mai TAKAHASHI
mai@studiokoe.jp
090-3030-4141
2-9-11 Jingumae, Shibuya-ku, Tokyo 150-0001""",
        {
            "name": "Mai Takahashi",
            "given_name": "Mai",
            "family_name": "Takahashi",
            "title": "Art Director",
            "company": "Studio Koe Inc.",
            "emails": ["mai@studiokoe.jp"],
            "phones": {"+819030304141": "mobile"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-nonprofit",
        """Japan Foundation for Regional Exchange
Program Officer
Yui MORITA
Akasaka Intercity 4F, 1-11-44 Akasaka, Minato-ku, Tokyo 107-0052, Japan
Tel: +81-3-5562-4020
yui_morita@jfre.or.jp""",
        {
            "name": "Yui Morita",
            "given_name": "Yui",
            "family_name": "Morita",
            "title": "Program Officer",
            "company": "Japan Foundation for Regional Exchange",
            "emails": ["yui_morita@jfre.or.jp"],
            "phones": {"+81355624020": "work"},
        },
    ),
    (
        "b2-jp-it-consultant",
        """NTS Data Consulting Co., Ltd.
Digital Transformation Division
Senior Consultant
Kenta OTA
TEL: +81-3-4500-8120
Mobile: +81-80-9001-2234
kenta.ota@nts-dc.co.jp
www.nts-dc.co.jp""",
        {
            "name": "Kenta Ota",
            "given_name": "Kenta",
            "family_name": "Ota",
            "title": "Senior Consultant",
            "company": "NTS Data Consulting Co., Ltd.",
            "emails": ["kenta.ota@nts-dc.co.jp"],
            "phones": {"+81345008120": "work", "+818090012234": "mobile"},
            "websites": ["https://www.nts-dc.co.jp"],
        },
    ),
    (
        "b2-jp-chairman",
        """Daiichi Kasei Corporation
Chairman & Representative Director
Shigeru KONDO
1-1 Nakanoshima 3-chome, Kita-ku, Osaka 530-8323, Japan
Tel: +81-6-6441-0011""",
        {
            "name": "Shigeru Kondo",
            "given_name": "Shigeru",
            "family_name": "Kondo",
            "title": "Chairman & Representative Director",
            "company": "Daiichi Kasei Corporation",
            "phones": {"+81664410011": "work"},
        },
    ),
    (
        "b2-jp-manager-name-with-junk-prefix",
        """Tohoku Electric Instruments Co., Ltd.
Tokyo Sales Office
Manager
Takashi SAITO
KAR
TEL. 03-3456-7001
FAX. 03-3456-7002
saito-t@tohoku-ei.co.jp""",
        {
            "name": "Takashi Saito",
            "given_name": "Takashi",
            "family_name": "Saito",
            "title": "Manager",
            "company": "Tohoku Electric Instruments Co., Ltd.",
            "emails": ["saito-t@tohoku-ei.co.jp"],
            "phones": {"+81334567001": "work", "+81334567002": "fax"},
            "region": "JP",
        },
    ),
    (
        "b2-jp-inc-name-order-given-first-caps-all",
        """GREEN ARROW JAPAN INC.
Marketing Manager
HARUKA OGURA
haruka.ogura@greenarrow.jp
+81-3-6712-9900""",
        {
            "name": "Haruka Ogura",
            "given_name": "Haruka",
            "family_name": "Ogura",
            "title": "Marketing Manager",
            "company": "Green Arrow Japan Inc.",
            "emails": ["haruka.ogura@greenarrow.jp"],
            "phones": {"+81367129900": "work"},
        },
    ),
    (
        "b2-jp-tel-no-label-fax-label",
        """Kobe Marine Service Co., Ltd.
Operations Department
Assistant General Manager
Hideki MATSUDA
5-1-14 Hamabe-dori, Chuo-ku, Kobe 651-0083, Japan
078-232-1500  FAX 078-232-1501
matsuda@kobemarine.co.jp""",
        {
            "name": "Hideki Matsuda",
            "given_name": "Hideki",
            "family_name": "Matsuda",
            "title": "Assistant General Manager",
            "company": "Kobe Marine Service Co., Ltd.",
            "emails": ["matsuda@kobemarine.co.jp"],
            "phones": {"+81782321500": "work", "+81782321501": "fax"},
            "region": "JP",
        },
    ),
]

SLIPS: list[Case] = [
    (
        "b2-slip-tel-one-ell",
        """Cedar Point Realty
Jim Whalen
Broker / Owner
Te1: (419) 555-0131
Ce11: (419) 555-0132
jim@cedarpointrealty.com""",
        {
            "name": "Jim Whalen",
            "given_name": "Jim",
            "family_name": "Whalen",
            "title": "Broker / Owner",
            "company": "Cedar Point Realty",
            "emails": ["jim@cedarpointrealty.com"],
            "phones": {"+14195550131": "work", "+14195550132": "mobile"},
        },
    ),
    (
        "b2-slip-pipe-border",
        """| NORTHSTAR INSURANCE GROUP |
| Anne Fitzgerald
| Commercial Lines Account Manager
| 952.555.0163
| afitzgerald@northstarins.com""",
        {
            "name": "Anne Fitzgerald",
            "given_name": "Anne",
            "family_name": "Fitzgerald",
            "title": "Commercial Lines Account Manager",
            "company": "Northstar Insurance Group",
            "emails": ["afitzgerald@northstarins.com"],
            "phones": {"+19525550163": "work"},
        },
    ),
    (
        "b2-slip-email-space-at",
        """Pacific Dental Group
Dr. Alan Cho, DMD
Periodontist
(408) 555-0127
alan.cho @pacificdentalgroup.com""",
        {
            "name": "Alan Cho",
            "title": "Periodontist",
            "company": "Pacific Dental Group",
            "emails": ["alan.cho@pacificdentalgroup.com"],
            "phones": {"+14085550127": "work"},
        },
    ),
    (
        "b2-slip-stray-symbols",
        """~ Riverbend Credit Union ~
© Megan Ashford
Member Service Representative
Phone: 320-555-0145 ,
mashford@riverbendcu.org .""",
        {
            "name": "Megan Ashford",
            "given_name": "Megan",
            "family_name": "Ashford",
            "title": "Member Service Representative",
            "company": "Riverbend Credit Union",
            "emails": ["mashford@riverbendcu.org"],
            "phones": {"+13205550145": "work"},
        },
    ),
    (
        "b2-slip-jp-postal-T-and-O-zero",
        """Hikari Denshi Co., Ltd.
Sales Department
Manager
Sho KIMURA
T100-0005 1-2-3 Marunouchi, Chiyoda-ku, Tokyo
TEL O3-3214-5566
FAX 03-3214-5567
sho.kimura@hikari-denshi.co.jp""",
        {
            "name": "Sho Kimura",
            "given_name": "Sho",
            "family_name": "Kimura",
            "title": "Manager",
            "company": "Hikari Denshi Co., Ltd.",
            "emails": ["sho.kimura@hikari-denshi.co.jp"],
            "phones": {"+81332145566": "work", "+81332145567": "fax"},
            "region": "JP",
        },
    ),
    (
        "b2-slip-jp-mobile-label-slip",
        """ARB ERE
Nagano Seimitsu Corporation
Engineering Dept.
Senior Manager
Kohei ARAI
Mobi1e: 090-7788-1122
TEL: 0263-48-2200
k.arai@nagano-seimitsu.co.jp""",
        {
            "name": "Kohei Arai",
            "given_name": "Kohei",
            "family_name": "Arai",
            "title": "Senior Manager",
            "company": "Nagano Seimitsu Corporation",
            "emails": ["k.arai@nagano-seimitsu.co.jp"],
            "phones": {"+819077881122": "mobile", "+81263482200": "work"},
            "region": "JP",
        },
    ),
    (
        "b2-slip-jp-junk-same-line-as-name",
        """Tokyo Kiko Co., Ltd.
Overseas Sales Section
Section Chief
ty Hiroki YAMADA
TEL: +81-3-3862-1100
h-yamada@tokyokiko.co.jp""",
        {
            "name": "Hiroki Yamada",
            "given_name": "Hiroki",
            "family_name": "Yamada",
            "title": "Section Chief",
            "company": "Tokyo Kiko Co., Ltd.",
            "emails": ["h-yamada@tokyokiko.co.jp"],
            "phones": {"+81338621100": "work"},
        },
    ),
    (
        "b2-slip-broken-www",
        """Summit Peak IT Services
Greg Olsen
IT Consultant
Cell 720-555-0136
greg@summitpeakit.com
www .summitpeakit.com""",
        {
            "name": "Greg Olsen",
            "given_name": "Greg",
            "family_name": "Olsen",
            "title": "IT Consultant",
            "company": "Summit Peak IT Services",
            "emails": ["greg@summitpeakit.com"],
            "phones": {"+17205550136": "mobile"},
        },
    ),
    (
        "b2-slip-lowercase-l-in-number",
        """Carolina Home Builders
Ron Tate
Superintendent
Office 704-555-0l24
Cell 704-555-0125
rtate@carolinahomebuilders.com""",
        {
            "name": "Ron Tate",
            "given_name": "Ron",
            "family_name": "Tate",
            "title": "Superintendent",
            "company": "Carolina Home Builders",
            "emails": ["rtate@carolinahomebuilders.com"],
            "phones": {"+17045550124": "work", "+17045550125": "mobile"},
        },
    ),
    (
        "b2-slip-emai1-label",
        """Bayside Insurance Services
Peter Lam
Agent
Emai1: plam@baysideins.com
Phone: 415-555-0188
Fax: 415-555-0189""",
        {
            "name": "Peter Lam",
            "given_name": "Peter",
            "family_name": "Lam",
            "title": "Agent",
            "company": "Bayside Insurance Services",
            "emails": ["plam@baysideins.com"],
            "phones": {"+14155550188": "work", "+14155550189": "fax"},
        },
    ),
    (
        "b2-slip-smeared-short-lines",
        """. '
Westgate Hotel & Suites
,
Carla Benson
General Manager
-
(602) 555-0173
cbenson@westgatehotelaz.com""",
        {
            "name": "Carla Benson",
            "given_name": "Carla",
            "family_name": "Benson",
            "title": "General Manager",
            "company": "Westgate Hotel & Suites",
            "emails": ["cbenson@westgatehotelaz.com"],
            "phones": {"+16025550173": "work"},
        },
    ),
    (
        "b2-slip-jp-email-label-fullwidth-colon",
        """Sanyo Kasei Co., Ltd.
Chemical Products Div.
Deputy Manager
Natsumi ENDO
TEL\uff1a+81-6-6110-2233
E-mail\uff1an-endo@sanyo-kasei.co.jp""",
        {
            "name": "Natsumi Endo",
            "given_name": "Natsumi",
            "family_name": "Endo",
            "title": "Deputy Manager",
            "company": "Sanyo Kasei Co., Ltd.",
            "emails": ["n-endo@sanyo-kasei.co.jp"],
            "phones": {"+81661102233": "work"},
        },
    ),
    (
        "b2-slip-name-merged-credentials-caps",
        """FIRST COASTAL MORTGAGE
MICHAEL T. BRANDT, CMPS
SENIOR LOAN OFFICER
NMLS #1183920
Cell 904.555.0194
mbrandt@firstcoastalmtg.com""",
        {
            "name": "Michael T. Brandt",
            "given_name": "Michael",
            "family_name": "Brandt",
            "title": "Senior Loan Officer",
            "company": "First Coastal Mortgage",
            "emails": ["mbrandt@firstcoastalmtg.com"],
            "phones": {"+19045550194": "mobile"},
        },
    ),
    (
        "b2-slip-jp-tel-no-space",
        """Hamamatsu Gakki Co., Ltd.
Product Planning Group
Manager
Ren SHIMIZU
TEL053-460-2211 FAX053-460-2212
r-shimizu@hamagakki.co.jp""",
        {
            "name": "Ren Shimizu",
            "given_name": "Ren",
            "family_name": "Shimizu",
            "title": "Manager",
            "company": "Hamamatsu Gakki Co., Ltd.",
            "emails": ["r-shimizu@hamagakki.co.jp"],
            "phones": {"+81534602211": "work", "+81534602212": "fax"},
            "region": "JP",
        },
    ),
    (
        "b2-slip-split-phone-label-line",
        """Oakridge Family Dental
Dr. Nicole Fairbanks, DDS
Office
(865) 555-0115
Fax
(865) 555-0116
www.oakridgefamilydental.com""",
        {
            "name": "Nicole Fairbanks",
            "company": "Oakridge Family Dental",
            "phones": {"+18655550115": "work", "+18655550116": "fax"},
            "websites": ["https://www.oakridgefamilydental.com"],
        },
    ),
    (
        "b2-slip-jp-zero-for-O-in-name",
        """Seto Ceramics Co., Ltd.
President
Yoshio KAT0
T489-0000 Seto, Aichi, Japan
Tel: 0561-82-1234
kato@setoceramics.co.jp""",
        {
            "name": "Yoshio Kato",
            "given_name": "Yoshio",
            "family_name": "Kato",
            "title": "President",
            "company": "Seto Ceramics Co., Ltd.",
            "emails": ["kato@setoceramics.co.jp"],
            "phones": {"+81561821234": "work"},
            "region": "JP",
        },
    ),
]

ALL: list[Case] = US + JP + SLIPS

# Written after the parser fixes, before running them: a check that the fixes generalise rather than fit the
# cards above. Scored separately in tests/test_parse_blind2.py.
AFTER: list[Case] = [
    (
        "b2a-glass-company-caps",
        """CLEARWATER GLASS & MIRROR
Residential - Commercial - Auto Glass
Steve Pruitt
Estimator
(727) 555-0148
steve@clearwaterglassfl.com""",
        {
            "name": "Steve Pruitt",
            "title": "Estimator",
            "company": "Clearwater Glass & Mirror",
            "emails": ["steve@clearwaterglassfl.com"],
            "phones": {"+17275550148": "work"},
        },
    ),
    (
        "b2a-dental-hygienist-office",
        """Smile Studio of Tampa
Kelly Navarro, RDH
Registered Dental Hygienist
3802 W. Kennedy Blvd
Tampa, FL 33609
Office (813) 555-0122""",
        {
            "name": "Kelly Navarro",
            "given_name": "Kelly",
            "family_name": "Navarro",
            "title": "Registered Dental Hygienist",
            "company": "Smile Studio of Tampa",
            "phones": {"+18135550122": "work"},
            "address": "3802 W. Kennedy Blvd, Tampa, FL 33609",
        },
    ),
    (
        "b2a-audiologist",
        """Hear Well Center
Dr. Priya Raman, Au.D.
Audiologist
215 Park Avenue, Suite 4
Worcester, MA 01609
508-555-0135""",
        {
            "name": "Priya Raman",
            "title": "Audiologist",
            "company": "Hear Well Center",
            "phones": {"+15085550135": "work"},
            "address": "215 Park Avenue, Suite 4, Worcester, MA 01609",
        },
    ),
    (
        "b2a-insurance-caps-credential-mixed",
        """Lighthouse Benefits Group
Howard Stein, RHU, REBC
Employee Benefits Consultant
Office 248-555-0117 | Fax 248-555-0118
hstein@lighthousebenefits.com""",
        {
            "name": "Howard Stein",
            "title": "Employee Benefits Consultant",
            "company": "Lighthouse Benefits Group",
            "emails": ["hstein@lighthousebenefits.com"],
            "phones": {"+12485550117": "work", "+12485550118": "fax"},
        },
    ),
    (
        "b2a-tire-shop-no-title",
        """TRI-STATE TIRE & BRAKE
Gus Petrakis
1-800-555-0142
(201) 555-0143
Open Mon-Sat 7am-6pm""",
        {
            "name": "Gus Petrakis",
            "company": "Tri-State Tire & Brake",
            "phones": {"+18005550142": "work", "+12015550143": "work"},
        },
    ),
    (
        "b2a-jp-top-junk-caps-vowels",
        """ERR SHAE
Hoshino Gakki Co., Ltd.
Export Department
Assistant Manager
Shun HOSHIDA
TEL: +81-52-931-0111
s-hoshida@hoshino.co.jp""",
        {
            "name": "Shun Hoshida",
            "title": "Assistant Manager",
            "company": "Hoshino Gakki Co., Ltd.",
            "emails": ["s-hoshida@hoshino.co.jp"],
            "phones": {"+81529310111": "work"},
        },
    ),
    (
        "b2a-jp-no-legal-suffix",
        """AEON BRIDGE
Global Partnerships
Manager
Rina KOBAYASHI
rina.kobayashi@aeonbridge.jp
Mobile 080-2211-9087""",
        {
            "name": "Rina Kobayashi",
            "title": "Manager",
            "company": "Aeon Bridge",
            "emails": ["rina.kobayashi@aeonbridge.jp"],
            "phones": {"+818022119087": "mobile"},
        },
    ),
    (
        "b2a-jp-caps-family-first-section-chief",
        """Kyushu Power Systems Corporation
Maintenance Section
Section Chief
OGATA Kenji
TEL 092-726-1500
FAX 092-726-1501
ogata@kyushu-ps.co.jp""",
        {
            "name": "Ogata Kenji",
            "given_name": "Kenji",
            "family_name": "Ogata",
            "title": "Section Chief",
            "company": "Kyushu Power Systems Corporation",
            "emails": ["ogata@kyushu-ps.co.jp"],
            "phones": {"+81927261500": "work", "+81927261501": "fax"},
        },
    ),
    (
        "b2a-university-lab",
        """Georgia Southern Polytechnic University
Center for Applied Robotics
Dr. Alicia Moreno
Research Director
amoreno@gspu.edu
(912) 555-0181""",
        {
            "name": "Alicia Moreno",
            "title": "Research Director",
            "company": "Georgia Southern Polytechnic University",
            "emails": ["amoreno@gspu.edu"],
            "phones": {"+19125550181": "work"},
        },
    ),
    (
        "b2a-cleaning-company-slogan-first",
        """"A Clean Home Is A Happy Home"
Sparkle Maid Services
Donna Whitley
Owner / Operator
(405) 555-0169
donna@sparklemaidok.com""",
        {
            "name": "Donna Whitley",
            "title": "Owner / Operator",
            "company": "Sparkle Maid Services",
            "emails": ["donna@sparklemaidok.com"],
            "phones": {"+14055550169": "work"},
        },
    ),
    (
        "b2a-nonprofit-development",
        """Friends of the Riverfront
Amanda Cole
Development Director
P.O. Box 10283
Pittsburgh, PA 15232
412-555-0188
acole@friendsoftheriverfront.org""",
        {
            "name": "Amanda Cole",
            "title": "Development Director",
            "company": "Friends of the Riverfront",
            "emails": ["acole@friendsoftheriverfront.org"],
            "phones": {"+14125550188": "work"},
            "address": "P.O. Box 10283, Pittsburgh, PA 15232",
        },
    ),
    (
        "b2a-car-dealer-finance",
        """Lakeland Chevrolet
Finance Manager
Derrick Owens
Direct 863-555-0154
Cell 863-555-0155
dowens@lakelandchevy.com""",
        {
            "name": "Derrick Owens",
            "title": "Finance Manager",
            "company": "Lakeland Chevrolet",
            "emails": ["dowens@lakelandchevy.com"],
            "phones": {"+18635550154": "work", "+18635550155": "mobile"},
        },
    ),
    (
        "b2a-hotel-person-first",
        """Olivia Grant
Catering Sales Manager
Harbor View Suites
100 Harbor Drive, San Diego, CA 92101
T 619.555.0124  F 619.555.0125
ogrant@harborviewsuites.com""",
        {
            "name": "Olivia Grant",
            "title": "Catering Sales Manager",
            "company": "Harbor View Suites",
            "emails": ["ogrant@harborviewsuites.com"],
            "phones": {"+16195550124": "work", "+16195550125": "fax"},
            "address": "100 Harbor Drive, San Diego, CA 92101",
        },
    ),
    (
        "b2a-slip-zero-in-name-mixed",
        """Oak Hill Counseling
J0seph Marino, LPC
Licensed Professional Counselor
(717) 555-0139""",
        {
            "name": "Joseph Marino",
            "title": "Licensed Professional Counselor",
            "company": "Oak Hill Counseling",
            "phones": {"+17175550139": "work"},
        },
    ),
    (
        "b2a-slip-jp-T-postal-junk",
        """2H BE
Shizuoka Tea Trading Co., Ltd.
President
Makoto ISHII
T420-0851 1-2 Kurogane-cho, Aoi-ku, Shizuoka
TEL 054-255-3100
info@shizuoka-tea.co.jp""",
        {
            "name": "Makoto Ishii",
            "title": "President",
            "company": "Shizuoka Tea Trading Co., Ltd.",
            "emails": ["info@shizuoka-tea.co.jp"],
            "phones": {"+81542553100": "work"},
        },
    ),
]
