"""Card text -> expected contact fields, for tests/test_parse.py.

Each case is (id, text, expected). `expected` lists only the fields the case checks; `phones` maps E.164 to
kind. CLEAN cards are as a user would type them or as a good OCR pass reads them; SLIPS carry OCR errors.
All numbers are valid for phonenumbers (a test checks that), fictitious where the plan allows (555-01xx).
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

CLEAN: list[Case] = [
    (
        "us-contract-example",
        """Priya Patel
VP of Talent Acquisition
Cobalt Ridge Capital
350 Fifth Avenue, Floor 21
New York, NY 10118
T 212 736 2000
ppatel@cobaltridge.com
cobaltridge.com""",
        {
            "name": "Priya Patel",
            "given_name": "Priya",
            "family_name": "Patel",
            "title": "VP of Talent Acquisition",
            "company": "Cobalt Ridge Capital",
            "emails": ["ppatel@cobaltridge.com"],
            "phones": {"+12127362000": "work"},
            "websites": ["https://cobaltridge.com"],
            "address": "350 Fifth Avenue, Floor 21, New York, NY 10118",
            "region": "US",
        },
    ),
    (
        "us-company-first",
        """LUMENVALE LABS
Nadia Okafor
Senior Software Engineer
nadia@lumenvale.co
Mobile: (415) 555-0132
www.lumenvale.co""",
        {
            "name": "Nadia Okafor",
            "title": "Senior Software Engineer",
            "company": "Lumenvale Labs",
            "emails": ["nadia@lumenvale.co"],
            "phones": {"+14155550132": "mobile"},
            "websites": ["https://www.lumenvale.co"],
            "address": None,
        },
    ),
    (
        "us-two-labels-one-line",
        """Marcus Bell
Account Executive
Brightwater Technologies, Inc.
T 212 555 0100  F 212 555 0101
marcus.bell@brightwatertech.com""",
        {
            "name": "Marcus Bell",
            "title": "Account Executive",
            "company": "Brightwater Technologies, Inc.",
            "emails": ["marcus.bell@brightwatertech.com"],
            "phones": {"+12125550100": "work", "+12125550101": "fax"},
        },
    ),
    (
        "us-name-comma-title",
        """Jane Doe, CFO
Harborline Logistics LLC
1200 Harbor Blvd, Suite 300
Long Beach, CA 90802
Office 562.555.0148 | Cell 562.555.0190
jdoe@harborline.com""",
        {
            "name": "Jane Doe",
            "title": "CFO",
            "company": "Harborline Logistics LLC",
            "emails": ["jdoe@harborline.com"],
            "phones": {"+15625550148": "work", "+15625550190": "mobile"},
            "address": "1200 Harbor Blvd, Suite 300, Long Beach, CA 90802",
        },
    ),
    (
        "us-name-pipe-title",
        """Sam Rivera | Director
Northwind Studio
Phone: 312-555-0199
sam@northwindstudio.com
northwindstudio.com""",
        {
            "name": "Sam Rivera",
            "title": "Director",
            "company": "Northwind Studio",
            "emails": ["sam@northwindstudio.com"],
            "phones": {"+13125550199": "work"},
            "websites": ["https://northwindstudio.com"],
        },
    ),
    (
        "us-all-caps-name",
        """KEVIN O'NEIL
General Manager
Redwood Hospitality Group
P: 415.555.0177
E: kevin.oneil@redwoodhg.com""",
        {
            "name": "Kevin O'Neil",
            "given_name": "Kevin",
            "family_name": "O'Neil",
            "title": "General Manager",
            "company": "Redwood Hospitality Group",
            "emails": ["kevin.oneil@redwoodhg.com"],
            "phones": {"+14155550177": "work"},
        },
    ),
    (
        "us-mcdonald-caps",
        """ANGUS MCDONALD
Owner
McDonald Plumbing & Heating
Cell (503) 555-0163
angus@mcdonaldplumbing.com""",
        {
            "name": "Angus McDonald",
            "family_name": "McDonald",
            "title": "Owner",
            "company": "McDonald Plumbing & Heating",
            "emails": ["angus@mcdonaldplumbing.com"],
            "phones": {"+15035550163": "mobile"},
        },
    ),
    (
        "us-extension",
        """Greenfield Partners LLP
Laura Chen
Associate
Direct: +1 (617) 555-0142 ext. 204
lchen@greenfieldpartners.com
100 Federal Street, 30th Floor
Boston, MA 02110""",
        {
            "name": "Laura Chen",
            "title": "Associate",
            "company": "Greenfield Partners LLP",
            "emails": ["lchen@greenfieldpartners.com"],
            "phones": {"+16175550142": "work"},
            "address": "100 Federal Street, 30th Floor, Boston, MA 02110",
        },
    ),
    (
        "us-freemail-only",
        """Tom Becker
tom.becker77@gmail.com
(646) 555-0123""",
        {
            "name": "Tom Becker",
            "title": None,
            "company": None,
            "emails": ["tom.becker77@gmail.com"],
            "phones": {"+16465550123": "work"},
            "websites": [],
            "address": None,
        },
    ),
    (
        "us-company-only",
        """Cobalt Ridge Capital
350 Fifth Avenue
New York, NY 10118
Tel (212) 736-2000
info@cobaltridge.com
www.cobaltridge.com""",
        {
            "name": None,
            "title": None,
            "company": "Cobalt Ridge Capital",
            "emails": ["info@cobaltridge.com"],
            "phones": {"+12127362000": "work"},
            "websites": ["https://www.cobaltridge.com"],
            "address": "350 Fifth Avenue, New York, NY 10118",
        },
    ),
    (
        "us-credentials",
        """Priya Patel, PhD
Principal Scientist
Helix Biotech Corp.
priya.patel@helixbio.com
Tel. 858-555-0111""",
        {
            "name": "Priya Patel",
            "given_name": "Priya",
            "family_name": "Patel",
            "title": "Principal Scientist",
            "company": "Helix Biotech Corp.",
            "emails": ["priya.patel@helixbio.com"],
            "phones": {"+18585550111": "work"},
        },
    ),
    (
        "us-head-of",
        """Arden Analytics
Michael Torres
Head of Data Engineering
michael@ardenanalytics.io
M 773 555 0182
O 312 555 0140
ardenanalytics.io""",
        {
            "name": "Michael Torres",
            "title": "Head of Data Engineering",
            "company": "Arden Analytics",
            "emails": ["michael@ardenanalytics.io"],
            "phones": {"+17735550182": "mobile", "+13125550140": "work"},
            "websites": ["https://ardenanalytics.io"],
        },
    ),
    (
        "us-chief-officer",
        """Sarah Goldberg
Chief Operating Officer
Meridian Health Systems
2200 Market St, Suite 800
Philadelphia, PA 19103
sgoldberg@meridianhealth.org
Main 215.555.0100
Direct 215.555.0117""",
        {
            "name": "Sarah Goldberg",
            "title": "Chief Operating Officer",
            "company": "Meridian Health Systems",
            "emails": ["sgoldberg@meridianhealth.org"],
            "phones": {"+12155550100": "work", "+12155550117": "work"},
            "address": "2200 Market St, Suite 800, Philadelphia, PA 19103",
        },
    ),
    (
        "us-founder-centered",
        """ORBITAL COFFEE CO.
Diego Ramirez
Founder & Owner
(305) 555-0155
diego@orbitalcoffee.com
@orbitalcoffee""",
        {
            "name": "Diego Ramirez",
            "title": "Founder & Owner",
            "company": "Orbital Coffee Co.",
            "emails": ["diego@orbitalcoffee.com"],
            "phones": {"+13055550155": "work"},
        },
    ),
    (
        "us-attorney",
        """Rebecca L. Hart
Attorney at Law
Hart & Lowell, P.C.
rhart@hartlowell.com
t. 404-555-0168  f. 404-555-0169
191 Peachtree St NE, Atlanta, GA 30303""",
        {
            "name": "Rebecca L. Hart",
            "family_name": "Hart",
            "title": "Attorney at Law",
            "company": "Hart & Lowell, P.C.",
            "emails": ["rhart@hartlowell.com"],
            "phones": {"+14045550168": "work", "+14045550169": "fax"},
            "address": "191 Peachtree St NE, Atlanta, GA 30303",
        },
    ),
    (
        "us-recruiter-two-emails",
        """Emily Zhang
Technical Recruiter
Quantum Leap Software
emily.zhang@qlsoftware.com
careers@qlsoftware.com
Work (206) 555-0134""",
        {
            "name": "Emily Zhang",
            "title": "Technical Recruiter",
            "company": "Quantum Leap Software",
            "emails": ["emily.zhang@qlsoftware.com", "careers@qlsoftware.com"],
            "phones": {"+12065550134": "work"},
        },
    ),
    (
        "us-email-label-variants",
        """Olivia Grant
Marketing Coordinator
Bluebird Media
Email: ogrant@bluebirdmedia.com
Telephone: 512 555 0129""",
        {
            "name": "Olivia Grant",
            "title": "Marketing Coordinator",
            "company": "Bluebird Media",
            "emails": ["ogrant@bluebirdmedia.com"],
            "phones": {"+15125550129": "work"},
        },
    ),
    (
        "us-https-website",
        """Kestrel Robotics
Aaron Fischer, Lead Architect
aaron.fischer@kestrelrobotics.ai
https://kestrelrobotics.ai/team
+1 650 555 0101""",
        {
            "name": "Aaron Fischer",
            "title": "Lead Architect",
            "company": "Kestrel Robotics",
            "emails": ["aaron.fischer@kestrelrobotics.ai"],
            "phones": {"+16505550101": "work"},
            "websites": ["https://kestrelrobotics.ai/team"],
        },
    ),
    (
        "us-home-label",
        """Grace Kim
Independent Consultant
grace.kim@outlook.com
Home 718 555 0145
Mobile 917 555 0178""",
        {
            "name": "Grace Kim",
            "title": "Independent Consultant",
            "company": None,
            "emails": ["grace.kim@outlook.com"],
            "phones": {"+17185550145": "other", "+19175550178": "mobile"},
        },
    ),
    (
        "us-svp-two-line-title",
        """Daniel Brooks
SVP, Global Sales
& Business Development
Vantage Point Solutions
dbrooks@vantagepoint.com
C: 469-555-0172""",
        {
            "name": "Daniel Brooks",
            "title": "SVP, Global Sales & Business Development",
            "company": "Vantage Point Solutions",
            "emails": ["dbrooks@vantagepoint.com"],
            "phones": {"+14695550172": "mobile"},
        },
    ),
    (
        "us-no-title-no-company",
        """Hannah Moore
hannah.moore@yahoo.com
555 Elm Street
Springfield, IL 62704""",
        {
            "name": "Hannah Moore",
            "title": None,
            "company": None,
            "emails": ["hannah.moore@yahoo.com"],
            "phones": {},
            "address": "555 Elm Street, Springfield, IL 62704",
        },
    ),
    (
        "us-mailto-and-trailing-dot",
        """Wesley Park
Product Designer
Fernway Design Studio
mailto:wes@fernway.design.
(213) 555-0188""",
        {
            "name": "Wesley Park",
            "title": "Product Designer",
            "company": "Fernway Design Studio",
            "emails": ["wes@fernway.design"],
            "phones": {"+12135550188": "work"},
        },
    ),
    (
        "us-particles",
        """Pieter van der Berg
Partner
Van der Berg & Associates
pieter@vdbassociates.com
Office: 212-555-0107""",
        {
            "name": "Pieter van der Berg",
            "family_name": "van der Berg",
            "title": "Partner",
            "company": "Van der Berg & Associates",
            "emails": ["pieter@vdbassociates.com"],
            "phones": {"+12125550107": "work"},
        },
    ),
    (
        "us-dr-prefix",
        """Dr. Alan Whitmore
Professor of Economics
Eastbrook University
awhitmore@eastbrook.edu
617.555.0136""",
        {
            "name": "Alan Whitmore",
            "given_name": "Alan",
            "family_name": "Whitmore",
            "title": "Professor of Economics",
            "company": "Eastbrook University",
            "emails": ["awhitmore@eastbrook.edu"],
            "phones": {"+16175550136": "work"},
        },
    ),
    (
        "us-sales-rep",
        """Summit Industrial Supply
Carlos Mendes
Sales Representative
cmendes@summitindustrial.com
P 303.555.0152
F 303.555.0153
M 720.555.0119
4500 Brighton Blvd
Denver, CO 80216""",
        {
            "name": "Carlos Mendes",
            "title": "Sales Representative",
            "company": "Summit Industrial Supply",
            "emails": ["cmendes@summitindustrial.com"],
            "phones": {"+13035550152": "work", "+13035550153": "fax", "+17205550119": "mobile"},
            "address": "4500 Brighton Blvd, Denver, CO 80216",
        },
    ),
    (
        "us-pipe-separated-contacts",
        """Ava Thompson
Talent Acquisition Partner
Pinecrest Holdings
ava.thompson@pinecrest.com | 214.555.0166 | pinecrest.com""",
        {
            "name": "Ava Thompson",
            "title": "Talent Acquisition Partner",
            "company": "Pinecrest Holdings",
            "emails": ["ava.thompson@pinecrest.com"],
            "phones": {"+12145550166": "work"},
            "websites": ["https://pinecrest.com"],
        },
    ),
    # --- United Kingdom
    (
        "uk-trunk-zero",
        """Oliver Hughes
Managing Director
Thamesbridge Consulting Ltd
+44 (0)20 7946 0958
oliver.hughes@thamesbridge.co.uk
www.thamesbridge.co.uk
12 Bishopsgate, London EC2N 4AJ""",
        {
            "name": "Oliver Hughes",
            "title": "Managing Director",
            "company": "Thamesbridge Consulting Ltd",
            "emails": ["oliver.hughes@thamesbridge.co.uk"],
            "phones": {"+442079460958": "work"},
            "websites": ["https://www.thamesbridge.co.uk"],
            "address": "12 Bishopsgate, London EC2N 4AJ",
            "region": "GB",
        },
    ),
    (
        "uk-national-numbers",
        """Amelia Clarke
Head of Marketing
Northgate Analytics PLC
T: 0161 496 0123
M: 07700 123456
amelia.clarke@northgate.co.uk
1 Spinningfields
Manchester M3 3AP
United Kingdom""",
        {
            "name": "Amelia Clarke",
            "title": "Head of Marketing",
            "company": "Northgate Analytics PLC",
            "emails": ["amelia.clarke@northgate.co.uk"],
            "phones": {"+441614960123": "work", "+447700123456": "mobile"},
            "address": "1 Spinningfields, Manchester M3 3AP, United Kingdom",
            "region": "GB",
        },
    ),
    (
        "uk-caps-name-mobile-label",
        """JAMES WHITFIELD
Senior Consultant
Whitfield & Crane LLP
Mob. +44 7812 345678
james@whitfieldcrane.com""",
        {
            "name": "James Whitfield",
            "title": "Senior Consultant",
            "company": "Whitfield & Crane LLP",
            "emails": ["james@whitfieldcrane.com"],
            "phones": {"+447812345678": "mobile"},
            "region": "GB",
        },
    ),
    # --- Germany
    (
        "de-gmbh",
        """Müller & Schmidt GmbH
Dr. Anna Schmidt
Geschäftsführerin
Musterstraße 12
10115 Berlin
Tel. +49 30 901820
Fax +49 30 901821
anna.schmidt@mueller-schmidt.de""",
        {
            "name": "Anna Schmidt",
            "family_name": "Schmidt",
            "title": "Geschäftsführerin",
            "company": "Müller & Schmidt GmbH",
            "emails": ["anna.schmidt@mueller-schmidt.de"],
            "phones": {"+4930901820": "work", "+4930901821": "fax"},
            "address": "Musterstraße 12, 10115 Berlin",
            "region": "DE",
        },
    ),
    (
        "de-national-numbers",
        """Lukas Weber
Software Architect
Bergmann Technologies AG
Leopoldstraße 45, 80802 München
Telefon 089 12345678
Mobil 0151 23456789
l.weber@bergmann-tech.de
www.bergmann-tech.de""",
        {
            "name": "Lukas Weber",
            "title": "Software Architect",
            "company": "Bergmann Technologies AG",
            "emails": ["l.weber@bergmann-tech.de"],
            "phones": {"+498912345678": "work", "+4915123456789": "mobile"},
            "websites": ["https://www.bergmann-tech.de"],
            "address": "Leopoldstraße 45, 80802 München",
            "region": "DE",
        },
    ),
    (
        "de-slash-separators",
        """Katrin Vogel
Projektleiterin
Hanse Logistik GmbH
Tel.: 040 / 3003 1234
k.vogel@hanse-logistik.de
Deutschland""",
        {
            "name": "Katrin Vogel",
            "title": "Projektleiterin",
            "company": "Hanse Logistik GmbH",
            "emails": ["k.vogel@hanse-logistik.de"],
            "phones": {"+494030031234": "work"},
            "region": "DE",
        },
    ),
    # --- France
    (
        "fr-sas",
        """Camille Laurent
Directrice Commerciale
Lumière Conseil SAS
12 rue de la Paix, 75002 Paris
Tél. +33 1 42 68 53 00
Port. +33 6 12 34 56 78
camille.laurent@lumiere-conseil.fr""",
        {
            "name": "Camille Laurent",
            "title": "Directrice Commerciale",
            "company": "Lumière Conseil SAS",
            "emails": ["camille.laurent@lumiere-conseil.fr"],
            "phones": {"+33142685300": "work", "+33612345678": "mobile"},
            "address": "12 rue de la Paix, 75002 Paris",
            "region": "FR",
        },
    ),
    (
        "fr-national",
        """Julien Moreau
Consultant
Provence Digital
04 91 12 34 56
julien@provence-digital.fr""",
        {
            "name": "Julien Moreau",
            "title": "Consultant",
            "company": "Provence Digital",
            "emails": ["julien@provence-digital.fr"],
            "phones": {"+33491123456": "work"},
            "region": "FR",
        },
    ),
    # --- Japan
    (
        "jp-pwc",
        """PwC Consulting LLC
Marunouchi Park Building,
2-6-1 Marunouchi, Chiyoda-ku,
Tokyo 100-6921, Japan
M: +81 (90) 6473 9826
F: +81 (3) 6250 1201
kiichi.murata@jp.pwc.com
Kiichi Murata
Director""",
        {
            "name": "Kiichi Murata",
            "title": "Director",
            "company": "PwC Consulting LLC",
            "emails": ["kiichi.murata@jp.pwc.com"],
            "phones": {"+819064739826": "mobile", "+81362501201": "fax"},
            "address": "Marunouchi Park Building, 2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6921, Japan",
            "region": "JP",
        },
    ),
    (
        "jp-micron",
        """Micron Inc.
CEO
Tomoaki Higurashi
TEL 03-6703-0000  FAX 03-6703-0011
Mobile 090-3242-4266
t.higurashi@micron-inc.co.jp""",
        {
            "name": "Tomoaki Higurashi",
            "given_name": "Tomoaki",
            "family_name": "Higurashi",
            "title": "CEO",
            "company": "Micron Inc.",
            "emails": ["t.higurashi@micron-inc.co.jp"],
            "phones": {"+81367030000": "work", "+81367030011": "fax", "+819032424266": "mobile"},
            "region": "JP",
        },
    ),
    (
        "jp-no-plus-country-code",
        """Asahi Sangyo Kaisha, Ltd.
Assistant Manager
Yasuo Saji
TEL 81-52-204-2601
FAX 81-52-204-2612
saji@ns.asahi-san.co.jp""",
        {
            "name": "Yasuo Saji",
            "title": "Assistant Manager",
            "company": "Asahi Sangyo Kaisha, Ltd.",
            "emails": ["saji@ns.asahi-san.co.jp"],
            "phones": {"+81522042601": "work", "+81522042612": "fax"},
            "region": "JP",
        },
    ),
    (
        "jp-name-only-in-japanese",
        """s.takeuchi@yamatakei.com
TEL 03-3669-4661
FAX 03-3669-4662
Tokyo, Japan""",
        {
            "name": None,
            "title": None,
            "company": None,
            "emails": ["s.takeuchi@yamatakei.com"],
            "phones": {"+81336694661": "work", "+81336694662": "fax"},
            "region": "JP",
        },
    ),
    (
        "jp-family-first-caps",
        """HIGURASHI Tomoaki
Representative Director
Sakura Trading Co., Ltd.
t.higurashi@sakura-trading.co.jp
Tel: +81-6-6345-1234""",
        {
            "name": "Higurashi Tomoaki",
            "given_name": "Tomoaki",
            "family_name": "Higurashi",
            "title": "Representative Director",
            "company": "Sakura Trading Co., Ltd.",
            "emails": ["t.higurashi@sakura-trading.co.jp"],
            "phones": {"+81663451234": "work"},
        },
    ),
    (
        "jp-short-email",
        """Naomasa Murota
muro@asbase.jp
TEL 03-5545-3801
FAX 03-5545-3802""",
        {
            "name": "Naomasa Murota",
            "title": None,
            "company": None,
            "emails": ["muro@asbase.jp"],
            "phones": {"+81355453801": "work", "+81355453802": "fax"},
            "region": "JP",
        },
    ),
    # --- Singapore
    (
        "sg-hp-label",
        """Tan Wei Ming
Regional Sales Manager
Lionsgate Engineering Pte Ltd
8 Marina View, #21-01
Singapore 018960
DID +65 6789 0123
HP +65 9123 4567
weiming.tan@lionsgate-eng.com.sg""",
        {
            "name": "Tan Wei Ming",
            "title": "Regional Sales Manager",
            "company": "Lionsgate Engineering Pte Ltd",
            "emails": ["weiming.tan@lionsgate-eng.com.sg"],
            "phones": {"+6567890123": "work", "+6591234567": "mobile"},
            "address": "8 Marina View, #21-01, Singapore 018960",
            "region": "SG",
        },
    ),
    (
        "sg-national",
        """Rachel Lim
Business Development Executive
Orchid Bay Pte. Ltd.
T 6123 4567
M 9123 4568
rachel@orchidbay.sg""",
        {
            "name": "Rachel Lim",
            "title": "Business Development Executive",
            "company": "Orchid Bay Pte. Ltd.",
            "emails": ["rachel@orchidbay.sg"],
            "phones": {"+6561234567": "work", "+6591234568": "mobile"},
            "region": "SG",
        },
    ),
    # --- Australia
    (
        "au-pty-ltd",
        """Liam O'Connor
Operations Manager
Southern Cross Freight Pty Ltd
Level 12, 1 Market Street
Sydney NSW 2000
Ph (02) 9374 4000
Mob 0412 345 678
liam.oconnor@scfreight.com.au""",
        {
            "name": "Liam O'Connor",
            "title": "Operations Manager",
            "company": "Southern Cross Freight Pty Ltd",
            "emails": ["liam.oconnor@scfreight.com.au"],
            "phones": {"+61293744000": "work", "+61412345678": "mobile"},
            "address": "Level 12, 1 Market Street, Sydney NSW 2000",
            "region": "AU",
        },
    ),
    (
        "au-melbourne-no-tld",
        """Chloe Nguyen
UX Designer
Wattle Creative
chloe@wattlecreative.com
03 9654 1234
Melbourne VIC 3000, Australia""",
        {
            "name": "Chloe Nguyen",
            "title": "UX Designer",
            "company": "Wattle Creative",
            "emails": ["chloe@wattlecreative.com"],
            "phones": {"+61396541234": "work"},
            "address": "Melbourne VIC 3000, Australia",
            "region": "AU",
        },
    ),
    # --- Canada
    (
        "ca-toronto",
        """Ethan Tremblay
Financial Analyst
Maple Leaf Capital Corp.
100 King St W, Suite 5600
Toronto, ON M5X 1C9
Tel: 416-555-0199
ethan.tremblay@mapleleafcapital.ca""",
        {
            "name": "Ethan Tremblay",
            "title": "Financial Analyst",
            "company": "Maple Leaf Capital Corp.",
            "emails": ["ethan.tremblay@mapleleafcapital.ca"],
            "phones": {"+14165550199": "work"},
            "address": "100 King St W, Suite 5600, Toronto, ON M5X 1C9",
            "region": "CA",
        },
    ),
    (
        "ca-montreal-bilingual",
        """Sophie Gagnon
Chargée de projet / Project Coordinator
Boréal Solutions Inc.
T 514 555-0177
sgagnon@borealsolutions.ca""",
        {
            "name": "Sophie Gagnon",
            "company": "Boréal Solutions Inc.",
            "emails": ["sgagnon@borealsolutions.ca"],
            "phones": {"+15145550177": "work"},
        },
    ),
    # --- India
    (
        "in-mumbai",
        """Rahul Sharma
Senior Manager - Finance
Indus Valley Technologies Pvt. Ltd.
Nariman Point, Mumbai 400021, India
Tel: +91 22 2288 1234
Mobile: +91 98765 43210
rahul.sharma@indusvalleytech.in""",
        {
            "name": "Rahul Sharma",
            "title": "Senior Manager - Finance",
            "company": "Indus Valley Technologies Pvt. Ltd.",
            "emails": ["rahul.sharma@indusvalleytech.in"],
            "phones": {"+912222881234": "work", "+919876543210": "mobile"},
            "region": "IN",
        },
    ),
    (
        "in-bengaluru-national",
        """Ananya Iyer
Data Scientist
Lotus Analytics
ananya.iyer@lotusanalytics.co.in
M 98765 43211
Bengaluru 560001""",
        {
            "name": "Ananya Iyer",
            "title": "Data Scientist",
            "company": "Lotus Analytics",
            "emails": ["ananya.iyer@lotusanalytics.co.in"],
            "phones": {"+919876543211": "mobile"},
            "region": "IN",
        },
    ),
    # --- more US layouts and label styles
    (
        "us-labels-after-colon-spaces",
        """Benjamin Carter
Vice President, Operations
Ironclad Manufacturing Corporation
Phone : 248 555 0113
Fax : 248 555 0114
bcarter@ironcladmfg.com""",
        {
            "name": "Benjamin Carter",
            "title": "Vice President, Operations",
            "company": "Ironclad Manufacturing Corporation",
            "emails": ["bcarter@ironcladmfg.com"],
            "phones": {"+12485550113": "work", "+12485550114": "fax"},
        },
    ),
    (
        "us-icons-as-junk",
        """Natalie Brooks
Event Planner
Silver Lining Events
& 702 555 0124
@ natalie@silverliningevents.com
\\ silverliningevents.com""",
        {
            "name": "Natalie Brooks",
            "title": "Event Planner",
            "company": "Silver Lining Events",
            "emails": ["natalie@silverliningevents.com"],
            "phones": {"+17025550124": "work"},
            "websites": ["https://silverliningevents.com"],
        },
    ),
    (
        "us-company-on-top-caps-title",
        """ATLAS ARCHITECTS
JORDAN LEE, AIA
PRINCIPAL ARCHITECT
jlee@atlasarchitects.com
T 971 555 0103""",
        {
            "name": "Jordan Lee",
            "title": "Principal Architect",
            "company": "Atlas Architects",
            "emails": ["jlee@atlasarchitects.com"],
            "phones": {"+19715550103": "work"},
        },
    ),
    (
        "us-cpa",
        """Michelle Ortiz, CPA
Tax Manager
Ortiz & Vance Accounting
mortiz@ortizvance.com
(480) 555-0138 ext 12""",
        {
            "name": "Michelle Ortiz",
            "title": "Tax Manager",
            "company": "Ortiz & Vance Accounting",
            "emails": ["mortiz@ortizvance.com"],
            "phones": {"+14805550138": "work"},
        },
    ),
    (
        "us-title-before-name",
        """Bayside Dental Studio
Dentist
Dr. Lisa Park
2100 Bay Street
San Francisco, CA 94123
415-555-0120
lisa@baysidedental.com""",
        {
            "name": "Lisa Park",
            "title": "Dentist",
            "company": "Bayside Dental Studio",
            "emails": ["lisa@baysidedental.com"],
            "phones": {"+14155550120": "work"},
            "address": "2100 Bay Street, San Francisco, CA 94123",
        },
    ),
    (
        "us-coordinator-web-label",
        """Isabella Rossi
Program Coordinator
Hudson Valley Foundation
Web: www.hudsonvalleyfdn.org
irossi@hudsonvalleyfdn.org
Tel 845-555-0181""",
        {
            "name": "Isabella Rossi",
            "title": "Program Coordinator",
            "company": "Hudson Valley Foundation",
            "emails": ["irossi@hudsonvalleyfdn.org"],
            "phones": {"+18455550181": "work"},
            "websites": ["https://www.hudsonvalleyfdn.org"],
        },
    ),
    (
        "us-three-word-name",
        """Mary Ellen Walsh
Broker
Coastal Realty Partners
mewalsh@coastalrealty.com
Cell 843 555 0159""",
        {
            "name": "Mary Ellen Walsh",
            "title": "Broker",
            "company": "Coastal Realty Partners",
            "emails": ["mewalsh@coastalrealty.com"],
            "phones": {"+18435550159": "mobile"},
        },
    ),
    (
        "us-co-founder-cto",
        """Hexagon Labs
Priyanka Desai
Co-Founder & CTO
priyanka@hexagonlabs.dev
hexagonlabs.dev""",
        {
            "name": "Priyanka Desai",
            "title": "Co-Founder & CTO",
            "company": "Hexagon Labs",
            "emails": ["priyanka@hexagonlabs.dev"],
            "phones": {},
            "websites": ["https://hexagonlabs.dev"],
        },
    ),
    (
        "us-company-matches-domain-no-suffix",
        """Brian Foster
Specialist
Tidewater
brian.foster@tidewater.com
757 555 0102""",
        {
            "name": "Brian Foster",
            "title": "Specialist",
            "company": "Tidewater",
            "emails": ["brian.foster@tidewater.com"],
            "phones": {"+17575550102": "work"},
        },
    ),
    (
        "us-mobile-explicit-region-arg",
        """Noah Wilson
noah@wilsonphoto.com
M 0412 345 679""",
        {
            "name": "Noah Wilson",
            "emails": ["noah@wilsonphoto.com"],
            "phones": {"+61412345679": "mobile"},
            "region": "AU",
            "_region_arg": "AU",
        },
    ),
    (
        "us-po-box",
        """Evergreen Tree Service
Josh Miller
Arborist
PO Box 1432
Bend, OR 97709
541-555-0193
josh@evergreentree.com""",
        {
            "name": "Josh Miller",
            "title": "Arborist",
            "company": "Evergreen Tree Service",
            "emails": ["josh@evergreentree.com"],
            "phones": {"+15415550193": "work"},
            "address": "PO Box 1432, Bend, OR 97709",
        },
    ),
    (
        "us-dot-separated-labels",
        """Victoria Hale
Executive Director
Riverside Arts Council
o. 608.555.0176
m. 608.555.0177
victoria@riversidearts.org""",
        {
            "name": "Victoria Hale",
            "title": "Executive Director",
            "company": "Riverside Arts Council",
            "emails": ["victoria@riversidearts.org"],
            "phones": {"+16085550176": "work", "+16085550177": "mobile"},
        },
    ),
    (
        "us-hyphenated-name",
        """Anne-Marie Dubois
Software Engineer II
Cloudline Systems Inc
anne-marie.dubois@cloudline.io
+1 (425) 555-0109""",
        {
            "name": "Anne-Marie Dubois",
            "company": "Cloudline Systems Inc",
            "emails": ["anne-marie.dubois@cloudline.io"],
            "phones": {"+14255550109": "work"},
        },
    ),
    (
        "us-hash-extension",
        """Frank Delgado
Service Advisor
Sunset Auto Group
Tel 909 555 0170 #204
fdelgado@sunsetautogroup.com""",
        {
            "name": "Frank Delgado",
            "title": "Service Advisor",
            "company": "Sunset Auto Group",
            "emails": ["fdelgado@sunsetautogroup.com"],
            "phones": {"+19095550170": "work"},
        },
    ),
    (
        "us-cto-bare-domain-lower-label",
        """Jonathan Reyes
Chief Technology Officer
Brightline
jreyes@brightline.io
m 415 555 0190
brightline.io""",
        {
            "name": "Jonathan Reyes",
            "title": "Chief Technology Officer",
            "company": "Brightline",
            "emails": ["jreyes@brightline.io"],
            "phones": {"+14155550190": "mobile"},
            "websites": ["https://brightline.io"],
        },
    ),
    (
        "us-caps-company-ampersand-domain",
        """HARBOR & PINE
Emma Collins
Interior Designer
emma@harborandpine.com""",
        {
            "name": "Emma Collins",
            "title": "Interior Designer",
            "company": "Harbor & Pine",
            "emails": ["emma@harborandpine.com"],
            "phones": {},
        },
    ),
    (
        "us-freemail-name-only",
        """Kevin Smith
kevin.smith@gmail.com""",
        {"name": "Kevin Smith", "title": None, "company": None, "emails": ["kevin.smith@gmail.com"]},
    ),
    (
        "us-fax-before-phone",
        """Sophia Martinez
Assistant Vice President
First National Bank
Fax 305-555-0110
Phone 305-555-0111
Email sophia.martinez@fnb.com""",
        {
            "name": "Sophia Martinez",
            "title": "Assistant Vice President",
            "company": "First National Bank",
            "emails": ["sophia.martinez@fnb.com"],
            "phones": {"+13055550110": "fax", "+13055550111": "work"},
        },
    ),
    (
        "us-title-and-company-one-line",
        """www.acme-legal.com | jane.smith@acme-legal.com
Jane Smith
Partner, Acme Legal LLP""",
        {
            "name": "Jane Smith",
            "title": "Partner",
            "company": "Acme Legal LLP",
            "emails": ["jane.smith@acme-legal.com"],
            "websites": ["https://www.acme-legal.com"],
        },
    ),
    (
        "us-label-line-above-number",
        """Omar Haddad
Field Engineer
Crestline Energy Services
Mobile
+1 832 555 0147
omar.haddad@crestline-energy.com""",
        {
            "name": "Omar Haddad",
            "title": "Field Engineer",
            "company": "Crestline Energy Services",
            "phones": {"+18325550147": "mobile"},
        },
    ),
    (
        "us-label-after-number",
        """Grace Liu
Realtor
Golden Gate Realty
415-555-0166 (cell)
grace@goldengaterealty.com""",
        {
            "name": "Grace Liu",
            "title": "Realtor",
            "company": "Golden Gate Realty",
            "phones": {"+14155550166": "mobile"},
        },
    ),
    (
        "uk-address-label",
        """A: 221B Baker Street, London NW1 6XE
Sherlock Holmes
Consulting Detective
sherlock@bakerstreet.co.uk""",
        {
            "name": "Sherlock Holmes",
            "title": "Consulting Detective",
            "company": None,
            "address": "221B Baker Street, London NW1 6XE",
            "region": "GB",
        },
    ),
    (
        "jp-national-address",
        """Kenji Watanabe
Sales Manager
Tokyo Electron Devices Ltd.
1-2-3 Shinjuku, Shinjuku-ku
Tokyo 160-0022
T: 03-5321-1111
M: 090-1234-5678
k-watanabe@ted.co.jp""",
        {
            "name": "Kenji Watanabe",
            "title": "Sales Manager",
            "company": "Tokyo Electron Devices Ltd.",
            "emails": ["k-watanabe@ted.co.jp"],
            "phones": {"+81353211111": "work", "+819012345678": "mobile"},
            "address": "1-2-3 Shinjuku, Shinjuku-ku, Tokyo 160-0022",
            "region": "JP",
        },
    ),
    (
        "jp-tel-fax-one-number",
        """Micron Inc.
Tel/Fax: 03-6703-0000
info@micron-inc.co.jp""",
        {"name": None, "company": "Micron Inc.", "phones": {"+81367030000": "work"}},
    ),
    (
        "jp-university",
        """Dr. Kenji Tanaka
Professor
University of Tokyo
tanaka@phys.s.u-tokyo.ac.jp
+81-3-5841-4215""",
        {
            "name": "Kenji Tanaka",
            "title": "Professor",
            "company": "University of Tokyo",
            "phones": {"+81358414215": "work"},
        },
    ),
    (
        "fr-sarl-hyphen-name",
        """Marie-Claire Fontaine
Responsable Marketing
Atelier Fontaine SARL
marie-claire@atelierfontaine.fr
06 12 34 56 79""",
        {
            "name": "Marie-Claire Fontaine",
            "title": "Responsable Marketing",
            "company": "Atelier Fontaine SARL",
            "phones": {"+33612345679": "mobile"},
            "region": "FR",
        },
    ),
    (
        "de-str-abbreviation",
        """Peter Müller
Leiter Vertrieb
Hansa Maschinenbau GmbH
Industriestr. 5
20095 Hamburg
Tel. 040 3003 1235
Mobil 0170 1234567
peter.mueller@hansa-mb.de""",
        {
            "name": "Peter Müller",
            "title": "Leiter Vertrieb",
            "company": "Hansa Maschinenbau GmbH",
            "phones": {"+494030031235": "work", "+491701234567": "mobile"},
            "address": "Industriestr. 5, 20095 Hamburg",
            "region": "DE",
        },
    ),
    (
        "us-all-caps-card",
        """COBALT RIDGE
PRIYA PATEL
VP OF TALENT ACQUISITION
& EMPLOYER BRAND
ppatel@cobaltridge.com
T 212 736 2000""",
        {
            "name": "Priya Patel",
            "title": "VP of Talent Acquisition & Employer Brand",
            "company": "Cobalt Ridge",
            "phones": {"+12127362000": "work"},
        },
    ),
]

SLIPS: list[Case] = [
    (
        "slip-kiichi-real-ocr",
        """PwC Consulting LLC
Marunouchi Park Building,
2-6-1 Marunouchi, Chiyoda-ku, -
Tokyo 100-6921, Japan
M: +81 (90) 6473 9826
F: +81 (3) 6250 1201
kiichi.murata@jp.pwe.com
_ Kiichi Murata
Director : ;""",
        {
            "name": "Kiichi Murata",
            "title": "Director",
            "company": "PwC Consulting LLC",
            "emails": ["kiichi.murata@jp.pwc.com"],
            "phones": {"+819064739826": "mobile", "+81362501201": "fax"},
            "address": "Marunouchi Park Building, 2-6-1 Marunouchi, Chiyoda-ku, Tokyo 100-6921, Japan",
        },
    ),
    (
        "slip-o-for-zero",
        """Marcus Bell
Brightwater Technologies, Inc.
T 212 555 O1OO
marcus.bell@brightwatertech.com""",
        {"name": "Marcus Bell", "phones": {"+12125550100": "work"}},
    ),
    (
        "slip-l-for-one",
        """Sarah Goldberg
Chief Operating Officer
Tel 2l5.555.Ol17
sgoldberg@meridianhealth.org""",
        {"phones": {"+12155550117": "work"}, "title": "Chief Operating Officer"},
    ),
    (
        "slip-copyright-at",
        """Oliver Hughes
Thamesbridge Consulting Ltd
oliver.hughes©thamesbridge.co.uk
+44 20 7946 0958""",
        {"emails": ["oliver.hughes@thamesbridge.co.uk"], "phones": {"+442079460958": "work"}},
    ),
    (
        "slip-spaces-around-at",
        """Priya Patel
Cobalt Ridge Capital
ppatel @ cobaltridge . com
212-736-2000""",
        {"emails": ["ppatel@cobaltridge.com"], "company": "Cobalt Ridge Capital"},
    ),
    (
        "slip-at-in-parens",
        """Grace Kim
grace.kim(at)kimdesign(dot)com""",
        {"emails": ["grace.kim@kimdesign.com"], "name": "Grace Kim"},
    ),
    (
        "slip-lost-dot",
        """Nadia Okafor
Lumenvale Labs
nadia@lumenvale com""",
        {"emails": ["nadia@lumenvale.com"]},
    ),
    (
        "slip-capital-i-for-l",
        """Lena Whitfield
Partner
Whitfield & Crane LLP
Iwhitfield@whitfieldcrane.com""",
        {"emails": ["lwhitfield@whitfieldcrane.com"], "name": "Lena Whitfield"},
    ),
    (
        "slip-www-spaces",
        """Cobalt Ridge Capital
www cobaltridge com""",
        {"websites": ["https://www.cobaltridge.com"], "company": "Cobalt Ridge Capital", "name": None},
    ),
    (
        "slip-junk-lines",
        """|
Tomoaki Higurashi
: ;
CEO _
@®™
Micron Inc.
t.higurashi@micron-inc.co.jp
T 03-6703-0000""",
        {
            "name": "Tomoaki Higurashi",
            "title": "CEO",
            "company": "Micron Inc.",
            "phones": {"+81367030000": "work"},
        },
    ),
    (
        "slip-invalid-phone-warns",
        """Tom Becker
Phone 555 0199
tom@beckerco.com""",
        {"phones": {}, "_warning": "555 0199"},
    ),
    (
        "slip-caps-email-label",
        """EMAIL: JSMITH@ACMEWIDGETS.COM
John Smith
Acme Widgets Inc.""",
        {"emails": ["jsmith@acmewidgets.com"], "name": "John Smith", "company": "Acme Widgets Inc."},
    ),
    (
        "slip-icon-chars-before-phone",
        """Natalie Brooks
Silver Lining Events
¢ 702 555 0124
% 702 555 0125
natalie@silverliningevents.com""",
        {"phones": {"+17025550124": "work", "+17025550125": "mobile"}},
    ),
    (
        "slip-comma-in-domain",
        """Ethan Tremblay
ethan.tremblay@mapleleafcapital,ca""",
        {"emails": ["ethan.tremblay@mapleleafcapital.ca"], "region": "CA"},
    ),
    (
        "real-ocr-r2-logo-noise",
        """PwC Consulting LLC
Marunouchi Park Building,
2-6-1 Marunouchi, Chiyoda-ku,
Tokyo 100-6921, Japan
M: +81 (90) 6473 9826
F: +81 (3) 6250 1201
kiichi.murata@jp.pwc.com
4 ‘ . ‘
ort VC _ Kiichi Murata
ae Director""",
        {
            "name": "Kiichi Murata",
            "title": "Director",
            "company": "PwC Consulting LLC",
            "phones": {"+819064739826": "mobile", "+81362501201": "fax"},
        },
    ),
    (
        "real-ocr-r10-japanese-script",
        """URL: www.yamatakei.com
wh ERR AB HE
Email: s. takeuchi @ yamatakei. com
A Ht: RRABPRE GB RBAWF 2-21-11 T103-0013
TEL 03-3669-4661 FAX 03-3669-4662""",
        {
            "name": None,
            "title": None,
            "company": None,
            "emails": ["s.takeuchi@yamatakei.com"],
            "phones": {"+81336694661": "work", "+81336694662": "fax"},
            "region": "JP",
        },
    ),
    (
        "real-ocr-r24-garbled-logo",
        """AsbDase
IT Managew-r*, ©ider
http://www.asbase.jp
22000073
ARAB RR
2H BE
Naomasa Murota
muro@asbase.jp""",
        {"name": "Naomasa Murota", "emails": ["muro@asbase.jp"], "company": None},
    ),
    (
        "real-ocr-r29-caps-two-columns",
        """SO. ASAHI
YASUO SAJI
ASSISTANT MANAGER
NONFERROUS METAL & PIGMENT DIV
ASAHI SANGYO KAISHA, LTD.
1-19-25, NISHIKI,NAKA-KU, TEL: 81-52-204-2601
NAGOYA,AICHI,460-0003, JAPAN FAX: 81-52-204-2612
U RL: http://www.asahi-san.co,jp E-mail: saji@ns.asahi-san.co.jp""",
        {
            "name": "Yasuo Saji",
            "title": "Assistant Manager",
            "company": "Asahi Sangyo Kaisha, Ltd.",
            "emails": ["saji@ns.asahi-san.co.jp"],
            "websites": ["https://www.asahi-san.co.jp"],
            "phones": {"+81522042601": "work", "+81522042612": "fax"},
        },
    ),
    (
        "slip-email-split-across-lines",
        """Adrian Volkov
Head of Product
Tel: +1 (628) 555 0150 x204
adrian.volkov@
northbeam.ai""",
        {"emails": ["adrian.volkov@northbeam.ai"], "websites": [], "phones": {"+16285550150": "work"}},
    ),
]
