# ruff: noqa: E501
"""Realistic OCR output of business cards -> expected contact fields, for tests/test_parse_ocr.py.

GENERATED: the text that the real pipeline (`ocr.read_card`) read from photos made by `bench.synth.make_photo`
(seeds 4000000+, never the benchmark's seed 1), tiers scan / photo / hard; `expected` is the generator's truth,
limited to the fields a careful human could recover from that text (a name word one or two letters off is
kept only where the card's email spells it; a number only where all its digits were read).
HAND: short cards written to the noise patterns seen in real OCR output (icons read as `0`/`6`/`¢`/`™`,
labels glued to emails, `|`/`l`/`I` confusions, logo letters after a name, national numbers whose country
only the address or the digit grouping tells, `+` read as `4`, a lost underscore or doubled dot).

Each case is (id, text, expected); `expected` lists only the fields it checks: `name`, `email` (the first
address, compared case-insensitively), `phones` (E.164 -> kind; all must be found, kinds not judged),
`title`, `company` (compared loosely), `region`.
"""

from __future__ import annotations

from typing import Any

Case = tuple[str, str, dict[str, Any]]

GENERATED: list[Case] = [
    (
        "scan-4000000",
        """Beaconvale Logistics, Ltd.
Zhiwei Zhang
Account Executive
T | 1-514-992-1168 Fax. | 514-992-1195
E-mail | zzhang@beaconvale-logistics.ca""",
        {
            "email": "zzhang@beaconvale-logistics.ca",
            "name": "Zhiwei Zhang",
            "phones": {"+15149921168": "work", "+15149921195": "fax"},
            "title": "Account Executive",
            "company": "Beaconvale Logistics, Ltd.",
        },
    ),
    (
        "scan-4000001",
        """Megan Smith
CEO
TEL: 020 3850 3424
Mobile: 07439 564119
Fax: 020 3850 3452
Email: megan.smith@pioneerbridge.com
4th Floor, 329 Station Road
London EC2V 2PH
Pioneerbridge Ltd.""",
        {
            "email": "megan.smith@pioneerbridge.com",
            "name": "Megan Smith",
            "phones": {"+442038503424": "work", "+447439564119": "mobile", "+442038503452": "fax"},
            "title": "CEO",
            "company": "Pioneerbridge Ltd.",
        },
    ),
    (
        "scan-4000002",
        """Li Na Chen
VP of Talent Acquisition
Northwave Studio Pty. Ltd.
Mob. | 0404 258 906
E | Ilchen@northwave.com.au
W | northwave.com.au
Level 39, 304 Park Place, Brisbane QLD 4000""",
        {
            "email": "lchen@northwave.com.au",
            "name": "Li Na Chen",
            "phones": {"+61404258906": "mobile"},
            "title": "VP of Talent Acquisition",
            "company": "Northwave Studio Pty. Ltd.",
        },
    ),
    (
        "scan-4000003",
        """Antoine Dubois
Vice President, Marketing
Vertex Networks S.A.S.
+33 (0)1 57 46 24 02
antoine.dubois@vertex.fr
34 boulevard des Lilas
75006 Paris
France""",
        {
            "email": "antoine.dubois@vertex.fr",
            "name": "Antoine Dubois",
            "phones": {"+33157462402": "work"},
            "title": "Vice President, Marketing",
            "company": "Vertex Networks S.A.S.",
        },
    ),
    (
        "scan-4000004",
        """Meridianridge Energy SA
SARAH MORGAN
Managing Director
Phone: 01.83.82.65.09
MOBILE: 06 32 29 78 91
F: 01 83 82 65 56
E-mail: s.morgan@meridianridgeenergy.fr
meridianridgeenergy.fr
57 boulevard de la Paix
75085 Paris
France""",
        {
            "email": "s.morgan@meridianridgeenergy.fr",
            "name": "SARAH MORGAN",
            "phones": {"+33183826509": "work", "+33632297891": "mobile", "+33183826556": "fax"},
            "title": "Managing Director",
            "company": "Meridianridge Energy SA",
        },
    ),
    (
        "scan-4000005",
        """Quartzline Software Pty. Ltd.
Jei-Hua Lim
Tel +61 3 8669 2444
FAX +61 (0)3 8669 2411
Email m.lim@quartzline.com.au
W www.quartzline.com.au
Level 15, 77 Station Street, Melbourne VIC 3000""",
        {
            "email": "m.lim@quartzline.com.au",
            "phones": {"+61386692444": "work", "+61386692411": "fax"},
            "title": None,
            "company": "Quartzline Software Pty. Ltd.",
        },
    ),
    (
        "scan-4000006",
        """Nathan Clarke
Partner
Office +49 69 95068102
M 0160 84443745
.
lrongate Holdings AG
nathan_clarke@irongate.de
g
g
Mapleweg 140, 60818 Frankfurt am Main, Germany""",
        {
            "email": "nathan_clarke@irongate.de",
            "name": "Nathan Clarke",
            "phones": {"+496995068102": "work", "+4916084443745": "mobile"},
            "title": "Partner",
        },
    ),
    (
        "scan-4000007",
        """LAKSHMI RAO
General Manager
BRIGHT ANALYTICS PTE LTD
QO 9734 0464
™ Lrao@brightanalytics.com.sg
® www brightanalytics.com.sg
% 46 Robinson Road, #38-06
Singapore 080250""",
        {
            "name": "LAKSHMI RAO",
            "phones": {"+6597340464": "mobile"},
            "title": "General Manager",
            "company": "BRIGHT ANALYTICS PTE LTD",
        },
    ),
    (
        "scan-4000008",
        """Quartzwind Robotics Pte Ltd
Tel +65-6343-7746
E office@quartzwind.sg
23 Anson Road, #20-12
Singapore 095140""",
        {
            "email": "office@quartzwind.sg",
            "name": None,
            "phones": {"+6563437746": "work"},
            "title": None,
            "company": "Quartzwind Robotics Pte Ltd",
        },
    ),
    (
        "scan-4000009",
        """Jun Wong
Software Engineer
Northstone Analytics LLC
Tel. 415-971-4604
Cell. (361) 404-8478
E. junw@northstone.co
W. https://northstone.co""",
        {
            "email": "junw@northstone.co",
            "name": "Jun Wong",
            "phones": {"+14159714604": "work", "+13614048478": "mobile"},
            "title": "Software Engineer",
            "company": "Northstone Analytics LLC",
        },
    ),
    (
        "scan-4000010",
        """Orchid Robotics GmbH
ua
Matthew H. Thompson
Lt |
Technical Lead
Phone: +49 (0)30 33520573 + Mobile: 01515 3623223
matthewt@orchidrobotics.de
Millallee 131
10546 Berlin""",
        {
            "email": "matthewt@orchidrobotics.de",
            "name": "Matthew H. Thompson",
            "phones": {"+493033520573": "work", "+4915153623223": "mobile"},
            "title": "Technical Lead",
            "company": "Orchid Robotics GmbH",
        },
    ),
    (
        "scan-4000011",
        """Rebecca Wang
Founder & CEO
Coral & Horizon Pte Ltd
P 6054 0755
rebecca.wang @silverbridge.com.sg
12 Anson Road, #40-03
Singapore 069681""",
        {
            "email": "rebecca.wang@silverbridge.com.sg",
            "name": "Rebecca Wang",
            "phones": {"+6560540755": "work"},
            "title": "Founder & CEO",
            "company": "Coral & Horizon Pte Ltd",
        },
    ),
    (
        "scan-4000012",
        """David O'Brien
Principal Architect
Beaconvale Capital GmbH
¢ +49 30 26232087
0 +49 (0)160 87240963
™ david_obrien@beaconvale.com""",
        {
            "email": "david_obrien@beaconvale.com",
            "name": "David O'Brien",
            "phones": {"+493026232087": "work", "+4916087240963": "mobile"},
            "title": "Principal Architect",
            "company": "Beaconvale Capital GmbH",
        },
    ),
    (
        "scan-4000013",
        """PIONEERLINE STUDIO, INC.
Yumiko Yamamoto
Mobile | +81 70 9920 3235
Email | yumiko.yamamoto@pioneerline.co.jp
www.pioneerline.co.jp""",
        {
            "email": "yumiko.yamamoto@pioneerline.co.jp",
            "name": "Yumiko Yamamoto",
            "phones": {"+817099203235": "mobile"},
            "title": None,
            "company": "PIONEERLINE STUDIO, INC.",
        },
    ),
    (
        "scan-4000014",
        """Antoine Rousseau
Senior Consultant
Harborfield Ventures SARL
M +33 745 73 8115
Ww
antoine.rousseau@jp.harborfield.com
105 boulevard Victor Hugo
69000 Lyon
France""",
        {
            "email": "antoine.rousseau@jp.harborfield.com",
            "name": "Antoine Rousseau",
            "phones": {"+33745738115": "mobile"},
            "title": "Senior Consultant",
            "company": "Harborfield Ventures SARL",
        },
    ),
    (
        "scan-4000015",
        """Meridian Solutions Ltd.
Antoine Lefévre-Mercier
Recruiter
(273) 318-7198
alefevremercier@meridiansolutions.ca""",
        {
            "email": "alefevremercier@meridiansolutions.ca",
            "name": "Antoine Lefèvre-Mercier",
            "phones": {"+12733187198": "work"},
            "title": "Recruiter",
            "company": "Meridian Solutions Ltd.",
        },
    ),
    (
        "scan-4000016",
        """Beaconvale Engineering GmbH & Co. KG
Nadia Reyes
Managing Director
Cell: +49 170 64917861
Phone: 069 932833480
E: nadia.reyes@beaconvale.com
Mainplatz 67
60274 Frankfurt am Main
Germany""",
        {
            "email": "nadia.reyes@beaconvale.com",
            "name": "Nadia Reyes",
            "phones": {"+4917064917861": "mobile", "+4969932833480": "work"},
            "title": "Managing Director",
            "company": "Beaconvale Engineering GmbH & Co. KG",
        },
    ),
    (
        "scan-4000017",
        """Quartzvale Media
Jian Teo
Principal Architect
Office | +1 206 945 0951
Mail | jian_teo@us.quartzvale.com
W | www.quartzvale.com
164 Hill Street, Floor 20, Seattle, WA 98116""",
        {
            "email": "jian_teo@us.quartzvale.com",
            "name": "Jian Teo",
            "phones": {"+12069450951": "work"},
            "title": "Principal Architect",
            "company": "Quartzvale Media",
        },
    ),
    (
        "scan-4000018",
        """Kiichi Murata
Independent Consultant
M: +81 (80) 2121 4476
k.murata@ hotmail.com""",
        {
            "email": "k.murata@hotmail.com",
            "name": "Kiichi Murata",
            "phones": {"+818021214476": "mobile"},
            "title": "Independent Consultant",
            "company": None,
        },
    ),
    (
        "scan-4000019",
        """]
Siddharth Chatterjee
Photographer
SC |
[
088589 76525
siddharth.chatterjee79@yahoo.com""",
        {
            "email": "siddharth.chatterjee79@yahoo.com",
            "name": "Siddharth Chatterjee",
            "phones": {"+918858976525": "mobile"},
            "title": "Photographer",
            "company": None,
        },
    ),
    (
        "scan-4000020",
        """Sarah Liu
Research Scientist
Tel. 6352 1751
.
.
Cell +65 8772 9196
Kestrelbridge Robotics Pte Ltd
Mail sarah.iu@kestrelbridge.com.sg
2 Anson Road, #11-05, Singapore 016130
www. kestrelbridge.com.sg""",
        {
            "name": "Sarah Liu",
            "phones": {"+6563521751": "work", "+6587729196": "mobile"},
            "title": "Research Scientist",
            "company": "Kestrelbridge Robotics Pte Ltd",
        },
    ),
    (
        "scan-4000021",
        """Kiichi Ito
Data Scientist
Aurora Technologies, Inc.
¢ +81-52-411-6306
QO +81 (70) 4741 7639
FAX | 052-411-6332
BM kiichi.ito@us.auroratechnologies.com
® www.auroratechnologies.com
% Sumitomo Bldg. 5F, 9-12-19 Sakae, Shibuya-ku
Nagoya 465-7793
Japan""",
        {
            "email": "kiichi.ito@us.auroratechnologies.com",
            "name": "Kiichi Ito",
            "phones": {"+81524116306": "work", "+817047417639": "mobile", "+81524116332": "fax"},
            "title": "Data Scientist",
            "company": "Aurora Technologies, Inc.",
        },
    ),
    (
        "scan-4000022",
        """Victor Johnson
Founder & CEO
Orchid Group LLP
475 Park Street
London EC2V 8EV
United Kingdom
Office. 020 3274 0468
C. 07332 282689
Mail. victorj@orchid-group.com
Web. https://orchid-group.com""",
        {
            "email": "victorj@orchid-group.com",
            "name": "Victor Johnson",
            "phones": {"+442032740468": "work", "+447332282689": "mobile"},
            "title": "Founder & CEO",
            "company": "Orchid Group LLP",
        },
    ),
    (
        "scan-4000023",
        """Ananya Chatterjee
Founder & CEO
Cedar & Kestrel, Ltd.
O. +91 11 2200 6169
Mob. 088837 30036
Mail. ananyac@kestrel.co.in
4th Floor, Prestige Tower
Nariman Point, New Delhi, Delhi 110 027
oN
CK |
ay,""",
        {
            "email": "ananyac@kestrel.co.in",
            "name": "Ananya Chatterjee",
            "phones": {"+911122006169": "work", "+918883730036": "mobile"},
            "title": "Founder & CEO",
            "company": "Cedar & Kestrel, Ltd.",
        },
    ),
    (
        "scan-4000024",
        """Rohan Venkataraman
Project Manager
Ironstone Ltd.
Direct +91 22 7347 0104 | M098805 27707
Fax +91 22 7347 0189
r.venkataraman@ironstone.com
https://ironstone.com
_.
ay,""",
        {
            "email": "r.venkataraman@ironstone.com",
            "name": "Rohan Venkataraman",
            "phones": {"+912273470104": "work", "+919880527707": "mobile", "+912273470189": "fax"},
            "title": "Project Manager",
            "company": "Ironstone Ltd.",
        },
    ),
    (
        "scan-4000025",
        """Coral & Horizon LLC
Hui Zhang
Managing Director
Tel (512) 688-9004
Mobile +1 743 881 2115
Email hui.zhang@coralhorizon.com
Web coralhorizon.com
464 Main Ave., Suite 1101
Austin, TX 78727
USA""",
        {
            "email": "hui.zhang@coralhorizon.com",
            "name": "Hui Zhang",
            "phones": {"+15126889004": "work", "+17438812115": "mobile"},
            "title": "Managing Director",
            "company": "Coral & Horizon LLC",
        },
    ),
    (
        "scan-4000026",
        """Daniel Williams
Senior Software Engineer
Atlasline Holdings
i 444 7953 451115
@ 414 Elm Street, Bristol BS1 2EV
M daniel.williams@atlasline.com""",
        {
            "email": "daniel.williams@atlasline.com",
            "name": "Daniel Williams",
            "phones": {"+447953451115": "mobile"},
            "title": "Senior Software Engineer",
            "company": "Atlasline Holdings",
        },
    ),
    (
        "scan-4000027",
        """Li Na Tan
Sales Director
Oak & Quartz Pte. Ltd.
P +65-6462-6480
FAX +65 6462 6491
lina@oakquartz.com.sg
68 Robinson Road, #36-11
Singapore 084488""",
        {
            "email": "lina@oakquartz.com.sg",
            "name": "Li Na Tan",
            "phones": {"+6564626480": "work", "+6564626491": "fax"},
            "title": "Sales Director",
            "company": "Oak & Quartz Pte. Ltd.",
        },
    ),
    (
        "scan-4000028",
        """Karthik lyer
Director
Silverfield Solutions plc
+44 (0)7901 072536
k.iyer@silverfield-solutions.co.uk
309 Market Road, Bristol BS1 4KP""",
        {
            "email": "k.iyer@silverfield-solutions.co.uk",
            "name": "Karthik Iyer",
            "phones": {"+447901072536": "mobile"},
            "title": "Director",
            "company": "Silverfield Solutions plc",
        },
    ),
    (
        "scan-4000029",
        """Brightfield Holdings Inc.
F
1
| BH |
hd
G@ +81 (45) 143 6220
™ sales@brightfield-holdings jp
® https://brightfield-holdings.jp""",
        {
            "name": None,
            "phones": {"+81451436220": "work"},
            "title": None,
            "company": "Brightfield Holdings Inc.",
        },
    ),
    (
        "scan-4000030",
        """aff” “4,
*
ar
JEAN-LUC MOREAU
Data Scientist
Atlasbridge SA
Think bigger.
Phone: +33 (0)1 74 40 13 93
Fax.: +33 1 74 40 13 94
E: jmoreau@atlasbridge.fr
www.atlasbridge.fr
48 boulevard de la Paix
75081 Paris""",
        {
            "email": "jmoreau@atlasbridge.fr",
            "name": "JEAN-LUC MOREAU",
            "phones": {"+33174401393": "work", "+33174401394": "fax"},
            "title": "Data Scientist",
            "company": "Atlasbridge SA",
        },
    ),
    (
        "scan-4000031",
        """Quartzwave Logistics SA
Amelia Smith
Office Manager
O|+33413977714 - Cell | 06 22 93 05 39
Email | amelia.smith@quartzwave.fr
https://quartzwave.fr
111 rue Victor Hugo
69006 Lyon
France""",
        {
            "email": "amelia.smith@quartzwave.fr",
            "name": "Amelia Smith",
            "phones": {"+33413977714": "work", "+33622930539": "mobile"},
            "title": "Office Manager",
            "company": "Quartzwave Logistics SA",
        },
    ),
    (
        "scan-4000032",
        """HARBORGATE ENGINEERING
Priya Patel
Founder & CEO
Tel: +1 (206) 228-3244
Mob.: (760) 918-7188
priyap@harborgate.com
153 Oak Avenue, Suite 1829
Seattle, WA 98185""",
        {
            "email": "priyap@harborgate.com",
            "name": "Priya Patel",
            "phones": {"+12062283244": "work", "+17609187188": "mobile"},
            "title": "Founder & CEO",
            "company": "HARBORGATE ENGINEERING",
        },
    ),
    (
        "scan-4000033",
        """<arthik Sharma
Independent Consultant
Mob: +91 88233 16387
Email: k.sharma@gmail.com
Web: www. karthiksharmadesign.com""",
        {
            "email": "k.sharma@gmail.com",
            "phones": {"+918823316387": "mobile"},
            "title": "Independent Consultant",
            "company": None,
        },
    ),
    (
        "scan-4000034",
        """Coralridge Pvt. Ltd.
| Nn
Karthik Menon
| |
Research Scientist
Phone: +91 22 2149 2687 Mob: +91 97695 21681
karthik.menon@coralridge.com
coralridge.com
6th Floor, Embassy Plaza
MG Road, Mumbai, Maharashtra 400 038""",
        {
            "email": "karthik.menon@coralridge.com",
            "name": "Karthik Menon",
            "phones": {"+912221492687": "work", "+919769521681": "mobile"},
            "title": "Research Scientist",
            "company": "Coralridge Pvt. Ltd.",
        },
    ),
    (
        "photo-4000000",
        """Yuki Takahashi
Co-Founder
Vertex & Atlas Inc.
Engineering the future
Tel: +81 6 2446 1987
Mob: 070-1509-0601
FAX: +81 6-2446-1973
yuki_takahashi@coralfield.jp
www.coralfield.jp
Sumitomo Bldg. 5F, 2-12-24 Marunouchi, Chuo-ku, Osaka 542-0494, Japan""",
        {
            "email": "yuki_takahashi@coralfield.jp",
            "name": "Yuki Takahashi",
            "phones": {"+81624461987": "work", "+817015090601": "mobile", "+81624461973": "fax"},
            "title": "Co-Founder",
            "company": "Vertex & Atlas Inc.",
        },
    ),
    (
        "photo-4000001",
        """Anna Cecker
Graphic Designer
Mob.: 0160 12664380
Mail: anna.becker@hotmail.com""",
        {
            "email": "anna.becker@hotmail.com",
            "name": "Anna Becker",
            "phones": {"+4916012664380": "mobile"},
            "title": "Graphic Designer",
            "company": None,
        },
    ),
    (
        "photo-4000002",
        """Mei-Hua Goh
Mobile +1 (440) 686-9126
E meihua_goh3@yahoo.com""",
        {
            "email": "meihua_goh3@yahoo.com",
            "name": "Mei-Hua Goh",
            "phones": {"+14406869126": "mobile"},
            "title": None,
            "company": None,
        },
    ),
    (
        "photo-4000003",
        """Granitebridge Foods Pty. Ltd.
Christopher Walker
(03) 1042 7765
christopherw@granitebridgefoods.com. au
Level 34, 126 King Street
Melbourne VIC 3000""",
        {
            "email": "christopherw@granitebridgefoods.com.au",
            "name": "Christopher Walker",
            "phones": {"+61310427765": "work"},
            "title": None,
            "company": "Granitebridge Foods Pty. Ltd.",
        },
    ),
    (
        "photo-4000004",
        """Tel: +33 (0)1 01 54 05 90
SY
hello@horizonatlas.fr
www.horizonatlas.fr
101 boulevard des Lilas
Horizon & Atlas
75030 Paris""",
        {
            "email": "hello@horizonatlas.fr",
            "name": None,
            "phones": {"+33101540590": "work"},
            "title": None,
            "company": "Horizon & Atlas",
        },
    ),
    (
        "photo-4000005",
        """Laura E. Thompson
Managing Director
NIMBUS PTY LTD
Tel (02) 4475 5829 ext. 2234
laura.thompson@us.nimbus.com.au
www.nimbus.com.au""",
        {
            "email": "laura.thompson@us.nimbus.com.au",
            "name": "Laura E. Thompson",
            "phones": {"+61244755829": "work"},
            "title": "Managing Director",
            "company": "NIMBUS PTY LTD",
        },
    ),
    (
        "photo-4000006",
        """COBALTWIND LABS CO., LTD.
Yumiko Suzuki
Tel.: +81-3-8871-1945
Fax.: 03-8871-1936
Email: yumikos@cobaltwind.co.jp
Marunouchi Park Building, 3-9-14 Marunouchi, Naka-ku, Tokyo 124-0901""",
        {
            "email": "yumikos@cobaltwind.co.jp",
            "name": "Yumiko Suzuki",
            "phones": {"+81388711945": "work", "+81388711936": "fax"},
            "title": None,
            "company": "COBALTWIND LABS CO., LTD.",
        },
    ),
    (
        "photo-4000007",
        """Meridianstone Trading
Mei Ling Teo
Technical Lead
Cell: (683) 651-1697
T: +1 514-599-2976
meiling@meridianstone.ca
www.meridianstone.ca
416 Main Ave., Floor 6
Montréal, QC H3B 4T6""",
        {
            "email": "meiling@meridianstone.ca",
            "name": "Mei Ling Teo",
            "phones": {"+16836511697": "mobile", "+15145992976": "work"},
            "title": "Technical Lead",
            "company": "Meridianstone Trading",
        },
    ),
    (
        "photo-4000008",
        """CHARLOTTE MORGAN
Software Engineer
Granite Robotics Pty. Ltd.
TEL +61 7 3305 7908
Mob. 0461 126 655
FAX (07) 3305 7985
charlotte@graniterobotics.com.au
W www.graniterobotics.com.au
Level 13, 2 Market Street
Brisbane QLD 4000
Australia""",
        {
            "email": "charlotte@graniterobotics.com.au",
            "name": "CHARLOTTE MORGAN",
            "phones": {"+61733057908": "work", "+61461126655": "mobile", "+61733057985": "fax"},
            "title": "Software Engineer",
            "company": "Granite Robotics Pty. Ltd.",
        },
    ),
    (
        "photo-4000009",
        """BIRGIT WEBER
Software Engineer
Crescent & Quartz AG
O +49 40 565027709
E bweber@meridianridge.de
Stationstrasse 58
20538 Hamburg
Germany""",
        {
            "email": "bweber@meridianridge.de",
            "name": "BIRGIT WEBER",
            "phones": {"+4940565027709": "work"},
            "title": "Software Engineer",
            "company": "Crescent & Quartz AG",
        },
    ),
    (
        "photo-4000010",
        """Lumenvale LLC
Nathan Thompson
Software Engineer
Mob.: (586) 474-3960
E: nathant@lumenvale.com
www.lumenvale.com
402 Hill Avenue
Boston, MA 02191
USA""",
        {
            "email": "nathant@lumenvale.com",
            "name": "Nathan Thompson",
            "phones": {"+15864743960": "mobile"},
            "title": "Software Engineer",
            "company": "Lumenvale LLC",
        },
    ),
    (
        "photo-4000011",
        """Lea Schneider
General Manager
Brightgate Robotics
Mainplatz 77
Cell +49 160 78974754 / P 089 7170771
80977 Munchen
E lschneider@brightgate.com
Deutschland
Web www.brightgate.com""",
        {
            "email": "lschneider@brightgate.com",
            "name": "Lea Schneider",
            "phones": {"+4916078974754": "mobile", "+49897170771": "work"},
            "title": "General Manager",
            "company": "Brightgate Robotics",
        },
    ),
    (
        "photo-4000012",
        """ey,
Amelia Thompson
| BP |
Chief Financial Officer
-
Bright Pty. Ltd.
Quality since 1987
P +61 2 1459 0264
athompson@bright.com.au
bright.com.au
Level 39, 455 High Place
Sydney NSW 2000
Australia""",
        {
            "email": "athompson@bright.com.au",
            "name": "Amelia Thompson",
            "phones": {"+61214590264": "work"},
            "title": "Chief Financial Officer",
            "company": "Bright Pty. Ltd.",
        },
    ),
    (
        "photo-4000013",
        """Lukas Becker
Technical Lead
Pioneergate Networks AG
Lakestrake 82
80169 Munchen
Direct: +49 89 087888
Mob.: +49 (0)170 25219582
Email: lukas.becker@pioneergate.de""",
        {
            "email": "lukas.becker@pioneergate.de",
            "name": "Lukas Becker",
            "phones": {"+4989087888": "work", "+4917025219582": "mobile"},
            "title": "Technical Lead",
            "company": "Pioneergate Networks AG",
        },
    ),
    (
        "photo-4000014",
        """Deepa Rao
Head of Operations
Blue Partners Pvt. Ltd.
0 +91-97468-14321
F
€ +91 22 5453 2977
‘
d
deepar@blue.in
=
*
® www.blue.in
8th Floor, Maker Chambers
Nariman Point, Mumbai, Maharashtra 400 030""",
        {
            "email": "deepar@blue.in",
            "name": "Deepa Rao",
            "phones": {"+919746814321": "mobile", "+912254532977": "work"},
            "title": "Head of Operations",
            "company": "Blue Partners Pvt. Ltd.",
        },
    ),
    (
        "photo-4000015",
        """Aurorastone Ltd.
Arjun Rao
Marketing Manager
Phone 011 7897 7870
FAX 011 7897 7826
arao@aurorastone.co.in
9th Floor, Prestige Tower
Nariman Point, New Delhi, Delhi 110 076""",
        {
            "email": "arao@aurorastone.co.in",
            "name": "Arjun Rao",
            "phones": {"+911178977870": "work", "+911178977826": "fax"},
            "title": "Marketing Manager",
            "company": "Aurorastone Ltd.",
        },
    ),
    (
        "photo-4000016",
        """Charlotte Hughes
Graphic Designer
Mob.: 0430 969 894
E-mail: charlotte.-hughes@gmail.com
www.charlottehughes.com""",
        {
            "name": "Charlotte Hughes",
            "phones": {"+61430969894": "mobile"},
            "title": "Graphic Designer",
            "company": None,
        },
    ),
    (
        "photo-4000017",
        """James Williams
Senior Consultant
Summit Media K.K.
Think bigger.
0 090-6881-8806
@ 4-10-13 Akasaka, Chiyoda-ku
¢ +81 3 6280 3760
Tokyo 187-6880
™M james_williams@summitmedia.co.jp
Japan
® summitmedia.co.jp""",
        {
            "email": "james_williams@summitmedia.co.jp",
            "name": "James Williams",
            "phones": {"+819068818806": "mobile", "+81362803760": "work"},
            "title": "Senior Consultant",
            "company": "Summit Media K.K.",
        },
    ),
    (
        "photo-4000018",
        """Marcus McAllister
Beaconridge Technologies LLP
469 Main Road
P: 020 4761 7087
London EC2V 1FF
E-mail: mmcallister@beaconridge.co.uk""",
        {
            "email": "mmcallister@beaconridge.co.uk",
            "name": "Marcus McAllister",
            "phones": {"+442047617087": "work"},
            "title": None,
            "company": "Beaconridge Technologies LLP",
        },
    ),
    (
        "photo-4000019",
        """Granitestone Robotics Pte Ltd @# ™
Yan Lee
PGR
Technical Lead
O | +65-6242-4672
E-mail | yanl@granitestone.sg
W | granitestone.sg
13 Anson Road, #34-07, Singapore 062240""",
        {
            "email": "yanl@granitestone.sg",
            "name": "Yan Lee",
            "phones": {"+6562424672": "work"},
            "title": "Technical Lead",
            "company": "Granitestone Robotics Pte Ltd",
        },
    ),
    (
        "photo-4000020",
        """Kestrelwind Logistics Corporation
Haruto Yamamoto
Co-Founder
0 080-9191-6030
¢ +81-45-506-5746
@ hyamamoto@kestrelwind.co.jp
@ Marunouchi Park Building, 7-19-21 Sakae, Chiyoda-ku
Yokohama 227-0398
Japan""",
        {
            "email": "hyamamoto@kestrelwind.co.jp",
            "name": "Haruto Yamamoto",
            "phones": {"+818091916030": "mobile", "+81455065746": "work"},
            "title": "Co-Founder",
            "company": "Kestrelwind Logistics Corporation",
        },
    ),
    (
        "photo-4000021",
        """Daniel Taylor
Senior Consultant
Meridian Logistics Inc.
Your partner in growth
530-512-6012
dtaylor@meridian.io
70 Lake Avenue, Boston, MA 02142, USA
©""",
        {
            "email": "dtaylor@meridian.io",
            "name": "Daniel Taylor",
            "phones": {"+15305126012": "work"},
            "title": "Senior Consultant",
            "company": "Meridian Logistics Inc.",
        },
    ),
    (
        "photo-4000022",
        """Olivia Lawson
Fy,
Recruiter
; BP ;
Beaconstone Pty Ltd
C +61 470 208 787
Phone +61 2 9390 0377
Mail olivial@beaconstone.com.au
W www.beaconstone.com.au
Level 10, 119 Church Street
Sydney NSW 2000""",
        {
            "email": "olivial@beaconstone.com.au",
            "name": "Olivia Lawson",
            "phones": {"+61470208787": "mobile", "+61293900377": "work"},
            "title": "Recruiter",
            "company": "Beaconstone Pty Ltd",
        },
    ),
    (
        "photo-4000023",
        "Granitevale Media Pty Ltd >. “\nQuality since 1987\nM\nMei Ling Li\n\\Y\nHead of Operations\nMobile +61 (0)459 815 076\nTEL +61 7 9698 5896\nmeiling@jp.granitevale.com.au\nhttps://granitevale.com.au\nLevel 24, 300 Station Street\nBrisbane QLD 4000",
        {
            "email": "meiling@jp.granitevale.com.au",
            "name": "Mei Ling Li",
            "phones": {"+61459815076": "mobile", "+61796985896": "work"},
            "title": "Head of Operations",
            "company": "Granitevale Media Pty Ltd",
        },
    ),
    (
        "photo-4000025",
        """David Johnson
Software Engineer
Summit Software Corporation
Quality since 1987
Office. +81 52 894 7516
C. +81-70-1159-3649
E-mail. david_johnson@summit.com
2-8-16 Nihonbashi, Chiyoda-ku, Nagoya 468-0727, Japan""",
        {
            "email": "david_johnson@summit.com",
            "name": "David Johnson",
            "phones": {"+81528947516": "work", "+817011593649": "mobile"},
            "title": "Software Engineer",
            "company": "Summit Software Corporation",
        },
    ),
    (
        "photo-4000026",
        """Victor Harrington
Research Scientist
Orchidgate Ventures GmbH & Co. KG
Quality since 1987
Mobile: 0170 66541603 : T: 040 5534740
E: victor .harrington@orchidgateventures.de
https://orchidgateventures.de
Mapleplatz 17
20204 Hamburg
Germany""",
        {
            "email": "victor.harrington@orchidgateventures.de",
            "name": "Victor Harrington",
            "phones": {"+4917066541603": "mobile", "+49405534740": "work"},
            "title": "Research Scientist",
            "company": "Orchidgate Ventures GmbH & Co. KG",
        },
    ),
    (
        "photo-4000027",
        """| Takeshi Suzuki
Tutor
MOBILE +81 90-8441-3405
Mail tsuzuki@icloud.com
www.takeshisuzuki.com""",
        {
            "email": "tsuzuki@icloud.com",
            "name": "Takeshi Suzuki",
            "phones": {"+819084413405": "mobile"},
            "title": "Tutor",
            "company": None,
        },
    ),
    (
        "photo-4000028",
        """Elodie Fontaine
r
Marketing Manager
Aurora
04 38 06 6465
elodie_fontaine@aurora.fr
aurora.fr
29 avenue des Lilas
69006 Lyon""",
        {
            "email": "elodie_fontaine@aurora.fr",
            "name": "Élodie Fontaine",
            "phones": {"+33438066465": "work"},
            "title": "Marketing Manager",
            "company": "Aurora",
        },
    ),
    (
        "photo-4000029",
        """Michael Brown
Account Executive
Silver Solutions Pty Ltd
M | +61 457 769 396
E-mail | michael.brown@silversolutions.com.au
Web | www.silversolutions.com.au
Level 38, 427 Cedar Street
Brisbane QLD 4000""",
        {
            "email": "michael.brown@silversolutions.com.au",
            "name": "Michael Brown",
            "phones": {"+61457769396": "mobile"},
            "title": "Account Executive",
            "company": "Silver Solutions Pty Ltd",
        },
    ),
    (
        "photo-4000030",
        """Lumenstone Systems Pte. Ltd.
Sophie Ng
Principal Architect
¢ 6199 4536
0 +65 9478 4345
Fax | +65 6199 4581
™ s.ng@lumenstone.com.sg
® lumenstone.com.sg
@ 22 Robinson Road, #14-06
Singapore 041692""",
        {
            "email": "s.ng@lumenstone.com.sg",
            "name": "Sophie Ng",
            "phones": {"+6561994536": "work", "+6594784345": "mobile", "+6561994581": "fax"},
            "title": "Principal Architect",
            "company": "Lumenstone Systems Pte. Ltd.",
        },
    ),
    (
        "photo-4000031",
        """Lakshmi Nair
General Manager
Willowstone Systems
T +1 617 908 9506
Lakshmi.nair@willowstone.com
293 Church Street
Boston, MA 02100""",
        {
            "email": "lakshmi.nair@willowstone.com",
            "name": "Lakshmi Nair",
            "phones": {"+16179089506": "work"},
            "title": "General Manager",
            "company": "Willowstone Systems",
        },
    ),
    (
        "photo-4000032",
        """Auroragate Pty Ltd
Oliver Davis
Project Manager
Phone | +61 2 0366 0259
Email | o.davis@auroragate.com.au
https://auroragate.com.au
ae""",
        {
            "email": "o.davis@auroragate.com.au",
            "name": "Oliver Davis",
            "phones": {"+61203660259": "work"},
            "title": "Project Manager",
            "company": "Auroragate Pty Ltd",
        },
    ),
    (
        "photo-4000033",
        """Jun Goh
General Manager
Oak Health Pte Ltd
48 Raffles Place, #33-04
Singapore 080651
Tel. 6441 3800
E jun.goh@jp.oak.com.sg
www.oak.com.sg""",
        {
            "email": "jun.goh@jp.oak.com.sg",
            "name": "Jun Goh",
            "phones": {"+6564413800": "work"},
            "title": "General Manager",
            "company": "Oak Health Pte Ltd",
        },
    ),
    (
        "photo-4000034",
        """—
KH |
Katharina Hoffmann
Photographer
Cell | 0171 17660328
katharina.hoffmann@hotmail.com""",
        {
            "email": "katharina.hoffmann@hotmail.com",
            "name": "Katharina Hoffmann",
            "phones": {"+4917117660328": "mobile"},
            "title": "Photographer",
            "company": None,
        },
    ),
    (
        "photo-4000036",
        """Coral & Quartz
Michael Movak
Customer Success Manager
Mob.: 07 58 05 66 76
P: 04571957 27
Email: michaeln@falconbridge.fr""",
        {
            "email": "michaeln@falconbridge.fr",
            "phones": {"+33758056676": "mobile", "+33457195727": "work"},
            "title": "Customer Success Manager",
            "company": "Coral & Quartz",
        },
    ),
    (
        "photo-4000037",
        """Julien Laurent
Research Scientist
Horizon & Harbor SA
Office | 05.82.01.68.98 | Mobile | +33 6 47 96 84 08
Email | julien laurent@summitpoint.fr
93 boulevard Saint-Honoré
33001 Bordeaux
HH""",
        {
            "name": "Julien Laurent",
            "phones": {"+33582016898": "work", "+33647968408": "mobile"},
            "title": "Research Scientist",
            "company": "Horizon & Harbor SA",
        },
    ),
    (
        "photo-4000038",
        """Lumenfield Technologies K.K.
¢ +81 52-760-0145
Fax.: 052-760-0116
™ office@lumenfieldtechnologies.jp
® lumenfieldtechnologies.jp
@ Marunouchi Park Building, 5-4-22 Marunouchi, Chuo-ku
Nagoya 461-1753""",
        {
            "email": "office@lumenfieldtechnologies.jp",
            "name": None,
            "phones": {"+81527600145": "work", "+81527600116": "fax"},
            "title": None,
            "company": "Lumenfield Technologies K.K.",
        },
    ),
    (
        "photo-4000039",
        """i'd
aan
Granitegate Ventures Pte Ltd
Think bigger.
Julia Wang
Legal Counsel
Phone 6642 1896
Email julia.wang@granitegate.com.sg
45 Raffles Place, #20-07
Singapore 045383""",
        {
            "email": "julia.wang@granitegate.com.sg",
            "name": "Julia Wang",
            "phones": {"+6566421896": "work"},
            "title": "Legal Counsel",
            "company": "Granitegate Ventures Pte Ltd",
        },
    ),
    (
        "hard-4000000",
        """KOBAYASHI Daisuke
_O
Granite & Cedar K.K.
| K
¢ 052-496-6605
F: +81 52-496-6652
© daisuke@granitecedarp
® wonwgranitecedar,p
2-2-2 Sakae, Kita-ku
Nagoya 465-8493""",
        {
            "name": "KOBAYASHI Daisuke",
            "phones": {"+81524966605": "work", "+81524966652": "fax"},
            "title": None,
            "company": "Granite & Cedar K.K.",
        },
    ),
    (
        "hard-4000001",
        """Mei-Hua Tan
Data Scientist
Mobile: +65 9852 1634
Bluewind Networks Pte Ltd
meihua.tan@bluewindnetworks.sg
57 Robinson Road, #17-07
Singapore 074222""",
        {
            "email": "meihua.tan@bluewindnetworks.sg",
            "name": "Mei-Hua Tan",
            "phones": {"+6598521634": "mobile"},
            "title": "Data Scientist",
            "company": "Bluewind Networks Pte Ltd",
        },
    ),
    (
        "hard-4000003",
        """Xiaoming Wang
Vice President, Marketing
Iron & Cedar Pty. Ltd.
O +61 449 682 135
¢€ (07) 5183 8941
© xiaoming_wang@atlaswave.com.au
® www.atlaswave.com.au""",
        {
            "email": "xiaoming_wang@atlaswave.com.au",
            "name": "Xiaoming Wang",
            "phones": {"+61449682135": "mobile", "+61751838941": "work"},
            "title": "Vice President, Marketing",
            "company": "Iron & Cedar Pty. Ltd.",
        },
    ),
    (
        "hard-4000004",
        """Rebecca Wilson
Sales Representative
Horizonwave Engineering Corporation
TEL 045-749-3877
M +81 (80) 5666 7406
rebecca.wilson@horizonwave.co.jp
1-4-14 Sakae, Kita-ku
Yokohama 222-8668""",
        {
            "email": "rebecca.wilson@horizonwave.co.jp",
            "name": "Rebecca Wilson",
            "phones": {"+81457493877": "work", "+818056667406": "mobile"},
            "title": "Sales Representative",
            "company": "Horizonwave Engineering Corporation",
        },
    ),
    (
        "hard-4000005",
        """Megan Fletcher-Whitfield
Sales Director
Pioneer Foods LLC
Mob | (839) 937-0796
Mail | megan@pioneerfoods.co
364 Oak St., Floor 6
Boston, MA 02119
USA""",
        {
            "email": "megan@pioneerfoods.co",
            "name": "Megan Fletcher-Whitfield",
            "phones": {"+18399370796": "mobile"},
            "title": "Sales Director",
            "company": "Pioneer Foods LLC",
        },
    ),
    (
        "hard-4000006",
        """Ananya Reddy
Graphic Designer
Mobile: +91 88743 81385
E-mail: ananya@outlook.com
6th Floor, Maker Chambers
Connaught Place, Bengaluru, Karnataka 560 001
India""",
        {
            "email": "ananya@outlook.com",
            "name": "Ananya Reddy",
            "phones": {"+918874381385": "mobile"},
            "title": "Graphic Designer",
            "company": None,
        },
    ),
    (
        "hard-4000009",
        """Claire Sullivan
+
Legal Counsel
i «) i E
Sterling Partners
hs a
+49 (0)176 79580168
claire.sullivan@sterlingpartners.com
Kingplatz 96
60926 Frankfurt am Main""",
        {
            "email": "claire.sullivan@sterlingpartners.com",
            "name": "Claire Sullivan",
            "phones": {"+4917679580168": "mobile"},
            "title": "Legal Counsel",
            "company": "Sterling Partners",
        },
    ),
    (
        "hard-4000011",
        """fre
Atlasstone Studio
A
Cc iq
pe
.
J Ss
Julicn Lambert
Sales Representative
C. +33 6 35 97 93 74
Email. j.lambert@atlasstone.com
Web. https://atlasstone.com""",
        {
            "email": "j.lambert@atlasstone.com",
            "phones": {"+33635979374": "mobile"},
            "title": "Sales Representative",
            "company": "Atlasstone Studio",
        },
    ),
    (
        "hard-4000012",
        """Mathieu Martin
Software Engineer
Cedarstone SARL
88 rue de la Paix
75096 Paris
France
Mob.: 06 47 90 22 79
E: mathieu.martin@cedarstone.com""",
        {
            "email": "mathieu.martin@cedarstone.com",
            "name": "Mathieu Martin",
            "phones": {"+33647902279": "mobile"},
            "title": "Software Engineer",
            "company": "Cedarstone SARL",
        },
    ),
    (
        "hard-4000013",
        """Aurora Holdings S.A.S.
es
Guillaume Fontaine-Lefévre
| AH |
Vice President, Marketing
Rs.) ad
Phone: +33 4 62 37 31.77
F:04 6237 3118
E: quillaume_fontainelefevre@aurora.com
120 rue Victor Hugo
69009 Lyon""",
        {
            "name": "Guillaume Fontaine-Lefèvre",
            "phones": {"+33462373177": "work", "+33462373118": "fax"},
            "title": "Vice President, Marketing",
            "company": "Aurora Holdings S.A.S.",
        },
    ),
    (
        "hard-4000014",
        """Rohan Banerjee
Director
Summitwave Pvt. Ltd.
P: +91 11 5969 4528
M: +91 98026 37192
E-mail: rohan.banerjee@summitwave.com
Ath Floor, Prestige Tower
MG Road, New Delhi, Delhi 110 001
India""",
        {
            "email": "rohan.banerjee@summitwave.com",
            "name": "Rohan Banerjee",
            "phones": {"+911159694528": "work", "+919802637192": "mobile"},
            "title": "Director",
            "company": "Summitwave Pvt. Ltd.",
        },
    ),
    (
        "hard-4000015",
        """Grace Harrington
Photographer
C +44 (0)7459 944610
Email grace@gmail.com""",
        {
            "email": "grace@gmail.com",
            "name": "Grace Harrington",
            "phones": {"+447459944610": "mobile"},
            "title": "Photographer",
            "company": None,
        },
    ),
    (
        "hard-4000016",
        """Quartz Engineering Private Limited
Kavya Menon
Tel.: +91 22 2318 4702
Email: kmenon@quartzengineering.com
quartzengineering.com
7th Floor, Prestige Tower
MG Road, Mumbai, Maharashtra 400 063
India""",
        {
            "email": "kmenon@quartzengineering.com",
            "name": "Kavya Menon",
            "phones": {"+912223184702": "work"},
            "title": None,
            "company": "Quartz Engineering Private Limited",
        },
    ),
    (
        "hard-4000017",
        """Xiaoming Lim
Legal Counsel
Summitfield Foods Pte Ltd
6730 8410
xiaoming.lim@summitfield.sg
www.summnitfield.sg
22 Anson Road, #09-10
Singapore 001926""",
        {
            "email": "xiaoming.lim@summitfield.sg",
            "name": "Xiaoming Lim",
            "phones": {"+6567308410": "work"},
            "title": "Legal Counsel",
            "company": "Summitfield Foods Pte Ltd",
        },
    ),
    (
        "hard-4000018",
        """ee ae
ede
ee
eae,
Orchid Networks Corporation
WATANABE Kenji
Product Manager
+81-70-6312-0407
kenjiw@orchid.co.jp
Sumitomo Bldg. 5F, 9-16-18 Marunouchi, Shibuya-ku
Yokohama 221-4161
Japan""",
        {
            "email": "kenjiw@orchid.co.jp",
            "name": "WATANABE Kenji",
            "phones": {"+817063120407": "mobile"},
            "title": "Product Manager",
            "company": "Orchid Networks Corporation",
        },
    ),
    (
        "hard-4000019",
        """Maple & Oak
Ananya Venkataraman
Managing Director
Direct 0117 185 3158
a.venkataraman@sterlinggate.com
Web www:sterlinggate.com
2th Floor, 21 Cedar Street, Bristol BS1 6ZT, United Kingdom""",
        {
            "email": "a.venkataraman@sterlinggate.com",
            "name": "Ananya Venkataraman",
            "phones": {"+441171853158": "work"},
            "title": "Managing Director",
            "company": "Maple & Oak",
        },
    ),
    (
        "hard-4000020",
        """ae)
Hannah Reyes
Assistant Manager
Orchidline Software Pty. Ltd.
Tel: +61 7 8289 5139
hannah.reyes@orchidline.com.au
www.orchidline.com.au
Level 11, 189 High Street, Brisbane QLD 4000, Australia""",
        {
            "email": "hannah.reyes@orchidline.com.au",
            "name": "Hannah Reyes",
            "phones": {"+61782895139": "work"},
            "title": "Assistant Manager",
            "company": "Orchidline Software Pty. Ltd.",
        },
    ),
    (
        "hard-4000022",
        """Matthew Reyes
VP of Talent Acquisition
Kestrel LLP
¢ +44 117 372 9597
0 +44 7486 309834
FAX: +44 (0)117 372 9598
M m.reyes@kestrel.co.uk
® www.kestrel.co.uk
% 73 Lake Street
Bristol BS1 1KB
United Kingdom""",
        {
            "email": "m.reyes@kestrel.co.uk",
            "name": "Matthew Reyes",
            "phones": {"+441173729597": "work", "+447486309834": "mobile", "+441173729598": "fax"},
            "title": "VP of Talent Acquisition",
            "company": "Kestrel LLP",
        },
    ),
    (
        "hard-4000024",
        """Cedarbridge Analytics
Guillaume Dubois
Senior Consultant
P (514) 438-5195 | C +1 (249) 369-9176
FAX +1 514-438-5136
E-mail guillaume_dubois@cedarbridgeanalytics.com
W www.cedarbridgeanalytics.com
171 Lake Street, Suite 1111
Montréal, QC H3B 9N4
Canada""",
        {
            "email": "guillaume_dubois@cedarbridgeanalytics.com",
            "name": "Guillaume Dubois",
            "phones": {"+15144385195": "work", "+12493699176": "mobile", "+15144385136": "fax"},
            "title": "Senior Consultant",
            "company": "Cedarbridge Analytics",
        },
    ),
    (
        "hard-4000025",
        """Kiichi Higurashi
+81-90-7451-7249
kiichi.higurashi@orchid.co.jp
Sumitomo Bldg. 5F, 6-1-21 Marunouchi, Shibuya-ku
Yokohama 225-5067
Japan""",
        {
            "email": "kiichi.higurashi@orchid.co.jp",
            "name": "Kiichi Higurashi",
            "phones": {"+819074517249": "mobile"},
            "title": None,
        },
    ),
    (
        "hard-4000026",
        """Pioneerbridge Systems Corp.
Sophie Davis-Novak
Software Engineer
¢ +1 312-548-2319
FAX 312.548.2315
™ sophie@pioneerbridge-systems.com
@ 235 King Avenue, Suite 2131, Chicago, IL 60607""",
        {
            "email": "sophie@pioneerbridge-systems.com",
            "name": "Sophie Davis-Novak",
            "phones": {"+13125482319": "work", "+13125482315": "fax"},
            "title": "Software Engineer",
            "company": "Pioneerbridge Systems Corp.",
        },
    ),
    (
        "hard-4000027",
        """Falconbridge Capital Pty. Ltd.
Claire O'Brien
Customer Success Manager
Phone: (02) 8959 7369 Mob.: +61 455 509 591
Email: cobrien@falconbridge.com.au
Level 4, 265 Station Street
Sydney NSW 2000
Australia""",
        {
            "email": "cobrien@falconbridge.com.au",
            "name": "Claire O'Brien",
            "phones": {"+61289597369": "work", "+61455509591": "mobile"},
            "title": "Customer Success Manager",
            "company": "Falconbridge Capital Pty. Ltd.",
        },
    ),
    (
        "hard-4000028",
        """NIMBUS SOFTWARE PTY. LTD.
Thomas Harrington
Director
+61 423 964 158
thomas @us.nimbus.com.au
Level 17, 479 High Place
Sydney NSW 2000""",
        {
            "email": "thomas@us.nimbus.com.au",
            "name": "Thomas Harrington",
            "phones": {"+61423964158": "mobile"},
            "title": "Director",
            "company": "NIMBUS SOFTWARE PTY. LTD.",
        },
    ),
    (
        "hard-4000029",
        """Ironpoint Partners Co., Ltd.
KIICHI WIGURASII
Senior Consultant
Tel. +81-3-8678-4304
MOBILE +81 (90) 8161 3087
Fax. +81 3 8678 4330
E kiichi_higurashi@eu.ironpoint.co.jp
Web www.ironpoint.co.jp
1-16-13 Akasaka, Naka-ku
Tokyo 174-8706""",
        {
            "email": "kiichi_higurashi@eu.ironpoint.co.jp",
            "name": "KIICHI HIGURASHI",
            "phones": {"+81386784304": "work", "+819081613087": "mobile", "+81386784330": "fax"},
            "title": "Senior Consultant",
            "company": "Ironpoint Partners Co., Ltd.",
        },
    ),
    (
        "hard-4000030",
        """Mathieu J. Rousseau
Principal Architect
Pioneergate Capital S.A.S.
Tel +33 4 85 28 80 29
Fax. +33 (0)4 85 28 80 46
E mathieu.rousseau@pioneergate.com
42 boulevard Saint-Honoré
69004 Lyon
France""",
        {
            "email": "mathieu.rousseau@pioneergate.com",
            "name": "Mathieu J. Rousseau",
            "phones": {"+33485288029": "work", "+33485288046": "fax"},
            "title": "Principal Architect",
            "company": "Pioneergate Capital S.A.S.",
        },
    ),
    (
        "hard-4000033",
        """Cobaltwind Engineering = | +1. 312 734 1776 ext 2100
109 Main St.
F | +1 312 734 1783
Chicago, IL 60696
E-mail | info@cobaltwind.io""",
        {
            "email": "info@cobaltwind.io",
            "name": None,
            "phones": {"+13127341776": "work", "+13127341783": "fax"},
            "title": None,
            "company": "Cobaltwind Engineering",
        },
    ),
    (
        "hard-4000034",
        """Horizonfield Capital AG
Sophie Bennett
HR Business Partner
T: +49 40 8168415 + Mob.: +49 (0)1513 2120567
sophieb@horizonfield.de
Web: www.horizonfield.de
HC |""",
        {
            "email": "sophieb@horizonfield.de",
            "name": "Sophie Bennett",
            "phones": {"+49408168415": "work", "+4915132120567": "mobile"},
            "title": "HR Business Partner",
            "company": "Horizonfield Capital AG",
        },
    ),
    (
        "hard-4000035",
        """Claire Martin
Office Manager
Office | 05.74.93.79.21
E | claire.martin@willowpoint.com
87 rue Victor Hugo
33002 Bordeaux
France""",
        {
            "email": "claire.martin@willowpoint.com",
            "name": "Claire Martin",
            "phones": {"+33574937921": "work"},
            "title": "Office Manager",
        },
    ),
    (
        "hard-4000036",
        """Vertex Analytics Pte. Ltd.
54 Raffles Place, #03-06
Tel: 6784 8416
Singapore 049215
Email: office@vertex.com.sg""",
        {
            "email": "office@vertex.com.sg",
            "name": None,
            "phones": {"+6567848416": "work"},
            "title": None,
            "company": "Vertex Analytics Pte. Ltd.",
        },
    ),
    (
        "hard-4000037",
        """LAURA REYES
Partner
0 1-807-510-8685
M lreyes@cedar.ca
% 264 Market Street, Suite 839
Montr&al, QC H3B 7E5""",
        {
            "email": "lreyes@cedar.ca",
            "name": "LAURA REYES",
            "phones": {"+18075108685": "mobile"},
            "title": "Partner",
        },
    ),
    (
        "hard-4000038",
        """Nimbusridge Co., Ltd.
Direct +81 (52) 638 9049
E sales@nimbusridge.co.jp
5-4-5 Akasaka, Kita-ku
Nagoya 468-5137
Japan""",
        {
            "email": "sales@nimbusridge.co.jp",
            "name": None,
            "phones": {"+81526389049": "work"},
            "title": None,
            "company": "Nimbusridge Co., Ltd.",
        },
    ),
    (
        "hard-4000039",
        """:
Silver Media K.K.. ”
;
€ 06-4655-6599
@ contact@silver .co.jp
® wiw.silver.co.jp
Sumitomo Bldg. 5F,.7-7-18 Marunouchi, Naka-ku, Osaka 509-2298, Japan""",
        {"email": "contact@silver.co.jp", "name": None, "title": None, "company": "Silver Media K.K."},
    ),
    (
        "hard-4000040",
        """Amelia Carter-Brown
Product Manager
Sterlingridge Health
T: 0131 344 8531
Mob.: +44 (0)7505 948388
amelia.carterbrown@sterlingridge-health.com
W: www.sterlingridge-health.com
244 Park Road, Edinburgh EH2 8JV, United Kingdom
SH
|""",
        {
            "email": "amelia.carterbrown@sterlingridge-health.com",
            "name": "Amelia Carter-Brown",
            "phones": {"+441313448531": "work", "+447505948388": "mobile"},
            "title": "Product Manager",
            "company": "Sterlingridge Health",
        },
    ),
    (
        "hard-4000041",
        """Nathan Brown
Bright & Summit, Inc.
(3)
Tel. +1 (206) 379-5610
Fax 206.379.5624
nathan. brown@crescentwind.co
W www.crescentwind.co
238 Mill Ave., Floor 21
Seattle, WA 98182""",
        {
            "email": "nathan.brown@crescentwind.co",
            "name": "Nathan Brown",
            "phones": {"+12063795610": "work", "+12063795624": "fax"},
            "title": None,
            "company": "Bright & Summit, Inc.",
        },
    ),
    (
        "hard-4000042",
        """STERLINGWIND DESIGN
Quality since 1987
Léa Laurent
Principal Architect
Direct: +1 (514) 263-7062
Mob.: (431) 686-6384
E-mail: leal@sterlingwind.com""",
        {
            "email": "leal@sterlingwind.com",
            "name": "Léa Laurent",
            "phones": {"+15142637062": "work", "+14316866384": "mobile"},
            "title": "Principal Architect",
            "company": "STERLINGWIND DESIGN",
        },
    ),
    (
        "hard-4000043",
        """Karthik lyer
Legal Counsel
(415) 332-5500
k.iyer@harbor.com
https://harbor.com
136 Mill Blvd, Floor 19
San Francisco, CA 94196
USA""",
        {
            "email": "k.iyer@harbor.com",
            "name": "Karthik Iyer",
            "phones": {"+14153325500": "work"},
            "title": "Legal Counsel",
            "company": "Harbor",
        },
    ),
    (
        "hard-4000044",
        """Harbor Networks GmbH
MICHAEL SULLIVAN
(EE
Legal Counsel
¢ +49 (0)40 5842380
0 +49 176 22048967
™ michael@harbor.com
@ Oakstrasse 92
20687 Hamburg""",
        {
            "email": "michael@harbor.com",
            "name": "MICHAEL SULLIVAN",
            "phones": {"+49405842380": "work", "+4917622048967": "mobile"},
            "title": "Legal Counsel",
            "company": "Harbor Networks GmbH",
        },
    ),
]

HAND: list[Case] = [
    (
        "o-icon-digits-us",
        """HARBORLINE CAPITAL INC. 7"™
Maria Gomez | CF |
Operations Manager
0 312-555-0147
¢ (773) 555-0192
™ maria.gomez@harborline.com
@ 410 Lake Street, Suite 12
Chicago, IL 60601
USA""",
        {
            "name": "Maria Gomez",
            "email": "maria.gomez@harborline.com",
            "phones": {"+13125550147": "work", "+17735550192": "mobile"},
            "title": "Operations Manager",
        },
    ),
    (
        "o-icon-digit-in",
        """Brookfield Tools Pvt. Ltd.
Rahul Mehta
Plant Manager
0 +91-98450-11223
6 080 4123 5566
™ rahul.mehta@brookfieldtools.in""",
        {
            "name": "Rahul Mehta",
            "email": "rahul.mehta@brookfieldtools.in",
            "phones": {"+919845011223": "mobile", "+918041235566": "work"},
        },
    ),
    (
        "o-icon-digit-uk-mobile",
        """Oliver Grant
Site Engineer
Heathmoor Civil LLP
0 07446 555461
™ oliver_grant@heathmoor.co.uk
% 18 Mill Road, Leeds LS1 4AB""",
        {
            "name": "Oliver Grant",
            "email": "oliver_grant@heathmoor.co.uk",
            "phones": {"+447446555461": "mobile"},
            "company": "Heathmoor Civil LLP",
        },
    ),
    (
        "o-glued-e-label",
        """Nina Brandt
Art Director
E.nina.brandt@kelpstudio.ca
T 604 555 0188""",
        {"name": "Nina Brandt", "email": "nina.brandt@kelpstudio.ca", "phones": {"+16045550188": "work"}},
    ),
    (
        "o-pipe-label-colon",
        """Ken Sato
Sales Manager
Tel. | +81 3-5555-0101 - Cell | +81-90-5555-0102
E| k:sato@hoshiden.co.jp""",
        {
            "name": "Ken Sato",
            "email": "k.sato@hoshiden.co.jp",
            "phones": {"+81355550101": "work", "+819055550102": "mobile"},
        },
    ),
    (
        "o-spaced-local-dot",
        """Grace Whitman
Account Director
Email: grace. whitman@northgale.com.au
M: 0412 555 019""",
        {
            "name": "Grace Whitman",
            "email": "grace.whitman@northgale.com.au",
            "phones": {"+61412555019": "mobile"},
        },
    ),
    (
        "o-pipe-in-domain",
        """Daniel Ong
Project Lead
Direct. 6555 0142
daniel.ong@|ighthouse.sg""",
        {"name": "Daniel Ong", "email": "daniel.ong@lighthouse.sg", "phones": {"+6565550142": "work"}},
    ),
    (
        "o-pipe-initial",
        """Lata Sharma
Data Analyst
© |.sharma@quillpoint.in
Mob: 098450 55123""",
        {"name": "Lata Sharma", "email": "l.sharma@quillpoint.in", "phones": {"+919845055123": "mobile"}},
    ),
    (
        "o-l-for-I-name",
        """Veltrix Software, Ltd.
Arjun lyer
Legal Counsel
arjun_iyer@veltrix.com
T | 022 4555 0199""",
        {
            "name": "Arjun Iyer",
            "email": "arjun_iyer@veltrix.com",
            "phones": {"+912245550199": "work"},
            "company": "Veltrix Software, Ltd.",
        },
    ),
    (
        "o-l-for-I-company",
        """lronbark Engineering
Meera Pillai
Design Engineer
meera@ironbarkengineering.in
+91 44 4555 0123""",
        {
            "name": "Meera Pillai",
            "email": "meera@ironbarkengineering.in",
            "company": "Ironbark Engineering",
            "phones": {"+914445550123": "work"},
        },
    ),
    (
        "o-name-slip-email",
        """Rohan Kulkarnl
Technical Lead
E-mail rohan.kulkarni@tidewell.co.in
Phone +91 20 4555 0111""",
        {
            "name": "Rohan Kulkarni",
            "email": "rohan.kulkarni@tidewell.co.in",
            "phones": {"+912045550111": "work"},
        },
    ),
    (
        "o-name-tail-junk",
        """Camille Dubois =
Directrice Commerciale { 1
Solvane SA *
P| +33 (0)4 72 55 01 23
E-mail | camille@solvane.fr
12 rue de la Paix, 69002 Lyon""",
        {"name": "Camille Dubois", "email": "camille@solvane.fr", "phones": {"+33472550123": "work"}},
    ),
    (
        "o-name-tail-caps",
        """BEACONHILL DESIGN SA
Lucas Martin BD
¢ +33 5 56 55 01 77
™ lucas.martin@beaconhill.fr""",
        {"name": "Lucas Martin", "email": "lucas.martin@beaconhill.fr", "phones": {"+33556550177": "work"}},
    ),
    (
        "o-name-tail-word",
        """PINECREST STUDIO INC. _w
Think bigger.
ae
Hana Mori panels
Partner
T: +81-3-5555-0177
hanam@pinecrest.jp""",
        {
            "name": "Hana Mori",
            "email": "hanam@pinecrest.jp",
            "phones": {"+81355550177": "work"},
            "title": "Partner",
        },
    ),
    (
        "o-region-fr-national",
        """Tel | 04 72 55 01 88
Lumina SA F | 04 72 55 01 89
21 boulevard des Belges Mail | contact@lumina.com
69006 Lyon W | lumina.com""",
        {
            "name": None,
            "email": "contact@lumina.com",
            "phones": {"+33472550188": "work", "+33472550189": "fax"},
            "region": "FR",
        },
    ),
    (
        "o-region-fr-bordeaux",
        """Julie Lambert
Chargée de projet
Cell: 06 55 01 42 37
julie_lambert@verdane.com
5 avenue de la Marne
33000 Bordeaux""",
        {
            "name": "Julie Lambert",
            "email": "julie_lambert@verdane.com",
            "phones": {"+33655014237": "mobile"},
            "region": "FR",
        },
    ),
    (
        "o-region-au-grouping",
        """Chloe Evans
Photographer
Mob.: 0412 555 871
E-mail: chloe.evans@gmail.com""",
        {
            "name": "Chloe Evans",
            "email": "chloe.evans@gmail.com",
            "phones": {"+61412555871": "mobile"},
            "region": "AU",
        },
    ),
    (
        "o-region-de-strasse",
        """Tobias Keller
Vertrieb
Mobil 0170 5550123
tobias.keller@gmail.com
Lindenstraße 4
80331 München""",
        {
            "name": "Tobias Keller",
            "email": "tobias.keller@gmail.com",
            "phones": {"+491705550123": "mobile"},
            "region": "DE",
        },
    ),
    (
        "o-double-dot-domain",
        """Kavya Rao
Account Executive | |.
Northstar Technologies Pvt. Ltd.
098450 12377
kavya. rao@northstartech.co..in""",
        {
            "name": "Kavya Rao",
            "email": "kavya.rao@northstartech.co.in",
            "phones": {"+919845012377": "mobile"},
        },
    ),
    (
        "o-at-as-copyright",
        """Ethan Cole
Recruiter
ethan.cole©brightpath.com
(206) 555-0134""",
        {"name": "Ethan Cole", "email": "ethan.cole@brightpath.com", "phones": {"+12065550134": "work"}},
    ),
    (
        "o-spaced-url-email",
        """Louis Girard
Gérant
Mob | 06.55.01.98.12
E | lgirard@kestrel.fr
www. kestrel. fr""",
        {"name": "Louis Girard", "email": "lgirard@kestrel.fr", "phones": {"+33655019812": "mobile"}},
    ),
    (
        "o-plus-as-4",
        """Harriet Cole
O: 444 131 555 0142 Ext 2980
hcole@thistlemoor.co.uk
12 King Street
Edinburgh EH2 4PY""",
        {"name": "Harriet Cole", "email": "hcole@thistlemoor.co.uk", "phones": {"+441315550142": "work"}},
    ),
    (
        # which separator OCR lost cannot be read: the parser guesses the dot, the commoner one
        "o-separator-lost",
        """Sanjay Gupta
HR Business Partner
T: +91 11 4555 0127
E: sanjay gupta@cobaltgrid.in""",
        {"name": "Sanjay Gupta", "email": "sanjay.gupta@cobaltgrid.in", "phones": {"+911145550127": "work"}},
    ),
    (
        "o-comma-for-the-initials-full-stop",
        """DANIEL R, OKAFOR
Project Engineer
dokafor@brightspan.com""",
        {"name": "Daniel R. Okafor"},
    ),
    (
        "o-capital-l-doubling-an-l",
        """Chloe M. Laurent
chloe.Llaurent@northridge.fr""",
        {"email": "chloe.laurent@northridge.fr"},
    ),
    (
        "o-mail-hyphen-subdomain",
        """Brightmoor Co., Ltd.
SUZUKI Rina
+81-45-555-0170
rina.suzuki@mail-brightmoor.com
brightmoor.com""",
        {
            "name": "SUZUKI Rina",
            "email": "rina.suzuki@mail.brightmoor.com",
            "phones": {"+81455550170": "work"},
        },
    ),
    (
        "o-personal-site-digits-in-email",
        """Marta Kowalski
Illustrator
M: +48 601 555 014
mkowalski21@gmail.com
www.martakowalski.com""",
        {"name": "Marta Kowalski", "email": "mkowalski21@gmail.com", "title": "Illustrator", "company": None},
    ),
    (
        "o-short-word-name",
        """Yu Xi Ho
Art Director
+65 9123 4567
yuxi.ho@studiokite.sg""",
        {"name": "Yu Xi Ho", "email": "yuxi.ho@studiokite.sg", "phones": {"+6591234567": "mobile"}},
    ),
    (
        "o-capital-read-small",
        """Harbourline Freight Pty Ltd
ben Ma
Direct +61 3 9555 0182
E ben@harbourline.com.au""",
        {"name": "Ben Ma", "email": "ben@harbourline.com.au", "company": "Harbourline Freight Pty Ltd"},
    ),
    (
        "o-specks-around-name",
        """Corvale Media LLC
‘TOMAS: R.. LINDQVIST”
Founder
tlindqvist@corvalemedia.com""",
        {"name": "Tomas R. Lindqvist", "email": "tlindqvist@corvalemedia.com", "title": "Founder"},
    ),
    (
        "o-full-stop-after-name",
        """PRIYA NAIR.
Recruiter
priya.nair@talentbay.in""",
        {"name": "Priya Nair", "email": "priya.nair@talentbay.in"},
    ),
    (
        "o-email-domain-garbled-website-clean",
        """Owen Hartley
Partner
Mail owen.hartley@quilt | meadow.co.nz
www.quillmeadow.co.nz""",
        {"name": "Owen Hartley", "email": "owen.hartley@quillmeadow.co.nz"},
    ),
    (
        "o-email-tld-misread",
        """Kenta Mori
k.mori@hoshizora-tech.ip
www.hoshizora-tech.jp""",
        {"name": "Kenta Mori", "email": "k.mori@hoshizora-tech.jp"},
    ),
    (
        "o-hyphenated-domain-one-slip",
        """Nordvik Marine AS
KAR! LUND
Operations Manager
kari.lund@nordvlk-marine.no""",
        {"name": "Kari Lund", "email": "kari.lund@nordvik-marine.no"},
    ),
    (
        "o-mail-subdomain-beside-main-street",
        """Tariq Haddad
Analyst
tariq@mail.brightoakcapital.com
55 Main Street, Boston, MA 02110""",
        {"name": "Tariq Haddad", "email": "tariq@mail.brightoakcapital.com"},
    ),
    (
        "o-double-letter-lost-in-name",
        """Fiona Galagher
Project Lead
fiona.gallagher@northmere.ie""",
        {"name": "Fiona Gallagher", "email": "fiona.gallagher@northmere.ie"},
    ),
    (
        "o-given-names-run-together",
        """Harbor & Pine
Xiao Mei Wong
Controller
xiaomeiw@harborpine.com""",
        {"name": "Xiao Mei Wong", "email": "xiaomeiw@harborpine.com"},
    ),
    (
        "o-space-after-underscore",
        """Lena Fischer
M: +49 171 5550123
lena_ fischer7@web.de""",
        {"name": "Lena Fischer", "email": "lena_fischer7@web.de"},
    ),
    (
        "o-space-inside-domain",
        """Silverbrook Analytics Ltd.
Ravi Iyer
Data Scientist
ravi@silver brookanalytics.com""",
        {"name": "Ravi Iyer", "email": "ravi@silverbrookanalytics.com"},
    ),
    (
        "o-logo-dots-before-company",
        """A..K Ashgrove Partners LLP
Nina Petrova
Associate
nina.petrova@ashgrove.co.uk""",
        {"name": "Nina Petrova", "company": "Ashgrove Partners LLP"},
    ),
    (
        "o-dot-and-l-read-as-capital-L",
        """Daniel P. Whitlow
Landscape Architect
M: +1 503 555 0119
danieLwhitlow@fastmail.com
www.danielpwhitlowdesign.com""",
        {"name": "Daniel P. Whitlow", "email": "daniel.whitlow@fastmail.com", "company": None},
    ),
    (
        "o-double-barrelled-prefixed-surnames",
        """Aoife O'Neill-Byrne
Solicitor
Carrick & Vale LLP
aoife.oneillbyrne@carrickvale.ie""",
        {"name": "Aoife O'Neill-Byrne", "company": "Carrick & Vale LLP"},
    ),
    (
        "o-bracket-speck-in-local-part",
        """Ines Duarte-Costa
Buyer
E: i)duartecosta@lisbonweave.pt""",
        {"name": "Ines Duarte-Costa", "email": "iduartecosta@lisbonweave.pt"},
    ),
    (
        "o-pipe-glued-to-trunk-zero",
        """Margaux Petit
Office | +33 4 78 55 01 20 | Fax |04 78 55 01 29
margaux.petit@lyoncraft.fr""",
        {"phones": {"+33478550120": "work", "+33478550129": "fax"}},
    ),
    (
        "o-colon-after-area-code",
        """Dale Whitaker
Cell | +1 (312): 555-0164
dwhitaker@prairieline.com""",
        {"phones": {"+13125550164": "mobile"}},
    ),
    (
        "o-name-words-each-a-slip-from-the-address",
        """OHAMMED RAHMAT
Director
mohammed.rahman@gulfcrest.ae""",
        {"name": "Mohammed Rahman", "email": "mohammed.rahman@gulfcrest.ae"},
    ),
    (
        "o-first-letter-lost-address-is-the-given-name",
        """lartina Kovac
Producer
martina@brightfilm.cz""",
        {"name": "Martina Kovac"},
    ),
    (
        "o-exclamation-marks-for-l-in-address",
        """Priya Menon
priya@hi!!crest.in""",
        {"email": "priya@hillcrest.in"},
    ),
    (
        "o-kanji-name-read-as-capitals-on-a-company-card",
        """Kitakaze Logistics K.K.
MRT HK
TEL 06-6345-2210
E: info@kitakaze-logi.co.jp
2-3-1 Umeda, Kita-ku, Osaka 530-0001""",
        {"name": None, "email": "info@kitakaze-logi.co.jp", "phones": {"+81663452210": "work"}},
    ),
    (
        "o-hyphenated-name-one-letter-off",
        """Clara Ounmore-Pike
Recruiter
clara.dunmorepike@fernhill.co.nz""",
        {"name": "Clara Dunmore-Pike"},
    ),
    (
        "o-l-among-trailing-digits",
        """Tomasz Nowak
M: +48 601 555 013
tomasz.nowakl2@gmail.com""",
        {"email": "tomasz.nowak12@gmail.com"},
    ),
    (
        "o-mail-provider-split-by-a-space",
        """Megan Price
Tutor
megan.price19@g mail. com""",
        {"email": "megan.price19@gmail.com"},
    ),
    (
        "o-digits-split-before-at",
        """Arun Das
arun.das4 7@yahoo.com""",
        {"email": "arun.das47@yahoo.com"},
    ),
    (
        "o-domain-letter-doubled-company-spells-it",
        """Corvane Systems Ltd.
Helen Brooks
h.brooks@Ccorvane.com""",
        {"email": "h.brooks@corvane.com"},
    ),
    (
        "o-department-spelled-by-its-address",
        """Harbor Motors
SALES DEPT
salesdep@harbormotors.com""",
        {"name": None, "company": "Harbor Motors"},
    ),
    (
        "o-space-before-a-hyphen-in-a-name",
        """Grace Holloway -Price
Consultant
gholloway@wrenfield.com""",
        {"name": "Grace Holloway-Price"},
    ),
]

ALL: list[Case] = GENERATED + HAND
