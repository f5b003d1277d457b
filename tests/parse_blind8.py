"""An eighth blind hold-out: US and Canadian business cards as Tesseract's English model reads flatbed scans.

Written by hand by a helper that read neither the parser (ocr/) nor the earlier tables (only the module
docstrings of tests/parse_blind5.py and tests/parse_blind7.py, for the data format and conventions, the
scoring helpers of the tests, and the public contract in CONTRACT.md). No generator: each card imitates a
real-looking card a recruiter brings home from a career fair, typed as `tesseract -l eng` returns a clean
flatbed scan of it (one line per printed line, blank lines between blocks):
- industries: law firms (partner, associate, paralegal, solo attorney), dentists, doctors, nurses, a vet, a
  pharmacist, physical therapy, optometry, real estate (agents with DRE numbers, a managing broker, a
  Canadian PREC), mortgage (NMLS numbers), insurance, banks and credit unions, CPA firms, financial
  planners, universities (professors, admissions, career centres), schools, government (state, federal,
  city, the Army, a Senate office, a bilingual Government of Canada card), startups and software firms,
  staffing and recruiting, restaurants, hotels, trades (plumbing, HVAC, electrical, landscaping, moving),
  auto dealers and repair, salons and gyms, nonprofits, museums, media;
- layouts: logo or company first, or name first; company names broken over two lines, in capitals or with
  a lower-case logo word; descriptor lines (`ATTORNEYS AT LAW`, `Member FDIC`) and taglines (`Your Home.
  Our Mission.`, `Serving the Twin Cities since 1978`); department lines; disclaimers naming another firm;
  license lines (`DRE# 02084417`, `NMLS #1184290`, `MN Lic. #PM062318`, `USDOT 2845517`, `ROC #218844`);
  opening hours; two columns run together on one line; name and title on one line (`Name | Title`,
  `Name, Title`); a few cards with no person (a store, a city office, a shop);
- phones as printed on North American cards: `614.228.1000`, `614-228-1000`, `(602) 274-9900`,
  `+1 415 523 8841`, `+1.202.730.4418`, `1-800-...`, with labels Office, Direct, Dir., Main, Tel, Tel.,
  Phone, P, T, O, D, Cell, Mobile, C, M, M., Text, Cell/Text, Call or Text, Fax, F, Toll Free, Pager,
  Reservations, Appointments, Showroom, Dispatch, Support, or none; extensions `x204`, `x 108`, `ext. 231`,
  `Ext 5`, `Ext. 4417`, `poste 214`; two or three numbers on one line;
- emails first.last@, flast@, first@, role addresses (info@, hello@, frontdesk@), free mail, mixed-case
  local parts; websites bare, with `www.`, `http://`, `https://`, in capitals, with a path, and profile
  links (`linkedin.com/in/...`, `calendly.com/...`, `github.com/...`); social handles (`@osterialucca`,
  `IG: @...`) are neither emails nor websites;
- addresses with Suite, Ste., Floor, Room, #, building names, PO Box, on one line or two or three,
  Canadian postal codes, only a city and state on some cards;
- Tesseract slips of a scan: `©` for `@`, a space in an email, `|` for `l` or `1`, stray marks from logos
  and icons at line starts (`“ `, `© `, `@ `, `& `, `| `, `©) `), bullets `•` read as `e` or `«`, junk lines
  from logos, words run together.
Each case is (id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to
kind (every number checked valid with phonenumbers 9.0.43; extensions are on the card, not in the E.164);
`websites` are listed as printed, in printed order, without a trailing slash, the host in lower case (the test
turns them into the API's `https://host[/path]`); `region` is "US" or "CA", the country of the card (no region
is passed to the parser). 93 US cards (`US`), 16 Canadian (`CA`).

Conventions (as in tests/parse_blind5.py and tests/parse_blind7.py):
- `name` as printed, without honorifics and ranks (Dr., Chef, SFC) or post-nominal credentials (Esq., DDS,
  DMD, MD, M.D., DVM, PharmD, PT, DPT, OCS, DC, D.C., RN, MSN, CPA, CA, MBA, PhD, Ph.D., Ed.D., MPH, PE,
  P.E., S.E., P.Eng., AIA, LEED AP, CFP®, ChFC, CLU, CIP, LUTCF, EA, RDH, CCNP, O.D., PREC*); ALL-CAPS names
  are title-cased; Jr. and III are part of the name but not of the family name; a middle initial stays in
  the name; a hyphenated surname, an O'/Mc/De prefix and a particle (`van der Berg`) belong to the family
  name; slips are repaired (`Ange|a` -> "Angela"). `given_name` / `family_name` are checked only when the
  split is unambiguous: a nickname in quotes leaves name and given_name out, a Spanish double surname
  (`María José Gutiérrez Ruiz`) leaves both out; a middle name (`Emily Rose Carter`) is neither.
  A card with no person expects name, given_name, family_name and title null.
- `title` as printed on its line(s), credentials after it removed; an ALL-CAPS title is title-cased (small
  words lower); a title over two lines is joined with a space (`Director of Clinical` / `Operations`) or,
  after a line ending in a comma, with ", " kept (`Senior Vice President,` / `Commercial Lending`); a
  bilingual title (`Product Manager | Gestionnaire de produit`, or a French line under the English one)
  expects the English one; department, division, unit and specialty lines are not part of the title; license
  lines are not either (`Senior Loan Officer` / `NMLS #1184290` -> "Senior Loan Officer"); ® kept as printed.
  `title` null when the card prints none.
- `company` as the firm writes itself in running text: an ALL-CAPS name in ordinary case with small words
  lower and acronyms and legal forms kept (`BRENNAN, WHITAKER & COLE LLP` -> "Brennan, Whitaker & Cole LLP",
  `COLORADO DEPARTMENT OF` / `LABOR AND EMPLOYMENT` -> "Colorado Department of Labor and Employment"); a name
  broken over two lines or printed as a logo word plus a line is joined (`fernwood` / `LABS` -> "Fernwood
  Labs"); descriptor lines (`ATTORNEYS AT LAW`, `CERTIFIED PUBLIC ACCOUNTANTS`, `Management Consulting`),
  departments and taglines are not part of it; for a university the university, for an agency the agency;
  left out where the employer is ambiguous (a school in a district, a Senate office).
- an expected email is the address the card means, slips repaired (`jessica©x.com`, `name@ x.com`,
  `hwi|liams@`), the domain lower-cased, the local part as printed (`JMorales@PinnacleStaffing.com` ->
  "JMorales@pinnaclestaffing.com"); an address printed wholly in capitals is expected in lower case.
- `address`: the printed address lines (building name included, country line included when printed) joined
  with ", ", slips repaired (`Suite |650`, `Blvd,Suite200`, `BatonRouge`); compared loosely (same words, up
  to two extra). Null when the card prints none; only the city and state when that is all it prints.
- phone kinds: Office, Direct, Dir., Dir, Main, Tel, Tel., Phone, PH, P, T, O, D, Toll Free, 1-8xx numbers,
  Local, Reservations, Appointments, Showroom, Dispatch, Support, Emergency, Pharmacy, Newsroom, Executive
  Office, and an unlabelled number (also one behind an icon read as `@` or `&`) -> work; Cell, CELL, Mobile,
  Mob, Cel, C, M, M., Text, Cell/Text, Call or Text -> mobile; Fax, F -> fax; Pager -> other. A fax on a
  toll-free number is still fax.
- the helper could not see the parser's output while writing; the table was not changed after the first run.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

W, M, F, OTHER = "work", "mobile", "fax", "other"

US: list[Case] = [
    (
        "b8-01-law-partner-cleveland",
        """BRENNAN, WHITAKER & COLE LLP
ATTORNEYS AT LAW

Margaret A. Whitaker, Esq.
Partner

1100 Superior Avenue East, Suite |650
Cleveland, Ohio 44114

Direct 216.685.4412
Main 216.685.4400
Fax 216.685.4401
mwhitaker@bwclaw.com
www.bwclaw.com
""",
        {
            "name": "Margaret A. Whitaker",
            "given_name": "Margaret",
            "family_name": "Whitaker",
            "title": "Partner",
            "company": "Brennan, Whitaker & Cole LLP",
            "emails": ["mwhitaker@bwclaw.com"],
            "phones": {"+12166854412": W, "+12166854400": W, "+12166854401": F},
            "websites": ["www.bwclaw.com"],
            "address": "1100 Superior Avenue East, Suite 1650, Cleveland, Ohio 44114",
            "region": "US",
        },
    ),
    (
        "b8-02-dentist-dds-chicago",
        """“ Lakeside Family Dentistry
Gentle care for the whole family

Dr. Anil Mehta, DDS

2150 N. Lincoln Ave., Ste. 210
Chicago, IL 60614

T: 773-528-6190   F: 773-528-6191
frontdesk@lakesidesmiles.com
lakesidesmiles.com
""",
        {
            "name": "Anil Mehta",
            "given_name": "Anil",
            "family_name": "Mehta",
            "title": None,
            "company": "Lakeside Family Dentistry",
            "emails": ["frontdesk@lakesidesmiles.com"],
            "phones": {"+17735286190": W, "+17735286191": F},
            "websites": ["lakesidesmiles.com"],
            "address": "2150 N. Lincoln Ave., Ste. 210, Chicago, IL 60614",
            "region": "US",
        },
    ),
    (
        "b8-03-realtor-dre-roseville",
        """SUMMIT RIDGE
REALTY

Jessica Tran
Realtor®
DRE# 02084417

Cell 916-834-2207
Office 916-781-3300
jessica©summitridgerealty.com
www.summitridgerealty.com

1420 Eureka Rd, Suite 100, Roseville, CA 95661
""",
        {
            "name": "Jessica Tran",
            "given_name": "Jessica",
            "family_name": "Tran",
            "title": "Realtor®",
            "company": "Summit Ridge Realty",
            "emails": ["jessica@summitridgerealty.com"],
            "phones": {"+19168342207": M, "+19167813300": W},
            "websites": ["www.summitridgerealty.com"],
            "address": "1420 Eureka Rd, Suite 100, Roseville, CA 95661",
            "region": "US",
        },
    ),
    (
        "b8-04-insurance-agent-nickname",
        """KEYSTONE MUTUAL
INSURANCE GROUP
Auto e Home e Life e Business

Robert "Bobby" DiNardo, CLU, ChFC
Agent
PA Lic. #884213

215 W. Baltimore Ave
Media, PA 19063
Office: 610-565-4870
Cell: 484-320-7715
Fax: 610-565-4872
bobby@keystonemutualins.com
""",
        {
            "family_name": "DiNardo",
            "title": "Agent",
            "company": "Keystone Mutual Insurance Group",
            "emails": ["bobby@keystonemutualins.com"],
            "phones": {"+16105654870": W, "+14843207715": M, "+16105654872": F},
            "address": "215 W. Baltimore Ave, Media, PA 19063",
            "region": "US",
        },
    ),
    (
        "b8-05-bank-svp-two-line-title",
        """FIRST HARBOR BANK
Member FDIC

Daniel K. Osei
Senior Vice President,
Commercial Lending

Direct: 617.342.8815
Mobile: 617.908.2274
daniel.osei@firstharborbank.com

100 Federal Street, 21st Floor
Boston, MA 02110
firstharborbank.com
""",
        {
            "name": "Daniel K. Osei",
            "given_name": "Daniel",
            "family_name": "Osei",
            "title": "Senior Vice President, Commercial Lending",
            "company": "First Harbor Bank",
            "emails": ["daniel.osei@firstharborbank.com"],
            "phones": {"+16173428815": W, "+16179082274": M},
            "websites": ["firstharborbank.com"],
            "address": "100 Federal Street, 21st Floor, Boston, MA 02110",
            "region": "US",
        },
    ),
    (
        "b8-06-professor-phd-pe",
        """LAKESHORE STATE UNIVERSITY
College of Engineering
Department of Civil and Environmental Engineering

Elena Vasquez-Moreno, Ph.D., P.E.
Associate Professor

Nitschke Hall, Room 3040
2801 W. Bancroft St.
Toledo, OH 43606
Tel 419-530-8122
elena.vasquez-moreno@lakeshore.edu
""",
        {
            "name": "Elena Vasquez-Moreno",
            "given_name": "Elena",
            "family_name": "Vasquez-Moreno",
            "title": "Associate Professor",
            "company": "Lakeshore State University",
            "emails": ["elena.vasquez-moreno@lakeshore.edu"],
            "phones": {"+14195308122": W},
            "address": "Nitschke Hall, Room 3040, 2801 W. Bancroft St., Toledo, OH 43606",
            "region": "US",
        },
    ),
    (
        "b8-07-college-admissions-po-box",
        """WESTBROOK COLLEGE
Office of Admissions

Tyler Brooks
Assistant Director of Admissions

P.O. Box 4300
Westbrook, ME 04098
P: 207.854.6100 | C: 207.712.3380
tbrooks@westbrook.edu
westbrook.edu/apply
""",
        {
            "name": "Tyler Brooks",
            "given_name": "Tyler",
            "family_name": "Brooks",
            "title": "Assistant Director of Admissions",
            "company": "Westbrook College",
            "emails": ["tbrooks@westbrook.edu"],
            "phones": {"+12078546100": W, "+12077123380": M},
            "websites": ["westbrook.edu/apply"],
            "address": "P.O. Box 4300, Westbrook, ME 04098",
            "region": "US",
        },
    ),
    (
        "b8-08-startup-cto-logo-word",
        """fernwood
LABS

Priya Raman
Co-Founder & CTO

+1 415 523 8841
priya@fernwood.ai
fernwood.ai
linkedin.com/in/priyaraman
""",
        {
            "name": "Priya Raman",
            "given_name": "Priya",
            "family_name": "Raman",
            "title": "Co-Founder & CTO",
            "company": "Fernwood Labs",
            "emails": ["priya@fernwood.ai"],
            "phones": {"+14155238841": W},
            "websites": ["fernwood.ai", "linkedin.com/in/priyaraman"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-09-state-agency-division-line",
        """COLORADO DEPARTMENT OF
LABOR AND EMPLOYMENT

Marcus J. Whitfield
Business Services Representative
Division of Employment and Training

633 17th Street, Suite 700
Denver, CO 80202
O: 303.318.8031
C: 720.883.4459
marcus.whitfield@state.co.us
cdle.colorado.gov
""",
        {
            "name": "Marcus J. Whitfield",
            "given_name": "Marcus",
            "family_name": "Whitfield",
            "title": "Business Services Representative",
            "company": "Colorado Department of Labor and Employment",
            "emails": ["marcus.whitfield@state.co.us"],
            "phones": {"+13033188031": W, "+17208834459": M},
            "websites": ["cdle.colorado.gov"],
            "address": "633 17th Street, Suite 700, Denver, CO 80202",
            "region": "US",
        },
    ),
    (
        "b8-10-restaurant-sous-chef",
        """OSTERIA LUCCA
cucina italiana

Chef Nico Bellandi
Sous Chef

1127 N. Charles St.
Baltimore, MD 21201
Reservations 410-685-2260
nico@osterialucca.com
@osterialucca
osterialucca.com
""",
        {
            "name": "Nico Bellandi",
            "given_name": "Nico",
            "family_name": "Bellandi",
            "title": "Sous Chef",
            "company": "Osteria Lucca",
            "emails": ["nico@osterialucca.com"],
            "phones": {"+14106852260": W},
            "websites": ["osterialucca.com"],
            "address": "1127 N. Charles St., Baltimore, MD 21201",
            "region": "US",
        },
    ),
    (
        "b8-11-plumber-gmail-caps-url",
        """BIG RIVER PLUMBING & HEATING, INC.
Licensed e Bonded e Insured
Serving the Twin Cities since 1978

Dave Lindqvist
Owner / Master Plumber
MN Lic. #PM062318

24/7 Emergency: 651-488-3120
Cell 612-750-9943
bigriverplumbing@gmail.com
www.BigRiverPlumbingMN.com
""",
        {
            "name": "Dave Lindqvist",
            "given_name": "Dave",
            "family_name": "Lindqvist",
            "title": "Owner / Master Plumber",
            "company": "Big River Plumbing & Heating, Inc.",
            "emails": ["bigriverplumbing@gmail.com"],
            "phones": {"+16514883120": W, "+16127509943": M},
            "websites": ["www.bigriverplumbingmn.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-12-hvac-no-person",
        """COMFORT PRO
HEATING & AIR CONDITIONING
Sales e Service e Installation
Residential & Commercial

(480) 963-2270
service@comfortproaz.com
www.comfortproaz.com
1845 E. University Dr., Suite 104
Tempe, AZ 85281
ROC #218844
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Comfort Pro Heating & Air Conditioning",
            "emails": ["service@comfortproaz.com"],
            "phones": {"+14809632270": W},
            "websites": ["www.comfortproaz.com"],
            "address": "1845 E. University Dr., Suite 104, Tempe, AZ 85281",
            "region": "US",
        },
    ),
    (
        "b8-13-hospital-nurse-manager-pager",
        """Mercy Regional
Medical Center

Ange|a M. Foster, MSN, RN
Nurse Manager, Cardiac Step-Down Unit

701 Grove Road
Greenville, SC 29605
Office 864-455-7120
Pager 864-455-3816
afoster@mercyregional.org
""",
        {
            "name": "Angela M. Foster",
            "given_name": "Angela",
            "family_name": "Foster",
            "title": "Nurse Manager, Cardiac Step-Down Unit",
            "company": "Mercy Regional Medical Center",
            "emails": ["afoster@mercyregional.org"],
            "phones": {"+18644557120": W, "+18644553816": OTHER},
            "address": "701 Grove Road, Greenville, SC 29605",
            "region": "US",
        },
    ),
    (
        "b8-14-orthopaedic-surgeon-md",
        """CAROLINA ORTHOPAEDIC
ASSOCIATES, P.A.

Rajesh K. Iyer, M.D.
Orthopaedic Surgeon
Sports Medicine & Arthroscopy

3515 Glenwood Avenue, Suite 300
Raleigh, NC 27612
Appointments 919.781.5600
Fax 919.781.5647
www.carolinaorthoassoc.com
""",
        {
            "name": "Rajesh K. Iyer",
            "given_name": "Rajesh",
            "family_name": "Iyer",
            "title": "Orthopaedic Surgeon",
            "company": "Carolina Orthopaedic Associates, P.A.",
            "emails": [],
            "phones": {"+19197815600": W, "+19197815647": F},
            "websites": ["www.carolinaorthoassoc.com"],
            "address": "3515 Glenwood Avenue, Suite 300, Raleigh, NC 27612",
            "region": "US",
        },
    ),
    (
        "b8-15-staffing-recruiter-linkedin",
        """PINNACLE STAFFING SOLUTIONS
Connecting Talent. Building Futures.

Jasmine Morales
Senior Technical Recruiter

Direct 469.917.2204
Main 972.661.8800
JMorales@PinnacleStaffing.com
pinnaclestaffing.com
linkedin.com/in/jasmine-morales-tx

5001 Spring Valley Rd, Suite 400E
Dallas, TX 75244
""",
        {
            "name": "Jasmine Morales",
            "given_name": "Jasmine",
            "family_name": "Morales",
            "title": "Senior Technical Recruiter",
            "company": "Pinnacle Staffing Solutions",
            "emails": ["JMorales@pinnaclestaffing.com"],
            "phones": {"+14699172204": W, "+19726618800": W},
            "websites": ["pinnaclestaffing.com", "linkedin.com/in/jasmine-morales-tx"],
            "address": "5001 Spring Valley Rd, Suite 400E, Dallas, TX 75244",
            "region": "US",
        },
    ),
    (
        "b8-16-auto-dealer-ext",
        """NORTHGATE FORD
Family Owned Since 1962

Carlos Mendoza
Sales & Leasing Consultant
Se Habla Español

8575 Colerain Ave
Cincinnati, OH 45251
Showroom 513-385-1400 ext. 231
Cell/Text 513-602-8817
cmendoza@northgateford.com
www.northgateford.com
""",
        {
            "name": "Carlos Mendoza",
            "given_name": "Carlos",
            "family_name": "Mendoza",
            "title": "Sales & Leasing Consultant",
            "company": "Northgate Ford",
            "emails": ["cmendoza@northgateford.com"],
            "phones": {"+15133851400": W, "+15136028817": M},
            "websites": ["www.northgateford.com"],
            "address": "8575 Colerain Ave, Cincinnati, OH 45251",
            "region": "US",
        },
    ),
    (
        "b8-17-salon-stylist-instagram",
        """luxe
HAIR STUDIO

Brianna Kowalski
Master Stylist & Color Specialist

Appointments: 248.644.3380
Text: 248.921.5567
IG @brianna.does.hair
117 W. Maple Rd, Birmingham, MI 48009
luxehairstudio.com
""",
        {
            "name": "Brianna Kowalski",
            "given_name": "Brianna",
            "family_name": "Kowalski",
            "title": "Master Stylist & Color Specialist",
            "company": "Luxe Hair Studio",
            "emails": [],
            "phones": {"+12486443380": W, "+12489215567": M},
            "websites": ["luxehairstudio.com"],
            "address": "117 W. Maple Rd, Birmingham, MI 48009",
            "region": "US",
        },
    ),
    (
        "b8-18-nonprofit-volunteer-director",
        """GREATER DAYTON
HOUSING PARTNERSHIP
Building homes, communities and hope.

Ruth Adeyemi
Director of Volunteer Engagement

P 937.222.4663 x 108
C 937.510.2846
radeyemi@daytonhousing.org
daytonhousing.org
907 W. Fifth Street, Dayton, OH 45402
""",
        {
            "name": "Ruth Adeyemi",
            "given_name": "Ruth",
            "family_name": "Adeyemi",
            "title": "Director of Volunteer Engagement",
            "company": "Greater Dayton Housing Partnership",
            "emails": ["radeyemi@daytonhousing.org"],
            "phones": {"+19372224663": W, "+19375102846": M},
            "websites": ["daytonhousing.org"],
            "address": "907 W. Fifth Street, Dayton, OH 45402",
            "region": "US",
        },
    ),
    (
        "b8-19-director-of-first-impressions",
        """MERIDIAN
WEALTH ADVISORS

Kaylee Simmons
Director of First Impressions

Market Tower
10 W. Market Street, Suite 2000
Indianapolis, IN 46204
T: 317.632.8400
kaylee@meridianwealthadv.com
meridianwealthadv.com
""",
        {
            "name": "Kaylee Simmons",
            "given_name": "Kaylee",
            "family_name": "Simmons",
            "title": "Director of First Impressions",
            "company": "Meridian Wealth Advisors",
            "emails": ["kaylee@meridianwealthadv.com"],
            "phones": {"+13176328400": W},
            "websites": ["meridianwealthadv.com"],
            "address": "Market Tower, 10 W. Market Street, Suite 2000, Indianapolis, IN 46204",
            "region": "US",
        },
    ),
    (
        "b8-20-loan-officer-nmls",
        """Heartland Home Mortgage
Your Home. Our Mission.

Stephanie Ruiz
Senior Loan Officer
NMLS #1184290

Office 402.965.7310
Mobile 402.650.3318
Fax 402.965.7399
sruiz@heartlandhomemtg.com
www.heartlandhomemtg.com/sruiz
12910 Pierce St, Suite 200, Omaha, NE 68144
Company NMLS #2611 | Equal Housing Lender
""",
        {
            "name": "Stephanie Ruiz",
            "given_name": "Stephanie",
            "family_name": "Ruiz",
            "title": "Senior Loan Officer",
            "company": "Heartland Home Mortgage",
            "emails": ["sruiz@heartlandhomemtg.com"],
            "phones": {"+14029657310": W, "+14026503318": M, "+14029657399": F},
            "websites": ["www.heartlandhomemtg.com/sruiz"],
            "address": "12910 Pierce St, Suite 200, Omaha, NE 68144",
            "region": "US",
        },
    ),
    (
        "b8-21-paralegal-law-offices-of",
        """The Law Offices of
GREGORY T. HALVERSON, P.C.
Personal Injury e Workers' Compensation

Maria Delgado
Paralegal

O: (602) 274-9900 x204
F: (602) 274-9911
maria@halversonlaw.com
2999 N. 44th Street, Suite 250
Phoenix, AZ 85018
""",
        {
            "name": "Maria Delgado",
            "given_name": "Maria",
            "family_name": "Delgado",
            "title": "Paralegal",
            "company": "The Law Offices of Gregory T. Halverson, P.C.",
            "emails": ["maria@halversonlaw.com"],
            "phones": {"+16022749900": W, "+16022749911": F},
            "address": "2999 N. 44th Street, Suite 250, Phoenix, AZ 85018",
            "region": "US",
        },
    ),
    (
        "b8-22-cpa-managing-partner-one-line-pf",
        """WHITMAN, CHO & ASSOCIATES
CERTIFIED PUBLIC ACCOUNTANTS

Kevin Cho, CPA, MBA
Managing Partner

P 425.454.2210  F 425.454.2219
kcho@whitmancho.com
whitmancho.com
10900 NE 8th Street, Suite 1000
Bellevue, WA 98004
""",
        {
            "name": "Kevin Cho",
            "given_name": "Kevin",
            "family_name": "Cho",
            "title": "Managing Partner",
            "company": "Whitman, Cho & Associates",
            "emails": ["kcho@whitmancho.com"],
            "phones": {"+14254542210": W, "+14254542219": F},
            "websites": ["whitmancho.com"],
            "address": "10900 NE 8th Street, Suite 1000, Bellevue, WA 98004",
            "region": "US",
        },
    ),
    (
        "b8-23-cfp-wealth-advisor-disclaimer",
        """Crestline Financial Planning, LLC

Laura Bennett, CFP®
Wealth Advisor

4695 MacArthur Court, 11th Floor
Newport Beach, CA 92660
Office: 949.476.2205
laura@crestlinefp.com
crestlinefp.com

Securities offered through Harborview Securities, LLC, Member FINRA/SIPC
""",
        {
            "name": "Laura Bennett",
            "given_name": "Laura",
            "family_name": "Bennett",
            "title": "Wealth Advisor",
            "company": "Crestline Financial Planning, LLC",
            "emails": ["laura@crestlinefp.com"],
            "phones": {"+19494762205": W},
            "websites": ["crestlinefp.com"],
            "address": "4695 MacArthur Court, 11th Floor, Newport Beach, CA 92660",
            "region": "US",
        },
    ),
    (
        "b8-24-structural-engineer-pe-se",
        """HALVORSEN
STRUCTURAL ENGINEERS

Greg Nakamura, P.E., S.E.
Principal

1501 4th Avenue, Suite 1550
Seattle, WA 98101
D 206.576.4412
M 206.953.1178
gnakamura@halvorsen-se.com
halvorsen-se.com
""",
        {
            "name": "Greg Nakamura",
            "given_name": "Greg",
            "family_name": "Nakamura",
            "title": "Principal",
            "company": "Halvorsen Structural Engineers",
            "emails": ["gnakamura@halvorsen-se.com"],
            "phones": {"+12065764412": W, "+12069531178": M},
            "websites": ["halvorsen-se.com"],
            "address": "1501 4th Avenue, Suite 1550, Seattle, WA 98101",
            "region": "US",
        },
    ),
    (
        "b8-25-solo-attorney-caps-name-no-company",
        """JONATHAN R. PIERCE, ESQ.
Attorney at Law
Estate Planning | Probate | Elder Law

10 Park Place, Suite 210
Morristown, NJ 07960
Tel. 973.267.0450
Fax 973.267.0452
jpierce@piercelawnj.com
""",
        {
            "name": "Jonathan R. Pierce",
            "given_name": "Jonathan",
            "family_name": "Pierce",
            "title": "Attorney at Law",
            "company": None,
            "emails": ["jpierce@piercelawnj.com"],
            "phones": {"+19732670450": W, "+19732670452": F},
            "address": "10 Park Place, Suite 210, Morristown, NJ 07960",
            "region": "US",
        },
    ),
    (
        "b8-26-career-center-coordinator",
        """MIDLANDS UNIVERSITY
Career Development Center

Hannah O'Connell
Employer Relations Coordinator

Student Union, Suite 240
1200 University Drive
Kearney, NE 68849
O 308.865.8344
hoconnell@midlands.edu
midlands.edu/careers
""",
        {
            "name": "Hannah O'Connell",
            "given_name": "Hannah",
            "family_name": "O'Connell",
            "title": "Employer Relations Coordinator",
            "company": "Midlands University",
            "emails": ["hoconnell@midlands.edu"],
            "phones": {"+13088658344": W},
            "websites": ["midlands.edu/careers"],
            "address": "Student Union, Suite 240, 1200 University Drive, Kearney, NE 68849",
            "region": "US",
        },
    ),
    (
        "b8-27-federal-va-hr-specialist",
        """U.S. Department of Veterans Affairs
VA Pittsburgh Healthcare System

Derrick L. Coleman
Human Resources Specialist (Recruitment)

University Drive C
Pittsburgh, PA 15240
Phone: 412-822-3000 Ext. 4417
Cell: 412-606-2281
derrick.coleman2@va.gov
www.va.gov/pittsburgh-health-care
""",
        {
            "name": "Derrick L. Coleman",
            "given_name": "Derrick",
            "family_name": "Coleman",
            "title": "Human Resources Specialist (Recruitment)",
            "company": "U.S. Department of Veterans Affairs",
            "emails": ["derrick.coleman2@va.gov"],
            "phones": {"+14128223000": W, "+14126062281": M},
            "websites": ["www.va.gov/pittsburgh-health-care"],
            "address": "University Drive C, Pittsburgh, PA 15240",
            "region": "US",
        },
    ),
    (
        "b8-28-credit-union-branch-manager",
        """©) Great Lakes Members Credit Union

Andre Williams
Branch Manager, AVP
NMLS #1620873

3160 Packard St
Ann Arbor, MI 48108
Direct 734.822.1104
Toll Free 1-800-968-3130
Fax 734.822.1190
awilliams@glmcu.org
glmcu.org
Federally Insured by NCUA
""",
        {
            "name": "Andre Williams",
            "given_name": "Andre",
            "family_name": "Williams",
            "title": "Branch Manager, AVP",
            "company": "Great Lakes Members Credit Union",
            "emails": ["awilliams@glmcu.org"],
            "phones": {"+17348221104": W, "+18009683130": W, "+17348221190": F},
            "websites": ["glmcu.org"],
            "address": "3160 Packard St, Ann Arbor, MI 48108",
            "region": "US",
        },
    ),
    (
        "b8-29-saas-account-exec-calendly",
        """Brightwave

Mateo Alvarez
Account Executive, Mid-Market

M: +1 (512) 694-3327
mateo.alvarez@brightwave.io
brightwave.io
Book time: calendly.com/mateo-brightwave
""",
        {
            "name": "Mateo Alvarez",
            "given_name": "Mateo",
            "family_name": "Alvarez",
            "title": "Account Executive, Mid-Market",
            "company": "Brightwave",
            "emails": ["mateo.alvarez@brightwave.io"],
            "phones": {"+15126943327": M},
            "websites": ["brightwave.io", "calendly.com/mateo-brightwave"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-30-software-university-recruiting",
        """NORTHSTAR
SOFTWARE

Olivia Park
University Recruiting Lead

opark@northstarsoftware.com
M 206-745-1932
careers.northstarsoftware.com
@NorthstarCareers
""",
        {
            "name": "Olivia Park",
            "given_name": "Olivia",
            "family_name": "Park",
            "title": "University Recruiting Lead",
            "company": "Northstar Software",
            "emails": ["opark@northstarsoftware.com"],
            "phones": {"+12067451932": M},
            "websites": ["careers.northstarsoftware.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-31-coffee-roaster-no-person-hours",
        """BLUE DOOR
COFFEE ROASTERS
Small batch. Roasted daily.

2219 N. Mississippi Ave
Portland, OR 97227
503.287.6610
hello@bluedoorcoffee.com
bluedoorcoffee.com
Mon-Fri 6:30-6 | Sat-Sun 7-5
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Blue Door Coffee Roasters",
            "emails": ["hello@bluedoorcoffee.com"],
            "phones": {"+15032876610": W},
            "websites": ["bluedoorcoffee.com"],
            "address": "2219 N. Mississippi Ave, Portland, OR 97227",
            "region": "US",
        },
    ),
    (
        "b8-32-city-clerk-office-no-person",
        """CITY OF TACOMA
Office of the City Clerk

Tacoma Municipal Building
747 Market Street, Room 11
Tacoma, WA 98402
Phone: 253-591-5505
Fax: 253-591-5300
cityclerk@cityoftacoma.org
www.cityoftacoma.org/cityclerk
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "City of Tacoma",
            "emails": ["cityclerk@cityoftacoma.org"],
            "phones": {"+12535915505": W, "+12535915300": F},
            "websites": ["www.cityoftacoma.org/cityclerk"],
            "address": "Tacoma Municipal Building, 747 Market Street, Room 11, Tacoma, WA 98402",
            "region": "US",
        },
    ),
    (
        "b8-33-chiropractor-name-first",
        """Dr. Sarah Lindgren, D.C.
LINDGREN CHIROPRACTIC & WELLNESS

1207 W. 41st St
Sioux Falls, SD 57105
605.336.2250
www.lindgrenchiro.com
drsarah@lindgrenchiro.com
""",
        {
            "name": "Sarah Lindgren",
            "given_name": "Sarah",
            "family_name": "Lindgren",
            "title": None,
            "company": "Lindgren Chiropractic & Wellness",
            "emails": ["drsarah@lindgrenchiro.com"],
            "phones": {"+16053362250": W},
            "websites": ["www.lindgrenchiro.com"],
            "address": "1207 W. 41st St, Sioux Falls, SD 57105",
            "region": "US",
        },
    ),
    (
        "b8-34-veterinarian-icon-at",
        """@ Prairie Paws Animal Hospital

Michael Okafor, DVM
Associate Veterinarian

T 316.685.2212
F 316.685.2233
E mokafor@prairiepawsvet.com
6800 E. Kellogg Dr, Wichita, KS 67207
prairiepawsvet.com
""",
        {
            "name": "Michael Okafor",
            "given_name": "Michael",
            "family_name": "Okafor",
            "title": "Associate Veterinarian",
            "company": "Prairie Paws Animal Hospital",
            "emails": ["mokafor@prairiepawsvet.com"],
            "phones": {"+13166852212": W, "+13166852233": F},
            "websites": ["prairiepawsvet.com"],
            "address": "6800 E. Kellogg Dr, Wichita, KS 67207",
            "region": "US",
        },
    ),
    (
        "b8-35-pharmacist-in-charge",
        """Thompson Drug & Compounding
Your neighborhood pharmacy since 1948

Rebecca Lin, PharmD
Pharmacist in Charge

1212 McCallie Ave
Chattanooga, TN 37404
Pharmacy 423.624.3391
Fax 423.624.3398
rebecca@thompsondrug.com
""",
        {
            "name": "Rebecca Lin",
            "given_name": "Rebecca",
            "family_name": "Lin",
            "title": "Pharmacist in Charge",
            "company": "Thompson Drug & Compounding",
            "emails": ["rebecca@thompsondrug.com"],
            "phones": {"+14236243391": W, "+14236243398": F},
            "address": "1212 McCallie Ave, Chattanooga, TN 37404",
            "region": "US",
        },
    ),
    (
        "b8-36-physical-therapy-dpt",
        """Jordan Ellis, PT, DPT, OCS
Clinic Director

RIVERBEND
PHYSICAL THERAPY

4120 Rio Grande Blvd NW
Albuquerque, NM 87107
Tel 505.345.7220  Fax 505.345.7221
jellis@riverbendpt.com
riverbendpt.com
""",
        {
            "name": "Jordan Ellis",
            "given_name": "Jordan",
            "family_name": "Ellis",
            "title": "Clinic Director",
            "company": "Riverbend Physical Therapy",
            "emails": ["jellis@riverbendpt.com"],
            "phones": {"+15053457220": W, "+15053457221": F},
            "websites": ["riverbendpt.com"],
            "address": "4120 Rio Grande Blvd NW, Albuquerque, NM 87107",
            "region": "US",
        },
    ),
    (
        "b8-37-architect-aia-lowercase-labels",
        """STUDIO KESTREL
ARCHITECTS

Naomi Feldman, AIA, LEED AP
Principal Architect

212 3rd Ave N, Suite 540
Minneapolis, MN 55401
t 612.339.4410
m 612.719.2085
naomi@studiokestrel.com
studiokestrel.com
""",
        {
            "name": "Naomi Feldman",
            "given_name": "Naomi",
            "family_name": "Feldman",
            "title": "Principal Architect",
            "company": "Studio Kestrel Architects",
            "emails": ["naomi@studiokestrel.com"],
            "phones": {"+16123394410": W, "+16127192085": M},
            "websites": ["studiokestrel.com"],
            "address": "212 3rd Ave N, Suite 540, Minneapolis, MN 55401",
            "region": "US",
        },
    ),
    (
        "b8-38-contractor-pm-jr",
        """DUNMORE CONSTRUCTION CO.
General Contractors e Since 1954

Patrick Sullivan Jr.
Project Manager

Office (585) 254-3300 Ext 5
Cell (585) 737-4418
psullivan@dunmoreconstruction.com
1350 Lyell Avenue, Rochester, NY 14606
""",
        {
            "name": "Patrick Sullivan Jr.",
            "given_name": "Patrick",
            "family_name": "Sullivan",
            "title": "Project Manager",
            "company": "Dunmore Construction Co.",
            "emails": ["psullivan@dunmoreconstruction.com"],
            "phones": {"+15852543300": W, "+15857374418": M},
            "address": "1350 Lyell Avenue, Rochester, NY 14606",
            "region": "US",
        },
    ),
    (
        "b8-39-electrician-call-or-text",
        """SPARKY'S ELECTRIC LLC
Residential e Commercial e Generators
State Lic. # EC13004512

Tony Russo
Owner

Call or Text: 727-514-8823
Office: 727-442-1907
sparkyselectricfl@yahoo.com
Clearwater, FL
""",
        {
            "name": "Tony Russo",
            "given_name": "Tony",
            "family_name": "Russo",
            "title": "Owner",
            "company": "Sparky's Electric LLC",
            "emails": ["sparkyselectricfl@yahoo.com"],
            "phones": {"+17275148823": M, "+17274421907": W},
            "address": "Clearwater, FL",
            "region": "US",
        },
    ),
    (
        "b8-40-landscaping-quoted-tagline",
        """GREENSCAPE
LAWN & LANDSCAPE
"We make your neighbors jealous"

Luis Herrera
Operations Manager

(919) 779-2240
luis@greenscapenc.com
www.greenscapenc.com
Garner, NC 27529
""",
        {
            "name": "Luis Herrera",
            "given_name": "Luis",
            "family_name": "Herrera",
            "title": "Operations Manager",
            "company": "Greenscape Lawn & Landscape",
            "emails": ["luis@greenscapenc.com"],
            "phones": {"+19197792240": W},
            "websites": ["www.greenscapenc.com"],
            "address": "Garner, NC 27529",
            "region": "US",
        },
    ),
    (
        "b8-41-auto-repair-no-person-no-email",
        """MIDTOWN AUTO CARE
Complete Auto Repair « ASE Certified Technicians

3912 Troost Ave
Kansas City, MO 64110
816-753-4420
www.midtownautocarekc.com
Mon-Fri 7:30am-6pm
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Midtown Auto Care",
            "emails": [],
            "phones": {"+18167534420": W},
            "websites": ["www.midtownautocarekc.com"],
            "address": "3912 Troost Ave, Kansas City, MO 64110",
            "region": "US",
        },
    ),
    (
        "b8-42-managing-broker-charleston",
        """HARBOR & HEARTH
REALTY GROUP

Thomas O'Brien
Managing Broker

Office 843.577.2600
Cell 843.270.9915
tobrien@harborandhearth.com
harborandhearth.com
181 East Bay Street, Suite 200
Charleston, SC 29401
Each office independently owned and operated
""",
        {
            "name": "Thomas O'Brien",
            "given_name": "Thomas",
            "family_name": "O'Brien",
            "title": "Managing Broker",
            "company": "Harbor & Hearth Realty Group",
            "emails": ["tobrien@harborandhearth.com"],
            "phones": {"+18435772600": W, "+18432709915": M},
            "websites": ["harborandhearth.com"],
            "address": "181 East Bay Street, Suite 200, Charleston, SC 29401",
            "region": "US",
        },
    ),
    (
        "b8-43-associate-attorney-admitted-in",
        """KESSLER ROTH LLP

David S. Kaplan
Associate

1185 Avenue of the Americas
New York, NY 10036
T 212.596.8840
M 917.602.3319
dkaplan@kesslerroth.com

Admitted in New York and New Jersey
""",
        {
            "name": "David S. Kaplan",
            "given_name": "David",
            "family_name": "Kaplan",
            "title": "Associate",
            "company": "Kessler Roth LLP",
            "emails": ["dkaplan@kesslerroth.com"],
            "phones": {"+12125968840": W, "+19176023319": M},
            "address": "1185 Avenue of the Americas, New York, NY 10036",
            "region": "US",
        },
    ),
    (
        "b8-44-chief-medical-officer",
        """St. Brigid Health

Dr. Samuel Adebayo, MD, MPH
Chief Medical Officer

12634 Olive Blvd
Creve Coeur, MO 63141
Executive Office 314.251.6600
Cell 314.583.2291
samuel.adebayo@stbrigidhealth.org
stbrigidhealth.org
""",
        {
            "name": "Samuel Adebayo",
            "given_name": "Samuel",
            "family_name": "Adebayo",
            "title": "Chief Medical Officer",
            "company": "St. Brigid Health",
            "emails": ["samuel.adebayo@stbrigidhealth.org"],
            "phones": {"+13142516600": W, "+13145832291": M},
            "websites": ["stbrigidhealth.org"],
            "address": "12634 Olive Blvd, Creve Coeur, MO 63141",
            "region": "US",
        },
    ),
    (
        "b8-45-insurance-agency-owner-pcf",
        """Cornerstone Insurance Agency
Home e Auto e Life e Commercial

Keisha Washington, LUTCF
Agency Owner

1801 Peachtree St NE, Suite 110
Atlanta, GA 30309
P: 404.352.6780  F: 404.352.6781  C: 678.439.2217
kwashington@cornerstoneins.net
www.cornerstoneins.net
""",
        {
            "name": "Keisha Washington",
            "given_name": "Keisha",
            "family_name": "Washington",
            "title": "Agency Owner",
            "company": "Cornerstone Insurance Agency",
            "emails": ["kwashington@cornerstoneins.net"],
            "phones": {"+14043526780": W, "+14043526781": F, "+16784392217": M},
            "websites": ["www.cornerstoneins.net"],
            "address": "1801 Peachtree St NE, Suite 110, Atlanta, GA 30309",
            "region": "US",
        },
    ),
    (
        "b8-46-trucking-dispatcher-usdot",
        """MILLER BROS. TRUCKING, INC.
Dedicated e Regional e OTR

Shawn Pruitt
Dispatcher

Dispatch: 1-800-352-1186
Direct: 870-932-4415
Cell: 870-530-7719
shawn@millerbrostrucking.com
2300 Industrial Dr, Jonesboro, AR 72401
USDOT 2845517 | MC 958120
""",
        {
            "name": "Shawn Pruitt",
            "given_name": "Shawn",
            "family_name": "Pruitt",
            "title": "Dispatcher",
            "company": "Miller Bros. Trucking, Inc.",
            "emails": ["shawn@millerbrostrucking.com"],
            "phones": {"+18003521186": W, "+18709324415": W, "+18705307719": M},
            "address": "2300 Industrial Dr, Jonesboro, AR 72401",
            "region": "US",
        },
    ),
    (
        "b8-47-event-planner-city-only",
        """Gather & Bloom Events
weddings | celebrations | corporate

Ava Richardson
Owner & Lead Planner

M. 704.890.3356
hello@gatherandbloom.co
gatherandbloom.co
IG: @gatherandbloomevents
Charlotte, NC
""",
        {
            "name": "Ava Richardson",
            "given_name": "Ava",
            "family_name": "Richardson",
            "title": "Owner & Lead Planner",
            "company": "Gather & Bloom Events",
            "emails": ["hello@gatherandbloom.co"],
            "phones": {"+17048903356": M},
            "websites": ["gatherandbloom.co"],
            "address": "Charlotte, NC",
            "region": "US",
        },
    ),
    (
        "b8-48-creative-director-caps-url",
        """BRIGHTLINE CREATIVE
Brand e Digital e Video

Derek Yamamoto
Creative Director

312.870.4456
derek@brightlinecreative.com
WWW.BRIGHTLINECREATIVE.COM
2035 W. Charleston St, Suite 3
Chicago, IL 60647
""",
        {
            "name": "Derek Yamamoto",
            "given_name": "Derek",
            "family_name": "Yamamoto",
            "title": "Creative Director",
            "company": "Brightline Creative",
            "emails": ["derek@brightlinecreative.com"],
            "phones": {"+13128704456": W},
            "websites": ["www.brightlinecreative.com"],
            "address": "2035 W. Charleston St, Suite 3, Chicago, IL 60647",
            "region": "US",
        },
    ),
    (
        "b8-49-photographer-name-is-brand",
        """SOFIA MARCHETTI
PHOTOGRAPHY

Portraits e Headshots e Events

sofia@sofiamarchetti.com
sofiamarchetti.com
(303) 941-2276
Denver, Colorado
""",
        {
            "name": "Sofia Marchetti",
            "given_name": "Sofia",
            "family_name": "Marchetti",
            "title": None,
            "company": "Sofia Marchetti Photography",
            "emails": ["sofia@sofiamarchetti.com"],
            "phones": {"+13039412276": W},
            "websites": ["sofiamarchetti.com"],
            "address": "Denver, Colorado",
            "region": "US",
        },
    ),
    (
        "b8-50-consultant-plus-one-spaced",
        """RIDGEWAY PARTNERS
Management Consulting

Nadia Haddad
Senior Consultant

Direct +1 202 730 4418
Mobile +1 202 415 6692
nadia.haddad@ridgewaypartners.com
ridgewaypartners.com
1625 Eye Street NW, Suite 800
Washington, DC 20006
""",
        {
            "name": "Nadia Haddad",
            "given_name": "Nadia",
            "family_name": "Haddad",
            "title": "Senior Consultant",
            "company": "Ridgeway Partners",
            "emails": ["nadia.haddad@ridgewaypartners.com"],
            "phones": {"+12027304418": W, "+12024156692": M},
            "websites": ["ridgewaypartners.com"],
            "address": "1625 Eye Street NW, Suite 800, Washington, DC 20006",
            "region": "US",
        },
    ),
    (
        "b8-51-msp-network-engineer-support",
        """IRONCLAD
NETWORK SERVICES

Ryan Kowalczyk, CCNP
Network Engineer

Support: 330-966-8800 Opt. 2
Direct: 330-966-8814
rkowalczyk@ironcladnet.com
www.ironcladnet.com
4150 Belden Village St NW, Suite 410, Canton, OH 44718
""",
        {
            "name": "Ryan Kowalczyk",
            "given_name": "Ryan",
            "family_name": "Kowalczyk",
            "title": "Network Engineer",
            "company": "Ironclad Network Services",
            "emails": ["rkowalczyk@ironcladnet.com"],
            "phones": {"+13309668800": W, "+13309668814": W},
            "websites": ["www.ironcladnet.com"],
            "address": "4150 Belden Village St NW, Suite 410, Canton, OH 44718",
            "region": "US",
        },
    ),
    (
        "b8-52-school-principal-district",
        """SPRINGFIELD PUBLIC SCHOOLS
Lincoln Elementary School
"Where Every Child Shines"

Dr. Tamara Jenkins
Principal

1101 S. 15th Street
Springfield, IL 62703
Office: 217.525.3240
Fax: 217.525.3241
tamara.jenkins@sps186.org
""",
        {
            "name": "Tamara Jenkins",
            "given_name": "Tamara",
            "family_name": "Jenkins",
            "title": "Principal",
            "emails": ["tamara.jenkins@sps186.org"],
            "phones": {"+12175253240": W, "+12175253241": F},
            "address": "1101 S. 15th Street, Springfield, IL 62703",
            "region": "US",
        },
    ),
    (
        "b8-53-community-college-dean-edd",
        """Tri-County Community College

Gloria Estrada, Ed.D.
Dean of Students

Student Services Center, Room 118
4600 College Road
Murphy, NC 28906
828.835.4201
gestrada@tricountycc.edu
www.tricountycc.edu
""",
        {
            "name": "Gloria Estrada",
            "given_name": "Gloria",
            "family_name": "Estrada",
            "title": "Dean of Students",
            "company": "Tri-County Community College",
            "emails": ["gestrada@tricountycc.edu"],
            "phones": {"+18288354201": W},
            "websites": ["www.tricountycc.edu"],
            "address": "Student Services Center, Room 118, 4600 College Road, Murphy, NC 28906",
            "region": "US",
        },
    ),
    (
        "b8-54-librarian-email-label",
        """Oak Park Public Library

Grace Kim
Reference & Adult Services Librarian

834 Lake Street, Oak Park, IL 60301
Phone: 708.383.8200 ext. 12
Email: gkim@oppl.org
Web: oppl.org
""",
        {
            "name": "Grace Kim",
            "given_name": "Grace",
            "family_name": "Kim",
            "title": "Reference & Adult Services Librarian",
            "company": "Oak Park Public Library",
            "emails": ["gkim@oppl.org"],
            "phones": {"+17083838200": W},
            "websites": ["oppl.org"],
            "address": "834 Lake Street, Oak Park, IL 60301",
            "region": "US",
        },
    ),
    (
        "b8-55-hotel-sales-director-three-numbers",
        """THE BRANDYWINE
HOTEL & CONFERENCE CENTER

Stephen Carlisle
Director of Sales & Marketing

1807 Concord Pike
Wilmington, DE 19803
T +1 302 478 6000
D +1 302 478 6112
M +1 302 893 4471
scarlisle@brandywinehotel.com
brandywinehotel.com
""",
        {
            "name": "Stephen Carlisle",
            "given_name": "Stephen",
            "family_name": "Carlisle",
            "title": "Director of Sales & Marketing",
            "company": "The Brandywine Hotel & Conference Center",
            "emails": ["scarlisle@brandywinehotel.com"],
            "phones": {"+13024786000": W, "+13024786112": W, "+13028934471": M},
            "websites": ["brandywinehotel.com"],
            "address": "1807 Concord Pike, Wilmington, DE 19803",
            "region": "US",
        },
    ),
    (
        "b8-56-movers-no-person-toll-free",
        """RIVER CITY MOVERS
Local e Long Distance e Storage
Licensed & Insured e USDOT #3107724

Call for a free estimate!
1-888-437-6683
Local: 502-968-3320
www.rivercitymoversky.com
info@rivercitymoversky.com
Louisville, KY
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "River City Movers",
            "emails": ["info@rivercitymoversky.com"],
            "phones": {"+18884376683": W, "+15029683320": W},
            "websites": ["www.rivercitymoversky.com"],
            "address": "Louisville, KY",
            "region": "US",
        },
    ),
    (
        "b8-57-army-recruiter-rank",
        """U.S. ARMY

SFC Jason R. Ortiz
Station Commander
Knoxville West Recruiting Station

8025 Kingston Pike, Suite 4
Knoxville, TN 37919
Office: 865-694-3131
Cell: 865-207-5529
jason.r.ortiz.mil@army.mil
goarmy.com
""",
        {
            "name": "Jason R. Ortiz",
            "given_name": "Jason",
            "family_name": "Ortiz",
            "title": "Station Commander",
            "company": "U.S. Army",
            "emails": ["jason.r.ortiz.mil@army.mil"],
            "phones": {"+18656943131": W, "+18652075529": M},
            "websites": ["goarmy.com"],
            "address": "8025 Kingston Pike, Suite 4, Knoxville, TN 37919",
            "region": "US",
        },
    ),
    (
        "b8-58-enrolled-agent-text",
        """Nguyen Tax & Bookkeeping
Individual e Business e IRS Representation

Linh Nguyen, EA
Enrolled Agent

10600 Bellaire Blvd, Suite 105
Houston, TX 77072
281.495.6620
Text 832.816.4423
linh@nguyentaxhouston.com
""",
        {
            "name": "Linh Nguyen",
            "given_name": "Linh",
            "family_name": "Nguyen",
            "title": "Enrolled Agent",
            "company": "Nguyen Tax & Bookkeeping",
            "emails": ["linh@nguyentaxhouston.com"],
            "phones": {"+12814956620": W, "+18328164423": M},
            "address": "10600 Bellaire Blvd, Suite 105, Houston, TX 77072",
            "region": "US",
        },
    ),
    (
        "b8-59-escrow-officer-dir-label",
        """BAYVIEW TITLE & ESCROW

Karen Matsumoto
Senior Escrow Officer

2025 Gateway Place, Suite 150
San Jose, CA 95110
Dir. 408.451.2276
Main 408.451.2200
Fax 408.451.2299
kmatsumoto@bayviewtitle.com
""",
        {
            "name": "Karen Matsumoto",
            "given_name": "Karen",
            "family_name": "Matsumoto",
            "title": "Senior Escrow Officer",
            "company": "Bayview Title & Escrow",
            "emails": ["kmatsumoto@bayviewtitle.com"],
            "phones": {"+14084512276": W, "+14084512200": W, "+14084512299": F},
            "address": "2025 Gateway Place, Suite 150, San Jose, CA 95110",
            "region": "US",
        },
    ),
    (
        "b8-60-home-inspector-trec",
        """© ClearView Home Inspections, LLC
"Know before you buy."

Brian Talbot
Certified Master Inspector®
TREC #21847

Cell: 512-787-3340
brian@clearviewinspects.com
www.clearviewinspects.com
Round Rock, TX 78664
""",
        {
            "name": "Brian Talbot",
            "given_name": "Brian",
            "family_name": "Talbot",
            "title": "Certified Master Inspector®",
            "company": "ClearView Home Inspections, LLC",
            "emails": ["brian@clearviewinspects.com"],
            "phones": {"+15127873340": M},
            "websites": ["www.clearviewinspects.com"],
            "address": "Round Rock, TX 78664",
            "region": "US",
        },
    ),
    (
        "b8-61-financial-advisor-toll-free-fax",
        """HOLLIS & GRANT
INVESTMENTS
Member SIPC

Rachel Goldberg, CFP®, ChFC®
Financial Advisor

1020 Boston Post Road
Darien, CT 06820
Office 203.655.7718
Toll Free 866.655.7718
Fax 888.203.4419
rachel.goldberg@hollisgrant.com
www.hollisgrant.com/rgoldberg
""",
        {
            "name": "Rachel Goldberg",
            "given_name": "Rachel",
            "family_name": "Goldberg",
            "title": "Financial Advisor",
            "company": "Hollis & Grant Investments",
            "emails": ["rachel.goldberg@hollisgrant.com"],
            "phones": {"+12036557718": W, "+18666557718": W, "+18882034419": F},
            "websites": ["www.hollisgrant.com/rgoldberg"],
            "address": "1020 Boston Post Road, Darien, CT 06820",
            "region": "US",
        },
    ),
    (
        "b8-62-pharma-territory-manager",
        """Veridian
Therapeutics

Christopher Bauer
Senior Territory Manager, Neuroscience

Mobile 615-483-2290
christopher.bauer@veridianrx.com
veridianrx.com
""",
        {
            "name": "Christopher Bauer",
            "given_name": "Christopher",
            "family_name": "Bauer",
            "title": "Senior Territory Manager, Neuroscience",
            "company": "Veridian Therapeutics",
            "emails": ["christopher.bauer@veridianrx.com"],
            "phones": {"+16154832290": M},
            "websites": ["veridianrx.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-63-gym-personal-trainer",
        """IRON & OAK
FITNESS

Jaylen Carter
NASM Certified Personal Trainer

C: 614.946.2213
jaylen@ironandoakfitness.com
ironandoakfitness.com
1150 N. High St, Columbus, OH 43201
""",
        {
            "name": "Jaylen Carter",
            "given_name": "Jaylen",
            "family_name": "Carter",
            "title": "NASM Certified Personal Trainer",
            "company": "Iron & Oak Fitness",
            "emails": ["jaylen@ironandoakfitness.com"],
            "phones": {"+16149462213": M},
            "websites": ["ironandoakfitness.com"],
            "address": "1150 N. High St, Columbus, OH 43201",
            "region": "US",
        },
    ),
    (
        "b8-64-florist-no-person",
        """Petal & Stem
floral design e weddings e events

408 S. 8th Street
Boise, ID 83702
208.342.7786
orders@petalandstemboise.com
petalandstemboise.com
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Petal & Stem",
            "emails": ["orders@petalandstemboise.com"],
            "phones": {"+12083427786": W},
            "websites": ["petalandstemboise.com"],
            "address": "408 S. 8th Street, Boise, ID 83702",
            "region": "US",
        },
    ),
    (
        "b8-65-dental-hygienist-rdh",
        """Willow Creek Dental
Ashley Moore, RDH
Registered Dental Hygienist

2 W. Dry Creek Circle, Suite 120
Littleton, CO 80120
303.794.6652
ashley@willowcreekdental.com
www.willowcreekdental.com
""",
        {
            "name": "Ashley Moore",
            "given_name": "Ashley",
            "family_name": "Moore",
            "title": "Registered Dental Hygienist",
            "company": "Willow Creek Dental",
            "emails": ["ashley@willowcreekdental.com"],
            "phones": {"+13037946652": W},
            "websites": ["www.willowcreekdental.com"],
            "address": "2 W. Dry Creek Circle, Suite 120, Littleton, CO 80120",
            "region": "US",
        },
    ),
    (
        "b8-66-optometrist-od",
        """ClearSight Eye Care

Dr. Peter Novak, O.D.
Optometrist

3802 Regent St
Madison, WI 53705
P 608.233.5510
F 608.233.5519
www.clearsighteyecare.net
""",
        {
            "name": "Peter Novak",
            "given_name": "Peter",
            "family_name": "Novak",
            "title": "Optometrist",
            "company": "ClearSight Eye Care",
            "emails": [],
            "phones": {"+16082335510": W, "+16082335519": F},
            "websites": ["www.clearsighteyecare.net"],
            "address": "3802 Regent St, Madison, WI 53705",
            "region": "US",
        },
    ),
    (
        "b8-67-museum-curator",
        """THE WOLCOTT
MUSEUM OF ART

Imani Johnson
Curator of Education & Public Programs

1600 Grand Avenue
Des Moines, IA 50309
515.271.0305 x 214
ijohnson@wolcottart.org
wolcottart.org
""",
        {
            "name": "Imani Johnson",
            "given_name": "Imani",
            "family_name": "Johnson",
            "title": "Curator of Education & Public Programs",
            "company": "The Wolcott Museum of Art",
            "emails": ["ijohnson@wolcottart.org"],
            "phones": {"+15152710305": W},
            "websites": ["wolcottart.org"],
            "address": "1600 Grand Avenue, Des Moines, IA 50309",
            "region": "US",
        },
    ),
    (
        "b8-68-food-bank-executive-director",
        """UPSTATE FOOD NETWORK
No one in our community goes hungry.

Denise Harrington
Executive Director

185 Leland Ave
Utica, NY 13502
O: 315.738.4400
M: 315.534.8812
dharrington@upstatefoodnetwork.org
upstatefoodnetwork.org
""",
        {
            "name": "Denise Harrington",
            "given_name": "Denise",
            "family_name": "Harrington",
            "title": "Executive Director",
            "company": "Upstate Food Network",
            "emails": ["dharrington@upstatefoodnetwork.org"],
            "phones": {"+13157384400": W, "+13155348812": M},
            "websites": ["upstatefoodnetwork.org"],
            "address": "185 Leland Ave, Utica, NY 13502",
            "region": "US",
        },
    ),
    (
        "b8-69-staff-engineer-github",
        """Tessellate Systems

Tomasz Kowal
Staff Software Engineer

tomasz@tessellate.dev
+1 (646) 382-1177
github.com/tkowal
https://tessellate.dev
""",
        {
            "name": "Tomasz Kowal",
            "given_name": "Tomasz",
            "family_name": "Kowal",
            "title": "Staff Software Engineer",
            "company": "Tessellate Systems",
            "emails": ["tomasz@tessellate.dev"],
            "phones": {"+16463821177": W},
            "websites": ["github.com/tkowal", "https://tessellate.dev"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-70-tax-senior-manager-building",
        """PRESCOTT LANG LLP
Audit e Tax e Advisory

Mei-Ling Zhou, CPA
Senior Manager, Tax Services

One Liberty Place
1650 Market Street, Suite 3600
Philadelphia, PA 19103
Direct +1.215.568.4471
Mobile +1.267.760.2218
mzhou@prescottlang.com
prescottlang.com
""",
        {
            "name": "Mei-Ling Zhou",
            "given_name": "Mei-Ling",
            "family_name": "Zhou",
            "title": "Senior Manager, Tax Services",
            "company": "Prescott Lang LLP",
            "emails": ["mzhou@prescottlang.com"],
            "phones": {"+12155684471": W, "+12677602218": M},
            "websites": ["prescottlang.com"],
            "address": "One Liberty Place, 1650 Market Street, Suite 3600, Philadelphia, PA 19103",
            "region": "US",
        },
    ),
    (
        "b8-71-bbq-general-manager-facebook",
        """| HICKORY PIT BARBECUE
Est. 1986

Darnell Hayes
General Manager

1802 Union Ave
Memphis, TN 38104
901.272.1186
darnell@hickorypitbbq.com
hickorypitbbq.com
facebook.com/hickorypitmemphis
""",
        {
            "name": "Darnell Hayes",
            "given_name": "Darnell",
            "family_name": "Hayes",
            "title": "General Manager",
            "company": "Hickory Pit Barbecue",
            "emails": ["darnell@hickorypitbbq.com"],
            "phones": {"+19012721186": W},
            "websites": ["hickorypitbbq.com", "facebook.com/hickorypitmemphis"],
            "address": "1802 Union Ave, Memphis, TN 38104",
            "region": "US",
        },
    ),
    (
        "b8-72-radio-account-executive",
        """KRVR 96.5 FM
The River e Central Valley's Classic Hits

Heather Dunn
Account Executive

O 559.490.5800
C 559.392.7714
hdunn@krvr.fm
1071 W. Shaw Ave, Fresno, CA 93711
""",
        {
            "name": "Heather Dunn",
            "given_name": "Heather",
            "family_name": "Dunn",
            "title": "Account Executive",
            "company": "KRVR 96.5 FM",
            "emails": ["hdunn@krvr.fm"],
            "phones": {"+15594905800": W, "+15593927714": M},
            "address": "1071 W. Shaw Ave, Fresno, CA 93711",
            "region": "US",
        },
    ),
    (
        "b8-73-reporter-email-space-slip",
        """The Tri-State Ledger

Jenna Walsh
Staff Reporter, Business & Economy

jwalsh@ tristateledger.com
Newsroom 304.526.4400
Cell 304.690.2215
Twitter/X: @jennawalsh_news
tristateledger.com
946 Fifth Avenue, Huntington, WV 25701
""",
        {
            "name": "Jenna Walsh",
            "given_name": "Jenna",
            "family_name": "Walsh",
            "title": "Staff Reporter, Business & Economy",
            "company": "The Tri-State Ledger",
            "emails": ["jwalsh@tristateledger.com"],
            "phones": {"+13045264400": W, "+13046902215": M},
            "websites": ["tristateledger.com"],
            "address": "946 Fifth Avenue, Huntington, WV 25701",
            "region": "US",
        },
    ),
    (
        "b8-74-city-economic-development",
        """CITY OF LOVELAND
Economic Development

Aaron Fitzgerald
Economic Development Director

500 E. Third Street, Suite 310
Loveland, CO 80537
970.962.2304
aaron.fitzgerald@cityofloveland.org
cityofloveland.org
""",
        {
            "name": "Aaron Fitzgerald",
            "given_name": "Aaron",
            "family_name": "Fitzgerald",
            "title": "Economic Development Director",
            "company": "City of Loveland",
            "emails": ["aaron.fitzgerald@cityofloveland.org"],
            "phones": {"+19709622304": W},
            "websites": ["cityofloveland.org"],
            "address": "500 E. Third Street, Suite 310, Loveland, CO 80537",
            "region": "US",
        },
    ),
    (
        "b8-75-senate-office-staffer",
        """UNITED STATES SENATE
Office of Senator Daniel R. Ames

Kristen Yoder
Regional Director, Northeast Ohio

801 W. Superior Ave, Suite 1400
Cleveland, OH 44113
Tel 216.522.7095
Fax 216.522.7099
kristen_yoder@ames.senate.gov
www.ames.senate.gov
""",
        {
            "name": "Kristen Yoder",
            "given_name": "Kristen",
            "family_name": "Yoder",
            "title": "Regional Director, Northeast Ohio",
            "emails": ["kristen_yoder@ames.senate.gov"],
            "phones": {"+12165227095": W, "+12165227099": F},
            "websites": ["www.ames.senate.gov"],
            "address": "801 W. Superior Ave, Suite 1400, Cleveland, OH 44113",
            "region": "US",
        },
    ),
    (
        "b8-76-home-health-two-line-title",
        """Heritage Home Health & Hospice

Lorraine Whitby, RN, BSN
Director of Clinical
Operations

5500 S. 56th St, Suite 200
Lincoln, NE 68516
Office 402.486.3030
Cell 402.525.1176
lwhitby@heritagehomehealth.com
""",
        {
            "name": "Lorraine Whitby",
            "given_name": "Lorraine",
            "family_name": "Whitby",
            "title": "Director of Clinical Operations",
            "company": "Heritage Home Health & Hospice",
            "emails": ["lwhitby@heritagehomehealth.com"],
            "phones": {"+14024863030": W, "+14025251176": M},
            "address": "5500 S. 56th St, Suite 200, Lincoln, NE 68516",
            "region": "US",
        },
    ),
    (
        "b8-77-all-caps-card-grid-address",
        """MICHAEL T. BRANDT
VICE PRESIDENT OF OPERATIONS

KRAMER PRECISION MACHINING, INC.
ISO 9001:2015 CERTIFIED

W228 N745 WESTMOUND DR
WAUKESHA, WI 53186
PH 262.542.8810
CELL 414.698.3302
MBRANDT@KRAMERPRECISION.COM
WWW.KRAMERPRECISION.COM
""",
        {
            "name": "Michael T. Brandt",
            "given_name": "Michael",
            "family_name": "Brandt",
            "title": "Vice President of Operations",
            "company": "Kramer Precision Machining, Inc.",
            "emails": ["mbrandt@kramerprecision.com"],
            "phones": {"+12625428810": W, "+14146983302": M},
            "websites": ["www.kramerprecision.com"],
            "address": "W228 N745 Westmound Dr, Waukesha, WI 53186",
            "region": "US",
        },
    ),
    (
        "b8-78-name-pipe-title",
        """Sarah Jennings | Talent Acquisition Partner
CASCADIA HEALTH

sjennings@cascadiahealth.org
503.494.7720
cascadiahealth.org/careers
""",
        {
            "name": "Sarah Jennings",
            "given_name": "Sarah",
            "family_name": "Jennings",
            "title": "Talent Acquisition Partner",
            "company": "Cascadia Health",
            "emails": ["sjennings@cascadiahealth.org"],
            "phones": {"+15034947720": W},
            "websites": ["cascadiahealth.org/careers"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-79-name-comma-title-two-numbers",
        """SUNBELT BUILDING SUPPLY

Alex Rivera, Sales Manager
Cell 602.820.4417 | Office 480.966.3200
alex.rivera@sunbeltsupply.com
2350 W. Broadway Rd, Mesa, AZ 85202
""",
        {
            "name": "Alex Rivera",
            "given_name": "Alex",
            "family_name": "Rivera",
            "title": "Sales Manager",
            "company": "Sunbelt Building Supply",
            "emails": ["alex.rivera@sunbeltsupply.com"],
            "phones": {"+16028204417": M, "+14809663200": W},
            "address": "2350 W. Broadway Rd, Mesa, AZ 85202",
            "region": "US",
        },
    ),
    (
        "b8-80-two-columns-run-together",
        """ORBIT LANE

Lisa Wong T 408.986.2140
Principal Product Designer M 408.772.0316
lisa@orbitlane.com
orbitlane.com
""",
        {
            "name": "Lisa Wong",
            "given_name": "Lisa",
            "family_name": "Wong",
            "title": "Principal Product Designer",
            "company": "Orbit Lane",
            "emails": ["lisa@orbitlane.com"],
            "phones": {"+14089862140": W, "+14087720316": M},
            "websites": ["orbitlane.com"],
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-81-feed-store-street-and-po-box",
        """TWIN BUTTES FEED & RANCH SUPPLY
Proudly serving Wyoming ranchers since 1952

Cody Harmon
Store Manager

2620 Big Horn Ave
P.O. Box 1187
Cody, WY 82414
307.587.4420
cody@twinbuttesfeed.com
""",
        {
            "name": "Cody Harmon",
            "given_name": "Cody",
            "family_name": "Harmon",
            "title": "Store Manager",
            "company": "Twin Buttes Feed & Ranch Supply",
            "emails": ["cody@twinbuttesfeed.com"],
            "phones": {"+13075874420": W},
            "address": "2620 Big Horn Ave, P.O. Box 1187, Cody, WY 82414",
            "region": "US",
        },
    ),
    (
        "b8-82-trust-officer-iii",
        """Charles E. Whitmore III
Senior Vice President & Trust Officer

PALMETTO TRUST COMPANY

1201 Main Street, Suite 1100
Columbia, SC 29201
Direct 803.733.5518
Main 803.733.5500
cwhitmore@palmettotrust.com
www.palmettotrust.com
""",
        {
            "name": "Charles E. Whitmore III",
            "given_name": "Charles",
            "family_name": "Whitmore",
            "title": "Senior Vice President & Trust Officer",
            "company": "Palmetto Trust Company",
            "emails": ["cwhitmore@palmettotrust.com"],
            "phones": {"+18037335518": W, "+18037335500": W},
            "websites": ["www.palmettotrust.com"],
            "address": "1201 Main Street, Suite 1100, Columbia, SC 29201",
            "region": "US",
        },
    ),
    (
        "b8-83-particle-surname-mob",
        """Anneke van der Berg
Director, Global Mobility

HOLLANDIA FOODS USA, INC.
3300 28th Street SE
Grand Rapids, MI 49512
Dir 616.956.2240
Mob 616.813.7702
a.vanderberg@hollandiafoods.com
""",
        {
            "name": "Anneke van der Berg",
            "given_name": "Anneke",
            "family_name": "van der Berg",
            "title": "Director, Global Mobility",
            "company": "Hollandia Foods USA, Inc.",
            "emails": ["a.vanderberg@hollandiafoods.com"],
            "phones": {"+16169562240": W, "+16168137702": M},
            "address": "3300 28th Street SE, Grand Rapids, MI 49512",
            "region": "US",
        },
    ),
    (
        "b8-84-realtor-designations-hyphen-given",
        """Commonwealth Realty Group

Mary-Kate O'Neill
Realtor® | ABR, SRS
KY Lic. #214789

C 859.338.4127
O 859.277.2030
marykate@commonwealthrg.com
commonwealthrg.com
2416 Sir Barton Way, Suite 100, Lexington, KY 40509
""",
        {
            "name": "Mary-Kate O'Neill",
            "given_name": "Mary-Kate",
            "family_name": "O'Neill",
            "title": "Realtor®",
            "company": "Commonwealth Realty Group",
            "emails": ["marykate@commonwealthrg.com"],
            "phones": {"+18593384127": M, "+18592772030": W},
            "websites": ["commonwealthrg.com"],
            "address": "2416 Sir Barton Way, Suite 100, Lexington, KY 40509",
            "region": "US",
        },
    ),
    (
        "b8-85-coach-apostrophe-name",
        """Ww
RIVERTON STATE UNIVERSITY
ATHLETICS

De'Andre Johnson
Assistant Coach / Recruiting Coordinator

Office 478.301.2241
Cell 478.955.6610
djohnson@riverton.edu
@CoachDJ_RSU
""",
        {
            "name": "De'Andre Johnson",
            "given_name": "De'Andre",
            "family_name": "Johnson",
            "title": "Assistant Coach / Recruiting Coordinator",
            "company": "Riverton State University",
            "emails": ["djohnson@riverton.edu"],
            "phones": {"+14783012241": W, "+14789556610": M},
            "address": None,
            "region": "US",
        },
    ),
    (
        "b8-86-logistics-dotted-plus-one",
        """Buckeye Logistics Group

Vanessa Okoro
Talent Acquisition Manager

T +1.614.228.4100
M +1.614.580.3322
vokoro@buckeyelogistics.com
buckeyelogistics.com
4400 Easton Commons Way, Suite 125
Columbus, OH 43219
""",
        {
            "name": "Vanessa Okoro",
            "given_name": "Vanessa",
            "family_name": "Okoro",
            "title": "Talent Acquisition Manager",
            "company": "Buckeye Logistics Group",
            "emails": ["vokoro@buckeyelogistics.com"],
            "phones": {"+16142284100": W, "+16145803322": M},
            "websites": ["buckeyelogistics.com"],
            "address": "4400 Easton Commons Way, Suite 125, Columbus, OH 43219",
            "region": "US",
        },
    ),
    (
        "b8-87-orthodontist-pipe-in-email",
        """Lakeview Orthodontics

Dr. Hollis Williams, DDS, MS
Orthodontist

2323 N. Mayfair Rd, Suite 410
Wauwatosa, WI 53226
Office 414.257.3390
hwi|liams@lakevieworthodontics.com
lakevieworthodontics.com
""",
        {
            "name": "Hollis Williams",
            "given_name": "Hollis",
            "family_name": "Williams",
            "title": "Orthodontist",
            "company": "Lakeview Orthodontics",
            "emails": ["hwilliams@lakevieworthodontics.com"],
            "phones": {"+14142573390": W},
            "websites": ["lakevieworthodontics.com"],
            "address": "2323 N. Mayfair Rd, Suite 410, Wauwatosa, WI 53226",
            "region": "US",
        },
    ),
    (
        "b8-88-health-center-hr-http-url",
        """GREENLEAF COMMUNITY HEALTH CENTER

Latoya Freeman, MBA
Director of Human Resources

3400 Woodward Avenue
Detroit, MI 48201
Main 313.832.4700
Direct 313.832.4718
lfreeman@greenleafchc.org
http://www.greenleafchc.org/
""",
        {
            "name": "Latoya Freeman",
            "given_name": "Latoya",
            "family_name": "Freeman",
            "title": "Director of Human Resources",
            "company": "Greenleaf Community Health Center",
            "emails": ["lfreeman@greenleafchc.org"],
            "phones": {"+13138324700": W, "+13138324718": W},
            "websites": ["www.greenleafchc.org"],
            "address": "3400 Woodward Avenue, Detroit, MI 48201",
            "region": "US",
        },
    ),
    (
        "b8-89-environmental-run-together-slips",
        """BAYOU STATE ENVIRONMENTAL, LLC

Brandon Thibodeaux
Environmental Scientist II

8550 United Plaza Blvd,Suite200
BatonRouge, LA 70809
Office225.926.4410
Cell 225.773.2198
bthibodeaux@bayoustateenv.com
""",
        {
            "name": "Brandon Thibodeaux",
            "given_name": "Brandon",
            "family_name": "Thibodeaux",
            "title": "Environmental Scientist II",
            "company": "Bayou State Environmental, LLC",
            "emails": ["bthibodeaux@bayoustateenv.com"],
            "phones": {"+12259264410": W, "+12257732198": M},
            "address": "8550 United Plaza Blvd, Suite 200, Baton Rouge, LA 70809",
            "region": "US",
        },
    ),
    (
        "b8-90-robotics-logo-junk",
        """—
~~ ae
QUARRY
ROBOTICS

Ethan Lowe
Manufacturing Engineering Manager

6425 Living Place
Pittsburgh, PA 15206
o 412.345.8870
m 412.720.6619
ethan.lowe@quarryrobotics.com
quarryrobotics.com
""",
        {
            "name": "Ethan Lowe",
            "given_name": "Ethan",
            "family_name": "Lowe",
            "title": "Manufacturing Engineering Manager",
            "company": "Quarry Robotics",
            "emails": ["ethan.lowe@quarryrobotics.com"],
            "phones": {"+14123458870": W, "+14127206619": M},
            "websites": ["quarryrobotics.com"],
            "address": "6425 Living Place, Pittsburgh, PA 15206",
            "region": "US",
        },
    ),
    (
        "b8-91-middle-name-hr-generalist",
        """Emily Rose Carter
Human Resources Generalist

TIDEWATER MARINE SERVICES
5200 Hampton Blvd, Norfolk, VA 23508
757.380.2215
ecarter@tidewatermarine.com
""",
        {
            "name": "Emily Rose Carter",
            "given_name": "Emily",
            "family_name": "Carter",
            "title": "Human Resources Generalist",
            "company": "Tidewater Marine Services",
            "emails": ["ecarter@tidewatermarine.com"],
            "phones": {"+17573802215": W},
            "address": "5200 Hampton Blvd, Norfolk, VA 23508",
            "region": "US",
        },
    ),
    (
        "b8-92-double-surname-case-manager",
        """Esperanza Community Services

María José Gutiérrez Ruiz
Bilingual Case Manager

1400 NW 10th Ave, Suite 210
Miami, FL 33136
Tel 305.545.7780
Cel 786.412.3906
mjgutierrez@esperanzacs.org
esperanzacs.org
""",
        {
            "name": "María José Gutiérrez Ruiz",
            "title": "Bilingual Case Manager",
            "company": "Esperanza Community Services",
            "emails": ["mjgutierrez@esperanzacs.org"],
            "phones": {"+13055457780": W, "+17864123906": M},
            "websites": ["esperanzacs.org"],
            "address": "1400 NW 10th Ave, Suite 210, Miami, FL 33136",
            "region": "US",
        },
    ),
    (
        "b8-93-security-caps-labels-ext",
        """SENTINEL HOME SECURITY
Monitoring e Cameras e Smart Home

Jared McAllister
Security Consultant

TOLL FREE 1-866-744-2100 Ext. 5
DIRECT 918-622-4471
jmcallister@sentinelhomesecurity.com
Tulsa, OK
OK Alarm Lic. #1872
""",
        {
            "name": "Jared McAllister",
            "given_name": "Jared",
            "family_name": "McAllister",
            "title": "Security Consultant",
            "company": "Sentinel Home Security",
            "emails": ["jmcallister@sentinelhomesecurity.com"],
            "phones": {"+18667442100": W, "+19186224471": W},
            "address": "Tulsa, OK",
            "region": "US",
        },
    ),
]

CA: list[Case] = [
    (
        "b8-ca-01-toronto-law-partner",
        """MACKENZIE DUFORT LLP
Barristers & Solicitors

Siobhan Kelly
Partner

Direct 416.865.7741
Main 416.865.7700
Fax 416.865.7701
skelly@mackenziedufort.ca

Bay Adelaide Centre, East Tower
22 Adelaide Street West, Suite 3400
Toronto, ON M5H 4E3
mackenziedufort.ca
""",
        {
            "name": "Siobhan Kelly",
            "given_name": "Siobhan",
            "family_name": "Kelly",
            "title": "Partner",
            "company": "MacKenzie Dufort LLP",
            "emails": ["skelly@mackenziedufort.ca"],
            "phones": {"+14168657741": W, "+14168657700": W, "+14168657701": F},
            "websites": ["mackenziedufort.ca"],
            "address": (
                "Bay Adelaide Centre, East Tower, 22 Adelaide Street West, Suite 3400, Toronto, ON M5H 4E3"
            ),
            "region": "CA",
        },
    ),
    (
        "b8-ca-02-vancouver-realtor-prec",
        """WESTCOAST HOMES REALTY
Independently owned and operated

Jason Liu PREC*
REALTOR®

C 604.812.3390
O 604.263.2823
jason@jasonliuhomes.ca
www.jasonliuhomes.ca
2150 W. Broadway, Vancouver, BC V6K 4L9
*Personal Real Estate Corporation
""",
        {
            "name": "Jason Liu",
            "given_name": "Jason",
            "family_name": "Liu",
            "title": "Realtor®",
            "company": "Westcoast Homes Realty",
            "emails": ["jason@jasonliuhomes.ca"],
            "phones": {"+16048123390": M, "+16042632823": W},
            "websites": ["www.jasonliuhomes.ca"],
            "address": "2150 W. Broadway, Vancouver, BC V6K 4L9",
            "region": "CA",
        },
    ),
    (
        "b8-ca-03-montreal-bilingual-title-poste",
        """LUMEN ANALYTICS INC.

Sophie Tremblay
Product Manager | Gestionnaire de produit

T 514 392-8870 poste 214
M 438 921-5504
sophie.tremblay@lumenanalytics.ca
1250 René-Lévesque Blvd. W., Suite 2200
Montréal, QC H3B 4W8
""",
        {
            "name": "Sophie Tremblay",
            "given_name": "Sophie",
            "family_name": "Tremblay",
            "title": "Product Manager",
            "company": "Lumen Analytics Inc.",
            "emails": ["sophie.tremblay@lumenanalytics.ca"],
            "phones": {"+15143928870": W, "+14389215504": M},
            "address": "1250 René-Lévesque Blvd. W., Suite 2200, Montréal, QC H3B 4W8",
            "region": "CA",
        },
    ),
    (
        "b8-ca-04-calgary-engineer-peng",
        """Bowridge Energy Ltd.

Amir Hosseini, P.Eng.
Senior Reservoir Engineer

525 8th Avenue SW, Suite 1800
Calgary, AB T2P 1G1
D 403.539.7720
C 587.225.4108
amir.hosseini@bowridgeenergy.com
www.bowridgeenergy.com
""",
        {
            "name": "Amir Hosseini",
            "given_name": "Amir",
            "family_name": "Hosseini",
            "title": "Senior Reservoir Engineer",
            "company": "Bowridge Energy Ltd.",
            "emails": ["amir.hosseini@bowridgeenergy.com"],
            "phones": {"+14035397720": W, "+15872254108": M},
            "websites": ["www.bowridgeenergy.com"],
            "address": "525 8th Avenue SW, Suite 1800, Calgary, AB T2P 1G1",
            "region": "CA",
        },
    ),
    (
        "b8-ca-05-federal-bilingual-card",
        """Government of Canada Gouvernement du Canada
Employment and Social
Development Canada
Emploi et Développement
social Canada

Chantal Beaulieu
Senior Policy Analyst
Analyste principale des politiques

140 Promenade du Portage
Gatineau QC K1A 0J9
Tel./Tél. 819-654-3318
chantal.beaulieu@hrsdc-rhdcc.gc.ca
""",
        {
            "name": "Chantal Beaulieu",
            "given_name": "Chantal",
            "family_name": "Beaulieu",
            "title": "Senior Policy Analyst",
            "company": "Employment and Social Development Canada",
            "emails": ["chantal.beaulieu@hrsdc-rhdcc.gc.ca"],
            "phones": {"+18196543318": W},
            "address": "140 Promenade du Portage, Gatineau QC K1A 0J9",
            "region": "CA",
        },
    ),
    (
        "b8-ca-06-halifax-assistant-professor",
        """HARBOURVIEW UNIVERSITY
Faculty of Management

Dr. Liam MacDonald
Assistant Professor, Marketing

6100 University Avenue
Halifax, NS B3H 4R2
902.494.2281
liam.macdonald@harbourview.ca
""",
        {
            "name": "Liam MacDonald",
            "given_name": "Liam",
            "family_name": "MacDonald",
            "title": "Assistant Professor, Marketing",
            "company": "Harbourview University",
            "emails": ["liam.macdonald@harbourview.ca"],
            "phones": {"+19024942281": W},
            "address": "6100 University Avenue, Halifax, NS B3H 4R2",
            "region": "CA",
        },
    ),
    (
        "b8-ca-07-winnipeg-broker-toll-free-same-line",
        """Prairie Shield Insurance Brokers
Home e Auto e Farm e Commercial

Harpreet Sandhu, CIP
Commercial Account Executive

204-943-0331 Toll Free 1-877-943-0331
hsandhu@prairieshield.ca
prairieshield.ca
1 Lombard Place, Suite 900
Winnipeg, MB R3B 0X3
""",
        {
            "name": "Harpreet Sandhu",
            "given_name": "Harpreet",
            "family_name": "Sandhu",
            "title": "Commercial Account Executive",
            "company": "Prairie Shield Insurance Brokers",
            "emails": ["hsandhu@prairieshield.ca"],
            "phones": {"+12049430331": W, "+18779430331": W},
            "websites": ["prairieshield.ca"],
            "address": "1 Lombard Place, Suite 900, Winnipeg, MB R3B 0X3",
            "region": "CA",
        },
    ),
    (
        "b8-ca-08-edmonton-dentist-dmd",
        """Whyte Avenue Dental

Dr. Olga Petrenko, DMD
General Dentist

10526 82 Ave NW
Edmonton, AB T6E 2A4
T: 780-433-2261
F: 780-433-2269
info@whyteavedental.ca
whyteavedental.ca
""",
        {
            "name": "Olga Petrenko",
            "given_name": "Olga",
            "family_name": "Petrenko",
            "title": "General Dentist",
            "company": "Whyte Avenue Dental",
            "emails": ["info@whyteavedental.ca"],
            "phones": {"+17804332261": W, "+17804332269": F},
            "websites": ["whyteavedental.ca"],
            "address": "10526 82 Ave NW, Edmonton, AB T6E 2A4",
            "region": "CA",
        },
    ),
    (
        "b8-ca-09-mississauga-bank-account-manager",
        """MAPLE TRUST BANK
Commercial Banking

Vikram Malhotra
Senior Account Manager, Commercial Banking

Tel 905-276-4410
Cell 647-880-2193
Fax 905-276-4499
vikram.malhotra©mapletrust.ca
1 City Centre Dr, Suite 900
Mississauga, ON L5B 1M2
""",
        {
            "name": "Vikram Malhotra",
            "given_name": "Vikram",
            "family_name": "Malhotra",
            "title": "Senior Account Manager, Commercial Banking",
            "company": "Maple Trust Bank",
            "emails": ["vikram.malhotra@mapletrust.ca"],
            "phones": {"+19052764410": W, "+16478802193": M, "+19052764499": F},
            "address": "1 City Centre Dr, Suite 900, Mississauga, ON L5B 1M2",
            "region": "CA",
        },
    ),
    (
        "b8-ca-10-toronto-recruiter-no-address",
        """Northbound Talent Partners

Emma Fraser
Talent Acquisition Partner

Mobile: +1 647-355-9012
emma@northboundtalent.com
linkedin.com/in/emmafraser
""",
        {
            "name": "Emma Fraser",
            "given_name": "Emma",
            "family_name": "Fraser",
            "title": "Talent Acquisition Partner",
            "company": "Northbound Talent Partners",
            "emails": ["emma@northboundtalent.com"],
            "phones": {"+16473559012": M},
            "websites": ["linkedin.com/in/emmafraser"],
            "address": None,
            "region": "CA",
        },
    ),
    (
        "b8-ca-11-victoria-executive-chef",
        """THE SALT CELLAR
seafood & oyster bar

Owen Gallagher
Executive Chef

1215 Wharf Street
Victoria, BC V8W 1T8
250.388.4410
owen@saltcellarvictoria.ca
saltcellarvictoria.ca
""",
        {
            "name": "Owen Gallagher",
            "given_name": "Owen",
            "family_name": "Gallagher",
            "title": "Executive Chef",
            "company": "The Salt Cellar",
            "emails": ["owen@saltcellarvictoria.ca"],
            "phones": {"+12503884410": W},
            "websites": ["saltcellarvictoria.ca"],
            "address": "1215 Wharf Street, Victoria, BC V8W 1T8",
            "region": "CA",
        },
    ),
    (
        "b8-ca-12-saskatoon-plumber",
        """LIVING SKIES
PLUMBING & HEATING LTD.
Serving Saskatoon since 1985

Brent Kowalchuk
Journeyman Plumber / Gas Fitter

306-955-7784
Cell 306-281-6631
brent@livingskiesplumbing.ca
3215 Miners Ave, Saskatoon, SK S7K 4Z7
""",
        {
            "name": "Brent Kowalchuk",
            "given_name": "Brent",
            "family_name": "Kowalchuk",
            "title": "Journeyman Plumber / Gas Fitter",
            "company": "Living Skies Plumbing & Heating Ltd.",
            "emails": ["brent@livingskiesplumbing.ca"],
            "phones": {"+13069557784": W, "+13062816631": M},
            "address": "3215 Miners Ave, Saskatoon, SK S7K 4Z7",
            "region": "CA",
        },
    ),
    (
        "b8-ca-13-kitchener-founder",
        """Quillwise

Arjun Kapoor
Founder & CEO

arjun@quillwise.com
quillwise.com
+1 519 590 4827
151 Charles St W, Suite 300, Kitchener, ON N2G 1H6
""",
        {
            "name": "Arjun Kapoor",
            "given_name": "Arjun",
            "family_name": "Kapoor",
            "title": "Founder & CEO",
            "company": "Quillwise",
            "emails": ["arjun@quillwise.com"],
            "phones": {"+15195904827": W},
            "websites": ["quillwise.com"],
            "address": "151 Charles St W, Suite 300, Kitchener, ON N2G 1H6",
            "region": "CA",
        },
    ),
    (
        "b8-ca-14-toronto-cpa-tax-partner",
        """MORRISON CHOW LLP
Chartered Professional Accountants

Lindsay Chow, CPA, CA
Partner, Tax

T 416.977.3250 x 231
F 416.977.3259
lchow@morrisonchow.ca
www.morrisonchow.ca
40 King Street West, 29th Floor
Toronto, Ontario M5H 3Y2
Canada
""",
        {
            "name": "Lindsay Chow",
            "given_name": "Lindsay",
            "family_name": "Chow",
            "title": "Partner, Tax",
            "company": "Morrison Chow LLP",
            "emails": ["lchow@morrisonchow.ca"],
            "phones": {"+14169773250": W, "+14169773259": F},
            "websites": ["www.morrisonchow.ca"],
            "address": "40 King Street West, 29th Floor, Toronto, Ontario M5H 3Y2, Canada",
            "region": "CA",
        },
    ),
    (
        "b8-ca-15-hardware-store-no-person",
        """KINGSWAY
TOOL & HARDWARE
Contractors Welcome e Key Cutting e Paint

3590 Kingsway
Vancouver, BC V5R 5L9
604-437-2250
sales@kingswaytool.ca
www.kingswaytool.ca
""",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Kingsway Tool & Hardware",
            "emails": ["sales@kingswaytool.ca"],
            "phones": {"+16044372250": W},
            "websites": ["www.kingswaytool.ca"],
            "address": "3590 Kingsway, Vancouver, BC V5R 5L9",
            "region": "CA",
        },
    ),
    (
        "b8-ca-16-ottawa-hospital-recruiter-icons",
        """& Rideau Valley Health Centre

Nathalie Gagnon
Physician Recruitment Officer

@ 613-737-8899 ext. 71420
& 343-551-2087
© ngagnon@rvhc.on.ca
737 Parkdale Ave, Ottawa, ON K1Y 1J8
""",
        {
            "name": "Nathalie Gagnon",
            "given_name": "Nathalie",
            "family_name": "Gagnon",
            "title": "Physician Recruitment Officer",
            "company": "Rideau Valley Health Centre",
            "emails": ["ngagnon@rvhc.on.ca"],
            "phones": {"+16137378899": W, "+13435512087": W},
            "address": "737 Parkdale Ave, Ottawa, ON K1Y 1J8",
            "region": "CA",
        },
    ),
]

ALL: list[Case] = US + CA
