"""A fourth blind hold-out of card texts -> expected contact fields.

Written without reading the parser or the earlier tables (only the header of tests/parse_blind2.py was read,
for the data format and conventions, plus the public contract in CONTRACT.md). It imitates the OCR of real
cards whose style differs from the usual tidy "name / title / company / phone / email" block:
- US: real-estate teams, medical practices listing several doctors (the card's person is the one with a
  direct line or an email, or nobody), insurance agents, banks and credit unions with NMLS numbers, law
  firms ("Attorney at Law", "Esq."), union and government cards, churches and nonprofits, trades with
  licence numbers, cards laid out with vertical bars and bullets, dotted toll-free numbers, vanity numbers,
  extensions, OCR slips (`l` for `1`, `O` for `0`, `©` or `(at)` for `@`, spaces around `@`), ALL-CAPS
  names, middle names, Jr./III, particles and apostrophes, titles before the name or on the name's line,
  the company printed after the address, slogans and taglines, two columns run together.
- JP: phone-photo OCR of the English side of Japanese cards, with lines of junk that Tesseract's English
  model makes of Japanese script and postal marks read as `T107-0052`; department lines; names in both
  orders; cards naming their person only in Japanese.
- OTHER: cards from KR, CN, TW, HK, SG, MY, TH, PH, IT, ES, SE, CH, ZA, NZ, IE, AE, IL and a few more,
  with local number formats and addresses.
Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164
to kind; `websites` are in the API's normalised form ("https://host[/path]"); `region` is the country of
the numbers printed without a leading +.

Conventions (copied from tests/parse_blind2.py, itself following tests/parse_holdout.py):
- `name` as printed in reading order, without honorifics or post-nominals (DDS, CPA, CLU, ChFC, PE, Ph.D.);
  ALL-CAPS names are stored title-cased; for Japanese names the word in capitals is the family name
  (`YAMADA Taro` -> name "Yamada Taro", given "Taro", family "Yamada"). Generational suffixes (Jr., III)
  are part of the name as printed but not of the family name.
- phone kinds: Tel/Phone/Office/Main/Direct/Toll free/unlabelled landline -> work; Mobile/Cell -> mobile;
  Fax -> fax; an unlabelled JP 070/080/090 number (or another country's mobile range) -> mobile.
- taglines, slogans, "Licensed & Insured", department lines are neither title nor company; a title on the
  same line as a department is kept whole.
- licence, NMLS, DRE, CRD, DOT and MC numbers and vanity numbers spelled with letters are not phones.
- the address is compared loosely (same words, order and punctuation free); a postal mark read as `T` is
  the postal code.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "b4-us-realestate-team-dre",
        "THE HARTWELL GROUP\n"
        "at Keller Williams La Jolla\n"
        "Jessica M. Hartwell\n"
        "Broker Associate | Team Lead\n"
        "CA DRE# 01987654\n"
        "Cell 619.438.2270 • Office 858.217.4400\n"
        "jessica@hartwellgroup.com\n"
        "www.hartwellgroup.com\n"
        "4350 La Jolla Village Dr, Suite 110, San Diego, CA 92122\n",
        {
            "name": "Jessica M. Hartwell",
            "given_name": "Jessica",
            "family_name": "Hartwell",
            "title": "Broker Associate | Team Lead",
            "emails": ["jessica@hartwellgroup.com"],
            "phones": {"+16194382270": "mobile", "+18582174400": "work"},
            "websites": ["https://www.hartwellgroup.com"],
            "address": "4350 La Jolla Village Dr, Suite 110, San Diego, CA 92122",
            "region": "US",
        },
    ),
    (
        "b4-us-pediatrics-several-doctors-no-person",
        "LAKESIDE PEDIATRICS, P.C.\n"
        "Sandra K. Owens, M.D.\n"
        "Rajesh Iyer, M.D.\n"
        "Caroline Beaumont, D.O.\n"
        "Emily Tran, CPNP\n"
        "1200 Central Street · Suite 300\n"
        "Evanston, IL 60201\n"
        "Tel (847) 328-5100 • Fax (847) 328-5109\n"
        "www.lakesidepeds.com\n",
        {
            "name": None,
            "title": None,
            "company": "Lakeside Pediatrics, P.C.",
            "emails": [],
            "phones": {"+18473285100": "work", "+18473285109": "fax"},
            "websites": ["https://www.lakesidepeds.com"],
            "address": "1200 Central Street, Suite 300, Evanston, IL 60201",
            "region": "US",
        },
    ),
    (
        "b4-us-ortho-practice-manager-direct",
        "Northshore Orthopaedic Associates\n"
        "Michael R. Feld, MD · Daniel Okafor, MD · Lisa Chen, PA-C\n"
        "Anne Marie Kowalski\n"
        "Practice Manager\n"
        "Direct: 978-927-3341\n"
        "Main: 978-927-3300   Fax: 978-927-3399\n"
        "akowalski@northshoreortho.com\n"
        "85 Herrick Street, Beverly, MA 01915\n",
        {
            "name": "Anne Marie Kowalski",
            "family_name": "Kowalski",
            "title": "Practice Manager",
            "company": "Northshore Orthopaedic Associates",
            "emails": ["akowalski@northshoreortho.com"],
            "phones": {"+19789273341": "work", "+19789273300": "work", "+19789273399": "fax"},
            "websites": [],
            "address": "85 Herrick Street, Beverly, MA 01915",
            "region": "US",
        },
    ),
    (
        "b4-us-insurance-agent-jr-bus-cell",
        "State Farm®\n"
        "Like a good neighbor, State Farm is there.®\n"
        "DeShawn Williams Jr., Agent\n"
        "Insurance Lic. #0G48213\n"
        "2217 Peachtree Rd NE\n"
        "Atlanta, GA 30309\n"
        "Bus 404-351-7720  Fax 404-351-7725\n"
        "Cell 470-229-8841\n"
        "deshawn.williams.gxk4@statefarm.com\n"
        "www.deshawnwilliamsinsurance.com\n",
        {
            "name": "DeShawn Williams Jr.",
            "given_name": "DeShawn",
            "family_name": "Williams",
            "title": "Agent",
            "company": "State Farm",
            "emails": ["deshawn.williams.gxk4@statefarm.com"],
            "phones": {"+14043517720": "work", "+14043517725": "fax", "+14702298841": "mobile"},
            "websites": ["https://www.deshawnwilliamsinsurance.com"],
            "address": "2217 Peachtree Rd NE, Atlanta, GA 30309",
            "region": "US",
        },
    ),
    (
        "b4-us-bank-mlo-nmls-omf",
        "FIRST CITIZENS BANK\n"
        "Mark A. Delgado\n"
        "Senior Mortgage Loan Officer\n"
        "NMLS# 482915\n"
        "O: 919.716.8802 | M: 919.600.4137\n"
        "F: 866.612.3390\n"
        "mark.delgado@firstcitizens.com\n"
        "firstcitizens.com/mark-delgado\n"
        "4300 Six Forks Rd, Raleigh, NC 27609\n"
        "Member FDIC | Equal Housing Lender\n",
        {
            "name": "Mark A. Delgado",
            "given_name": "Mark",
            "family_name": "Delgado",
            "title": "Senior Mortgage Loan Officer",
            "company": "First Citizens Bank",
            "emails": ["mark.delgado@firstcitizens.com"],
            "phones": {"+19197168802": "work", "+19196004137": "mobile", "+18666123390": "fax"},
            "websites": ["https://firstcitizens.com/mark-delgado"],
            "address": "4300 Six Forks Rd, Raleigh, NC 27609",
            "region": "US",
        },
    ),
    (
        "b4-us-law-attorney-at-law-apostrophe",
        "Patricia O'Neil-Brennan\n"
        "Attorney at Law\n"
        "O'NEIL BRENNAN & ASSOCIATES, PLLC\n"
        "Estate Planning · Probate · Elder Law\n"
        "One Financial Plaza, 14th Floor\n"
        "Hartford, Connecticut 06103\n"
        "T 860.524.8870   F 860.524.8871\n"
        "pobrennan@obalaw.com\n",
        {
            "name": "Patricia O'Neil-Brennan",
            "given_name": "Patricia",
            "family_name": "O'Neil-Brennan",
            "title": "Attorney at Law",
            "company": "O'Neil Brennan & Associates, PLLC",
            "emails": ["pobrennan@obalaw.com"],
            "phones": {"+18605248870": "work", "+18605248871": "fax"},
            "websites": [],
            "address": "One Financial Plaza, 14th Floor, Hartford, Connecticut 06103",
            "region": "US",
        },
    ),
    (
        "b4-us-law-esq-labels-after-numbers",
        "GOLDSTEIN, RAMIREZ & PIKE LLP\n"
        "Daniel J. Ramirez, Esq.\n"
        "Partner\n"
        "1800 Avenue of the Stars, Suite 900 | Los Angeles, CA 90067\n"
        "310.553.2000 main | 310.553.2014 direct | 310.553.2099 fax\n"
        "dramirez@grplaw.com | grplaw.com\n",
        {
            "name": "Daniel J. Ramirez",
            "given_name": "Daniel",
            "family_name": "Ramirez",
            "title": "Partner",
            "company": "Goldstein, Ramirez & Pike LLP",
            "emails": ["dramirez@grplaw.com"],
            "phones": {"+13105532000": "work", "+13105532014": "work", "+13105532099": "fax"},
            "websites": ["https://grplaw.com"],
            "address": "1800 Avenue of the Stars, Suite 900, Los Angeles, CA 90067",
            "region": "US",
        },
    ),
    (
        "b4-us-union-business-rep-caps",
        "IBEW LOCAL 46\n"
        "International Brotherhood of Electrical Workers\n"
        "KEVIN P. O'SHAUGHNESSY\n"
        "Business Representative\n"
        "19802 62nd Ave S, Kent, WA 98032\n"
        "Office (253) 395-6500\n"
        "Cell (206) 948-3312\n"
        "kevino@ibew46.org\n"
        "www.ibew46.org\n",
        {
            "name": "Kevin P. O'Shaughnessy",
            "given_name": "Kevin",
            "family_name": "O'Shaughnessy",
            "title": "Business Representative",
            "emails": ["kevino@ibew46.org"],
            "phones": {"+12533956500": "work", "+12069483312": "mobile"},
            "websites": ["https://www.ibew46.org"],
            "address": "19802 62nd Ave S, Kent, WA 98032",
            "region": "US",
        },
    ),
    (
        "b4-us-county-env-health",
        "COUNTY OF SANTA CLARA\n"
        "Department of Environmental Health\n"
        "Roberto Castillo-Vega, REHS\n"
        "Supervising Environmental Health Specialist\n"
        "1555 Berger Drive, Suite 300\n"
        "San Jose, CA 95112-2716\n"
        "Phone: (408) 918-3400 | Direct: (408) 918-3467\n"
        "Fax: (408) 258-5891\n"
        "roberto.castillo-vega@deh.sccgov.org\n",
        {
            "name": "Roberto Castillo-Vega",
            "given_name": "Roberto",
            "family_name": "Castillo-Vega",
            "title": "Supervising Environmental Health Specialist",
            "company": "County of Santa Clara",
            "emails": ["roberto.castillo-vega@deh.sccgov.org"],
            "phones": {"+14089183400": "work", "+14089183467": "work", "+14082585891": "fax"},
            "websites": [],
            "address": "1555 Berger Drive, Suite 300, San Jose, CA 95112-2716",
            "region": "US",
        },
    ),
    (
        "b4-us-church-pastor-iii",
        "Grace Fellowship Church\n"
        '"Love God. Love People. Serve the City."\n'
        "Rev. Dr. Thomas E. McKay III\n"
        "Senior Pastor\n"
        "2401 W. Main St • Richmond, VA 23220\n"
        "church 804.358.0212  •  study 804.358.0219\n"
        "pastortom@gracerva.org\n"
        "gracerva.org\n",
        {
            "name": "Thomas E. McKay III",
            "given_name": "Thomas",
            "family_name": "McKay",
            "title": "Senior Pastor",
            "company": "Grace Fellowship Church",
            "emails": ["pastortom@gracerva.org"],
            "phones": {"+18043580212": "work", "+18043580219": "work"},
            "websites": ["https://gracerva.org"],
            "address": "2401 W. Main St, Richmond, VA 23220",
            "region": "US",
        },
    ),
    (
        "b4-us-nonprofit-particle-name-ext",
        "HABITAT FOR HUMANITY® OF METRO DENVER\n"
        "Building homes, communities and hope\n"
        "Alejandra de la Torre\n"
        "Volunteer Engagement Coordinator\n"
        "303.534.2929 x 118\n"
        "adelatorre@habitatmetrodenver.org\n"
        "habitatmetrodenver.org\n"
        "7535 E. Hampden Ave, Suite 600, Denver, CO 80231\n",
        {
            "name": "Alejandra de la Torre",
            "given_name": "Alejandra",
            "family_name": "de la Torre",
            "title": "Volunteer Engagement Coordinator",
            "company": "Habitat for Humanity of Metro Denver",
            "emails": ["adelatorre@habitatmetrodenver.org"],
            "phones": {"+13035342929": "work"},
            "websites": ["https://habitatmetrodenver.org"],
            "address": "7535 E. Hampden Ave, Suite 600, Denver, CO 80231",
            "region": "US",
        },
    ),
    (
        "b4-us-hvac-license-bullets",
        "RELIABLE AIR\n"
        "HEATING • COOLING • REFRIGERATION\n"
        "Licensed • Bonded • Insured\n"
        "CA Lic. #987654\n"
        "TONY BRUNO\n"
        "Owner / Lead Technician\n"
        "(559) 264-7718\n"
        "Cell: (559) 871-0032\n"
        "tony@reliableairfresno.com\n",
        {
            "name": "Tony Bruno",
            "given_name": "Tony",
            "family_name": "Bruno",
            "title": "Owner / Lead Technician",
            "company": "Reliable Air",
            "emails": ["tony@reliableairfresno.com"],
            "phones": {"+15592647718": "work", "+15598710032": "mobile"},
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-roofing-vertical-bars-jr",
        "MARTINEZ & SONS ROOFING | Since 1987\n"
        "Luis Martinez Jr. | Estimator\n"
        "TX Reg. # RCAT-22817 | Fully Insured\n"
        "C: 512-731-0846 | O: 512-444-2900\n"
        "luis@martinezsonsroofing.com | www.martinezsonsroofing.com\n",
        {
            "name": "Luis Martinez Jr.",
            "given_name": "Luis",
            "family_name": "Martinez",
            "title": "Estimator",
            "company": "Martinez & Sons Roofing",
            "emails": ["luis@martinezsonsroofing.com"],
            "phones": {"+15127310846": "mobile", "+15124442900": "work"},
            "websites": ["https://www.martinezsonsroofing.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-florist-vanity-number",
        "Blooming Gardens Florist\n"
        "Weddings · Events · Sympathy\n"
        "Call (800) BLOOMS-1\n"
        "Heather Lindqvist\n"
        "Owner & Lead Designer\n"
        "Shop 612.822.4150\n"
        "heather@bloominggardensmn.com\n"
        "3018 Hennepin Ave S, Minneapolis, MN 55408\n",
        {
            "name": "Heather Lindqvist",
            "given_name": "Heather",
            "family_name": "Lindqvist",
            "title": "Owner & Lead Designer",
            "company": "Blooming Gardens Florist",
            "emails": ["heather@bloominggardensmn.com"],
            "phones": {"+16128224150": "work"},
            "websites": [],
            "address": "3018 Hennepin Ave S, Minneapolis, MN 55408",
            "region": "US",
        },
    ),
    (
        "b4-us-warranty-dotted-tollfree",
        "PINNACLE HOME WARRANTY\n"
        "Claims & Service 1.800.447.2810\n"
        "Brandon T. Whitaker\n"
        "Regional Sales Manager\n"
        "Mobile 1.602.318.7745\n"
        "bwhitaker@pinnaclehw.com\n"
        "pinnaclehw.com\n",
        {
            "name": "Brandon T. Whitaker",
            "given_name": "Brandon",
            "family_name": "Whitaker",
            "title": "Regional Sales Manager",
            "company": "Pinnacle Home Warranty",
            "emails": ["bwhitaker@pinnaclehw.com"],
            "phones": {"+18004472810": "work", "+16023187745": "mobile"},
            "websites": ["https://pinnaclehw.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-dentist-ocr-l-and-O-in-numbers",
        "Summit Ridge Dental\n"
        "Jennifer Alvarez, DDS\n"
        "Ph (7l9) 634-2O11\n"
        "Fax (719) 634-2O12\n"
        "frontdesk@summitridgedental.com\n"
        "5 S. Cascade Ave, Colorado Springs, CO 80903\n",
        {
            "name": "Jennifer Alvarez",
            "given_name": "Jennifer",
            "family_name": "Alvarez",
            "company": "Summit Ridge Dental",
            "emails": ["frontdesk@summitridgedental.com"],
            "phones": {"+17196342011": "work", "+17196342012": "fax"},
            "websites": [],
            "address": "5 S. Cascade Ave, Colorado Springs, CO 80903",
            "region": "US",
        },
    ),
    (
        "b4-us-cpa-copyright-for-at",
        "Brightline Accounting, LLC\n"
        "Samuel K. Osei, CPA\n"
        "Managing Member\n"
        "Tel. 614.459.3320\n"
        "sosei©brightlinecpa.com\n"
        "www.brightlinecpa.com\n"
        "1275 Kinnear Rd | Columbus, OH 43212\n",
        {
            "name": "Samuel K. Osei",
            "given_name": "Samuel",
            "family_name": "Osei",
            "title": "Managing Member",
            "company": "Brightline Accounting, LLC",
            "emails": ["sosei@brightlinecpa.com"],
            "phones": {"+16144593320": "work"},
            "websites": ["https://www.brightlinecpa.com"],
            "address": "1275 Kinnear Rd, Columbus, OH 43212",
            "region": "US",
        },
    ),
    (
        "b4-us-foundation-at-in-parens-ext",
        "Mercy Health Foundation\n"
        "Dana Whitfield\n"
        "Director of Major Gifts\n"
        "P 513.952.5000 ext. 4417\n"
        "C 513.607.2281\n"
        "dana.whitfield (at) mercyhealth.org\n"
        "1701 Mercy Health Place, Cincinnati, OH 45237\n",
        {
            "name": "Dana Whitfield",
            "given_name": "Dana",
            "family_name": "Whitfield",
            "title": "Director of Major Gifts",
            "company": "Mercy Health Foundation",
            "emails": ["dana.whitfield@mercyhealth.org"],
            "phones": {"+15139525000": "work", "+15136072281": "mobile"},
            "websites": [],
            "address": "1701 Mercy Health Place, Cincinnati, OH 45237",
            "region": "US",
        },
    ),
    (
        "b4-us-landscape-space-around-at",
        "GREENLEAF LANDSCAPE DESIGN\n"
        "Omar Haddad\n"
        "Principal Designer\n"
        "omar @ greenleafld.com\n"
        "(503) 236-8870\n"
        "greenleafld.com\n",
        {
            "name": "Omar Haddad",
            "given_name": "Omar",
            "family_name": "Haddad",
            "title": "Principal Designer",
            "company": "Greenleaf Landscape Design",
            "emails": ["omar@greenleafld.com"],
            "phones": {"+15032368870": "work"},
            "websites": ["https://greenleafld.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-bank-all-caps-middle-name",
        "WILLIAM HENRY CALDWELL\n"
        "VICE PRESIDENT, COMMERCIAL LENDING\n"
        "PIEDMONT VALLEY BANK\n"
        "NMLS ID 1123456\n"
        "200 S. TRYON ST, CHARLOTTE, NC 28202\n"
        "DIRECT 704.831.2267\n"
        "MOBILE 980.226.4519\n"
        "WCALDWELL@PIEDMONTVALLEYBANK.COM\n",
        {
            "name": "William Henry Caldwell",
            "given_name": "William",
            "family_name": "Caldwell",
            "title": "Vice President, Commercial Lending",
            "company": "Piedmont Valley Bank",
            "emails": ["wcaldwell@piedmontvalleybank.com"],
            "phones": {"+17048312267": "work", "+19802264519": "mobile"},
            "websites": [],
            "address": "200 S. Tryon St, Charlotte, NC 28202",
            "region": "US",
        },
    ),
    (
        "b4-us-biotech-title-on-name-line",
        "Helix BioAnalytics Inc.\n"
        "Priyanka Raman, CFO\n"
        "225 Binney St, Cambridge, MA 02142\n"
        "t +1 617 401 2290\n"
        "m +1 857 244 0931\n"
        "priyanka@helixbio.ai\n"
        "helixbio.ai\n",
        {
            "name": "Priyanka Raman",
            "given_name": "Priyanka",
            "family_name": "Raman",
            "title": "CFO",
            "company": "Helix BioAnalytics Inc.",
            "emails": ["priyanka@helixbio.ai"],
            "phones": {"+16174012290": "work", "+18572440931": "mobile"},
            "websites": ["https://helixbio.ai"],
            "address": "225 Binney St, Cambridge, MA 02142",
        },
    ),
    (
        "b4-us-freight-title-before-name-van-der",
        "VDB FREIGHT SOLUTIONS\n"
        "Managing Director\n"
        "Marcus van der Berg\n"
        "2800 Port Industrial Blvd, Galveston, TX 77554\n"
        "Office: 409-765-3300\n"
        "Cell: 409-682-1174\n"
        "marcus.vanderberg@vdbfreight.com\n"
        "www.vdbfreight.com\n",
        {
            "name": "Marcus van der Berg",
            "given_name": "Marcus",
            "family_name": "van der Berg",
            "title": "Managing Director",
            "company": "VDB Freight Solutions",
            "emails": ["marcus.vanderberg@vdbfreight.com"],
            "phones": {"+14097653300": "work", "+14096821174": "mobile"},
            "websites": ["https://www.vdbfreight.com"],
            "address": "2800 Port Industrial Blvd, Galveston, TX 77554",
            "region": "US",
        },
    ),
    (
        "b4-us-tech-company-after-address",
        "Elena Petrova\n"
        "Software Engineering Manager\n"
        "1 Hacker Way, Menlo Park, CA 94025\n"
        "elena.petrova@northwindcloud.io\n"
        "+1 (650) 308-7300\n"
        "Northwind Cloud Systems\n",
        {
            "name": "Elena Petrova",
            "given_name": "Elena",
            "family_name": "Petrova",
            "title": "Software Engineering Manager",
            "company": "Northwind Cloud Systems",
            "emails": ["elena.petrova@northwindcloud.io"],
            "phones": {"+16503087300": "work"},
            "websites": [],
            "address": "1 Hacker Way, Menlo Park, CA 94025",
        },
    ),
    (
        "b4-us-plumber-slogans-license",
        "Family owned since 1962\n"
        "KOWALCZYK PLUMBING & DRAIN\n"
        '"No job too big, no drip too small!"\n'
        "Stan Kowalczyk\n"
        "Master Plumber · Lic. #MP-36712\n"
        "(414) 481-2036\n"
        "stan@kowalczykplumbing.com\n",
        {
            "name": "Stan Kowalczyk",
            "given_name": "Stan",
            "family_name": "Kowalczyk",
            "company": "Kowalczyk Plumbing & Drain",
            "emails": ["stan@kowalczykplumbing.com"],
            "phones": {"+14144812036": "work"},
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-university-professor-phd",
        "UNIVERSITY OF MICHIGAN\n"
        "School of Information\n"
        "Hannah Lee-Fairbanks, PhD\n"
        "Assistant Professor\n"
        "4322 North Quad\n"
        "105 S. State St.\n"
        "Ann Arbor, MI 48109-1285\n"
        "734.764.1555   hleef@umich.edu\n"
        "si.umich.edu\n",
        {
            "name": "Hannah Lee-Fairbanks",
            "given_name": "Hannah",
            "family_name": "Lee-Fairbanks",
            "title": "Assistant Professor",
            "company": "University of Michigan",
            "emails": ["hleef@umich.edu"],
            "phones": {"+17347641555": "work"},
            "websites": ["https://si.umich.edu"],
            "address": "4322 North Quad, 105 S. State St., Ann Arbor, MI 48109-1285",
            "region": "US",
        },
    ),
    (
        "b4-us-credit-union-nmls-on-title-line-ext",
        "MEMBERS 1ST CREDIT UNION\n"
        "Kate Morrison\n"
        "Branch Manager | NMLS #772190\n"
        "5000 Louise Dr, Mechanicsburg, PA 17055\n"
        "800.237.7288 Ext. 5402\n"
        "kmorrison@members1st.org\n"
        "members1st.org\n"
        "Federally insured by NCUA\n",
        {
            "name": "Kate Morrison",
            "given_name": "Kate",
            "family_name": "Morrison",
            "title": "Branch Manager",
            "company": "Members 1st Credit Union",
            "emails": ["kmorrison@members1st.org"],
            "phones": {"+18002377288": "work"},
            "websites": ["https://members1st.org"],
            "address": "5000 Louise Dr, Mechanicsburg, PA 17055",
            "region": "US",
        },
    ),
    (
        "b4-us-vet-no-email",
        "Cedar Creek Animal Hospital\n"
        "Dr. Ashley N. Burke, DVM\n"
        "Associate Veterinarian\n"
        "(512) 259-4400\n"
        "Fax (512) 259-4401\n"
        "cedarcreekvets.com\n"
        "1010 Cypress Creek Rd, Cedar Park, TX 78613\n",
        {
            "name": "Ashley N. Burke",
            "given_name": "Ashley",
            "family_name": "Burke",
            "title": "Associate Veterinarian",
            "company": "Cedar Creek Animal Hospital",
            "emails": [],
            "phones": {"+15122594400": "work", "+15122594401": "fax"},
            "websites": ["https://cedarcreekvets.com"],
            "address": "1010 Cypress Creek Rd, Cedar Park, TX 78613",
            "region": "US",
        },
    ),
    (
        "b4-us-it-caps-bullets-ext",
        "▪ NETSECURE PARTNERS ▪\n"
        "Cybersecurity • Managed IT • Compliance\n"
        "RYAN O'CONNOR\n"
        "Senior Solutions Architect\n"
        "Tel 214.306.7700 ext 221  ▪  Cell 469.855.3320\n"
        "ryan.oconnor@netsecurepartners.com\n"
        "netsecurepartners.com\n",
        {
            "name": "Ryan O'Connor",
            "given_name": "Ryan",
            "family_name": "O'Connor",
            "title": "Senior Solutions Architect",
            "company": "NetSecure Partners",
            "emails": ["ryan.oconnor@netsecurepartners.com"],
            "phones": {"+12143067700": "work", "+14698553320": "mobile"},
            "websites": ["https://netsecurepartners.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-hotel-accented-name-direct",
        "THE DRAKE\n"
        "CHICAGO\n"
        "Gabriela Núñez\n"
        "Director of Group Sales\n"
        "140 East Walton Place, Chicago, Illinois 60611\n"
        "T 312.787.2200   D 312.932.4517\n"
        "gabriela.nunez@thedrakehotel.com\n"
        "thedrakehotel.com\n",
        {
            "name": "Gabriela Núñez",
            "given_name": "Gabriela",
            "family_name": "Núñez",
            "title": "Director of Group Sales",
            "emails": ["gabriela.nunez@thedrakehotel.com"],
            "phones": {"+13127872200": "work", "+13129324517": "work"},
            "websites": ["https://thedrakehotel.com"],
            "address": "140 East Walton Place, Chicago, Illinois 60611",
            "region": "US",
        },
    ),
    (
        "b4-us-car-dealer-showroom",
        "TOYOTA OF ORLANDO\n"
        "Jamal Washington\n"
        "Sales & Leasing Consultant\n"
        "3575 Vineland Rd, Orlando, FL 32811\n"
        "Showroom: 407.298.8888\n"
        "Cell: 407.574.9031\n"
        "jwashington@toyotaoforlando.com\n"
        "www.toyotaoforlando.com\n",
        {
            "name": "Jamal Washington",
            "given_name": "Jamal",
            "family_name": "Washington",
            "title": "Sales & Leasing Consultant",
            "company": "Toyota of Orlando",
            "emails": ["jwashington@toyotaoforlando.com"],
            "phones": {"+14072988888": "work", "+14075749031": "mobile"},
            "websites": ["https://www.toyotaoforlando.com"],
            "address": "3575 Vineland Rd, Orlando, FL 32811",
            "region": "US",
        },
    ),
    (
        "b4-us-financial-advisor-cfp-tollfree",
        "Edward Jones\n"
        "MAKING SENSE OF INVESTING\n"
        "Cynthia L. Park, CFP®\n"
        "Financial Advisor\n"
        "8420 W Bryn Mawr Ave, Ste 110\n"
        "Chicago, IL 60631\n"
        "773-693-4820\n"
        "Toll Free 877-693-4820\n"
        "cynthia.park@edwardjones.com\n"
        "edwardjones.com\n"
        "Member SIPC\n",
        {
            "name": "Cynthia L. Park",
            "given_name": "Cynthia",
            "family_name": "Park",
            "title": "Financial Advisor",
            "company": "Edward Jones",
            "emails": ["cynthia.park@edwardjones.com"],
            "phones": {"+17736934820": "work", "+18776934820": "work"},
            "websites": ["https://edwardjones.com"],
            "address": "8420 W Bryn Mawr Ave, Ste 110, Chicago, IL 60631",
            "region": "US",
        },
    ),
    (
        "b4-us-cardiology-ocr-noise",
        "HEARTLAND CARDIOVASCULAR CENTER\n"
        ", Vikram Nair, MD, FACC\n"
        "Interventional Cardiologist\n"
        "~ 3601 A Street, Philadelphia, PA 19134\n"
        "Appointments (215) 707-3346\n"
        "Fax (215) 707-0421 .\n"
        "vnair@heartlandcv.org\n",
        {
            "name": "Vikram Nair",
            "given_name": "Vikram",
            "family_name": "Nair",
            "title": "Interventional Cardiologist",
            "company": "Heartland Cardiovascular Center",
            "emails": ["vnair@heartlandcv.org"],
            "phones": {"+12157073346": "work", "+12157070421": "fax"},
            "websites": [],
            "address": "3601 A Street, Philadelphia, PA 19134",
            "region": "US",
        },
    ),
    (
        "b4-us-realestate-two-agents-no-person",
        "THE ROSSI & CHEN TEAM\n"
        "COMPASS\n"
        "Anthony Rossi    DRE# 01845532    415.601.2290\n"
        "Michelle Chen    DRE# 02011874    415.235.8812\n"
        "rossichenteam@compass.com\n"
        "rossichen.com\n",
        {
            "name": None,
            "title": None,
            "emails": ["rossichenteam@compass.com"],
            "phones": {"+14156012290": "work", "+14152358812": "work"},
            "websites": ["https://rossichen.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-insurance-x-ext-cell-in-parens",
        "GULF COAST INSURANCE GROUP\n"
        "Auto | Home | Business | Life\n"
        "Brad Thibodeaux, CIC\n"
        "Commercial Lines Producer\n"
        "337-232-4411 x 204\n"
        "337-534-8890 (cell)\n"
        "brad@gulfcoastins.com\n"
        "1100 Camellia Blvd, Lafayette, LA 70508\n",
        {
            "name": "Brad Thibodeaux",
            "given_name": "Brad",
            "family_name": "Thibodeaux",
            "title": "Commercial Lines Producer",
            "company": "Gulf Coast Insurance Group",
            "emails": ["brad@gulfcoastins.com"],
            "phones": {"+13372324411": "work", "+13375348890": "mobile"},
            "websites": [],
            "address": "1100 Camellia Blvd, Lafayette, LA 70508",
            "region": "US",
        },
    ),
    (
        "b4-us-photographer-lowercase-spaced-dots",
        "Sienna Marlowe Photography\n"
        "sienna marlowe\n"
        "weddings & portraits\n"
        "917 . 848 . 2231\n"
        "hello@siennamarlowe.com\n"
        "@siennamarlowephoto\n",
        {
            "name": "Sienna Marlowe",
            "given_name": "Sienna",
            "family_name": "Marlowe",
            "title": None,
            "company": "Sienna Marlowe Photography",
            "emails": ["hello@siennamarlowe.com"],
            "phones": {"+19178482231": "work"},
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-cpa-st-john-po-box-ph-fx",
        "ST. JOHN & HALVORSEN\n"
        "Certified Public Accountants\n"
        "Margaret St. John, CPA, CFE\n"
        "Partner\n"
        "P.O. Box 1187\n"
        "Bismarck, ND 58502-1187\n"
        "(701) 223-5050 ph\n"
        "(701) 223-5099 fx\n"
        "mstjohn@sjhcpa.com\n",
        {
            "name": "Margaret St. John",
            "given_name": "Margaret",
            "family_name": "St. John",
            "title": "Partner",
            "company": "St. John & Halvorsen",
            "emails": ["mstjohn@sjhcpa.com"],
            "phones": {"+17012235050": "work", "+17012235099": "fax"},
            "websites": [],
            "address": "P.O. Box 1187, Bismarck, ND 58502-1187",
            "region": "US",
        },
    ),
    (
        "b4-us-federal-va-unlabelled-tollfree",
        "U.S. Department of Veterans Affairs\n"
        "Veterans Benefits Administration\n"
        "Christopher J. Nguyen\n"
        "Veterans Service Representative\n"
        "915 2nd Ave, Room 1040, Seattle, WA 98174\n"
        "Tel: 206-341-8100\n"
        "christopher.nguyen5@va.gov\n"
        "www.va.gov  |  1-800-827-1000\n",
        {
            "name": "Christopher J. Nguyen",
            "given_name": "Christopher",
            "family_name": "Nguyen",
            "title": "Veterans Service Representative",
            "company": "U.S. Department of Veterans Affairs",
            "emails": ["christopher.nguyen5@va.gov"],
            "phones": {"+12063418100": "work", "+18008271000": "work"},
            "websites": ["https://www.va.gov"],
            "address": "915 2nd Ave, Room 1040, Seattle, WA 98174",
            "region": "US",
        },
    ),
    (
        "b4-us-catering-gmail-owner-chef",
        "Mama Rosa's Catering\n"
        '"Made with love since 1978"\n'
        "Rosa M. DiMaggio\n"
        "Owner / Chef\n"
        "(718) 442-9060\n"
        "mamarosascatering@gmail.com\n"
        "1450 Forest Ave • Staten Island, NY 10302\n",
        {
            "name": "Rosa M. DiMaggio",
            "given_name": "Rosa",
            "family_name": "DiMaggio",
            "title": "Owner / Chef",
            "company": "Mama Rosa's Catering",
            "emails": ["mamarosascatering@gmail.com"],
            "phones": {"+17184429060": "work"},
            "websites": [],
            "address": "1450 Forest Ave, Staten Island, NY 10302",
            "region": "US",
        },
    ),
    (
        "b4-us-staffing-two-columns-merged",
        "Kristin Albrecht          Phone 952.944.3700\n"
        "Account Executive         Mobile 612.280.4471\n"
        "Lakeland Staffing Inc.    kalbrecht@lakelandstaffing.com\n"
        "7400 Metro Blvd, Suite 150, Edina, MN 55439\n",
        {
            "name": "Kristin Albrecht",
            "given_name": "Kristin",
            "family_name": "Albrecht",
            "title": "Account Executive",
            "company": "Lakeland Staffing Inc.",
            "emails": ["kalbrecht@lakelandstaffing.com"],
            "phones": {"+19529443700": "work", "+16122804471": "mobile"},
            "websites": [],
            "address": "7400 Metro Blvd, Suite 150, Edina, MN 55439",
            "region": "US",
        },
    ),
    (
        "b4-us-school-district-main-direct-slash",
        "Fairfax County Public Schools\n"
        "Office of Transportation Services\n"
        "Denise Robinson-Hayes\n"
        "Route Planning Supervisor\n"
        "Main 571-423-1100 / Direct 571-423-1142\n"
        "drobinsonhay@fcps.edu\n"
        "5025 Sideburn Road, Fairfax, VA 22032\n",
        {
            "name": "Denise Robinson-Hayes",
            "given_name": "Denise",
            "family_name": "Robinson-Hayes",
            "title": "Route Planning Supervisor",
            "company": "Fairfax County Public Schools",
            "emails": ["drobinsonhay@fcps.edu"],
            "phones": {"+15714231100": "work", "+15714231142": "work"},
            "websites": [],
            "address": "5025 Sideburn Road, Fairfax, VA 22032",
            "region": "US",
        },
    ),
    (
        "b4-us-trucking-caps-jr-title-on-name-line-dot",
        "JAMES EARL WATKINS JR., PRESIDENT\n"
        "WATKINS TRUCKING CO.\n"
        "USDOT# 1234567   MC# 456789\n"
        "P.O. BOX 420, DOTHAN, AL 36302\n"
        "OFFICE 334-792-6610   FAX 334-792-6615\n"
        "MOBILE 334-701-2288\n"
        "JWATKINS@WATKINSTRUCKING.COM\n",
        {
            "name": "James Earl Watkins Jr.",
            "given_name": "James",
            "family_name": "Watkins",
            "title": "President",
            "company": "Watkins Trucking Co.",
            "emails": ["jwatkins@watkinstrucking.com"],
            "phones": {"+13347926610": "work", "+13347926615": "fax", "+13347012288": "mobile"},
            "websites": [],
            "address": "P.O. Box 420, Dothan, AL 36302",
            "region": "US",
        },
    ),
    (
        "b4-us-home-health-accented-hyphen-fax-after",
        "Sunrise Home Health Care\n"
        "Se habla español\n"
        "Marisol Gutiérrez-Ortiz, RN, BSN\n"
        "Clinical Director\n"
        "(956) 687-2200 | (956) 687-2201 fax\n"
        "mgutierrez@sunrisehhc.com\n"
        "2100 W. Nolana Ave, McAllen, TX 78504\n",
        {
            "name": "Marisol Gutiérrez-Ortiz",
            "given_name": "Marisol",
            "family_name": "Gutiérrez-Ortiz",
            "title": "Clinical Director",
            "company": "Sunrise Home Health Care",
            "emails": ["mgutierrez@sunrisehhc.com"],
            "phones": {"+19566872200": "work", "+19566872201": "fax"},
            "websites": [],
            "address": "2100 W. Nolana Ave, McAllen, TX 78504",
            "region": "US",
        },
    ),
    (
        "b4-us-architect-lowercase-website-path",
        "STUDIO ARO\n"
        "architecture + interiors\n"
        "Noah Friedman AIA LEED AP\n"
        "principal\n"
        "t 206 . 623 . 4418\n"
        "nf@studioaro.com\n"
        "studioaro.com/people/noah-friedman\n"
        "1201 Western Ave #400 Seattle WA 98101\n",
        {
            "name": "Noah Friedman",
            "given_name": "Noah",
            "family_name": "Friedman",
            "title": "Principal",
            "company": "Studio Aro",
            "emails": ["nf@studioaro.com"],
            "phones": {"+12066234418": "work"},
            "websites": ["https://studioaro.com/people/noah-friedman"],
            "address": "1201 Western Ave #400, Seattle, WA 98101",
            "region": "US",
        },
    ),
    (
        "b4-us-pharma-two-emails",
        "Meridian Pharmaceuticals, Inc.\n"
        "Olivia Grant-Sinclair\n"
        "Territory Manager, Oncology\n"
        "Cell 317.502.9318\n"
        "Customer Service 800.621.3344\n"
        "olivia.grant-sinclair@meridianpharma.com\n"
        "samples@meridianpharma.com\n",
        {
            "name": "Olivia Grant-Sinclair",
            "given_name": "Olivia",
            "family_name": "Grant-Sinclair",
            "title": "Territory Manager, Oncology",
            "company": "Meridian Pharmaceuticals, Inc.",
            "emails": ["olivia.grant-sinclair@meridianpharma.com", "samples@meridianpharma.com"],
            "phones": {"+13175029318": "mobile", "+18006213344": "work"},
            "websites": [],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-police-rank-duplicate-number",
        "MESA POLICE DEPARTMENT\n"
        "Det. Raymond Ochoa\n"
        "Property Crimes Unit\n"
        "20 E. Main Street, Mesa, AZ 85201\n"
        "Desk (480) 644-2211\n"
        "Cell (602) 791-4830\n"
        "Email raymond.ochoa@mesaaz.gov\n"
        "Non-Emergency 480-644-2211\n",
        {
            "name": "Raymond Ochoa",
            "given_name": "Raymond",
            "family_name": "Ochoa",
            "company": "Mesa Police Department",
            "emails": ["raymond.ochoa@mesaaz.gov"],
            "phones": {"+14806442211": "work", "+16027914830": "mobile"},
            "websites": [],
            "address": "20 E. Main Street, Mesa, AZ 85201",
            "region": "US",
        },
    ),
    (
        "b4-us-chiropractic-two-doctors-office-email",
        "ALIGN CHIROPRACTIC & WELLNESS\n"
        "Dr. Jason Hollis  ·  Dr. Megan Sato-Hollis\n"
        "Doctors of Chiropractic\n"
        "Hours M-F 8-6 · Sat 9-12\n"
        "(801) 553-0190\n"
        "office@alignchiroutah.com\n"
        "11 E. 12300 S, Draper, UT 84020\n",
        {
            "name": None,
            "company": "Align Chiropractic & Wellness",
            "emails": ["office@alignchiroutah.com"],
            "phones": {"+18015530190": "work"},
            "websites": [],
            "address": "11 E. 12300 S, Draper, UT 84020",
            "region": "US",
        },
    ),
    (
        "b4-us-electrician-caps-license-number-like-phone",
        "BRIGHTWIRE ELECTRIC LLC\n"
        "Residential · Commercial · Solar\n"
        "MIKE DEVLIN\n"
        "Master Electrician\n"
        "NJ Lic. #34EB01234500\n"
        "(732) 919-4455\n"
        "mike@brightwirenj.com\n"
        "brightwirenj.com\n",
        {
            "name": "Mike Devlin",
            "given_name": "Mike",
            "family_name": "Devlin",
            "title": "Master Electrician",
            "company": "Brightwire Electric LLC",
            "emails": ["mike@brightwirenj.com"],
            "phones": {"+17329194455": "work"},
            "websites": ["https://brightwirenj.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b4-us-title-company-escrow-ext-and-direct",
        "Fidelity National Title\n"
        "Laura Beth Kincaid\n"
        "Senior Escrow Officer\n"
        "Main 702.877.3003  Ext. 2214\n"
        "Direct 702.932.5518\n"
        "eFax 866.471.5632\n"
        "laura.kincaid@fnf.com\n"
        "8363 W. Sunset Rd, Suite 100\n"
        "Las Vegas, NV 89113\n",
        {
            "name": "Laura Beth Kincaid",
            "family_name": "Kincaid",
            "title": "Senior Escrow Officer",
            "company": "Fidelity National Title",
            "emails": ["laura.kincaid@fnf.com"],
            "phones": {"+17028773003": "work", "+17029325518": "work", "+18664715632": "fax"},
            "websites": [],
            "address": "8363 W. Sunset Rd, Suite 100, Las Vegas, NV 89113",
            "region": "US",
        },
    ),
]

JP: list[Case] = [
    (
        "b4-jp-trading-dept-gm-caps-family",
        "ARAB RR\n"
        "Kanda Shoji Co., Ltd.\n"
        "EM HE A\n"
        "Global Sales Div.\n"
        "General Manager\n"
        "SATO Kenji\n"
        "1-2-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
        "TEL: 03-3271-4455  FAX: 03-3271-4456\n"
        "Mobile: 090-2234-5561\n"
        "k-sato@kanda-shoji.co.jp\n"
        "https://www.kanda-shoji.co.jp\n",
        {
            "name": "Sato Kenji",
            "given_name": "Kenji",
            "family_name": "Sato",
            "title": "General Manager",
            "company": "Kanda Shoji Co., Ltd.",
            "emails": ["k-sato@kanda-shoji.co.jp"],
            "phones": {"+81332714455": "work", "+81332714456": "fax", "+819022345561": "mobile"},
            "websites": ["https://www.kanda-shoji.co.jp"],
            "address": "1-2-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
            "region": "JP",
        },
    ),
    (
        "b4-jp-kk-given-first-plus81-paren-zero",
        "EMH AS\n"
        "Hiroshi TANAKA\n"
        "Manager, Corporate Planning Dept.\n"
        "Mitsuboshi Logistics K.K.\n"
        "5F Shiodome Bldg., 1-2-20 Kaigan, Minato-ku,\n"
        "Tokyo 105-0022 Japan\n"
        "Tel +81-(0)3-5403-2271\n"
        "Fax +81-(0)3-5403-2272\n"
        "h.tanaka@mitsuboshi-lg.co.jp\n",
        {
            "name": "Hiroshi Tanaka",
            "given_name": "Hiroshi",
            "family_name": "Tanaka",
            "title": "Manager, Corporate Planning Dept.",
            "company": "Mitsuboshi Logistics K.K.",
            "emails": ["h.tanaka@mitsuboshi-lg.co.jp"],
            "phones": {"+81354032271": "work", "+81354032272": "fax"},
            "websites": [],
            "address": "5F Shiodome Bldg., 1-2-20 Kaigan, Minato-ku, Tokyo 105-0022 Japan",
        },
    ),
    (
        "b4-jp-name-only-in-japanese-role-email",
        "HRA ZEB\n"
        "Yokohama Precision Industries Co., Ltd.\n"
        "RS HR\n"
        "Quality Assurance Section\n"
        "T220-0012\n"
        "2-3-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa\n"
        "TEL 045-222-3100  FAX 045-222-3101\n"
        "qa@yokohama-precision.co.jp\n"
        "www.yokohama-precision.co.jp\n",
        {
            "name": None,
            "title": None,
            "company": "Yokohama Precision Industries Co., Ltd.",
            "emails": ["qa@yokohama-precision.co.jp"],
            "phones": {"+81452223100": "work", "+81452223101": "fax"},
            "websites": ["https://www.yokohama-precision.co.jp"],
            "address": "220-0012, 2-3-1 Minatomirai, Nishi-ku, Yokohama, Kanagawa",
            "region": "JP",
        },
    ),
    (
        "b4-jp-inc-natural-order-mobile-080",
        "Kenji Sato\n"
        "Senior Engineer\n"
        "Cloud Platform Group\n"
        "Techno Bridge Inc.\n"
        "ae tt\n"
        "3-20-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-1430\n"
        "Tel: 03-6279-0811\n"
        "Mobile: 080-4321-9876\n"
        "kenji.sato@technobridge.jp\n",
        {
            "name": "Kenji Sato",
            "given_name": "Kenji",
            "family_name": "Sato",
            "title": "Senior Engineer",
            "company": "Techno Bridge Inc.",
            "emails": ["kenji.sato@technobridge.jp"],
            "phones": {"+81362790811": "work", "+818043219876": "mobile"},
            "websites": [],
            "address": "3-20-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-1430",
            "region": "JP",
        },
    ),
    (
        "b4-jp-osaka-corporation-deputy-gm",
        "ae AL Se\n"
        "Naniwa Kikai Corporation\n"
        "Overseas Business Department\n"
        "Deputy General Manager\n"
        "NAKAMURA Yuko\n"
        "1-8-15 Azuchimachi, Chuo-ku, Osaka 541-0052, Japan\n"
        "Phone: 06-6263-5120\n"
        "Fax: 06-6263-5129\n"
        "E-mail: y-nakamura@naniwa-kikai.co.jp\n",
        {
            "name": "Nakamura Yuko",
            "given_name": "Yuko",
            "family_name": "Nakamura",
            "title": "Deputy General Manager",
            "company": "Naniwa Kikai Corporation",
            "emails": ["y-nakamura@naniwa-kikai.co.jp"],
            "phones": {"+81662635120": "work", "+81662635129": "fax"},
            "websites": [],
            "address": "1-8-15 Azuchimachi, Chuo-ku, Osaka 541-0052, Japan",
            "region": "JP",
        },
    ),
    (
        "b4-jp-free-dial-0120-mobile-070",
        "Hikari Home Service Co., Ltd.\n"
        "Fee EE\n"
        "Sales Representative\n"
        "WATANABE Daisuke\n"
        "Free Dial 0120-889-221\n"
        "Mobile 070-3412-8856\n"
        "d.watanabe@hikari-home.co.jp\n"
        "hikari-home.co.jp\n",
        {
            "name": "Watanabe Daisuke",
            "given_name": "Daisuke",
            "family_name": "Watanabe",
            "title": "Sales Representative",
            "company": "Hikari Home Service Co., Ltd.",
            "emails": ["d.watanabe@hikari-home.co.jp"],
            "phones": {"+81120889221": "work", "+817034128856": "mobile"},
            "websites": ["https://hikari-home.co.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b4-jp-nagoya-81-without-plus",
        "Chubu Auto Parts Corporation\n"
        "Purchasing Division\n"
        "Assistant Manager\n"
        "Takeshi ITO\n"
        "T460-0008\n"
        "3-4-5 Sakae, Naka-ku, Nagoya\n"
        "Tel 81-52-261-3341  Fax 81-52-261-3342\n"
        "t-ito@chubu-ap.co.jp\n",
        {
            "name": "Takeshi Ito",
            "given_name": "Takeshi",
            "family_name": "Ito",
            "title": "Assistant Manager",
            "company": "Chubu Auto Parts Corporation",
            "emails": ["t-ito@chubu-ap.co.jp"],
            "phones": {"+81522613341": "work", "+81522613342": "fax"},
            "websites": [],
            "address": "460-0008, 3-4-5 Sakae, Naka-ku, Nagoya",
            "region": "JP",
        },
    ),
    (
        "b4-jp-university-assoc-prof-dr",
        "ARAB RR\n"
        "The University of Tokyo\n"
        "Graduate School of Engineering\n"
        "Department of Mechanical Engineering\n"
        "Associate Professor\n"
        "Dr. Mariko SUZUKI\n"
        "7-3-1 Hongo, Bunkyo-ku, Tokyo 113-8656, Japan\n"
        "Tel: +81-3-5841-6012\n"
        "suzuki@mech.t.u-tokyo.ac.jp\n",
        {
            "name": "Mariko Suzuki",
            "given_name": "Mariko",
            "family_name": "Suzuki",
            "title": "Associate Professor",
            "company": "The University of Tokyo",
            "emails": ["suzuki@mech.t.u-tokyo.ac.jp"],
            "phones": {"+81358416012": "work"},
            "websites": [],
            "address": "7-3-1 Hongo, Bunkyo-ku, Tokyo 113-8656, Japan",
        },
    ),
    (
        "b4-jp-five-junk-lines-split-address",
        "FE th FR\n"
        "Ae ee\n"
        "| EHR RSE\n"
        "ya\n"
        "HE BB\n"
        "Shirakawa Denki Co., Ltd.\n"
        "Hardware Design Dept.\n"
        "Engineer\n"
        "KOBAYASHI Ryo\n"
        "Ginza Oak Bldg. 8F\n"
        "6-12-15 Ginza, Chuo-ku\n"
        "Tokyo 104-0061 Japan\n"
        "TEL 03-5537-2210\n"
        "r.kobayashi@shirakawa-denki.co.jp\n",
        {
            "name": "Kobayashi Ryo",
            "given_name": "Ryo",
            "family_name": "Kobayashi",
            "title": "Engineer",
            "company": "Shirakawa Denki Co., Ltd.",
            "emails": ["r.kobayashi@shirakawa-denki.co.jp"],
            "phones": {"+81355372210": "work"},
            "websites": [],
            "address": "Ginza Oak Bldg. 8F, 6-12-15 Ginza, Chuo-ku, Tokyo 104-0061 Japan",
            "region": "JP",
        },
    ),
    (
        "b4-jp-sake-brewery-info-only",
        "HAO RR A\n"
        "Kyoto Fushimi Sake Brewery Co., Ltd.\n"
        "Since 1789\n"
        "T612-8043\n"
        "120 Minamihama-cho, Fushimi-ku, Kyoto\n"
        "TEL 075-611-2241\n"
        "FAX 075-611-2242\n"
        "info@fushimi-sake.co.jp\n"
        "www.fushimi-sake.co.jp\n",
        {
            "name": None,
            "title": None,
            "company": "Kyoto Fushimi Sake Brewery Co., Ltd.",
            "emails": ["info@fushimi-sake.co.jp"],
            "phones": {"+81756112241": "work", "+81756112242": "fax"},
            "websites": ["https://www.fushimi-sake.co.jp"],
            "address": "612-8043, 120 Minamihama-cho, Fushimi-ku, Kyoto",
            "region": "JP",
        },
    ),
    (
        "b4-jp-president-ceo-representative-director",
        "ei\n"
        "Bluewave Robotics Inc.\n"
        "Representative Director, President & CEO\n"
        "Yuki YAMAMOTO\n"
        "WeWork Shibuya Scramble Square, 2-24-12 Shibuya,\n"
        "Shibuya-ku, Tokyo 150-6139\n"
        "M: 090-7788-1203\n"
        "yuki@bluewave-robotics.com\n"
        "bluewave-robotics.com\n",
        {
            "name": "Yuki Yamamoto",
            "given_name": "Yuki",
            "family_name": "Yamamoto",
            "title": "Representative Director, President & CEO",
            "company": "Bluewave Robotics Inc.",
            "emails": ["yuki@bluewave-robotics.com"],
            "phones": {"+819077881203": "mobile"},
            "websites": ["https://bluewave-robotics.com"],
            "address": "WeWork Shibuya Scramble Square, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6139",
            "region": "JP",
        },
    ),
    (
        "b4-jp-sapporo-section-chief-unlabelled-mobile",
        "Hokkaido Dairy Cooperative\n"
        "LE Bi\n"
        "Export Promotion Section\n"
        "Section Chief\n"
        "Aya KIMURA\n"
        "T060-0042\n"
        "2-15 Odori Nishi, Chuo-ku, Sapporo, Hokkaido\n"
        "011-231-4478\n"
        "090-6120-3345\n"
        "kimura.aya@hokkaido-dairy.or.jp\n",
        {
            "name": "Aya Kimura",
            "given_name": "Aya",
            "family_name": "Kimura",
            "title": "Section Chief",
            "company": "Hokkaido Dairy Cooperative",
            "emails": ["kimura.aya@hokkaido-dairy.or.jp"],
            "phones": {"+81112314478": "work", "+819061203345": "mobile"},
            "websites": [],
            "address": "060-0042, 2-15 Odori Nishi, Chuo-ku, Sapporo, Hokkaido",
            "region": "JP",
        },
    ),
    (
        "b4-jp-fukuoka-name-first-caps-family-dept-title-one-line",
        "Kyushu Semicon K.K.\n"
        "ia\n"
        "Manager, Process Engineering Department\n"
        "Shota MORI\n"
        "Hakata Riverain East Site 10F\n"
        "3-1 Shimokawabata-machi, Hakata-ku, Fukuoka 812-0027\n"
        "Tel. 092-282-6630\n"
        "Fax. 092-282-6631\n"
        "s-mori@kyushu-semicon.jp\n",
        {
            "name": "Shota Mori",
            "given_name": "Shota",
            "family_name": "Mori",
            "title": "Manager, Process Engineering Department",
            "company": "Kyushu Semicon K.K.",
            "emails": ["s-mori@kyushu-semicon.jp"],
            "phones": {"+81922826630": "work", "+81922826631": "fax"},
            "websites": [],
            "address": "Hakata Riverain East Site 10F, 3-1 Shimokawabata-machi, Hakata-ku, Fukuoka 812-0027",
            "region": "JP",
        },
    ),
    (
        "b4-jp-consulting-plus81-mobile-given-first",
        "BE BO\n"
        "Sakura Strategy Partners\n"
        "Senior Consultant\n"
        "Naoki Fujimoto\n"
        "Marunouchi Trust Tower North 12F\n"
        "1-8-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan\n"
        "T: +81 3 6259 1180\n"
        "M: +81 80 3377 2045\n"
        "n.fujimoto@sakura-sp.com\n"
        "www.sakura-sp.com\n",
        {
            "name": "Naoki Fujimoto",
            "given_name": "Naoki",
            "family_name": "Fujimoto",
            "title": "Senior Consultant",
            "company": "Sakura Strategy Partners",
            "emails": ["n.fujimoto@sakura-sp.com"],
            "phones": {"+81362591180": "work", "+818033772045": "mobile"},
            "websites": ["https://www.sakura-sp.com"],
            "address": (
                "Marunouchi Trust Tower North 12F, 1-8-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan"
            ),
        },
    ),
    (
        "b4-jp-kobe-shipping-caps-name-fax-first",
        "SEARS BR\n"
        "Rokko Marine Transport Co., Ltd.\n"
        "Chartering Team\n"
        "Assistant Manager\n"
        "OKADA Masaru\n"
        "FAX 078-332-9911\n"
        "TEL 078-332-9900\n"
        "okada@rokko-marine.co.jp\n"
        "5-1 Kaigan-dori, Chuo-ku, Kobe 650-0024\n",
        {
            "name": "Okada Masaru",
            "given_name": "Masaru",
            "family_name": "Okada",
            "title": "Assistant Manager",
            "company": "Rokko Marine Transport Co., Ltd.",
            "emails": ["okada@rokko-marine.co.jp"],
            "phones": {"+81783329911": "fax", "+81783329900": "work"},
            "websites": [],
            "address": "5-1 Kaigan-dori, Chuo-ku, Kobe 650-0024",
            "region": "JP",
        },
    ),
    (
        "b4-jp-design-studio-050-ip-phone",
        "studio kumo\n"
        "graphic & web design\n"
        "Art Director\n"
        "Haruka Ishii\n"
        "IP 050-3852-1147\n"
        "haruka@studiokumo.jp\n"
        "studiokumo.jp\n",
        {
            "name": "Haruka Ishii",
            "given_name": "Haruka",
            "family_name": "Ishii",
            "title": "Art Director",
            "company": "studio kumo",
            "emails": ["haruka@studiokumo.jp"],
            "phones": {"+815038521147": "work"},
            "websites": ["https://studiokumo.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b4-jp-hospital-md-phd-name-only-japanese-dept",
        "ARE AE\n"
        "SEF I\n"
        "St. Luke's International Hospital\n"
        "Department of Cardiology\n"
        "9-1 Akashi-cho, Chuo-ku, Tokyo 104-8560\n"
        "TEL 03-3541-5151 (main)\n"
        "cardio-office@luke.ac.jp\n",
        {
            "name": None,
            "company": "St. Luke's International Hospital",
            "emails": ["cardio-office@luke.ac.jp"],
            "phones": {"+81335415151": "work"},
            "websites": [],
            "address": "9-1 Akashi-cho, Chuo-ku, Tokyo 104-8560",
            "region": "JP",
        },
    ),
    (
        "b4-jp-bank-executive-officer-caps-family",
        "Ti\n"
        "Mizunami Bank, Ltd.\n"
        "Executive Officer\n"
        "Head of Global Markets\n"
        "HASEGAWA Makoto\n"
        "1-5-5 Otemachi, Chiyoda-ku, Tokyo 100-8176, Japan\n"
        "Direct: +81-3-3214-7720\n"
        "makoto.hasegawa@mizunami-bank.co.jp\n",
        {
            "name": "Hasegawa Makoto",
            "given_name": "Makoto",
            "family_name": "Hasegawa",
            "company": "Mizunami Bank, Ltd.",
            "emails": ["makoto.hasegawa@mizunami-bank.co.jp"],
            "phones": {"+81332147720": "work"},
            "websites": [],
            "address": "1-5-5 Otemachi, Chiyoda-ku, Tokyo 100-8176, Japan",
        },
    ),
    (
        "b4-jp-sendai-one-line-tel-fax-slash",
        "Tohoku Agri Tech Co., Ltd.\n"
        "|i AE\n"
        "Research & Development Center\n"
        "Senior Researcher\n"
        "Dr. Emi KATO\n"
        "T980-0811\n"
        "1-6-35 Ichibancho, Aoba-ku, Sendai, Miyagi\n"
        "TEL/FAX 022-227-8841\n"
        "kato.emi@tohoku-agritech.co.jp\n",
        {
            "name": "Emi Kato",
            "given_name": "Emi",
            "family_name": "Kato",
            "title": "Senior Researcher",
            "company": "Tohoku Agri Tech Co., Ltd.",
            "emails": ["kato.emi@tohoku-agritech.co.jp"],
            "address": "980-0811, 1-6-35 Ichibancho, Aoba-ku, Sendai, Miyagi",
            "region": "JP",
        },
    ),
    (
        "b4-jp-hiroshima-kabushiki-kaisha",
        "EMH AE\n"
        "Setouchi Lemon Farm Kabushiki Kaisha\n"
        "Overseas Sales\n"
        "Miho OGAWA\n"
        "Tel 082-511-3090\n"
        "Mobile 080-1943-2260\n"
        "ogawa@setouchi-lemon.jp\n"
        "www.setouchi-lemon.jp\n",
        {
            "name": "Miho Ogawa",
            "given_name": "Miho",
            "family_name": "Ogawa",
            "title": None,
            "company": "Setouchi Lemon Farm Kabushiki Kaisha",
            "emails": ["ogawa@setouchi-lemon.jp"],
            "phones": {"+81825113090": "work", "+818019432260": "mobile"},
            "websites": ["https://www.setouchi-lemon.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b4-jp-it-services-title-before-dept-inc",
        "CGD\n"
        "Nexus Systems Japan Inc.\n"
        "Project Manager\n"
        "Financial Solutions Division\n"
        "Taro Yamada\n"
        "Shinagawa Intercity Tower A 15F\n"
        "2-15-1 Konan, Minato-ku, Tokyo 108-6015\n"
        "Tel 03-6712-4000 (Main)\n"
        "Mobile 090-1122-3344\n"
        "taro.yamada@nexus-sys.co.jp\n",
        {
            "name": "Taro Yamada",
            "given_name": "Taro",
            "family_name": "Yamada",
            "title": "Project Manager",
            "company": "Nexus Systems Japan Inc.",
            "emails": ["taro.yamada@nexus-sys.co.jp"],
            "phones": {"+81367124000": "work", "+819011223344": "mobile"},
            "websites": [],
            "address": "Shinagawa Intercity Tower A 15F, 2-15-1 Konan, Minato-ku, Tokyo 108-6015",
            "region": "JP",
        },
    ),
    (
        "b4-jp-ryokan-role-email-no-person",
        "fee fe\n"
        "Ryokan Hanamizuki\n"
        "Traditional Japanese Inn since 1921\n"
        "T418-0111\n"
        "512 Yamamiyamachi, Fujinomiya, Shizuoka\n"
        "Reservations 0544-58-1211\n"
        "reservation@hanamizuki-inn.jp\n"
        "hanamizuki-inn.jp\n",
        {
            "name": None,
            "title": None,
            "company": "Ryokan Hanamizuki",
            "emails": ["reservation@hanamizuki-inn.jp"],
            "phones": {"+81544581211": "work"},
            "websites": ["https://hanamizuki-inn.jp"],
            "address": "418-0111, 512 Yamamiyamachi, Fujinomiya, Shizuoka",
            "region": "JP",
        },
    ),
    (
        "b4-jp-pharma-plus81-no-paren-osaka",
        "Ie 4A\n"
        "Doshomachi Pharma Co., Ltd.\n"
        "Clinical Development Dept.\n"
        "Director\n"
        "Keiko MATSUMOTO, Ph.D.\n"
        "3-1-8 Doshomachi, Chuo-ku, Osaka 541-0045, Japan\n"
        "Phone +81-6-6202-7712\n"
        "Facsimile +81-6-6202-7719\n"
        "keiko.matsumoto@doshomachi-pharma.co.jp\n",
        {
            "name": "Keiko Matsumoto",
            "given_name": "Keiko",
            "family_name": "Matsumoto",
            "title": "Director",
            "company": "Doshomachi Pharma Co., Ltd.",
            "emails": ["keiko.matsumoto@doshomachi-pharma.co.jp"],
            "phones": {"+81662027712": "work", "+81662027719": "fax"},
            "websites": [],
            "address": "3-1-8 Doshomachi, Chuo-ku, Osaka 541-0045, Japan",
        },
    ),
    (
        "b4-jp-startup-caps-company-lowercase-name",
        "PR RARE\nANDO LABS INC.\nCTO / Co-founder\nRen Ando\nren@andolabs.jp\n090-4412-7788\nandolabs.jp\n",
        {
            "name": "Ren Ando",
            "given_name": "Ren",
            "family_name": "Ando",
            "title": "CTO / Co-founder",
            "company": "Ando Labs Inc.",
            "emails": ["ren@andolabs.jp"],
            "phones": {"+819044127788": "mobile"},
            "websites": ["https://andolabs.jp"],
            "address": None,
            "region": "JP",
        },
    ),
    (
        "b4-jp-saitama-local-government",
        "HE Wy\n"
        "Saitama Prefectural Government\n"
        "International Exchange Division\n"
        "Coordinator for International Relations\n"
        "Emily Carter\n"
        "3-15-1 Takasago, Urawa-ku, Saitama 330-9301\n"
        "TEL 048-830-2705  FAX 048-830-4743\n"
        "a2700-10@pref.saitama.lg.jp\n",
        {
            "name": "Emily Carter",
            "given_name": "Emily",
            "family_name": "Carter",
            "title": "Coordinator for International Relations",
            "company": "Saitama Prefectural Government",
            "emails": ["a2700-10@pref.saitama.lg.jp"],
            "phones": {"+81488302705": "work", "+81488304743": "fax"},
            "websites": [],
            "address": "3-15-1 Takasago, Urawa-ku, Saitama 330-9301",
            "region": "JP",
        },
    ),
    (
        "b4-jp-chiba-law-office-bengoshi",
        "BRE HER\n"
        "Makuhari Law Office\n"
        "Attorney at Law (Bengoshi)\n"
        "Kazuhiro NISHIMURA\n"
        "T261-8501\n"
        "2-6-1 Nakase, Mihama-ku, Chiba\n"
        "TEL 043-296-8810\n"
        "FAX 043-296-8811\n"
        "nishimura@makuhari-law.jp\n",
        {
            "name": "Kazuhiro Nishimura",
            "given_name": "Kazuhiro",
            "family_name": "Nishimura",
            "company": "Makuhari Law Office",
            "emails": ["nishimura@makuhari-law.jp"],
            "phones": {"+81432968810": "work", "+81432968811": "fax"},
            "websites": [],
            "address": "261-8501, 2-6-1 Nakase, Mihama-ku, Chiba",
            "region": "JP",
        },
    ),
    (
        "b4-jp-electronics-corporation-general-manager-caps",
        "(ee ae\n"
        "ASAHI DENSHI CORPORATION\n"
        "Automotive Components Business Unit\n"
        "General Manager\n"
        "INOUE Takashi\n"
        "Asahi Bldg., 2-7-1 Kohnan, Minato-ku, Tokyo 108-0075 Japan\n"
        "Phone: +81-3-6433-2100\n"
        "Mobile: +81-90-8871-5530\n"
        "takashi.inoue@asahi-denshi.co.jp\n"
        "www.asahi-denshi.co.jp\n",
        {
            "name": "Inoue Takashi",
            "given_name": "Takashi",
            "family_name": "Inoue",
            "title": "General Manager",
            "company": "Asahi Denshi Corporation",
            "emails": ["takashi.inoue@asahi-denshi.co.jp"],
            "phones": {"+81364332100": "work", "+819088715530": "mobile"},
            "websites": ["https://www.asahi-denshi.co.jp"],
            "address": "Asahi Bldg., 2-7-1 Kohnan, Minato-ku, Tokyo 108-0075 Japan",
        },
    ),
    (
        "b4-jp-travel-agency-0120-and-03",
        "Fuji Travel Service Co., Ltd.\n"
        "a es\n"
        "Inbound Tour Desk\n"
        "Travel Consultant\n"
        "Mai HAYASHI\n"
        "Toll Free 0120-456-780\n"
        "Tel 03-5363-2288\n"
        "m.hayashi@fujitravel.co.jp\n"
        "Shinjuku Sanei Bldg. 4F, 1-22-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023\n",
        {
            "name": "Mai Hayashi",
            "given_name": "Mai",
            "family_name": "Hayashi",
            "title": "Travel Consultant",
            "company": "Fuji Travel Service Co., Ltd.",
            "emails": ["m.hayashi@fujitravel.co.jp"],
            "phones": {"+81120456780": "work", "+81353632288": "work"},
            "websites": [],
            "address": "Shinjuku Sanei Bldg. 4F, 1-22-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",
            "region": "JP",
        },
    ),
    (
        "b4-jp-ocr-noisy-numbers",
        "ARE A\n"
        "Kawasaki Steel Works Co., Ltd.\n"
        "Technical Sales Dept.\n"
        "Manager\n"
        "ABE Tomohiro\n"
        "TEL 044-2l1-6600\n"
        "FAX 044-2l1-66O1\n"
        "t-abe@kawasaki-sw.co.jp\n"
        "1-1 Minamiwatarida-cho, Kawasaki-ku, Kawasaki 210-0855\n",
        {
            "name": "Abe Tomohiro",
            "given_name": "Tomohiro",
            "family_name": "Abe",
            "title": "Manager",
            "company": "Kawasaki Steel Works Co., Ltd.",
            "emails": ["t-abe@kawasaki-sw.co.jp"],
            "phones": {"+81442116600": "work", "+81442116601": "fax"},
            "websites": [],
            "address": "1-1 Minamiwatarida-cho, Kawasaki-ku, Kawasaki 210-0855",
            "region": "JP",
        },
    ),
    (
        "b4-jp-gaishi-manager-given-first-both",
        "Acme Analytics Japan G.K.\n"
        "Country Manager, Japan\n"
        "Daniel Whitmore\n"
        "Ark Hills Sengokuyama Mori Tower 25F\n"
        "1-9-10 Roppongi, Minato-ku, Tokyo 106-0032\n"
        "Office: 03-4588-1700\n"
        "Mobile: 080-9163-2041\n"
        "dwhitmore@acmeanalytics.com\n",
        {
            "name": "Daniel Whitmore",
            "given_name": "Daniel",
            "family_name": "Whitmore",
            "title": "Country Manager, Japan",
            "company": "Acme Analytics Japan G.K.",
            "emails": ["dwhitmore@acmeanalytics.com"],
            "phones": {"+81345881700": "work", "+818091632041": "mobile"},
            "websites": [],
            "address": "Ark Hills Sengokuyama Mori Tower 25F, 1-9-10 Roppongi, Minato-ku, Tokyo 106-0032",
            "region": "JP",
        },
    ),
    (
        "b4-jp-name-japanese-only-title-english",
        "HOE fF ARE\n"
        "Marine Foods Co., Ltd.\n"
        "Sales Manager\n"
        "RIKI\n"
        "TEL 03-3545-0071\n"
        "Mobile 090-3012-4491\n"
        "sales@marinefoods.co.jp\n"
        "4-16-2 Tsukiji, Chuo-ku, Tokyo 104-0045\n",
        {
            "name": None,
            "title": "Sales Manager",
            "company": "Marine Foods Co., Ltd.",
            "emails": ["sales@marinefoods.co.jp"],
            "phones": {"+81335450071": "work", "+819030124491": "mobile"},
            "websites": [],
            "address": "4-16-2 Tsukiji, Chuo-ku, Tokyo 104-0045",
            "region": "JP",
        },
    ),
    (
        "b4-jp-architect-name-with-first-initial",
        "i HR\n"
        "K. MATSUDA ARCHITECTS\n"
        "Principal Architect\n"
        "Kaori Matsuda\n"
        "2-9-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062\n"
        "t. 03-6804-3390\n"
        "e. kaori@kmatsuda-arch.jp\n"
        "w. kmatsuda-arch.jp\n",
        {
            "name": "Kaori Matsuda",
            "given_name": "Kaori",
            "family_name": "Matsuda",
            "title": "Principal Architect",
            "company": "K. Matsuda Architects",
            "emails": ["kaori@kmatsuda-arch.jp"],
            "phones": {"+81368043390": "work"},
            "websites": ["https://kmatsuda-arch.jp"],
            "address": "2-9-8 Minami-Aoyama, Minato-ku, Tokyo 107-0062",
            "region": "JP",
        },
    ),
    (
        "b4-jp-trading-caps-name-two-emails",
        "EE\n"
        "Hamamatsu Musical Instruments Corporation\n"
        "Overseas Marketing Group\n"
        "Group Leader\n"
        "SUGIYAMA Nobuo\n"
        "10-1 Nakazawa-cho, Naka-ku, Hamamatsu, Shizuoka 430-8650, Japan\n"
        "TEL +81-53-460-2211\n"
        "nobuo.sugiyama@hamamatsu-mi.co.jp\n"
        "overseas@hamamatsu-mi.co.jp\n",
        {
            "name": "Sugiyama Nobuo",
            "given_name": "Nobuo",
            "family_name": "Sugiyama",
            "title": "Group Leader",
            "company": "Hamamatsu Musical Instruments Corporation",
            "emails": ["nobuo.sugiyama@hamamatsu-mi.co.jp", "overseas@hamamatsu-mi.co.jp"],
            "phones": {"+81534602211": "work"},
            "websites": [],
            "address": "10-1 Nakazawa-cho, Naka-ku, Hamamatsu, Shizuoka 430-8650, Japan",
        },
    ),
    (
        "b4-jp-nonprofit-npo-hojin",
        "BSR AREER\n"
        "NPO Tokyo Food Bank\n"
        "Volunteer Coordinator\n"
        "Sakura Endo\n"
        "T110-0015\n"
        "2-3-10 Higashiueno, Taito-ku, Tokyo\n"
        "03-5816-4990\n"
        "volunteer@tokyofoodbank.org\n"
        "tokyofoodbank.org\n",
        {
            "name": "Sakura Endo",
            "given_name": "Sakura",
            "family_name": "Endo",
            "title": "Volunteer Coordinator",
            "company": "NPO Tokyo Food Bank",
            "emails": ["volunteer@tokyofoodbank.org"],
            "phones": {"+81358164990": "work"},
            "websites": ["https://tokyofoodbank.org"],
            "address": "110-0015, 2-3-10 Higashiueno, Taito-ku, Tokyo",
            "region": "JP",
        },
    ),
    (
        "b4-jp-machine-tools-split-tel-lines",
        "(BR A ae\n"
        "Okamura Machine Tools Co., Ltd.\n"
        "Service Engineering Section\n"
        "Senior Field Engineer\n"
        "MURATA Kei\n"
        "Head Office\n"
        "1200 Mizuho-cho, Nagoya, Aichi 467-0000\n"
        "Tel. 052-841-1234\n"
        "Cell. 080-5566-7788\n"
        "kei.murata@okamura-mt.co.jp\n",
        {
            "name": "Murata Kei",
            "given_name": "Kei",
            "family_name": "Murata",
            "title": "Senior Field Engineer",
            "company": "Okamura Machine Tools Co., Ltd.",
            "emails": ["kei.murata@okamura-mt.co.jp"],
            "phones": {"+81528411234": "work", "+818055667788": "mobile"},
            "websites": [],
            "region": "JP",
        },
    ),
    (
        "b4-jp-gallery-okinawa-098",
        "~ a\n"
        "Gallery Churaumi\n"
        "Curator\n"
        "Natsuki HIGA\n"
        "3-2-10 Makishi, Naha, Okinawa 900-0013\n"
        "tel 098-862-4410\n"
        "natsuki@churaumi-gallery.com\n"
        "instagram @churaumi_gallery\n",
        {
            "name": "Natsuki Higa",
            "given_name": "Natsuki",
            "family_name": "Higa",
            "title": "Curator",
            "company": "Gallery Churaumi",
            "emails": ["natsuki@churaumi-gallery.com"],
            "phones": {"+81988624410": "work"},
            "websites": [],
            "address": "3-2-10 Makishi, Naha, Okinawa 900-0013",
            "region": "JP",
        },
    ),
    (
        "b4-jp-securities-caps-full-name-tel-comma",
        "Nomura Tsubasa Securities Co., Ltd.\n"
        "Wealth Management Dept. I\n"
        "Relationship Manager\n"
        "KOJI TAKAHASHI\n"
        "Tel: 03-3211-0180, Mobile: 080-1204-5679\n"
        "koji.takahashi@tsubasa-sec.co.jp\n"
        "2-2-2 Otemachi, Chiyoda-ku, Tokyo 100-0004\n",
        {
            "name": "Koji Takahashi",
            "given_name": "Koji",
            "family_name": "Takahashi",
            "title": "Relationship Manager",
            "company": "Nomura Tsubasa Securities Co., Ltd.",
            "emails": ["koji.takahashi@tsubasa-sec.co.jp"],
            "phones": {"+81332110180": "work", "+818012045679": "mobile"},
            "websites": [],
            "address": "2-2-2 Otemachi, Chiyoda-ku, Tokyo 100-0004",
            "region": "JP",
        },
    ),
    (
        "b4-jp-food-maker-tel-fax-on-address-line",
        "Sanuki Udon Honpo Co., Ltd.\n"
        "EE a\n"
        "President\n"
        "Ichiro MIYOSHI\n"
        "1-5-3 Kawaramachi, Takamatsu, Kagawa 760-0052 TEL 087-821-3300 FAX 087-821-3301\n"
        "miyoshi@sanuki-udon.co.jp\n",
        {
            "name": "Ichiro Miyoshi",
            "given_name": "Ichiro",
            "family_name": "Miyoshi",
            "title": "President",
            "company": "Sanuki Udon Honpo Co., Ltd.",
            "emails": ["miyoshi@sanuki-udon.co.jp"],
            "phones": {"+81878213300": "work", "+81878213301": "fax"},
            "websites": [],
            "address": "1-5-3 Kawaramachi, Takamatsu, Kagawa 760-0052",
            "region": "JP",
        },
    ),
    (
        "b4-jp-broadcast-producer-katakana-junk",
        "Y FL bh\n"
        "NHT Broadcasting Corporation\n"
        "Content Production Center\n"
        "Senior Producer\n"
        "Yoshiko TERADA\n"
        "2-2-1 Jinnan, Shibuya-ku, Tokyo 150-8001\n"
        "Direct 03-5455-7231\n"
        "terada.y@nht.or.jp\n",
        {
            "name": "Yoshiko Terada",
            "given_name": "Yoshiko",
            "family_name": "Terada",
            "title": "Senior Producer",
            "company": "NHT Broadcasting Corporation",
            "emails": ["terada.y@nht.or.jp"],
            "phones": {"+81354557231": "work"},
            "websites": [],
            "address": "2-2-1 Jinnan, Shibuya-ku, Tokyo 150-8001",
            "region": "JP",
        },
    ),
    (
        "b4-jp-realestate-license-number-not-phone",
        "Tokyu Sumai Realty Co., Ltd.\n"
        "Minister of Land, Infrastructure, Transport and Tourism License (3) No. 7712\n"
        "Leasing Consultant\n"
        "Rina OTA\n"
        "Tel 03-3461-5500\n"
        "Mobile 070-1122-9087\n"
        "ota.rina@tokyu-sumai.jp\n"
        "1-21-2 Dogenzaka, Shibuya-ku, Tokyo 150-0043\n",
        {
            "name": "Rina Ota",
            "given_name": "Rina",
            "family_name": "Ota",
            "title": "Leasing Consultant",
            "company": "Tokyu Sumai Realty Co., Ltd.",
            "emails": ["ota.rina@tokyu-sumai.jp"],
            "phones": {"+81334615500": "work", "+817011229087": "mobile"},
            "websites": [],
            "address": "1-21-2 Dogenzaka, Shibuya-ku, Tokyo 150-0043",
            "region": "JP",
        },
    ),
]

OTHER: list[Case] = [
    (
        "b4-kr-seoul-mobile-010",
        "Hanbit Semiconductor Co., Ltd.\n"
        "Overseas Sales Team\n"
        "Senior Manager\n"
        "Kim Min-jun\n"
        "152 Teheran-ro, Gangnam-gu, Seoul 06236, Korea\n"
        "Tel 02-3456-7890\n"
        "Mobile 010-2345-6789\n"
        "minjun.kim@hanbitsemi.co.kr\n",
        {
            "name": "Kim Min-jun",
            "title": "Senior Manager",
            "company": "Hanbit Semiconductor Co., Ltd.",
            "emails": ["minjun.kim@hanbitsemi.co.kr"],
            "phones": {"+82234567890": "work", "+821023456789": "mobile"},
            "websites": [],
            "address": "152 Teheran-ro, Gangnam-gu, Seoul 06236, Korea",
            "region": "KR",
        },
    ),
    (
        "b4-kr-plus82-busan",
        "Haeundae Marine Logistics\n"
        "PARK Ji-hoon\n"
        "General Manager\n"
        "T +82 51 740 3300\n"
        "M +82 10 9876 5432\n"
        "jhpark@hml.co.kr\n"
        "www.hml.co.kr\n"
        "24 Centum jungang-ro, Haeundae-gu, Busan 48059, Korea\n",
        {
            "name": "Park Ji-hoon",
            "family_name": "Park",
            "title": "General Manager",
            "company": "Haeundae Marine Logistics",
            "emails": ["jhpark@hml.co.kr"],
            "phones": {"+82517403300": "work", "+821098765432": "mobile"},
            "websites": ["https://www.hml.co.kr"],
            "address": "24 Centum jungang-ro, Haeundae-gu, Busan 48059, Korea",
        },
    ),
    (
        "b4-cn-shanghai-138-mobile",
        "Shanghai Huayu Electronics Co., Ltd.\n"
        "Export Department\n"
        "Sales Manager\n"
        "Wang Lei (Leo)\n"
        "Tel: +86 21 6888 1234\n"
        "Mob: 138 1234 5678\n"
        "leo.wang@huayu-elec.com.cn\n"
        "No. 1000 Century Avenue, Pudong New Area, Shanghai 200120, China\n",
        {
            "title": "Sales Manager",
            "company": "Shanghai Huayu Electronics Co., Ltd.",
            "emails": ["leo.wang@huayu-elec.com.cn"],
            "phones": {"+862168881234": "work", "+8613812345678": "mobile"},
            "websites": [],
            "address": "No. 1000 Century Avenue, Pudong New Area, Shanghai 200120, China",
            "region": "CN",
        },
    ),
    (
        "b4-cn-shenzhen-wechat-qq",
        "Shenzhen Jiali Technology Co., Ltd.\n"
        "Zhang Wei\n"
        "Business Development Director\n"
        "Mobile/WeChat: +86 139 2345 6781\n"
        "Tel: +86-755-8612-3456\n"
        "E-mail: zhangwei@jialitech.cn\n"
        "Web: www.jialitech.cn\n"
        "Add: 3F, Building B, Nanshan Science Park, Shenzhen, Guangdong, China\n",
        {
            "name": "Zhang Wei",
            "given_name": "Wei",
            "family_name": "Zhang",
            "title": "Business Development Director",
            "company": "Shenzhen Jiali Technology Co., Ltd.",
            "emails": ["zhangwei@jialitech.cn"],
            "phones": {"+8613923456781": "mobile", "+8675586123456": "work"},
            "websites": ["https://www.jialitech.cn"],
        },
    ),
    (
        "b4-tw-taipei-0912-mobile",
        "Formosa Precision Optics Corp.\n"
        "Chen Yi-Ting (Tina)\n"
        "Project Manager\n"
        "TEL: 02-2722-1234 ext. 305\n"
        "Mobile: 0912-345-678\n"
        "tina.chen@fpo.com.tw\n"
        "No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City 110, Taiwan\n",
        {
            "title": "Project Manager",
            "company": "Formosa Precision Optics Corp.",
            "emails": ["tina.chen@fpo.com.tw"],
            "phones": {"+886227221234": "work", "+886912345678": "mobile"},
            "websites": [],
            "address": "No. 7, Sec. 5, Xinyi Rd., Xinyi Dist., Taipei City 110, Taiwan",
            "region": "TW",
        },
    ),
    (
        "b4-hk-eight-digit-numbers",
        "Victoria Harbour Capital Limited\n"
        "Director, Private Equity\n"
        "Raymond Cheung\n"
        "Level 28, Two IFC, 8 Finance Street, Central, Hong Kong\n"
        "T: (852) 2522 1234\n"
        "M: (852) 9123 4567\n"
        "raymond.cheung@vhcapital.com.hk\n",
        {
            "name": "Raymond Cheung",
            "given_name": "Raymond",
            "family_name": "Cheung",
            "title": "Director, Private Equity",
            "company": "Victoria Harbour Capital Limited",
            "emails": ["raymond.cheung@vhcapital.com.hk"],
            "phones": {"+85225221234": "work", "+85291234567": "mobile"},
            "websites": [],
            "address": "Level 28, Two IFC, 8 Finance Street, Central, Hong Kong",
        },
    ),
    (
        "b4-sg-pte-ltd-unlabelled-mobile",
        "Lion City Analytics Pte. Ltd.\n"
        "Tan Wei Ming\n"
        "Head of Data Science\n"
        "6221 3344\n"
        "9123 4567\n"
        "weiming.tan@lioncity.ai\n"
        "1 Raffles Place, #20-01 One Raffles Place, Singapore 048616\n",
        {
            "name": "Tan Wei Ming",
            "title": "Head of Data Science",
            "company": "Lion City Analytics Pte. Ltd.",
            "emails": ["weiming.tan@lioncity.ai"],
            "phones": {"+6562213344": "work", "+6591234567": "mobile"},
            "websites": [],
            "address": "1 Raffles Place, #20-01 One Raffles Place, Singapore 048616",
            "region": "SG",
        },
    ),
    (
        "b4-my-sdn-bhd-kl",
        "Petaling Agro Sdn. Bhd.\n"
        "Ahmad Faizal bin Ismail\n"
        "Operations Manager\n"
        "Tel: +60 3-2141 5566\n"
        "H/P: 012-345 6789\n"
        "faizal@petalingagro.com.my\n"
        "Level 12, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur, Malaysia\n",
        {
            "name": "Ahmad Faizal bin Ismail",
            "title": "Operations Manager",
            "company": "Petaling Agro Sdn. Bhd.",
            "emails": ["faizal@petalingagro.com.my"],
            "phones": {"+60321415566": "work", "+60123456789": "mobile"},
            "websites": [],
            "address": "Level 12, Menara Binjai, 2 Jalan Binjai, 50450 Kuala Lumpur, Malaysia",
            "region": "MY",
        },
    ),
    (
        "b4-th-bangkok-co-ltd",
        "Siam Orchid Hospitality Co., Ltd.\n"
        "Ms. Siriporn Wongsawat\n"
        "Director of Sales & Marketing\n"
        "T. 02 253 4455\n"
        "M. 081 234 5678\n"
        "siriporn@siamorchid.co.th\n"
        "www.siamorchid.co.th\n"
        "999 Rama I Road, Pathumwan, Bangkok 10330, Thailand\n",
        {
            "name": "Siriporn Wongsawat",
            "given_name": "Siriporn",
            "family_name": "Wongsawat",
            "title": "Director of Sales & Marketing",
            "company": "Siam Orchid Hospitality Co., Ltd.",
            "emails": ["siriporn@siamorchid.co.th"],
            "phones": {"+6622534455": "work", "+66812345678": "mobile"},
            "websites": ["https://www.siamorchid.co.th"],
            "address": "999 Rama I Road, Pathumwan, Bangkok 10330, Thailand",
            "region": "TH",
        },
    ),
    (
        "b4-ph-makati-0917",
        "Pacific Isles BPO Solutions, Inc.\n"
        "Maria Cristina D. Reyes\n"
        "HR Business Partner\n"
        "Trunkline (02) 8812 3456 loc. 210\n"
        "Mobile 0917 123 4567\n"
        "mcreyes@pacificisles.ph\n"
        "25F Ayala Tower One, Ayala Avenue, Makati City 1226, Philippines\n",
        {
            "name": "Maria Cristina D. Reyes",
            "family_name": "Reyes",
            "title": "HR Business Partner",
            "company": "Pacific Isles BPO Solutions, Inc.",
            "emails": ["mcreyes@pacificisles.ph"],
            "phones": {"+63288123456": "work", "+639171234567": "mobile"},
            "websites": [],
            "address": "25F Ayala Tower One, Ayala Avenue, Makati City 1226, Philippines",
            "region": "PH",
        },
    ),
    (
        "b4-it-milano-srl",
        "Studio Legale Bianchi & Associati\n"
        "Avv. Giulia Bianchi\n"
        "Socio fondatore\n"
        "Via Montenapoleone 8, 20121 Milano MI, Italia\n"
        "Tel. +39 02 7600 1234\n"
        "Cell. +39 335 612 3478\n"
        "g.bianchi@studiobianchi.it\n"
        "www.studiobianchi.it\n",
        {
            "name": "Giulia Bianchi",
            "given_name": "Giulia",
            "family_name": "Bianchi",
            "title": "Socio fondatore",
            "company": "Studio Legale Bianchi & Associati",
            "emails": ["g.bianchi@studiobianchi.it"],
            "phones": {"+390276001234": "work", "+393356123478": "mobile"},
            "websites": ["https://www.studiobianchi.it"],
            "address": "Via Montenapoleone 8, 20121 Milano MI, Italia",
        },
    ),
    (
        "b4-es-madrid-sl-national",
        "Soluciones Ibéricas S.L.\n"
        "José Antonio García López\n"
        "Director Comercial\n"
        "Tel. 914 321 234\n"
        "Móvil 612 345 678\n"
        "jagarcia@solucionesibericas.es\n"
        "Calle de Serrano 45, 3º Izq., 28001 Madrid\n",
        {
            "name": "José Antonio García López",
            "title": "Director Comercial",
            "company": "Soluciones Ibéricas S.L.",
            "emails": ["jagarcia@solucionesibericas.es"],
            "phones": {"+34914321234": "work", "+34612345678": "mobile"},
            "websites": [],
            "address": "Calle de Serrano 45, 3º Izq., 28001 Madrid",
            "region": "ES",
        },
    ),
    (
        "b4-se-stockholm-ab",
        "Nordvik Design AB\n"
        "Karin Lindström\n"
        "Creative Director\n"
        "Tel 08-545 123 00\n"
        "Mobil 070-123 45 67\n"
        "karin.lindstrom@nordvik.se\n"
        "Götgatan 22A, 118 46 Stockholm\n"
        "nordvik.se\n",
        {
            "name": "Karin Lindström",
            "given_name": "Karin",
            "family_name": "Lindström",
            "title": "Creative Director",
            "company": "Nordvik Design AB",
            "emails": ["karin.lindstrom@nordvik.se"],
            "phones": {"+46854512300": "work", "+46701234567": "mobile"},
            "websites": ["https://nordvik.se"],
            "address": "Götgatan 22A, 118 46 Stockholm",
            "region": "SE",
        },
    ),
    (
        "b4-ch-zurich-ag",
        "Helvetia Precision AG\n"
        "Dr. Lukas Meier\n"
        "Leiter Forschung & Entwicklung\n"
        "Bahnhofstrasse 42, 8001 Zürich, Schweiz\n"
        "T +41 44 221 12 34\n"
        "M +41 79 123 45 67\n"
        "lukas.meier@helvetia-precision.ch\n",
        {
            "name": "Lukas Meier",
            "given_name": "Lukas",
            "family_name": "Meier",
            "title": "Leiter Forschung & Entwicklung",
            "company": "Helvetia Precision AG",
            "emails": ["lukas.meier@helvetia-precision.ch"],
            "phones": {"+41442211234": "work", "+41791234567": "mobile"},
            "websites": [],
            "address": "Bahnhofstrasse 42, 8001 Zürich, Schweiz",
        },
    ),
    (
        "b4-za-cape-town-pty-ltd",
        "Table Mountain Wines (Pty) Ltd\n"
        "Thabo Mokoena\n"
        "Export Manager\n"
        "Tel: 021 418 1234\n"
        "Cell: 082 123 4567\n"
        "thabo@tmwines.co.za\n"
        "www.tmwines.co.za\n"
        "14 Bree Street, Cape Town, 8001, South Africa\n",
        {
            "name": "Thabo Mokoena",
            "given_name": "Thabo",
            "family_name": "Mokoena",
            "title": "Export Manager",
            "company": "Table Mountain Wines (Pty) Ltd",
            "emails": ["thabo@tmwines.co.za"],
            "phones": {"+27214181234": "work", "+27821234567": "mobile"},
            "websites": ["https://www.tmwines.co.za"],
            "address": "14 Bree Street, Cape Town, 8001, South Africa",
            "region": "ZA",
        },
    ),
    (
        "b4-nz-auckland-ddi",
        "Kauri Coast Engineering Ltd\n"
        "Aroha Te Whare\n"
        "Senior Structural Engineer\n"
        "DDI 09 379 1234\n"
        "Mob 021 123 4567\n"
        "aroha.tewhare@kauricoast.co.nz\n"
        "Level 5, 100 Queen Street, Auckland 1010\n",
        {
            "name": "Aroha Te Whare",
            "given_name": "Aroha",
            "family_name": "Te Whare",
            "title": "Senior Structural Engineer",
            "company": "Kauri Coast Engineering Ltd",
            "emails": ["aroha.tewhare@kauricoast.co.nz"],
            "phones": {"+6493791234": "work", "+64211234567": "mobile"},
            "websites": [],
            "address": "Level 5, 100 Queen Street, Auckland 1010",
            "region": "NZ",
        },
    ),
    (
        "b4-ie-dublin-eircode",
        "Liffey Analytics Ltd.\n"
        "Siobhán Ní Bhriain\n"
        "Head of Customer Success\n"
        "T: 01 661 2345\n"
        "M: 087 123 4567\n"
        "siobhan@liffeyanalytics.ie\n"
        "Grand Canal Dock, 2 Hanover Quay, Dublin 2, D02 XY45\n",
        {
            "name": "Siobhán Ní Bhriain",
            "given_name": "Siobhán",
            "family_name": "Ní Bhriain",
            "title": "Head of Customer Success",
            "company": "Liffey Analytics Ltd.",
            "emails": ["siobhan@liffeyanalytics.ie"],
            "phones": {"+35316612345": "work", "+353871234567": "mobile"},
            "websites": [],
            "address": "Grand Canal Dock, 2 Hanover Quay, Dublin 2, D02 XY45",
            "region": "IE",
        },
    ),
    (
        "b4-ae-dubai-po-box",
        "Gulf Horizon Trading LLC\n"
        "Mohammed Al Mansoori\n"
        "Chief Operating Officer\n"
        "P.O. Box 123456, Dubai, United Arab Emirates\n"
        "Tel: +971 4 331 2345\n"
        "Mob: +971 50 123 4567\n"
        "Fax: +971 4 331 2346\n"
        "m.almansoori@gulfhorizon.ae\n",
        {
            "name": "Mohammed Al Mansoori",
            "given_name": "Mohammed",
            "family_name": "Al Mansoori",
            "title": "Chief Operating Officer",
            "company": "Gulf Horizon Trading LLC",
            "emails": ["m.almansoori@gulfhorizon.ae"],
            "phones": {"+97143312345": "work", "+971501234567": "mobile", "+97143312346": "fax"},
            "websites": [],
            "address": "P.O. Box 123456, Dubai, United Arab Emirates",
        },
    ),
    (
        "b4-il-tel-aviv-national",
        "Carmel Cyber Ltd.\n"
        "Noa Ben-David\n"
        "VP Product\n"
        "Office 03-612-3456\n"
        "Mobile 054-412-3456\n"
        "noa@carmelcyber.co.il\n"
        "Rothschild Blvd 22, Tel Aviv 6688218, Israel\n",
        {
            "name": "Noa Ben-David",
            "given_name": "Noa",
            "family_name": "Ben-David",
            "title": "VP Product",
            "company": "Carmel Cyber Ltd.",
            "emails": ["noa@carmelcyber.co.il"],
            "phones": {"+97236123456": "work", "+972544123456": "mobile"},
            "websites": [],
            "address": "Rothschild Blvd 22, Tel Aviv 6688218, Israel",
            "region": "IL",
        },
    ),
    (
        "b4-gb-london-national-07",
        "Thames & Marlow Solicitors LLP\n"
        "Oliver Fitzgerald-Hughes\n"
        "Senior Associate\n"
        "DD: 020 7946 0321\n"
        "Mob: 07700 123456\n"
        "o.fitzgerald-hughes@thamesmarlow.co.uk\n"
        "30 Fleet Street, London EC4Y 1AA\n",
        {
            "name": "Oliver Fitzgerald-Hughes",
            "given_name": "Oliver",
            "family_name": "Fitzgerald-Hughes",
            "title": "Senior Associate",
            "company": "Thames & Marlow Solicitors LLP",
            "emails": ["o.fitzgerald-hughes@thamesmarlow.co.uk"],
            "phones": {"+442079460321": "work", "+447700123456": "mobile"},
            "websites": [],
            "address": "30 Fleet Street, London EC4Y 1AA",
            "region": "GB",
        },
    ),
    (
        "b4-de-berlin-gmbh",
        "Spreewerk Software GmbH\n"
        "Dipl.-Inf. Jonas Schäfer\n"
        "Geschäftsführer\n"
        "Friedrichstraße 68, 10117 Berlin\n"
        "Tel. +49 30 2062 4410\n"
        "Mobil +49 151 2345 6789\n"
        "j.schaefer@spreewerk.de\n"
        "www.spreewerk.de\n",
        {
            "name": "Jonas Schäfer",
            "given_name": "Jonas",
            "family_name": "Schäfer",
            "title": "Geschäftsführer",
            "company": "Spreewerk Software GmbH",
            "emails": ["j.schaefer@spreewerk.de"],
            "phones": {"+493020624410": "work", "+4915123456789": "mobile"},
            "websites": ["https://www.spreewerk.de"],
            "address": "Friedrichstraße 68, 10117 Berlin",
        },
    ),
    (
        "b4-fr-paris-sas-spaced-pairs",
        "Lumière Conseil SAS\n"
        "Camille Dubois-Lefèvre\n"
        "Directrice associée\n"
        "12 rue de la Paix, 75002 Paris\n"
        "Tél. 01 42 60 12 34\n"
        "Port. 06 12 34 56 78\n"
        "camille.dubois@lumiere-conseil.fr\n",
        {
            "name": "Camille Dubois-Lefèvre",
            "given_name": "Camille",
            "family_name": "Dubois-Lefèvre",
            "title": "Directrice associée",
            "company": "Lumière Conseil SAS",
            "emails": ["camille.dubois@lumiere-conseil.fr"],
            "phones": {"+33142601234": "work", "+33612345678": "mobile"},
            "websites": [],
            "address": "12 rue de la Paix, 75002 Paris",
            "region": "FR",
        },
    ),
    (
        "b4-au-sydney-pty-ltd-0412",
        "Harbourside Legal Pty Ltd\n"
        "Liam O'Sullivan\n"
        "Principal Lawyer\n"
        "P (02) 9251 4400\n"
        "M 0412 345 678\n"
        "liam@harboursidelegal.com.au\n"
        "Level 9, 1 Macquarie Place, Sydney NSW 2000\n",
        {
            "name": "Liam O'Sullivan",
            "given_name": "Liam",
            "family_name": "O'Sullivan",
            "title": "Principal Lawyer",
            "company": "Harbourside Legal Pty Ltd",
            "emails": ["liam@harboursidelegal.com.au"],
            "phones": {"+61292514400": "work", "+61412345678": "mobile"},
            "websites": [],
            "address": "Level 9, 1 Macquarie Place, Sydney NSW 2000",
            "region": "AU",
        },
    ),
    (
        "b4-in-bengaluru-plus91",
        "Kaveri Infotech Pvt. Ltd.\n"
        "Arjun Venkataraman\n"
        "Vice President - Delivery\n"
        "+91 80 4112 3456\n"
        "+91 98450 12345\n"
        "arjun.v@kaveriinfotech.in\n"
        "4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103, India\n",
        {
            "name": "Arjun Venkataraman",
            "given_name": "Arjun",
            "family_name": "Venkataraman",
            "title": "Vice President - Delivery",
            "company": "Kaveri Infotech Pvt. Ltd.",
            "emails": ["arjun.v@kaveriinfotech.in"],
            "phones": {"+918041123456": "work", "+919845012345": "mobile"},
            "websites": [],
            "address": "4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103, India",
        },
    ),
    (
        "b4-br-sao-paulo-ltda",
        "Paulista Engenharia Ltda.\n"
        "Rafael Souza Carvalho\n"
        "Gerente de Projetos\n"
        "Tel. (11) 3251-4400\n"
        "Cel. (11) 98765-4321\n"
        "rafael.carvalho@paulistaeng.com.br\n"
        "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200\n",
        {
            "name": "Rafael Souza Carvalho",
            "given_name": "Rafael",
            "title": "Gerente de Projetos",
            "company": "Paulista Engenharia Ltda.",
            "emails": ["rafael.carvalho@paulistaeng.com.br"],
            "phones": {"+551132514400": "work", "+5511987654321": "mobile"},
            "websites": [],
            "address": "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "region": "BR",
        },
    ),
]

ALL: list[Case] = US + JP + OTHER
