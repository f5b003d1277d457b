"""An independent hold-out of card texts -> expected contact fields, for tests/test_parse_holdout.py.

Written blind to the parser (only the data format of tests/parse_cases.py was matched). Each case is
(id, text, expected); `expected` lists only the fields the case checks; `phones` maps E.164 to kind.

Conventions a careful human would follow when storing a card:
- `name` as printed in reading order, without honorifics (Mr., Dr.) or post-nominals (MD, PhD, Esq., CPA);
  ALL-CAPS names are stored in title case; `LAST, First` is stored `First Last`.
- phone kinds: Tel/Phone/Office/Main/Direct/DID/Toll free/unlabelled landline -> work;
  Mobile/Cell/HP/Text -> mobile; Fax -> fax; Home/Pager/Emergency -> other; an unlabelled number in a
  mobile-only range (JP 090, UK 07, AU 04) -> mobile; of two unlabelled North American numbers the
  second is taken as the mobile.
- taglines, slogans and department lines are neither title nor company.
- the address is compared loosely (same words, order and punctuation free).
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

US: list[Case] = [
    (
        "h-law-firm-esq",
        """Whitcombe & Hale LLP
Attorneys at Law
Eleanor M. Whitcombe, Esq.
Managing Partner
1700 K Street NW, Suite 400
Washington, DC 20006
Direct 202.555.0114
Main 202.555.0100
Fax 202.555.0199
ewhitcombe@whitcombehale.com
www.whitcombehale.com""",
        {
            "name": "Eleanor M. Whitcombe",
            "given_name": "Eleanor",
            "family_name": "Whitcombe",
            "title": "Managing Partner",
            "company": "Whitcombe & Hale LLP",
            "emails": ["ewhitcombe@whitcombehale.com"],
            "phones": {"+12025550114": "work", "+12025550100": "work", "+12025550199": "fax"},
            "websites": ["https://www.whitcombehale.com"],
            "address": "1700 K Street NW, Suite 400, Washington, DC 20006",
            "region": "US",
        },
    ),
    (
        "h-hospital-md-facc",
        """Massachusetts General Hospital
Department of Cardiology
Rafael Ortiz-Mendez, MD, FACC
Associate Chief, Interventional Cardiology
55 Fruit Street
Boston, MA 02114
Tel 617-555-0131  Pager 617-555-0187
rortizmendez@mgh.harvard.edu""",
        {
            "name": "Rafael Ortiz-Mendez",
            "given_name": "Rafael",
            "family_name": "Ortiz-Mendez",
            "title": "Associate Chief, Interventional Cardiology",
            "company": "Massachusetts General Hospital",
            "emails": ["rortizmendez@mgh.harvard.edu"],
            "phones": {"+16175550131": "work", "+16175550187": "other"},
            "address": "55 Fruit Street, Boston, MA 02114",
        },
    ),
    (
        "h-university-caps-phd",
        """UNIVERSITY OF MICHIGAN
Department of Chemistry
Hannah Lee Kowalski, PhD
Assistant Professor
930 N. University Ave.
Ann Arbor, MI 48109-1055
hkowalsk@umich.edu
734-555-0162
chem.lsa.umich.edu""",
        {
            "name": "Hannah Lee Kowalski",
            "given_name": "Hannah",
            "family_name": "Kowalski",
            "title": "Assistant Professor",
            "company": "University of Michigan",
            "emails": ["hkowalsk@umich.edu"],
            "phones": {"+17345550162": "work"},
            "websites": ["https://chem.lsa.umich.edu"],
            "address": "930 N. University Ave., Ann Arbor, MI 48109-1055",
        },
    ),
    (
        "h-realtor-trademark",
        """Coldwell Banker Realty
Tamara Brooks
REALTOR®
Cell: 480-555-0119
Office: 480-555-0100
tami.brooks@cbrealty.com
tamibrookshomes.com
7150 E Camelback Rd, Ste 100, Scottsdale, AZ 85251""",
        {
            "name": "Tamara Brooks",
            "title": "REALTOR®",
            "company": "Coldwell Banker Realty",
            "emails": ["tami.brooks@cbrealty.com"],
            "phones": {"+14805550119": "mobile", "+14805550100": "work"},
            "websites": ["https://tamibrookshomes.com"],
            "address": "7150 E Camelback Rd, Ste 100, Scottsdale, AZ 85251",
        },
    ),
    (
        "h-realtor-on-name-line",
        """Gregory Pham, REALTOR®
Broker Associate
Summit Peak Properties
DRE# 01987654
M 858.555.0133
greg@summitpeakhomes.com
www.summitpeakhomes.com""",
        {
            "name": "Gregory Pham",
            "given_name": "Gregory",
            "family_name": "Pham",
            "title": "Broker Associate",
            "company": "Summit Peak Properties",
            "emails": ["greg@summitpeakhomes.com"],
            "phones": {"+18585550133": "mobile"},
            "websites": ["https://www.summitpeakhomes.com"],
            "address": None,
        },
    ),
    (
        "h-restaurant-tagline",
        """TRATTORIA LUCIA
Handmade pasta · Wood-fired since 1998
Marco Bellini
Executive Chef & Owner
412 Valencia St · San Francisco, CA 94103
(415) 555-0126
marco@trattorialucia.com
@trattorialucia
trattorialucia.com""",
        {
            "name": "Marco Bellini",
            "title": "Executive Chef & Owner",
            "company": "Trattoria Lucia",
            "emails": ["marco@trattorialucia.com"],
            "phones": {"+14155550126": "work"},
            "websites": ["https://trattorialucia.com"],
            "address": "412 Valencia St, San Francisco, CA 94103",
        },
    ),
    (
        "h-startup-linkedin",
        """Quantloom
Ravi Shankar Iyer
Co-founder & CEO
ravi@quantloom.ai
+1 (628) 555-0173
quantloom.ai
linkedin.com/in/ravisiyer""",
        {
            "name": "Ravi Shankar Iyer",
            "given_name": "Ravi",
            "family_name": "Iyer",
            "title": "Co-founder & CEO",
            "company": "Quantloom",
            "emails": ["ravi@quantloom.ai"],
            "phones": {"+16285550173": "work"},
            "websites": ["https://quantloom.ai", "https://linkedin.com/in/ravisiyer"],
        },
    ),
    (
        "h-city-government",
        """City of Portland
Bureau of Transportation
Denise Yamamoto
Traffic Safety Program Manager
1120 SW Fifth Avenue, Room 800
Portland, OR 97204
Office: 503-555-0147
Cell: 971-555-0122
denise.yamamoto@portlandoregon.gov""",
        {
            "name": "Denise Yamamoto",
            "title": "Traffic Safety Program Manager",
            "company": "City of Portland",
            "emails": ["denise.yamamoto@portlandoregon.gov"],
            "phones": {"+15035550147": "work", "+19715550122": "mobile"},
            "address": "1120 SW Fifth Avenue, Room 800, Portland, OR 97204",
        },
    ),
    (
        "h-recruiter-two-emails",
        """Priscilla Owusu
Senior Technical Recruiter
Hollis & Pike Staffing
p: 646.555.0108 | m: 917.555.0156
priscilla.owusu@hollispike.com
powusu.recruits@gmail.com""",
        {
            "name": "Priscilla Owusu",
            "title": "Senior Technical Recruiter",
            "company": "Hollis & Pike Staffing",
            "emails": ["priscilla.owusu@hollispike.com", "powusu.recruits@gmail.com"],
            "phones": {"+16465550108": "work", "+19175550156": "mobile"},
        },
    ),
    (
        "h-recruiter-hiring-tagline",
        """Brandon Keefe
Talent Partner
Stackwell
We're hiring! Join us.
brandon.keefe@stackwell.io
(512) 555-0139""",
        {
            "name": "Brandon Keefe",
            "title": "Talent Partner",
            "company": "Stackwell",
            "emails": ["brandon.keefe@stackwell.io"],
            "phones": {"+15125550139": "work"},
        },
    ),
    (
        "h-last-comma-first",
        """GARCIA, Maria
Senior Vice President, Commercial Lending
First Coastal Bank, N.A.
200 S. Biscayne Blvd., 18th Floor
Miami, FL 33131
T 305.555.0120
F 305.555.0121
mgarcia@firstcoastalbank.com""",
        {
            "name": "Maria Garcia",
            "given_name": "Maria",
            "family_name": "Garcia",
            "title": "Senior Vice President, Commercial Lending",
            "company": "First Coastal Bank, N.A.",
            "emails": ["mgarcia@firstcoastalbank.com"],
            "phones": {"+13055550120": "work", "+13055550121": "fax"},
            "address": "200 S. Biscayne Blvd., 18th Floor, Miami, FL 33131",
        },
    ),
    (
        "h-name-pipe-partner",
        """Olivia Chen | Partner
Brightline Ventures
olivia@brightline.vc
415 555 0188
brightline.vc""",
        {
            "name": "Olivia Chen",
            "title": "Partner",
            "company": "Brightline Ventures",
            "emails": ["olivia@brightline.vc"],
            "phones": {"+14155550188": "work"},
            "websites": ["https://brightline.vc"],
        },
    ),
    (
        "h-cpa-firm",
        """Doyle, Reyes & Associates, P.C.
Certified Public Accountants
Thomas J. Doyle, CPA, CFP
Principal
8800 Lyndale Ave S, Suite 210
Bloomington, MN 55420
952-555-0165 ext. 12
tdoyle@doylereyescpa.com""",
        {
            "name": "Thomas J. Doyle",
            "given_name": "Thomas",
            "family_name": "Doyle",
            "title": "Principal",
            "company": "Doyle, Reyes & Associates, P.C.",
            "emails": ["tdoyle@doylereyescpa.com"],
            "phones": {"+19525550165": "work"},
            "address": "8800 Lyndale Ave S, Suite 210, Bloomington, MN 55420",
        },
    ),
    (
        "h-dental-dds",
        """Bright Smile Family Dentistry
Dr. Aisha Rahman, DDS
General & Cosmetic Dentist
2150 Peachtree Rd NW
Atlanta, GA 30309
Appointments 404-555-0148
hello@brightsmileatl.com
brightsmileatl.com""",
        {
            "name": "Aisha Rahman",
            "given_name": "Aisha",
            "family_name": "Rahman",
            "title": "General & Cosmetic Dentist",
            "company": "Bright Smile Family Dentistry",
            "emails": ["hello@brightsmileatl.com"],
            "phones": {"+14045550148": "work"},
            "websites": ["https://brightsmileatl.com"],
            "address": "2150 Peachtree Rd NW, Atlanta, GA 30309",
        },
    ),
    (
        "h-toll-free-and-ext",
        """Meridian Freight Systems, Inc.
Carlos Villanueva
Regional Sales Manager
Toll Free 1-800-555-0199
Direct 713-555-0142 x 214
Mobile 832-555-0187
cvillanueva@meridianfreight.com
www.meridianfreight.com""",
        {
            "name": "Carlos Villanueva",
            "title": "Regional Sales Manager",
            "company": "Meridian Freight Systems, Inc.",
            "emails": ["cvillanueva@meridianfreight.com"],
            "phones": {"+18005550199": "work", "+17135550142": "work", "+18325550187": "mobile"},
            "websites": ["https://www.meridianfreight.com"],
        },
    ),
    (
        "h-bullets-t-f",
        """Hudson Yards Architects
Naomi Feld, AIA
Senior Associate
500 W 33rd Street, New York, NY 10001
T 212 736 2000 • F 212 736 2001
nfeld@hudsonyardsarch.com • hudsonyardsarch.com""",
        {
            "name": "Naomi Feld",
            "title": "Senior Associate",
            "company": "Hudson Yards Architects",
            "emails": ["nfeld@hudsonyardsarch.com"],
            "phones": {"+12127362000": "work", "+12127362001": "fax"},
            "websites": ["https://hudsonyardsarch.com"],
            "address": "500 W 33rd Street, New York, NY 10001",
        },
    ),
    (
        "h-po-box",
        """Tongass Marine Supply
Erik Lindgren
Owner
P.O. Box 2231
Juneau, AK 99803
907-555-0110
erik@tongassmarine.com""",
        {
            "name": "Erik Lindgren",
            "title": "Owner",
            "company": "Tongass Marine Supply",
            "emails": ["erik@tongassmarine.com"],
            "phones": {"+19075550110": "work"},
            "address": "P.O. Box 2231, Juneau, AK 99803",
        },
    ),
    (
        "h-two-addresses",
        """Calloway Sterling LLP
Victoria Ashford
Counsel
New York: 1 World Trade Center, 85th Floor, New York, NY 10007
Los Angeles: 2029 Century Park East, Suite 1400, Los Angeles, CA 90067
+1 212 555 0172
vashford@callowaysterling.com""",
        {
            "name": "Victoria Ashford",
            "title": "Counsel",
            "company": "Calloway Sterling LLP",
            "emails": ["vashford@callowaysterling.com"],
            "phones": {"+12125550172": "work"},
            "address": "1 World Trade Center, 85th Floor, New York, NY 10007",
        },
    ),
    (
        "h-middle-initial-jr-free",
        """John Q. Whitaker
Director of Facilities
Lakeshore Unified School District
4400 N. Marine Dr.
Chicago, IL 60640
Office (773) 555-0115
Fax (773) 555-0116
jqwhitaker@lakeshoreusd.org""",
        {
            "name": "John Q. Whitaker",
            "given_name": "John",
            "family_name": "Whitaker",
            "title": "Director of Facilities",
            "company": "Lakeshore Unified School District",
            "emails": ["jqwhitaker@lakeshoreusd.org"],
            "phones": {"+17735550115": "work", "+17735550116": "fax"},
            "address": "4400 N. Marine Dr., Chicago, IL 60640",
        },
    ),
    (
        "h-particle-van-der",
        """Pieter van der Berg
Chief Operating Officer
Tidewater Analytics
pieter.vanderberg@tidewateranalytics.com
C 757.555.0193""",
        {
            "name": "Pieter van der Berg",
            "given_name": "Pieter",
            "family_name": "van der Berg",
            "title": "Chief Operating Officer",
            "company": "Tidewater Analytics",
            "emails": ["pieter.vanderberg@tidewateranalytics.com"],
            "phones": {"+17575550193": "mobile"},
        },
    ),
    (
        "h-apostrophe-dapostrophe",
        """Lucia D'Angelo
Event Coordinator
The Grand Magnolia Hotel
1201 Canal St, New Orleans, LA 70112
504-555-0129
ldangelo@grandmagnolia.com""",
        {
            "name": "Lucia D'Angelo",
            "given_name": "Lucia",
            "family_name": "D'Angelo",
            "title": "Event Coordinator",
            "company": "The Grand Magnolia Hotel",
            "emails": ["ldangelo@grandmagnolia.com"],
            "phones": {"+15045550129": "work"},
            "address": "1201 Canal St, New Orleans, LA 70112",
        },
    ),
    (
        "h-all-caps-name-fitzgerald",
        """DEBORAH FITZGERALD
VICE PRESIDENT, HUMAN RESOURCES
Crescent Health Partners
deborah.fitzgerald@crescenthp.org
T: 615-555-0135""",
        {
            "name": "Deborah Fitzgerald",
            "given_name": "Deborah",
            "family_name": "Fitzgerald",
            "title": "Vice President, Human Resources",
            "company": "Crescent Health Partners",
            "emails": ["deborah.fitzgerald@crescenthp.org"],
            "phones": {"+16155550135": "work"},
        },
    ),
    (
        "h-name-comma-cfo",
        """Jane Roe, CFO
Pinecrest Outdoor Co.
jane.roe@pinecrestoutdoor.com
Main 208.555.0100 | Direct 208.555.0177""",
        {
            "name": "Jane Roe",
            "title": "CFO",
            "company": "Pinecrest Outdoor Co.",
            "emails": ["jane.roe@pinecrestoutdoor.com"],
            "phones": {"+12085550100": "work", "+12085550177": "work"},
        },
    ),
    (
        "h-social-handle",
        """Kayla Summers
Content Creator & Brand Strategist
Summers Creative Studio
kayla@summerscreative.co
@kaylasummers
(310) 555-0161
summerscreative.co""",
        {
            "name": "Kayla Summers",
            "title": "Content Creator & Brand Strategist",
            "company": "Summers Creative Studio",
            "emails": ["kayla@summerscreative.co"],
            "phones": {"+13105550161": "work"},
            "websites": ["https://summerscreative.co"],
        },
    ),
    (
        "h-labels-email-web",
        """Northgate Insurance Agency
Mitchell Torres
Licensed Insurance Agent
Phone: (602) 555-0152
Fax: (602) 555-0153
Email: mtorres@northgateins.com
Web: www.northgateins.com
License #0H12345""",
        {
            "name": "Mitchell Torres",
            "title": "Licensed Insurance Agent",
            "company": "Northgate Insurance Agency",
            "emails": ["mtorres@northgateins.com"],
            "phones": {"+16025550152": "work", "+16025550153": "fax"},
            "websites": ["https://www.northgateins.com"],
        },
    ),
    (
        "h-cell-home",
        """Wesley Grant
Licensed Electrician
Grant Electric
Cell 919-555-0184
Home 919-555-0121
wesgrant.electric@gmail.com""",
        {
            "name": "Wesley Grant",
            "title": "Licensed Electrician",
            "company": "Grant Electric",
            "emails": ["wesgrant.electric@gmail.com"],
            "phones": {"+19195550184": "mobile", "+19195550121": "other"},
        },
    ),
    (
        "h-nonprofit-department",
        """Habitat Partners of Greater Denver
Development Department
Rachel Goldstein
Major Gifts Officer
3245 Eliot St, Denver, CO 80211
303-555-0157
rgoldstein@habitatdenver.org
habitatdenver.org""",
        {
            "name": "Rachel Goldstein",
            "title": "Major Gifts Officer",
            "company": "Habitat Partners of Greater Denver",
            "emails": ["rgoldstein@habitatdenver.org"],
            "phones": {"+13035550157": "work"},
            "websites": ["https://habitatdenver.org"],
            "address": "3245 Eliot St, Denver, CO 80211",
        },
    ),
    (
        "h-title-before-name-caps-company",
        """SOLARIS ENERGY SOLUTIONS
Project Engineer
Tomás Herrera
tomas.herrera@solarisenergy.com
O: 505.555.0145
M: 505.555.0189""",
        {
            "name": "Tomás Herrera",
            "given_name": "Tomás",
            "family_name": "Herrera",
            "title": "Project Engineer",
            "company": "Solaris Energy Solutions",
            "emails": ["tomas.herrera@solarisenergy.com"],
            "phones": {"+15055550145": "work", "+15055550189": "mobile"},
        },
    ),
    (
        "h-federal-agency",
        """U.S. Department of Energy
Office of Science
Dr. Kevin Marsh
Program Manager
1000 Independence Ave SW
Washington, DC 20585
(202) 555-0168
kevin.marsh@science.doe.gov""",
        {
            "name": "Kevin Marsh",
            "title": "Program Manager",
            "company": "U.S. Department of Energy",
            "emails": ["kevin.marsh@science.doe.gov"],
            "phones": {"+12025550168": "work"},
            "address": "1000 Independence Ave SW, Washington, DC 20585",
        },
    ),
    (
        "h-consulting-three-phones",
        """Abernathy Consulting Group
Leah Abernathy
Founder & Principal Consultant
o. 704.555.0113
c. 704.555.0176
f. 704.555.0114
leah@abernathycg.com""",
        {
            "name": "Leah Abernathy",
            "title": "Founder & Principal Consultant",
            "company": "Abernathy Consulting Group",
            "emails": ["leah@abernathycg.com"],
            "phones": {"+17045550113": "work", "+17045550176": "mobile", "+17045550114": "fax"},
        },
    ),
    (
        "h-name-only-freemail",
        """Martin Kowalczyk
Photographer
martykphoto@yahoo.com
(330) 555-0190""",
        {
            "name": "Martin Kowalczyk",
            "title": "Photographer",
            "company": None,
            "emails": ["martykphoto@yahoo.com"],
            "phones": {"+13305550190": "work"},
        },
    ),
    (
        "h-company-only-info",
        """Blue Heron Kayak Tours
Guided tours · Rentals · Lessons
info@blueheronkayak.com
(941) 555-0102
blueheronkayak.com""",
        {
            "name": None,
            "title": None,
            "company": "Blue Heron Kayak Tours",
            "emails": ["info@blueheronkayak.com"],
            "phones": {"+19415550102": "work"},
            "websites": ["https://blueheronkayak.com"],
        },
    ),
    (
        "h-svp-and-suite-hash",
        """Andrea Kim
SVP, Product & Design
Lattice Commerce, Inc.
101 Mission St #1500
San Francisco, CA 94105
andrea.kim@latticecommerce.com
+1 415 555 0147""",
        {
            "name": "Andrea Kim",
            "title": "SVP, Product & Design",
            "company": "Lattice Commerce, Inc.",
            "emails": ["andrea.kim@latticecommerce.com"],
            "phones": {"+14155550147": "work"},
            "address": "101 Mission St #1500, San Francisco, CA 94105",
        },
    ),
    (
        "h-mixed-case-email",
        """Benjamin Adeyemi
Solutions Architect
Corvid Cloud Services
Benjamin.Adeyemi@CorvidCloud.com
T 425.555.0138""",
        {
            "name": "Benjamin Adeyemi",
            "title": "Solutions Architect",
            "company": "Corvid Cloud Services",
            "emails": ["Benjamin.Adeyemi@corvidcloud.com"],
            "phones": {"+14255550138": "work"},
        },
    ),
    (
        "h-nurse-credentials",
        """St. Luke's Regional Medical Center
Karen Whitfield, RN, BSN
Nurse Manager, Pediatric Unit
190 E Bannock St, Boise, ID 83712
Unit 208-555-0132
kwhitfield@slhs.org""",
        {
            "name": "Karen Whitfield",
            "title": "Nurse Manager, Pediatric Unit",
            "company": "St. Luke's Regional Medical Center",
            "emails": ["kwhitfield@slhs.org"],
            "phones": {"+12085550132": "work"},
            "address": "190 E Bannock St, Boise, ID 83712",
        },
    ),
    (
        "h-professor-endowed",
        """Columbia University
Department of Economics
Samuel R. Okonkwo
Professor of Economics
1022 International Affairs Building
420 West 118th Street, New York, NY 10027
sro2101@columbia.edu
212-555-0183""",
        {
            "name": "Samuel R. Okonkwo",
            "given_name": "Samuel",
            "family_name": "Okonkwo",
            "title": "Professor of Economics",
            "company": "Columbia University",
            "emails": ["sro2101@columbia.edu"],
            "phones": {"+12125550183": "work"},
        },
    ),
    (
        "h-email-label-e-dash-mail",
        """Rosa Delgado
Office Manager
Sunbelt Orthopedics
E-mail: rdelgado@sunbeltortho.com
Tel. 813-555-0171""",
        {
            "name": "Rosa Delgado",
            "title": "Office Manager",
            "company": "Sunbelt Orthopedics",
            "emails": ["rdelgado@sunbeltortho.com"],
            "phones": {"+18135550171": "work"},
        },
    ),
    (
        "h-financial-advisor-cfp",
        """Jonathan Pierce, CFP®
Financial Advisor
Evergreen Wealth Management
One Financial Plaza, 20th Floor
Hartford, CT 06103
Direct: 860-555-0124
jpierce@evergreenwm.com
Securities offered through Evergreen Securities, LLC. Member FINRA/SIPC""",
        {
            "name": "Jonathan Pierce",
            "title": "Financial Advisor",
            "company": "Evergreen Wealth Management",
            "emails": ["jpierce@evergreenwm.com"],
            "phones": {"+18605550124": "work"},
            "address": "One Financial Plaza, 20th Floor, Hartford, CT 06103",
        },
    ),
    (
        "h-hyphen-given-name",
        """Mary-Kate O'Brien
Head of Customer Success
Fernway Software
mk.obrien@fernway.io
+1 (720) 555-0116""",
        {
            "name": "Mary-Kate O'Brien",
            "given_name": "Mary-Kate",
            "family_name": "O'Brien",
            "title": "Head of Customer Success",
            "company": "Fernway Software",
            "emails": ["mk.obrien@fernway.io"],
            "phones": {"+17205550116": "work"},
        },
    ),
    (
        "h-inc-company-ext-word",
        """Ironclad Security, Inc.
Derek Lawson
Account Manager
800 Boylston St
Boston, MA 02199
Tel: 617.555.0191 Ext. 3302
derek.lawson@ironcladsec.com""",
        {
            "name": "Derek Lawson",
            "title": "Account Manager",
            "company": "Ironclad Security, Inc.",
            "emails": ["derek.lawson@ironcladsec.com"],
            "phones": {"+16175550191": "work"},
            "address": "800 Boylston St, Boston, MA 02199",
        },
    ),
    (
        "h-esq-of-counsel",
        """Bernstein Kaur PLLC
Amrit Kaur, Esq.
Of Counsel
amrit@bernsteinkaur.com
(206) 555-0150""",
        {
            "name": "Amrit Kaur",
            "title": "Of Counsel",
            "company": "Bernstein Kaur PLLC",
            "emails": ["amrit@bernsteinkaur.com"],
            "phones": {"+12065550150": "work"},
        },
    ),
    (
        "h-website-before-email",
        """www.copperkettlecoffee.com
Copper Kettle Coffee Roasters
Eli Marchetti
Head Roaster
eli@copperkettlecoffee.com
971-555-0104""",
        {
            "name": "Eli Marchetti",
            "title": "Head Roaster",
            "company": "Copper Kettle Coffee Roasters",
            "emails": ["eli@copperkettlecoffee.com"],
            "phones": {"+19715550104": "work"},
            "websites": ["https://www.copperkettlecoffee.com"],
        },
    ),
    (
        "h-vp-of-engineering-llc",
        """Fiona Gallagher
VP of Engineering
Radiant Grid LLC
fiona@radiantgrid.com
Mobile +1 303 555 0149""",
        {
            "name": "Fiona Gallagher",
            "title": "VP of Engineering",
            "company": "Radiant Grid LLC",
            "emails": ["fiona@radiantgrid.com"],
            "phones": {"+13035550149": "mobile"},
        },
    ),
    (
        "h-police-department",
        """Springfield Police Department
Sgt. Michael Donovan
Community Outreach Officer
800 E Monroe St, Springfield, IL 62701
Non-emergency 217-555-0166
mdonovan@springfield.il.us""",
        {
            "name": "Michael Donovan",
            "title": "Community Outreach Officer",
            "company": "Springfield Police Department",
            "emails": ["mdonovan@springfield.il.us"],
            "phones": {"+12175550166": "work"},
        },
    ),
    (
        "h-same-line-dash-title",
        """Henry Caldwell - Sales Director
Pacific Rim Imports
henry@pacificrimimports.com
T. 253-555-0127""",
        {
            "name": "Henry Caldwell",
            "title": "Sales Director",
            "company": "Pacific Rim Imports",
            "emails": ["henry@pacificrimimports.com"],
            "phones": {"+12535550127": "work"},
        },
    ),
    (
        "h-two-line-title",
        """Natalie Brennan
Executive Director
Strategic Partnerships & Alliances
Velocity Health Systems
nbrennan@velocityhealth.com
O 615.555.0181""",
        {
            "name": "Natalie Brennan",
            "company": "Velocity Health Systems",
            "emails": ["nbrennan@velocityhealth.com"],
            "phones": {"+16155550181": "work"},
        },
    ),
    (
        "h-architect-dot-labels",
        """Morrow + Lin Architects
Grace Lin, AIA, LEED AP
Principal
t. 206.555.0155
e. grace@morrowlin.com
w. morrowlin.com""",
        {
            "name": "Grace Lin",
            "title": "Principal",
            "company": "Morrow + Lin Architects",
            "emails": ["grace@morrowlin.com"],
            "phones": {"+12065550155": "work"},
            "websites": ["https://morrowlin.com"],
        },
    ),
    (
        "h-mba-credential",
        """Steven Park, MBA
Business Development Manager
Keystone Industrial Supply
steven.park@keystoneind.com
Cell: (267) 555-0140
Office: (215) 555-0109""",
        {
            "name": "Steven Park",
            "title": "Business Development Manager",
            "company": "Keystone Industrial Supply",
            "emails": ["steven.park@keystoneind.com"],
            "phones": {"+12675550140": "mobile", "+12155550109": "work"},
        },
    ),
    (
        "h-corporation-suffix",
        """Halvorsen Aerospace Corporation
Ingrid Halvorsen
Chief Technology Officer
ingrid.halvorsen@halvorsenaero.com
+1 316 555 0128""",
        {
            "name": "Ingrid Halvorsen",
            "title": "Chief Technology Officer",
            "company": "Halvorsen Aerospace Corporation",
            "emails": ["ingrid.halvorsen@halvorsenaero.com"],
            "phones": {"+13165550128": "work"},
        },
    ),
    (
        "h-two-columns-merged",
        """Jason Miller T 312.555.0166
Senior Buyer M 312.555.0109
Lakeview Grocers jmiller@lakeviewgrocers.com""",
        {
            "name": "Jason Miller",
            "title": "Senior Buyer",
            "emails": ["jmiller@lakeviewgrocers.com"],
            "phones": {"+13125550166": "work", "+13125550109": "mobile"},
        },
    ),
    (
        "h-paralegal-law-group",
        """The Ramirez Law Group
Sofia Ramirez
Paralegal
Se habla español
9601 Wilshire Blvd, Suite 700, Beverly Hills, CA 90210
Tel (310) 555-0111 | Fax (310) 555-0112
sofia@ramirezlawgroup.com""",
        {
            "name": "Sofia Ramirez",
            "title": "Paralegal",
            "company": "The Ramirez Law Group",
            "emails": ["sofia@ramirezlawgroup.com"],
            "phones": {"+13105550111": "work", "+13105550112": "fax"},
            "address": "9601 Wilshire Blvd, Suite 700, Beverly Hills, CA 90210",
        },
    ),
    (
        "h-software-engineer-github",
        """Aaron Liu
Staff Software Engineer
Polymesh Labs
aaron@polymesh.dev
github.com/aaronliu
(669) 555-0185""",
        {
            "name": "Aaron Liu",
            "title": "Staff Software Engineer",
            "company": "Polymesh Labs",
            "emails": ["aaron@polymesh.dev"],
            "phones": {"+16695550185": "work"},
        },
    ),
    (
        "h-medical-practice-np",
        """Riverbend Pediatrics
Lauren Mitchell, MSN, CPNP
Pediatric Nurse Practitioner
1450 S Main St, Suite 120
Ann Arbor, MI 48104
Ph: 734-555-0141
Fx: 734-555-0142""",
        {
            "name": "Lauren Mitchell",
            "title": "Pediatric Nurse Practitioner",
            "company": "Riverbend Pediatrics",
            "phones": {"+17345550141": "work", "+17345550142": "fax"},
            "address": "1450 S Main St, Suite 120, Ann Arbor, MI 48104",
        },
    ),
    (
        "h-pc-law-firm-associate",
        """Okafor Lindqvist, P.C.
Daniel Lindqvist
Associate Attorney
dlindqvist@okaforlindqvist.com
512.555.0131 (direct)
512.555.0100 (main)""",
        {
            "name": "Daniel Lindqvist",
            "title": "Associate Attorney",
            "company": "Okafor Lindqvist, P.C.",
            "emails": ["dlindqvist@okaforlindqvist.com"],
            "phones": {"+15125550131": "work", "+15125550100": "work"},
        },
    ),
    (
        "h-hotel-gm-caps-everything",
        """THE HARBORVIEW INN
KATHERINE VOSS
GENERAL MANAGER
22 WATER STREET, MYSTIC, CT 06355
T 860.555.0190
KVOSS@HARBORVIEWINN.COM""",
        {
            "name": "Katherine Voss",
            "title": "General Manager",
            "company": "The Harborview Inn",
            "emails": ["kvoss@harborviewinn.com"],
            "phones": {"+18605550190": "work"},
        },
    ),
    (
        "h-county-clerk",
        """Maricopa County
Office of the Recorder
Linda Tsosie
Deputy Recorder
111 S 3rd Ave, Phoenix, AZ 85003
602-555-0137
ltsosie@risc.maricopa.gov""",
        {
            "name": "Linda Tsosie",
            "title": "Deputy Recorder",
            "company": "Maricopa County",
            "emails": ["ltsosie@risc.maricopa.gov"],
            "phones": {"+16025550137": "work"},
            "address": "111 S 3rd Ave, Phoenix, AZ 85003",
        },
    ),
    (
        "h-agency-creative-director",
        """Wolf & Finch
Creative Director
Isabel Moreau
isabel@wolfandfinch.com
wolfandfinch.com
323 555 0174""",
        {
            "name": "Isabel Moreau",
            "title": "Creative Director",
            "company": "Wolf & Finch",
            "emails": ["isabel@wolfandfinch.com"],
            "phones": {"+13235550174": "work"},
            "websites": ["https://wolfandfinch.com"],
        },
    ),
]

JP: list[Case] = [
    (
        "h-jp-co-ltd-dept",
        """Nakamura Electric Co., Ltd.
Overseas Business Division
Hiroshi Tanaka
General Manager, Sales Dept.
〒105-0011
2-4-1 Shibakoen, Minato-ku, Tokyo, Japan
TEL. +81-3-5555-1234 FAX. +81-3-5555-1235
Mobile. +81-90-1234-5678
h-tanaka@nakamura-elec.co.jp
https://www.nakamura-elec.co.jp""",
        {
            "name": "Hiroshi Tanaka",
            "given_name": "Hiroshi",
            "family_name": "Tanaka",
            "title": "General Manager, Sales Dept.",
            "company": "Nakamura Electric Co., Ltd.",
            "emails": ["h-tanaka@nakamura-elec.co.jp"],
            "phones": {"+81355551234": "work", "+81355551235": "fax", "+819012345678": "mobile"},
            "websites": ["https://www.nakamura-elec.co.jp"],
            "address": "〒105-0011 2-4-1 Shibakoen, Minato-ku, Tokyo, Japan",
            "region": "JP",
        },
    ),
    (
        "h-jp-kk-section-manager",
        """Aozora Systems K.K.
Kenta SUZUKI
Section Manager
Cloud Infrastructure Section
Shinagawa Intercity Tower A 12F
2-15-1 Konan, Minato-ku, Tokyo 108-6012
T (03) 6711-2400
M 080-4512-7731
kenta.suzuki@aozora-sys.jp""",
        {
            "name": "Kenta Suzuki",
            "given_name": "Kenta",
            "family_name": "Suzuki",
            "title": "Section Manager",
            "company": "Aozora Systems K.K.",
            "emails": ["kenta.suzuki@aozora-sys.jp"],
            "phones": {"+81367112400": "work", "+818045127731": "mobile"},
            "address": "Shinagawa Intercity Tower A 12F, 2-15-1 Konan, Minato-ku, Tokyo 108-6012",
            "region": "JP",
        },
    ),
    (
        "h-jp-representative-director",
        """MIYABI FOODS CORPORATION
Representative Director & President
Takeshi Morimoto
3-7-2 Umeda, Kita-ku, Osaka 530-0001 Japan
Tel: 06-6345-7700 / Fax: 06-6345-7701
t.morimoto@miyabi-foods.co.jp""",
        {
            "name": "Takeshi Morimoto",
            "title": "Representative Director & President",
            "company": "Miyabi Foods Corporation",
            "emails": ["t.morimoto@miyabi-foods.co.jp"],
            "phones": {"+81663457700": "work", "+81663457701": "fax"},
            "address": "3-7-2 Umeda, Kita-ku, Osaka 530-0001 Japan",
            "region": "JP",
        },
    ),
    (
        "h-jp-family-first-caps",
        """SATO Yuki
Assistant Manager
Corporate Planning Department
Hoshino Pharmaceutical Co., Ltd.
yuki.sato@hoshino-pharma.co.jp
TEL: 03-3241-0050""",
        {
            "name": "Sato Yuki",
            "given_name": "Yuki",
            "family_name": "Sato",
            "title": "Assistant Manager",
            "company": "Hoshino Pharmaceutical Co., Ltd.",
            "emails": ["yuki.sato@hoshino-pharma.co.jp"],
            "phones": {"+81332410050": "work"},
        },
    ),
    (
        "h-jp-ocr-junk-script",
        """i AHA
Kobayashi Haruka
fit ee DEAE
Marketing Manager
Shibuya Digital Inc.
TEL 03-6455-1180
haruka.kobayashi@shibuya-digital.jp""",
        {
            "name": "Kobayashi Haruka",
            "title": "Marketing Manager",
            "company": "Shibuya Digital Inc.",
            "emails": ["haruka.kobayashi@shibuya-digital.jp"],
            "phones": {"+81364551180": "work"},
        },
    ),
    (
        "h-jp-tel-fax-dot-labels-national",
        """Fujimori Precision Industries, Ltd.
Quality Assurance Department
Deputy General Manager
Daisuke Fujimori
1-12-8 Nishiki, Naka-ku, Nagoya 460-0003
TEL.052-231-4411 FAX.052-231-4412
d.fujimori@fujimori-pi.co.jp""",
        {
            "name": "Daisuke Fujimori",
            "title": "Deputy General Manager",
            "company": "Fujimori Precision Industries, Ltd.",
            "emails": ["d.fujimori@fujimori-pi.co.jp"],
            "phones": {"+81522314411": "work", "+81522314412": "fax"},
            "address": "1-12-8 Nishiki, Naka-ku, Nagoya 460-0003",
            "region": "JP",
        },
    ),
    (
        "h-jp-inc-english-mobile-unlabelled",
        """Kaito Watanabe
Software Engineer
Sakura Cloud Works Inc.
kaito@sakuracloud.works
090-3344-5566""",
        {
            "name": "Kaito Watanabe",
            "title": "Software Engineer",
            "company": "Sakura Cloud Works Inc.",
            "emails": ["kaito@sakuracloud.works"],
            "phones": {"+819033445566": "mobile"},
            "_region_arg": "JP",
        },
    ),
    (
        "h-jp-postmark-address-lines",
        """Yokohama Port Logistics Co., Ltd.
Manager, International Forwarding Group
Ryo Hasegawa
〒231-0002
Kaigan-dori 1-1, Naka-ku, Yokohama
Kanagawa, Japan
Tel. +81-45-201-3300
Fax. +81-45-201-3301
r.hasegawa@ypl.co.jp""",
        {
            "name": "Ryo Hasegawa",
            "title": "Manager, International Forwarding Group",
            "company": "Yokohama Port Logistics Co., Ltd.",
            "emails": ["r.hasegawa@ypl.co.jp"],
            "phones": {"+81452013300": "work", "+81452013301": "fax"},
            "address": "〒231-0002 Kaigan-dori 1-1, Naka-ku, Yokohama, Kanagawa, Japan",
        },
    ),
    (
        "h-jp-university-professor",
        """Kyoto University
Graduate School of Engineering
Department of Materials Science
Professor
Akiko Inoue, Ph.D.
Yoshida-honmachi, Sakyo-ku, Kyoto 606-8501
Tel: +81-75-753-5000
inoue.akiko.3x@kyoto-u.ac.jp""",
        {
            "name": "Akiko Inoue",
            "given_name": "Akiko",
            "family_name": "Inoue",
            "title": "Professor",
            "company": "Kyoto University",
            "emails": ["inoue.akiko.3x@kyoto-u.ac.jp"],
            "phones": {"+81757535000": "work"},
        },
    ),
    (
        "h-jp-executive-officer",
        """Executive Officer
Head of Global Strategy
Masahiro Kondo
Tachibana Heavy Industries, Ltd.
Marunouchi Park Building 2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6921
Direct: +81 3 5208 7711
Mobile: +81 80 9911 2233
masahiro.kondo@tachibana-hi.com""",
        {
            "name": "Masahiro Kondo",
            "company": "Tachibana Heavy Industries, Ltd.",
            "emails": ["masahiro.kondo@tachibana-hi.com"],
            "phones": {"+81352087711": "work", "+818099112233": "mobile"},
        },
    ),
    (
        "h-jp-toll-free-0120",
        """Hikari Home Services Co., Ltd.
Customer Support Center
Emi Kato
Supervisor
Free Dial 0120-123-456
TEL 03-5843-2210
e.kato@hikari-home.co.jp""",
        {
            "name": "Emi Kato",
            "title": "Supervisor",
            "company": "Hikari Home Services Co., Ltd.",
            "emails": ["e.kato@hikari-home.co.jp"],
            "phones": {"+81120123456": "work", "+81358432210": "work"},
        },
    ),
    (
        "h-jp-name-caps-both",
        """TAKAHASHI KENJI
Chief Engineer
R&D Center
Mitsuwa Motor Corporation
k-takahashi@mitsuwa-motor.co.jp
+81-53-441-2200""",
        {
            "name": "Takahashi Kenji",
            "title": "Chief Engineer",
            "company": "Mitsuwa Motor Corporation",
            "emails": ["k-takahashi@mitsuwa-motor.co.jp"],
            "phones": {"+81534412200": "work"},
        },
    ),
    (
        "h-jp-bar-separators",
        """Shinsei Trading Corporation
Yuto Nishimura | Sales Representative
Tel +81-6-6201-3344 | Mobile +81-70-1234-9876
yuto.nishimura@shinsei-tc.co.jp | www.shinsei-tc.co.jp""",
        {
            "name": "Yuto Nishimura",
            "title": "Sales Representative",
            "company": "Shinsei Trading Corporation",
            "emails": ["yuto.nishimura@shinsei-tc.co.jp"],
            "phones": {"+81662013344": "work", "+817012349876": "mobile"},
            "websites": ["https://www.shinsei-tc.co.jp"],
        },
    ),
    (
        "h-jp-phone-photo-noise",
        """Be ESS
MORI DESIGN OFFICE
Aya Mori
Art Director
TEL:03-5771-8820
e-mail:aya@moridesign.jp
2-9-3 Jingumae, Shibuya-ku, Tokyo""",
        {
            "name": "Aya Mori",
            "title": "Art Director",
            "company": "Mori Design Office",
            "emails": ["aya@moridesign.jp"],
            "phones": {"+81357718820": "work"},
            "address": "2-9-3 Jingumae, Shibuya-ku, Tokyo",
        },
    ),
    (
        "h-jp-senior-managing-director",
        """Senior Managing Director
Hideki Ogawa
Ogawa Shoji K.K.
4-1-7 Kudankita, Chiyoda-ku, Tokyo 102-0073
TEL 03-3263-0101 FAX 03-3263-0102
ogawa@ogawa-shoji.co.jp""",
        {
            "name": "Hideki Ogawa",
            "title": "Senior Managing Director",
            "company": "Ogawa Shoji K.K.",
            "emails": ["ogawa@ogawa-shoji.co.jp"],
            "phones": {"+81332630101": "work", "+81332630102": "fax"},
            "address": "4-1-7 Kudankita, Chiyoda-ku, Tokyo 102-0073",
        },
    ),
    (
        "h-jp-fukuoka-group-leader",
        """Team Leader, Product Development Group
Naoki Fujita
Hakata Soft Co., Ltd.
Tenjin 2-8-38, Chuo-ku, Fukuoka 810-0001
Phone +81 92 737 1100
naoki.fujita@hakatasoft.co.jp""",
        {
            "name": "Naoki Fujita",
            "title": "Team Leader, Product Development Group",
            "company": "Hakata Soft Co., Ltd.",
            "emails": ["naoki.fujita@hakatasoft.co.jp"],
            "phones": {"+81927371100": "work"},
        },
    ),
    (
        "h-jp-ocr-mobile-label-nospace",
        """Kazuki Yamada
Director, Business Planning
Tsubame Games Inc.
Mobile:090-8765-4321
kazuki.yamada@tsubame-games.jp""",
        {
            "name": "Kazuki Yamada",
            "title": "Director, Business Planning",
            "company": "Tsubame Games Inc.",
            "emails": ["kazuki.yamada@tsubame-games.jp"],
            "phones": {"+819087654321": "mobile"},
        },
    ),
    (
        "h-jp-holdings",
        """Asuka Holdings, Inc.
Corporate Communications Office
Mai Shimizu
Public Relations Manager
mai.shimizu@asuka-hd.co.jp
TEL +81-3-6810-0001""",
        {
            "name": "Mai Shimizu",
            "title": "Public Relations Manager",
            "company": "Asuka Holdings, Inc.",
            "emails": ["mai.shimizu@asuka-hd.co.jp"],
            "phones": {"+81368100001": "work"},
        },
    ),
    (
        "h-jp-osaka-representative-family-caps",
        """NAKAGAWA Sho
Representative Director, CEO
Kansai Robotics Co., Ltd.
Tel: +81-6-6121-5500
Mobile: +81-80-3456-7788
sho.nakagawa@kansai-robotics.co.jp""",
        {
            "name": "Nakagawa Sho",
            "given_name": "Sho",
            "family_name": "Nakagawa",
            "title": "Representative Director, CEO",
            "company": "Kansai Robotics Co., Ltd.",
            "emails": ["sho.nakagawa@kansai-robotics.co.jp"],
            "phones": {"+81661215500": "work", "+818034567788": "mobile"},
        },
    ),
    (
        "h-jp-ocr-real-photo-slips",
        """=~ BR
Noriko Ishida
Sales Manager | Tokyo Branch
Hanamura Textile Co.,Ltd.
T.03-3662-4170 F.03-3662-4171
M.090-2233-4455
n-ishida@hanamura-tex.co.jp""",
        {
            "name": "Noriko Ishida",
            "company": "Hanamura Textile Co.,Ltd.",
            "emails": ["n-ishida@hanamura-tex.co.jp"],
            "phones": {"+81336624170": "work", "+81336624171": "fax", "+819022334455": "mobile"},
        },
    ),
    (
        "h-jp-sapporo-international",
        """Hokkaido Dairy Cooperative
International Sales
Shota Kimura
Assistant Section Chief
Kita 3 Jo Nishi 4-1, Chuo-ku, Sapporo 060-0003
Tel +81-11-221-0040 Fax +81-11-221-0041
s-kimura@hokkaido-dairy.or.jp""",
        {
            "name": "Shota Kimura",
            "title": "Assistant Section Chief",
            "company": "Hokkaido Dairy Cooperative",
            "emails": ["s-kimura@hokkaido-dairy.or.jp"],
            "phones": {"+81112210040": "work", "+81112210041": "fax"},
        },
    ),
    (
        "h-jp-japan-branch-of-us",
        """Brightpath Japan G.K.
Lisa Takeuchi
Country Manager, Japan
Ark Hills 1-12-32 Akasaka, Minato-ku, Tokyo 107-6024
+81 3 4588 1200
lisa.takeuchi@brightpath.com""",
        {
            "name": "Lisa Takeuchi",
            "title": "Country Manager, Japan",
            "company": "Brightpath Japan G.K.",
            "emails": ["lisa.takeuchi@brightpath.com"],
            "phones": {"+81345881200": "work"},
        },
    ),
    (
        "h-jp-paren-area-code",
        """Kenichi Arai
Manager
Overseas Sales Section
Tokai Valve Manufacturing Co., Ltd.
TEL (052) 871-2231
FAX (052) 871-2232
arai@tokai-valve.co.jp""",
        {
            "name": "Kenichi Arai",
            "title": "Manager",
            "company": "Tokai Valve Manufacturing Co., Ltd.",
            "emails": ["arai@tokai-valve.co.jp"],
            "phones": {"+81528712231": "work", "+81528712232": "fax"},
        },
    ),
]

INTL: list[Case] = [
    (
        "h-uk-ltd-head-of",
        """Harriet Fenwick-Price
Head of Partnerships
Kestrel & Moor Ltd
12 Hatton Garden
London EC1N 8AN
United Kingdom
T +44 (0)20 7946 0321
M +44 (0)7911 123456
harriet@kestrelmoor.co.uk""",
        {
            "name": "Harriet Fenwick-Price",
            "given_name": "Harriet",
            "family_name": "Fenwick-Price",
            "title": "Head of Partnerships",
            "company": "Kestrel & Moor Ltd",
            "emails": ["harriet@kestrelmoor.co.uk"],
            "phones": {"+442079460321": "work", "+447911123456": "mobile"},
            "address": "12 Hatton Garden, London EC1N 8AN, United Kingdom",
            "region": "GB",
        },
    ),
    (
        "h-uk-plc-national",
        """Oliver Brackenbury
Senior Analyst
Thamesgate Capital plc
25 Bank Street, Canary Wharf
London E14 5JP
020 7946 0888
07912 654321
oliver.brackenbury@thamesgate.co.uk""",
        {
            "name": "Oliver Brackenbury",
            "title": "Senior Analyst",
            "company": "Thamesgate Capital plc",
            "emails": ["oliver.brackenbury@thamesgate.co.uk"],
            "phones": {"+442079460888": "work", "+447912654321": "mobile"},
            "address": "25 Bank Street, Canary Wharf, London E14 5JP",
            "region": "GB",
        },
    ),
    (
        "h-uk-nhs-consultant",
        """Dr Siobhan Murphy MBBS FRCP
Consultant Rheumatologist
Royal Devon University Healthcare NHS Foundation Trust
Barrack Road, Exeter EX2 5DW
Tel: 01392 411611
siobhan.murphy@nhs.net""",
        {
            "name": "Siobhan Murphy",
            "given_name": "Siobhan",
            "family_name": "Murphy",
            "title": "Consultant Rheumatologist",
            "company": "Royal Devon University Healthcare NHS Foundation Trust",
            "emails": ["siobhan.murphy@nhs.net"],
            "phones": {"+441392411611": "work"},
        },
    ),
    (
        "h-uk-llp-solicitor",
        """Ashworth Pryce LLP
Solicitors
James Whitmore
Partner
1 Temple Row, Birmingham B2 5LG
DDI +44 121 496 0105
Mob +44 7700 123456
james.whitmore@ashworthpryce.co.uk""",
        {
            "name": "James Whitmore",
            "title": "Partner",
            "company": "Ashworth Pryce LLP",
            "emails": ["james.whitmore@ashworthpryce.co.uk"],
            "phones": {"+441214960105": "work", "+447700123456": "mobile"},
        },
    ),
    (
        "h-ie-dublin",
        """Aoife Ní Bhriain
Product Manager
Lighthouse Payments Ltd.
Grand Canal Dock, Dublin 2, D02 X285, Ireland
+353 1 555 0192
+353 87 123 4567
aoife@lighthousepay.ie""",
        {
            "name": "Aoife Ní Bhriain",
            "given_name": "Aoife",
            "family_name": "Ní Bhriain",
            "title": "Product Manager",
            "company": "Lighthouse Payments Ltd.",
            "emails": ["aoife@lighthousepay.ie"],
            "phones": {"+35315550192": "work", "+353871234567": "mobile"},
        },
    ),
    (
        "h-de-gmbh-dr",
        """Weber Maschinenbau GmbH
Dr.-Ing. Johannes Weber
Head of Sales DACH
Industriestraße 12
70565 Stuttgart
Germany
Tel. +49 711 1234 5670
Mobil +49 171 2345678
j.weber@weber-maschinenbau.de
www.weber-maschinenbau.de""",
        {
            "name": "Johannes Weber",
            "given_name": "Johannes",
            "family_name": "Weber",
            "title": "Head of Sales DACH",
            "company": "Weber Maschinenbau GmbH",
            "emails": ["j.weber@weber-maschinenbau.de"],
            "phones": {"+4971112345670": "work", "+491712345678": "mobile"},
            "websites": ["https://www.weber-maschinenbau.de"],
            "address": "Industriestraße 12, 70565 Stuttgart, Germany",
            "region": "DE",
        },
    ),
    (
        "h-de-ag-national-numbers",
        """Katrin Hoffmann
Leiterin Einkauf
Brandt Logistik AG
Hafenstr. 5, 20457 Hamburg
Telefon 040 3069 1100
Fax 040 3069 1199
k.hoffmann@brandt-logistik.de""",
        {
            "name": "Katrin Hoffmann",
            "title": "Leiterin Einkauf",
            "company": "Brandt Logistik AG",
            "emails": ["k.hoffmann@brandt-logistik.de"],
            "phones": {"+494030691100": "work", "+494030691199": "fax"},
            "address": "Hafenstr. 5, 20457 Hamburg",
            "region": "DE",
        },
    ),
    (
        "h-fr-sa",
        """Camille Laurent
Directrice Marketing
Éditions Solstice SA
18 rue de Rivoli, 75004 Paris
Tél. +33 1 42 68 12 34
Port. +33 6 12 34 56 78
camille.laurent@editions-solstice.fr""",
        {
            "name": "Camille Laurent",
            "title": "Directrice Marketing",
            "company": "Éditions Solstice SA",
            "emails": ["camille.laurent@editions-solstice.fr"],
            "phones": {"+33142681234": "work", "+33612345678": "mobile"},
            "address": "18 rue de Rivoli, 75004 Paris",
        },
    ),
    (
        "h-nl-bv",
        """Sanne de Vries
Account Director
Oranje Data B.V.
Keizersgracht 123, 1015 CJ Amsterdam
T +31 20 123 4567
sanne.devries@oranjedata.nl""",
        {
            "name": "Sanne de Vries",
            "given_name": "Sanne",
            "family_name": "de Vries",
            "title": "Account Director",
            "company": "Oranje Data B.V.",
            "emails": ["sanne.devries@oranjedata.nl"],
            "phones": {"+31201234567": "work"},
        },
    ),
    (
        "h-es-sl",
        """Javier Martínez Ruiz
Director General
Soluciones Ibéricas S.L.
Calle de Alcalá 45, 28014 Madrid
+34 912 345 678
javier.martinez@solucionesibericas.es""",
        {
            "name": "Javier Martínez Ruiz",
            "title": "Director General",
            "company": "Soluciones Ibéricas S.L.",
            "emails": ["javier.martinez@solucionesibericas.es"],
            "phones": {"+34912345678": "work"},
        },
    ),
    (
        "h-it-srl",
        """Giulia Romano
Responsabile Commerciale
Tessuti Romano S.r.l.
Via del Corso 101, 00186 Roma
Tel. +39 06 1234 5678
giulia@tessutiromano.it""",
        {
            "name": "Giulia Romano",
            "title": "Responsabile Commerciale",
            "company": "Tessuti Romano S.r.l.",
            "emails": ["giulia@tessutiromano.it"],
            "phones": {"+390612345678": "work"},
        },
    ),
    (
        "h-ch-ag-zurich",
        """Lukas Meier
Senior Consultant
Alpstein Advisory AG
Bahnhofstrasse 42, 8001 Zürich
+41 44 668 18 00
lukas.meier@alpstein.ch""",
        {
            "name": "Lukas Meier",
            "title": "Senior Consultant",
            "company": "Alpstein Advisory AG",
            "emails": ["lukas.meier@alpstein.ch"],
            "phones": {"+41446681800": "work"},
        },
    ),
    (
        "h-se-ab",
        """Erik Johansson
CTO
Nordljus Teknik AB
Sveavägen 20, 111 57 Stockholm
+46 8 123 456 78
erik.johansson@nordljus.se""",
        {
            "name": "Erik Johansson",
            "title": "CTO",
            "company": "Nordljus Teknik AB",
            "emails": ["erik.johansson@nordljus.se"],
            "phones": {"+46812345678": "work"},
        },
    ),
    (
        "h-au-pty-ltd-level",
        """Bronte Coastal Realty Pty Ltd
Liam O'Connor
Sales Agent
Level 12, 1 Martin Place
Sydney NSW 2000
P (02) 9876 5432
M 0412 345 678
liam@brontecoastal.com.au
brontecoastal.com.au""",
        {
            "name": "Liam O'Connor",
            "title": "Sales Agent",
            "company": "Bronte Coastal Realty Pty Ltd",
            "emails": ["liam@brontecoastal.com.au"],
            "phones": {"+61298765432": "work", "+61412345678": "mobile"},
            "websites": ["https://brontecoastal.com.au"],
            "address": "Level 12, 1 Martin Place, Sydney NSW 2000",
            "region": "AU",
        },
    ),
    (
        "h-au-unlabelled-mobile",
        """Chloe Nguyen
Physiotherapist
Southbank Physio Clinic
0423 111 222
chloe@southbankphysio.com.au""",
        {
            "name": "Chloe Nguyen",
            "title": "Physiotherapist",
            "company": "Southbank Physio Clinic",
            "emails": ["chloe@southbankphysio.com.au"],
            "phones": {"+61423111222": "mobile"},
            "region": "AU",
        },
    ),
    (
        "h-nz-limited",
        """Aroha Williams
Operations Manager
Kauri Coast Tourism Limited
12 Quay Street, Auckland 1010, New Zealand
+64 9 456 1234
aroha@kauricoast.co.nz""",
        {
            "name": "Aroha Williams",
            "title": "Operations Manager",
            "company": "Kauri Coast Tourism Limited",
            "emails": ["aroha@kauricoast.co.nz"],
            "phones": {"+6494561234": "work"},
        },
    ),
    (
        "h-sg-pte-ltd-hp-did",
        """Tan Wei Ming
Regional Director, APAC
Lionsgate Supply Chain Pte. Ltd.
1 Raffles Place, #20-01 One Raffles Place
Singapore 048616
DID: +65 6123 4567
HP: +65 9123 4567
weiming.tan@lionsgatesc.com.sg""",
        {
            "name": "Tan Wei Ming",
            "title": "Regional Director, APAC",
            "company": "Lionsgate Supply Chain Pte. Ltd.",
            "emails": ["weiming.tan@lionsgatesc.com.sg"],
            "phones": {"+6561234567": "work", "+6591234567": "mobile"},
            "address": "1 Raffles Place, #20-01 One Raffles Place, Singapore 048616",
            "region": "SG",
        },
    ),
    (
        "h-hk-limited",
        """Wong Ka Yan, Karen
Vice President, Private Banking
Harbour Pacific Bank Limited
18/F, Two Exchange Square, 8 Connaught Place, Central, Hong Kong
Tel: +852 2123 4567
Mobile: +852 9123 4567
karen.wong@harbourpacific.com.hk""",
        {
            "title": "Vice President, Private Banking",
            "company": "Harbour Pacific Bank Limited",
            "emails": ["karen.wong@harbourpacific.com.hk"],
            "phones": {"+85221234567": "work", "+85291234567": "mobile"},
        },
    ),
    (
        "h-in-pvt-ltd",
        """Anand Krishnamurthy
Vice President - Operations
Vistara Infotech Pvt. Ltd.
No. 42, 3rd Cross, Indiranagar
Bengaluru 560038, Karnataka, India
M: +91 98450 12345
O: +91 80 4123 4567
anand.k@vistarainfotech.in
www.vistarainfotech.in""",
        {
            "name": "Anand Krishnamurthy",
            "title": "Vice President - Operations",
            "company": "Vistara Infotech Pvt. Ltd.",
            "emails": ["anand.k@vistarainfotech.in"],
            "phones": {"+919845012345": "mobile", "+918041234567": "work"},
            "websites": ["https://www.vistarainfotech.in"],
            "address": "No. 42, 3rd Cross, Indiranagar, Bengaluru 560038, Karnataka, India",
            "region": "IN",
        },
    ),
    (
        "h-in-limited-ca",
        """CA Priyanka Deshmukh
Senior Manager - Taxation
Mehta & Rao Chartered Accountants
Nariman Point, Mumbai 400021
Mob. 98200 54321
Tel. 022 2282 1100
priyanka@mehtarao.co.in""",
        {
            "name": "Priyanka Deshmukh",
            "title": "Senior Manager - Taxation",
            "company": "Mehta & Rao Chartered Accountants",
            "emails": ["priyanka@mehtarao.co.in"],
            "phones": {"+919820054321": "mobile", "+912222821100": "work"},
        },
    ),
    (
        "h-kr-co-ltd",
        """Kim Min-jun
Senior Researcher
Hanbit Semiconductor Co., Ltd.
Teheran-ro 152, Gangnam-gu, Seoul 06236, Korea
T. +82 2 1234 5678
M. +82 10 9876 5432
minjun.kim@hanbitsemi.co.kr""",
        {
            "name": "Kim Min-jun",
            "title": "Senior Researcher",
            "company": "Hanbit Semiconductor Co., Ltd.",
            "emails": ["minjun.kim@hanbitsemi.co.kr"],
            "phones": {"+82212345678": "work", "+821098765432": "mobile"},
        },
    ),
    (
        "h-ca-vancouver-ltd",
        """Cascadia Timber Ltd.
Owen Fraser, P.Eng.
Structural Engineer
1055 W Georgia St, Vancouver, BC V6E 3P3
604-555-0117
owen.fraser@cascadiatimber.ca""",
        {
            "name": "Owen Fraser",
            "title": "Structural Engineer",
            "company": "Cascadia Timber Ltd.",
            "emails": ["owen.fraser@cascadiatimber.ca"],
            "phones": {"+16045550117": "work"},
            "address": "1055 W Georgia St, Vancouver, BC V6E 3P3",
        },
    ),
    (
        "h-uk-caps-company-bullets",
        """ORCHARD & VALE
Bespoke Kitchens
Thomas Holloway
Design Consultant
T 01865 555 123 • M 07911 222333
tom@orchardandvale.co.uk • orchardandvale.co.uk""",
        {
            "name": "Thomas Holloway",
            "title": "Design Consultant",
            "company": "Orchard & Vale",
            "emails": ["tom@orchardandvale.co.uk"],
            "phones": {"+441865555123": "work", "+447911222333": "mobile"},
            "websites": ["https://orchardandvale.co.uk"],
        },
    ),
    (
        "h-uae-llc",
        """Omar Al-Farsi
Business Development Director
Desert Falcon Trading LLC
Office 1204, Jumeirah Lake Towers, Dubai, UAE
Tel: +971 4 330 0000
Mob: +971 50 123 4567
omar@desertfalcon.ae""",
        {
            "name": "Omar Al-Farsi",
            "given_name": "Omar",
            "family_name": "Al-Farsi",
            "title": "Business Development Director",
            "company": "Desert Falcon Trading LLC",
            "emails": ["omar@desertfalcon.ae"],
            "phones": {"+97143300000": "work", "+971501234567": "mobile"},
        },
    ),
    (
        "h-br-ltda",
        """Fernanda Costa
Gerente de Projetos
Verde Engenharia Ltda.
Av. Paulista, 1000 - São Paulo, SP
+55 11 3456-7890
+55 11 98765-4321
fernanda@verdeeng.com.br""",
        {
            "name": "Fernanda Costa",
            "title": "Gerente de Projetos",
            "company": "Verde Engenharia Ltda.",
            "emails": ["fernanda@verdeeng.com.br"],
            "phones": {"+551134567890": "work", "+5511987654321": "mobile"},
        },
    ),
]

ODD: list[Case] = [
    (
        "h-title-comma-company-one-line",
        """Rebecca Stone
Marketing Director, Alder & Ash Cosmetics
rebecca@alderash.com
(917) 555-0103""",
        {
            "name": "Rebecca Stone",
            "title": "Marketing Director",
            "company": "Alder & Ash Cosmetics",
            "emails": ["rebecca@alderash.com"],
            "phones": {"+19175550103": "work"},
        },
    ),
    (
        "h-title-at-company",
        """Noah Fischer
Product Designer at Loop & Thread
noah@loopthread.design
+1 646 555 0144""",
        {
            "name": "Noah Fischer",
            "title": "Product Designer",
            "company": "Loop & Thread",
            "emails": ["noah@loopthread.design"],
            "phones": {"+16465550144": "work"},
        },
    ),
    (
        "h-mr-honorific",
        """Mr. Arthur Pennington
Chairman
Pennington Family Foundation
apennington@penningtonff.org
(804) 555-0172""",
        {
            "name": "Arthur Pennington",
            "given_name": "Arthur",
            "family_name": "Pennington",
            "title": "Chairman",
            "company": "Pennington Family Foundation",
            "emails": ["apennington@penningtonff.org"],
            "phones": {"+18045550172": "work"},
        },
    ),
    (
        "h-ms-honorific-caps",
        """MS. ELAINE PARK
CONTROLLER
BAYSIDE MARINE SUPPLY CO.
elaine.park@baysidemarine.com
T 757.555.0102""",
        {
            "name": "Elaine Park",
            "title": "Controller",
            "company": "Bayside Marine Supply Co.",
            "emails": ["elaine.park@baysidemarine.com"],
            "phones": {"+17575550102": "work"},
        },
    ),
    (
        "h-email-before-name",
        """sales@granitepeakstone.com
Granite Peak Stone & Tile
Frank DeLuca
Showroom Manager
(801) 555-0118""",
        {
            "name": "Frank DeLuca",
            "title": "Showroom Manager",
            "company": "Granite Peak Stone & Tile",
            "emails": ["sales@granitepeakstone.com"],
            "phones": {"+18015550118": "work"},
        },
    ),
    (
        "h-three-emails-personal-last",
        """Anthony Russo
Regional Manager
Coastline Beverage Distributors
anthony.russo@coastlinebev.com
orders@coastlinebev.com
(239) 555-0135""",
        {
            "name": "Anthony Russo",
            "title": "Regional Manager",
            "company": "Coastline Beverage Distributors",
            "emails": ["anthony.russo@coastlinebev.com", "orders@coastlinebev.com"],
            "phones": {"+12395550135": "work"},
        },
    ),
    (
        "h-phone-words-periods",
        """Hillcrest Veterinary Clinic
Dr. Melissa Grant, DVM
Veterinarian
Phone 336.555.0162
Emergency 336.555.0163
hillcrestvet@gmail.com""",
        {
            "name": "Melissa Grant",
            "title": "Veterinarian",
            "company": "Hillcrest Veterinary Clinic",
            "emails": ["hillcrestvet@gmail.com"],
            "phones": {"+13365550162": "work", "+13365550163": "other"},
        },
    ),
    (
        "h-cell-with-c-label-pipes",
        """Tyler Brooks | Field Service Technician
Apex HVAC Services
C 405.555.0164 | O 405.555.0100
tbrooks@apexhvac.com | apexhvac.com""",
        {
            "name": "Tyler Brooks",
            "title": "Field Service Technician",
            "company": "Apex HVAC Services",
            "emails": ["tbrooks@apexhvac.com"],
            "phones": {"+14055550164": "mobile", "+14055550100": "work"},
            "websites": ["https://apexhvac.com"],
        },
    ),
    (
        "h-plus1-dots",
        """Helena Vasquez
Principal Data Scientist
Orbitra AI
+1.408.555.0198
helena@orbitra.ai
orbitra.ai""",
        {
            "name": "Helena Vasquez",
            "title": "Principal Data Scientist",
            "company": "Orbitra AI",
            "emails": ["helena@orbitra.ai"],
            "phones": {"+14085550198": "work"},
            "websites": ["https://orbitra.ai"],
        },
    ),
    (
        "h-mobile-then-office-words",
        """Gabriel Santos
Construction Superintendent
Ridgeline Builders, Inc.
Mobile (702) 555-0131
Office (702) 555-0100
gsantos@ridgelinebuilders.com""",
        {
            "name": "Gabriel Santos",
            "title": "Construction Superintendent",
            "company": "Ridgeline Builders, Inc.",
            "emails": ["gsantos@ridgelinebuilders.com"],
            "phones": {"+17025550131": "mobile", "+17025550100": "work"},
        },
    ),
    (
        "h-lowercase-name-design-card",
        """sophie turner
illustrator
sophie@sophieturner.art
sophieturner.art""",
        {
            "name": "Sophie Turner",
            "title": "Illustrator",
            "emails": ["sophie@sophieturner.art"],
            "websites": ["https://sophieturner.art"],
        },
    ),
    (
        "h-church",
        """Grace Community Church
Rev. David Okoye
Senior Pastor
515 Maple Ave, Dayton, OH 45402
(937) 555-0125
pastor.david@gracedayton.org""",
        {
            "name": "David Okoye",
            "title": "Senior Pastor",
            "company": "Grace Community Church",
            "emails": ["pastor.david@gracedayton.org"],
            "phones": {"+19375550125": "work"},
            "address": "515 Maple Ave, Dayton, OH 45402",
        },
    ),
    (
        "h-prof-honorific",
        """Prof. Elena Petrova
Chair, Department of Physics
Rensselaer Polytechnic Institute
110 8th Street, Troy, NY 12180
petroe@rpi.edu
518-555-0139""",
        {
            "name": "Elena Petrova",
            "title": "Chair, Department of Physics",
            "company": "Rensselaer Polytechnic Institute",
            "emails": ["petroe@rpi.edu"],
            "phones": {"+15185550139": "work"},
            "address": "110 8th Street, Troy, NY 12180",
        },
    ),
    (
        "h-ext-hash-and-x",
        """Rutherford Title & Escrow
Megan Holt
Escrow Officer
T 480.555.0150 x 231
megan.holt@rutherfordtitle.com""",
        {
            "name": "Megan Holt",
            "title": "Escrow Officer",
            "company": "Rutherford Title & Escrow",
            "emails": ["megan.holt@rutherfordtitle.com"],
            "phones": {"+14805550150": "work"},
        },
    ),
    (
        "h-name-with-suffix-iii",
        """Charles W. Avery III
President
Avery & Sons Hardware
cavery@averyhardware.com
(864) 555-0111""",
        {
            "title": "President",
            "company": "Avery & Sons Hardware",
            "emails": ["cavery@averyhardware.com"],
            "phones": {"+18645550111": "work"},
        },
    ),
    (
        "h-dept-of-university-title",
        """Stanford University
School of Medicine
Department of Radiology
Priya Venkataraman, MD, PhD
Clinical Associate Professor
300 Pasteur Drive, Stanford, CA 94305
pvenkat@stanford.edu
650-555-0127""",
        {
            "name": "Priya Venkataraman",
            "title": "Clinical Associate Professor",
            "company": "Stanford University",
            "emails": ["pvenkat@stanford.edu"],
            "phones": {"+16505550127": "work"},
            "address": "300 Pasteur Drive, Stanford, CA 94305",
        },
    ),
    (
        "h-co-company-dot",
        """Beacon Hill Candle Co.
Emma Whitley
Founder
hello@beaconhillcandle.co
617-555-0188""",
        {
            "name": "Emma Whitley",
            "title": "Founder",
            "company": "Beacon Hill Candle Co.",
            "emails": ["hello@beaconhillcandle.co"],
            "phones": {"+16175550188": "work"},
        },
    ),
    (
        "h-slogan-with-tm",
        """Swiftline Movers
Moving You Forward™
Carla Jimenez
Move Coordinator
carla@swiftlinemovers.com
Call or text: 214-555-0179""",
        {
            "name": "Carla Jimenez",
            "title": "Move Coordinator",
            "company": "Swiftline Movers",
            "emails": ["carla@swiftlinemovers.com"],
            "phones": {"+12145550179": "mobile"},
        },
    ),
    (
        "h-ampersand-name-company",
        """Sullivan & Cromwell Advisory
Patrick Sullivan
Senior Manager
psullivan@sc-advisory.com
D +1 202 555 0106""",
        {
            "name": "Patrick Sullivan",
            "title": "Senior Manager",
            "company": "Sullivan & Cromwell Advisory",
            "emails": ["psullivan@sc-advisory.com"],
            "phones": {"+12025550106": "work"},
        },
    ),
    (
        "h-university-of-title-first",
        """Associate Dean for Research
College of Engineering
University of Texas at Austin
Dr. Miguel Alvarez
miguel.alvarez@utexas.edu
512-555-0154""",
        {
            "name": "Miguel Alvarez",
            "title": "Associate Dean for Research",
            "company": "University of Texas at Austin",
            "emails": ["miguel.alvarez@utexas.edu"],
            "phones": {"+15125550154": "work"},
        },
    ),
]

SLIPS: list[Case] = [
    (
        "h-slip-logo-junk",
        """~ =— %, «<
Redwood Ridge Winery
Sarah Collins
Tasting Room Manager
707-555-0143
sarah@redwoodridgewine.com""",
        {
            "name": "Sarah Collins",
            "title": "Tasting Room Manager",
            "company": "Redwood Ridge Winery",
            "emails": ["sarah@redwoodridgewine.com"],
            "phones": {"+17075550143": "work"},
        },
    ),
    (
        "h-slip-pipe-for-l-label",
        """Wi|liam Carter
Sa|es Manager
Granite State Lumber
Te|: 603-555-0122
Emai|: wcarter@granitestatelumber.com""",
        {
            "name": "William Carter",
            "title": "Sales Manager",
            "company": "Granite State Lumber",
            "emails": ["wcarter@granitestatelumber.com"],
            "phones": {"+16035550122": "work"},
        },
    ),
    (
        "h-slip-o-for-zero-phone",
        """Daniel Okafor
Field Engineer
Tristate Controls
M: (2O1) 555-O184
daniel.okafor@tristatecontrols.com""",
        {
            "name": "Daniel Okafor",
            "title": "Field Engineer",
            "company": "Tristate Controls",
            "emails": ["daniel.okafor@tristatecontrols.com"],
            "phones": {"+12015550184": "mobile"},
        },
    ),
    (
        "h-slip-guillemet-before-phone",
        """Monica Reyes
Leasing Consultant
The Residences at Oak Park
» 708.555.0131
© 708.555.0132
mreyes@oakparkresidences.com""",
        {
            "name": "Monica Reyes",
            "title": "Leasing Consultant",
            "company": "The Residences at Oak Park",
            "emails": ["mreyes@oakparkresidences.com"],
            "phones": {"+17085550131": "work", "+17085550132": "mobile"},
        },
    ),
    (
        "h-slip-registered-for-at",
        """Kevin Zhao
Data Engineer
Finch Analytics
kevin.zhao®finchanalytics.com
415-555-0121""",
        {
            "name": "Kevin Zhao",
            "title": "Data Engineer",
            "company": "Finch Analytics",
            "emails": ["kevin.zhao@finchanalytics.com"],
            "phones": {"+14155550121": "work"},
        },
    ),
    (
        "h-slip-copyright-for-at",
        """Rachel Adams
Account Manager
Summit Print Co.
radams©summitprint.com
T 303-555-0119""",
        {
            "name": "Rachel Adams",
            "title": "Account Manager",
            "company": "Summit Print Co.",
            "emails": ["radams@summitprint.com"],
            "phones": {"+13035550119": "work"},
        },
    ),
    (
        "h-slip-no-space-after-labels",
        """Nathan Brooks
Director of Operations
Keystone Logistics
Tel:717-555-0136
Fax:717-555-0137
Email:nbrooks@keystonelogistics.com""",
        {
            "name": "Nathan Brooks",
            "title": "Director of Operations",
            "company": "Keystone Logistics",
            "emails": ["nbrooks@keystonelogistics.com"],
            "phones": {"+17175550136": "work", "+17175550137": "fax"},
        },
    ),
    (
        "h-slip-rn-for-m-title",
        """Jessica Tran
Prograrn Manager
Evergreen Health Alliance
jtran@evergreenhealth.org
(425) 555-0167""",
        {
            "name": "Jessica Tran",
            "title": "Program Manager",
            "company": "Evergreen Health Alliance",
            "emails": ["jtran@evergreenhealth.org"],
            "phones": {"+14255550167": "work"},
        },
    ),
    (
        "h-slip-pipe-separator-noise",
        """| Andrew Walsh
| Chief Financial Officer
| Meridian Health Group
| awalsh@meridianhealth.com
| 614-555-0158""",
        {
            "name": "Andrew Walsh",
            "title": "Chief Financial Officer",
            "company": "Meridian Health Group",
            "emails": ["awalsh@meridianhealth.com"],
            "phones": {"+16145550158": "work"},
        },
    ),
    (
        "h-slip-trailing-junk-chars",
        """Laura Bennett ~
Senior Paralegal .
Hargrove & Lin LLP
lbennett@hargrovelin.com |
T: 215-555-0173 '""",
        {
            "name": "Laura Bennett",
            "title": "Senior Paralegal",
            "company": "Hargrove & Lin LLP",
            "emails": ["lbennett@hargrovelin.com"],
            "phones": {"+12155550173": "work"},
        },
    ),
    (
        "h-slip-email-spaces",
        """Marcus Hill
Store Manager
Tri-County Hardware
marcus.hill @ tricountyhardware.com
(740) 555-0114""",
        {
            "name": "Marcus Hill",
            "title": "Store Manager",
            "company": "Tri-County Hardware",
            "emails": ["marcus.hill@tricountyhardware.com"],
            "phones": {"+17405550114": "work"},
        },
    ),
    (
        "h-slip-scanned-us-real",
        """BAKER TILLY
Jennifer M. Lopez, CPA
Senior Manager
Assurance Services
205 N. Michigan Ave., Suite 2800
Chicago, IL 60601
T: 312 729 8000
F: 312 729 8199
jennifer.lopez@bakertilly.com""",
        {
            "name": "Jennifer M. Lopez",
            "title": "Senior Manager",
            "company": "Baker Tilly",
            "emails": ["jennifer.lopez@bakertilly.com"],
            "phones": {"+13127298000": "work", "+13127298199": "fax"},
            "address": "205 N. Michigan Ave., Suite 2800, Chicago, IL 60601",
        },
    ),
    (
        "h-slip-scanned-broken-line",
        """Deloitte.
Michael Chen
Manager | Consulting
Deloitte Consulting LLP
30 Rockefeller Plaza
New York, NY 10112-0015
USA
Tel: +1 212 492 4000
Mobile: +1 917 555 0123
michchen@deloitte.com
www.deloitte.com""",
        {
            "name": "Michael Chen",
            "company": "Deloitte Consulting LLP",
            "emails": ["michchen@deloitte.com"],
            "phones": {"+12124924000": "work", "+19175550123": "mobile"},
            "websites": ["https://www.deloitte.com"],
            "address": "30 Rockefeller Plaza, New York, NY 10112-0015, USA",
        },
    ),
    (
        "h-slip-digit-one-as-l",
        """Sandra Ruiz
Office Administrator
Lakeside Dental Group
Phone: (3l2) 555-0l45
sruiz@lakesidedental.com""",
        {
            "name": "Sandra Ruiz",
            "title": "Office Administrator",
            "company": "Lakeside Dental Group",
            "emails": ["sruiz@lakesidedental.com"],
            "phones": {"+13125550145": "work"},
        },
    ),
    (
        "h-slip-www-dot-space",
        """Owen Hartley
Owner
Hartley Custom Woodworks
www. hartleywoodworks .com
owen@hartleywoodworks.com
(828) 555-0109""",
        {
            "name": "Owen Hartley",
            "title": "Owner",
            "company": "Hartley Custom Woodworks",
            "emails": ["owen@hartleywoodworks.com"],
            "phones": {"+18285550109": "work"},
            "websites": ["https://www.hartleywoodworks.com"],
        },
    ),
    (
        "h-slip-jp-photo-kanji-junk",
        """RK BR aa St
Yamamoto Shinji
ie Fe Hh
Manager, Technical Support
Daiwa Instruments Co., Ltd.
TEL: 045-472-1100 FAX: 045-472-1101
shinji.yamamoto@daiwa-inst.co.jp""",
        {
            "name": "Yamamoto Shinji",
            "title": "Manager, Technical Support",
            "company": "Daiwa Instruments Co., Ltd.",
            "emails": ["shinji.yamamoto@daiwa-inst.co.jp"],
            "phones": {"+81454721100": "work", "+81454721101": "fax"},
        },
    ),
    (
        "h-slip-jp-photo-mobile-bullet",
        """e
Haruto Sasaki
Global Sales Division
Senior Manager
Ginza Optics Co., Ltd.
• Mobile +81-90-5566-7788
• E-mail haruto.sasaki@ginza-optics.co.jp""",
        {
            "name": "Haruto Sasaki",
            "title": "Senior Manager",
            "company": "Ginza Optics Co., Ltd.",
            "emails": ["haruto.sasaki@ginza-optics.co.jp"],
            "phones": {"+819055667788": "mobile"},
        },
    ),
    (
        "h-slip-comma-for-dot-email",
        """Victor Nguyen
IT Director
Sierra Credit Union
victor.nguyen@sierracu,org
(775) 555-0138""",
        {
            "name": "Victor Nguyen",
            "title": "IT Director",
            "company": "Sierra Credit Union",
            "emails": ["victor.nguyen@sierracu.org"],
            "phones": {"+17755550138": "work"},
        },
    ),
    (
        "h-slip-caps-labels-phone-ocr",
        """PHONE 952.555.0147
FAX 952.555.0148
Northern Lights Credit Union
Ashley Kramer
Member Services Representative
akramer@northernlightscu.org""",
        {
            "name": "Ashley Kramer",
            "title": "Member Services Representative",
            "company": "Northern Lights Credit Union",
            "emails": ["akramer@northernlightscu.org"],
            "phones": {"+19525550147": "work", "+19525550148": "fax"},
        },
    ),
    (
        "h-slip-icon-letters",
        """Brian Foster
Principal Engineer
Cobalt Structural Group
& 720-555-0159
= bfoster@cobaltstructural.com
@ cobaltstructural.com""",
        {
            "name": "Brian Foster",
            "title": "Principal Engineer",
            "company": "Cobalt Structural Group",
            "emails": ["bfoster@cobaltstructural.com"],
            "phones": {"+17205550159": "work"},
            "websites": ["https://cobaltstructural.com"],
        },
    ),
    (
        "h-slip-o-in-email-digits",
        """Hassan Ali
Sales Associate
Metro Auto Group
hali@metroautogroup.com
Cell 313.555.O176""",
        {
            "name": "Hassan Ali",
            "title": "Sales Associate",
            "company": "Metro Auto Group",
            "emails": ["hali@metroautogroup.com"],
            "phones": {"+13135550176": "mobile"},
        },
    ),
    (
        "h-slip-uk-scan-sort-of",
        """Fiona MacLeod
Marketing Executive
Highland Spirits Ltd
Tel: 0131 496 0123
Mob: 07766 987654
fiona.macleod@highlandspirits.co.uk
Registered in Scotland No. SC123456""",
        {
            "name": "Fiona MacLeod",
            "title": "Marketing Executive",
            "company": "Highland Spirits Ltd",
            "emails": ["fiona.macleod@highlandspirits.co.uk"],
            "phones": {"+441314960123": "work", "+447766987654": "mobile"},
        },
    ),
]

# Written after the first round of fixes, before running them: a check that the fixes generalise.
ROUND2: list[Case] = [
    (
        "h2-bank-nmls",
        """Wells Harbor Bank
Marisol Quintero
Mortgage Loan Originator
NMLS# 1234567
O 619.555.0143 | C 619.555.0182
marisol.quintero@wellsharbor.com
2550 Fifth Ave, Suite 120
San Diego, CA 92103""",
        {
            "name": "Marisol Quintero",
            "title": "Mortgage Loan Originator",
            "company": "Wells Harbor Bank",
            "emails": ["marisol.quintero@wellsharbor.com"],
            "phones": {"+16195550143": "work", "+16195550182": "mobile"},
            "address": "2550 Fifth Ave, Suite 120, San Diego, CA 92103",
        },
    ),
    (
        "h2-insurance-agency-caps-name-suffix",
        """STATE LINE INSURANCE GROUP
BRIAN O'SULLIVAN
Agency Owner
brian@statelineins.com
Office: (860) 555-0161
Text: (860) 555-0177""",
        {
            "name": "Brian O'Sullivan",
            "title": "Agency Owner",
            "company": "State Line Insurance Group",
            "emails": ["brian@statelineins.com"],
            "phones": {"+18605550161": "work", "+18605550177": "mobile"},
        },
    ),
    (
        "h2-university-lab",
        """Carnegie Mellon University
Robotics Institute
Wei Zhang, Ph.D.
Postdoctoral Researcher
5000 Forbes Avenue
Pittsburgh, PA 15213
weiz@andrew.cmu.edu""",
        {
            "name": "Wei Zhang",
            "title": "Postdoctoral Researcher",
            "company": "Carnegie Mellon University",
            "emails": ["weiz@andrew.cmu.edu"],
            "phones": {},
            "address": "5000 Forbes Avenue, Pittsburgh, PA 15213",
        },
    ),
    (
        "h2-hospital-department-caps",
        """CEDARS VALLEY MEDICAL CENTER
DEPARTMENT OF ORTHOPAEDIC SURGERY
Jonathan Reyes, M.D.
Attending Surgeon
T 818-555-0120  F 818-555-0129
jreyes@cedarsvalley.org""",
        {
            "name": "Jonathan Reyes",
            "title": "Attending Surgeon",
            "company": "Cedars Valley Medical Center",
            "emails": ["jreyes@cedarsvalley.org"],
            "phones": {"+18185550120": "work", "+18185550129": "fax"},
        },
    ),
    (
        "h2-jp-kk-mobile-dot-labels",
        """Tsukuba Bio Research K.K.
Research Planning Group
Group Leader
Megumi Hayashi
2-1-6 Sengen, Tsukuba, Ibaraki 305-0047
Tel. 029-861-3000
Mob. 080-1111-2222
m-hayashi@tsukuba-bio.co.jp""",
        {
            "name": "Megumi Hayashi",
            "title": "Group Leader",
            "company": "Tsukuba Bio Research K.K.",
            "emails": ["m-hayashi@tsukuba-bio.co.jp"],
            "phones": {"+81298613000": "work", "+818011112222": "mobile"},
            "address": "2-1-6 Sengen, Tsukuba, Ibaraki 305-0047",
        },
    ),
    (
        "h2-jp-corporation-caps-family",
        """SEKISUI-YA TRADING CORPORATION
Manager, Import Section
IKEDA Ryota
Shin-Marunouchi Bldg. 10F, 1-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-6510
Phone: +81-3-5293-1100
Facsimile: +81-3-5293-1101
ryota.ikeda@sekisuiya.co.jp""",
        {
            "name": "Ikeda Ryota",
            "given_name": "Ryota",
            "family_name": "Ikeda",
            "title": "Manager, Import Section",
            "company": "Sekisui-Ya Trading Corporation",
            "emails": ["ryota.ikeda@sekisuiya.co.jp"],
            "phones": {"+81352931100": "work", "+81352931101": "fax"},
        },
    ),
    (
        "h2-jp-phone-photo-ocr-garble",
        """KAE ZAR ft
ORE
Tomohiro Ueda
Chief Engineer
Kinki Denshi Co., Ltd.
TEL:06-6942-1234 FAX:06-6942-1235
E-mail:t-ueda@kinki-denshi.co.jp""",
        {
            "name": "Tomohiro Ueda",
            "title": "Chief Engineer",
            "company": "Kinki Denshi Co., Ltd.",
            "emails": ["t-ueda@kinki-denshi.co.jp"],
            "phones": {"+81669421234": "work", "+81669421235": "fax"},
        },
    ),
    (
        "h2-jp-english-title-after-name",
        """Yoshida Consulting Inc.
Akira Yoshida, President & CEO
+81-3-6205-4400
akira@yoshida-consulting.jp
www.yoshida-consulting.jp""",
        {
            "name": "Akira Yoshida",
            "title": "President & CEO",
            "company": "Yoshida Consulting Inc.",
            "emails": ["akira@yoshida-consulting.jp"],
            "phones": {"+81362054400": "work"},
            "websites": ["https://www.yoshida-consulting.jp"],
        },
    ),
    (
        "h2-uk-charity",
        """Riverside Community Trust
Registered Charity No. 1098765
Eleanor Harding
Volunteer Coordinator
0161 496 0742
eleanor.harding@riversidetrust.org.uk""",
        {
            "name": "Eleanor Harding",
            "title": "Volunteer Coordinator",
            "company": "Riverside Community Trust",
            "emails": ["eleanor.harding@riversidetrust.org.uk"],
            "phones": {"+441614960742": "work"},
        },
    ),
    (
        "h2-de-english-gmbh-caps",
        """KLEIN & BAUER GMBH
Stefan Klein
Managing Director
Leopoldstraße 28, 80802 München
T +49 89 2154 7700
stefan.klein@kleinbauer.de""",
        {
            "name": "Stefan Klein",
            "title": "Managing Director",
            "company": "Klein & Bauer GmbH",
            "emails": ["stefan.klein@kleinbauer.de"],
            "phones": {"+498921547700": "work"},
            "address": "Leopoldstraße 28, 80802 München",
        },
    ),
    (
        "h2-au-phd-consultant",
        """Dr Olivia Hart PhD
Principal Consultant
Southern Cross Environmental Pty Ltd
PO Box 412, Fremantle WA 6959
M 0438 555 210
olivia.hart@scenv.com.au""",
        {
            "name": "Olivia Hart",
            "title": "Principal Consultant",
            "company": "Southern Cross Environmental Pty Ltd",
            "emails": ["olivia.hart@scenv.com.au"],
            "phones": {"+61438555210": "mobile"},
            "address": "PO Box 412, Fremantle WA 6959",
        },
    ),
    (
        "h2-sg-title-comma-company",
        """Lim Jia Hui
Senior Associate, Drew & Tan LLC
+65 6535 1234
jiahui.lim@drewtan.com.sg""",
        {
            "name": "Lim Jia Hui",
            "title": "Senior Associate",
            "company": "Drew & Tan LLC",
            "emails": ["jiahui.lim@drewtan.com.sg"],
            "phones": {"+6565351234": "work"},
        },
    ),
    (
        "h2-in-title-dash-company",
        """Rohit Malhotra
Head - Digital Marketing
Saffron Retail Ltd.
rohit.malhotra@saffronretail.in
+91 98111 22334""",
        {
            "name": "Rohit Malhotra",
            "title": "Head - Digital Marketing",
            "company": "Saffron Retail Ltd.",
            "emails": ["rohit.malhotra@saffronretail.in"],
            "phones": {"+919811122334": "mobile"},
        },
    ),
    (
        "h2-restaurant-owner-tagline-caps",
        """BLUE AGAVE CANTINA
Authentic Mexican Kitchen
Luis Herrera — Owner
1820 E 7th St, Austin, TX 78702
512.555.0136
luis@blueagavecantina.com""",
        {
            "name": "Luis Herrera",
            "title": "Owner",
            "company": "Blue Agave Cantina",
            "emails": ["luis@blueagavecantina.com"],
            "phones": {"+15125550136": "work"},
            "address": "1820 E 7th St, Austin, TX 78702",
        },
    ),
    (
        "h2-startup-founder-caps-title",
        """Mira Solberg
FOUNDER & CHIEF PRODUCT OFFICER
Northlight Health
mira@northlight.health
+1 (347) 555-0114""",
        {
            "name": "Mira Solberg",
            "title": "Founder & Chief Product Officer",
            "company": "Northlight Health",
            "emails": ["mira@northlight.health"],
            "phones": {"+13475550114": "work"},
        },
    ),
    (
        "h2-recruiter-agency-linkedin",
        """Kendra Mills
Executive Recruiter
Bluewater Search Partners
kendra@bluewatersearch.com
linkedin.com/in/kendramills
M. 470-555-0148""",
        {
            "name": "Kendra Mills",
            "title": "Executive Recruiter",
            "company": "Bluewater Search Partners",
            "emails": ["kendra@bluewatersearch.com"],
            "phones": {"+14705550148": "mobile"},
        },
    ),
    (
        "h2-scan-ocr-two-cols-wide",
        """Patricia Nolan Direct: 617.555.0124
Senior Vice President Mobile: 617.555.0165
Harborstone Capital Advisors pnolan@harborstone.com""",
        {
            "name": "Patricia Nolan",
            "title": "Senior Vice President",
            "emails": ["pnolan@harborstone.com"],
            "phones": {"+16175550124": "work", "+16175550165": "mobile"},
        },
    ),
    (
        "h2-scan-ocr-at-copyright-email-label",
        """Grant Whitman
Regional Director
Allied Freight Brokers, LLC
Email: gwhitman©alliedfreight.com
Cell: 901-555-0171""",
        {
            "name": "Grant Whitman",
            "title": "Regional Director",
            "company": "Allied Freight Brokers, LLC",
            "emails": ["gwhitman@alliedfreight.com"],
            "phones": {"+19015550171": "mobile"},
        },
    ),
    (
        "h2-scan-ocr-zero-in-name-line-junk",
        """— —
Lindsey Park
Marketing Coordinator
Peak Performance Physical Therapy
Tel 303.555.0105 Fax 303.555.0106
lpark@peakperformancept.com""",
        {
            "name": "Lindsey Park",
            "title": "Marketing Coordinator",
            "company": "Peak Performance Physical Therapy",
            "emails": ["lpark@peakperformancept.com"],
            "phones": {"+13035550105": "work", "+13035550106": "fax"},
        },
    ),
    (
        "h2-gov-state-agency",
        """State of Washington
Department of Ecology
Carla Benson
Environmental Planner
300 Desmond Drive SE, Lacey, WA 98503
360-555-0119
carla.benson@ecy.wa.gov""",
        {
            "name": "Carla Benson",
            "title": "Environmental Planner",
            "company": "State of Washington",
            "emails": ["carla.benson@ecy.wa.gov"],
            "phones": {"+13605550119": "work"},
            "address": "300 Desmond Drive SE, Lacey, WA 98503",
        },
    ),
    (
        "h2-law-of-counsel-esq-caps",
        """MARTIN J. FEINBERG, ESQ.
Senior Partner
Feinberg Castillo LLP
212.555.0133
mfeinberg@feinbergcastillo.com""",
        {
            "name": "Martin J. Feinberg",
            "title": "Senior Partner",
            "company": "Feinberg Castillo LLP",
            "emails": ["mfeinberg@feinbergcastillo.com"],
            "phones": {"+12125550133": "work"},
        },
    ),
    (
        "h2-salon-owner-instagram",
        """Velvet & Vine Salon
Jasmine Carter
Owner / Master Stylist
IG @velvetandvine
(404) 555-0153
jasmine@velvetandvine.com""",
        {
            "name": "Jasmine Carter",
            "title": "Owner / Master Stylist",
            "company": "Velvet & Vine Salon",
            "emails": ["jasmine@velvetandvine.com"],
            "phones": {"+14045550153": "work"},
        },
    ),
    (
        "h2-kr-family-first-hyphen",
        """Park Ji-hoon
Manager, Overseas Sales Team
Daesung Electronics Co., Ltd.
Tel. +82-31-8000-1234
jihoon.park@daesung.co.kr""",
        {
            "name": "Park Ji-hoon",
            "title": "Manager, Overseas Sales Team",
            "company": "Daesung Electronics Co., Ltd.",
            "emails": ["jihoon.park@daesung.co.kr"],
            "phones": {"+823180001234": "work"},
        },
    ),
    (
        "h2-fr-english-sas",
        """Antoine Dubois
Chief Executive Officer
Lumière Analytics SAS
12 avenue des Champs-Élysées, 75008 Paris, France
+33 1 53 00 12 34
antoine.dubois@lumiere-analytics.fr""",
        {
            "name": "Antoine Dubois",
            "title": "Chief Executive Officer",
            "company": "Lumière Analytics SAS",
            "emails": ["antoine.dubois@lumiere-analytics.fr"],
            "phones": {"+33153001234": "work"},
            "address": "12 avenue des Champs-Élysées, 75008 Paris, France",
        },
    ),
    (
        "h2-ca-toronto-credentials",
        """Aisha Mohamed, CPA, CA
Tax Partner
Lakeshore Vance LLP
100 King Street West, Suite 5700
Toronto, ON M5X 1C7
416-555-0118
amohamed@lakeshorevance.ca""",
        {
            "name": "Aisha Mohamed",
            "title": "Tax Partner",
            "company": "Lakeshore Vance LLP",
            "emails": ["amohamed@lakeshorevance.ca"],
            "phones": {"+14165550118": "work"},
            "address": "100 King Street West, Suite 5700, Toronto, ON M5X 1C7",
        },
    ),
    (
        "h2-consulting-x-extension-slash-labels",
        """Sterling Ridge Consulting
Marcus Webb
Senior Consultant
Ph/Fax: 214-555-0190
Cell/Text: 214-555-0191
mwebb@sterlingridge.com""",
        {
            "name": "Marcus Webb",
            "title": "Senior Consultant",
            "company": "Sterling Ridge Consulting",
            "emails": ["mwebb@sterlingridge.com"],
            "phones": {"+12145550190": "work", "+12145550191": "mobile"},
        },
    ),
    (
        "h2-web-label-http",
        """Ocean Crest Dental Studio
Dr. Kevin Tran
Dentist
Tel (949) 555-0126
Web: http://www.oceancrestdental.com
Email: frontdesk@oceancrestdental.com""",
        {
            "name": "Kevin Tran",
            "title": "Dentist",
            "company": "Ocean Crest Dental Studio",
            "emails": ["frontdesk@oceancrestdental.com"],
            "phones": {"+19495550126": "work"},
        },
    ),
]

# A third blind round, written after ROUND2's fixes: harder layouts and OCR of photos.
ROUND3: list[Case] = [
    (
        "h3-tagline-ends-in-role-word",
        """Summit Ridge Realty
Your Neighborhood Real Estate Advisor
Paula Jennings
Broker / Owner
C: 970-555-0121
paula@summitridgerealty.com""",
        {
            "name": "Paula Jennings",
            "title": "Broker / Owner",
            "company": "Summit Ridge Realty",
            "emails": ["paula@summitridgerealty.com"],
            "phones": {"+19705550121": "mobile"},
        },
    ),
    (
        "h3-jp-ocr-noise-lines-and-tel-fax-slash",
        """| aR ee
Hideo Matsumoto
Senior Vice President
Nippon Marine Systems Co., Ltd.
Tel/Fax +81-78-332-5511
h.matsumoto@nms.co.jp""",
        {
            "name": "Hideo Matsumoto",
            "title": "Senior Vice President",
            "company": "Nippon Marine Systems Co., Ltd.",
            "emails": ["h.matsumoto@nms.co.jp"],
            "phones": {"+81783325511": "work"},
        },
    ),
    (
        "h3-us-scan-logo-letters-and-pipes",
        """MW
Morgan Whitley | Senior Counsel
Whitley Grant LLP | 1 Liberty Plaza, New York, NY 10006
D 212.555.0145 | M 646.555.0178
mwhitley@whitleygrant.com""",
        {
            "name": "Morgan Whitley",
            "title": "Senior Counsel",
            "company": "Whitley Grant LLP",
            "emails": ["mwhitley@whitleygrant.com"],
            "phones": {"+12125550145": "work", "+16465550178": "mobile"},
        },
    ),
    (
        "h3-in-mobile-first-national",
        """Sneha Kulkarni
Associate Director - Human Resources
Indus Valley Pharma Limited
Pune 411001, Maharashtra
Mobile: 99220 11223
sneha.kulkarni@indusvalleypharma.com""",
        {
            "name": "Sneha Kulkarni",
            "title": "Associate Director - Human Resources",
            "company": "Indus Valley Pharma Limited",
            "emails": ["sneha.kulkarni@indusvalleypharma.com"],
            "phones": {"+919922011223": "mobile"},
            "_region_arg": "IN",
        },
    ),
    (
        "h3-clinic-appointments-line",
        """Lakeview Family Chiropractic
Dr. Nathan Price, D.C.
Chiropractor
Appointments: 262-555-0156
nathan@lakeviewchiro.com
lakeviewchiro.com""",
        {
            "name": "Nathan Price",
            "title": "Chiropractor",
            "company": "Lakeview Family Chiropractic",
            "emails": ["nathan@lakeviewchiro.com"],
            "phones": {"+12625550156": "work"},
            "websites": ["https://lakeviewchiro.com"],
        },
    ),
    (
        "h3-nonprofit-executive-director-caps",
        """HOPE HARBOR FOOD BANK
ANGELA MORRIS
EXECUTIVE DIRECTOR
amorris@hopeharborfoodbank.org
(757) 555-0139""",
        {
            "name": "Angela Morris",
            "title": "Executive Director",
            "company": "Hope Harbor Food Bank",
            "emails": ["amorris@hopeharborfoodbank.org"],
            "phones": {"+17575550139": "work"},
        },
    ),
    (
        "h3-name-initial-first",
        """J. Robert Kessler
Senior Managing Director
Blackwater Peak Partners
jrkessler@blackwaterpeak.com
+1 312 555 0161""",
        {
            "name": "J. Robert Kessler",
            "family_name": "Kessler",
            "title": "Senior Managing Director",
            "company": "Blackwater Peak Partners",
            "emails": ["jrkessler@blackwaterpeak.com"],
            "phones": {"+13125550161": "work"},
        },
    ),
    (
        "h3-jp-name-with-middle-english",
        """Lisa Mari Okada
Director, Human Resources
Shiodome Media Group Inc.
1-8-1 Higashi-Shimbashi, Minato-ku, Tokyo 105-7001
T: +81 3 6215 0300
lisa.okada@shiodome-media.co.jp""",
        {
            "name": "Lisa Mari Okada",
            "title": "Director, Human Resources",
            "company": "Shiodome Media Group Inc.",
            "emails": ["lisa.okada@shiodome-media.co.jp"],
            "phones": {"+81362150300": "work"},
            "address": "1-8-1 Higashi-Shimbashi, Minato-ku, Tokyo 105-7001",
        },
    ),
    (
        "h3-uk-scan-ltd-postcode-single-line",
        """Bramley & Cole Ltd
Chartered Surveyors
Rupert Bramley MRICS
Director
14 King Street, Leeds LS1 2HL
0113 496 0555
rupert@bramleycole.co.uk""",
        {
            "name": "Rupert Bramley",
            "title": "Director",
            "company": "Bramley & Cole Ltd",
            "emails": ["rupert@bramleycole.co.uk"],
            "phones": {"+441134960555": "work"},
            "address": "14 King Street, Leeds LS1 2HL",
        },
    ),
    (
        "h3-gallery-curator-lowercase-company",
        """Nora Ellis
Curator
the brightwater gallery
nora@brightwatergallery.com
(207) 555-0198""",
        {
            "name": "Nora Ellis",
            "title": "Curator",
            "emails": ["nora@brightwatergallery.com"],
            "phones": {"+12075550198": "work"},
        },
    ),
]

ALL: list[Case] = US + JP + INTL + ODD + SLIPS + ROUND2 + ROUND3
