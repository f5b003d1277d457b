"""Blind hold-out table 15: sixty business-card texts with the contact expected from each.

Written without sight of the parser or of any earlier table.  Each list holds tuples
``(case_id, text, expected)``; ``text`` is the card as OCR would return it, one printed
line per line.  ``US`` (25) reads like flatbed scans: clean text, many trades and layouts.
``JP`` (25) reads like phone photos of the Latin side of Japanese cards: some kanji/kana
lines (real text or noise) and some OCR slips -- a stray ``|``, ``©``, ``~`` or ``・`` at a
line start, ``O`` for ``0`` inside a number, a label glued to its number
(``TEL03-...``), an email with spaces around ``@`` or ``©`` read for ``@``.  ``INTL`` (10)
comes from the UK, Germany, Singapore, India, Australia and France.  Five cards name no
person (b15-04, b15-14, b15-32, b15-40, b15-59).

Conventions of ``expected``:

- name: the printed Latin name, case as printed, with honorifics and credentials removed
  (Dr., CPA, Esq., MD, M.D., PhD, Ph.D., DDS, AIA, CFP, ChFC, PT, DPT, OCS, FAAFP, CEng,
  MIMechE ...) and generational suffixes (Jr., III) kept.  Middle initials stay in
  ``name``.  None when the card names no person (then given/family/title are None too).
- given_name: the given-name word(s) as printed (``"Maria Elena"``, ``"Wei Ming"``);
  family_name: the family-name word as printed (``"YAMADA"``, ``"Tran-Holloway"``).
  Middle initials and suffixes are in neither.  Japanese names appear in both orders
  (``Taro YAMADA`` and ``SATO Hanako``); the upper-case word is the family name.  The
  Singapore name ``Tan Wei Ming`` is family-first.
- title: the printed role line, as printed, one line (where a department is printed it
  shares the role's line, e.g. ``"Manager, Overseas Sales Dept."``).  Taglines and lists
  of services (``"Weddings · Portraits · Events"``) are not titles.  None when absent.
- company: the organisation's Latin name as printed, legal suffix included
  (``"HOSHINO TRADING CO., LTD."``), without stray OCR characters.  None when absent.
- emails: in printed order, as meant (spaces around ``@`` removed, ``©`` read for ``@``
  corrected), domain lower-case.  Social handles such as ``@honeyandryebakery`` are not
  emails.
- phones: in printed order, E.164, extensions dropped (``x204``, ``ext. 12``,
  ``Ext 4417``, ``(ext. 3120)``), ``O`` read for ``0`` corrected.  kind:
  Tel/Tel./TEL/Tél./T/P/Ph/Phone/Office/O/Direct/DID/Main/Clinic/Toll-Free/Free Dial/☎
  -> "work"; Cell/Cellular/Mobile/Mobil/Mob/Mob./M/C/HP/Port./携帯 -> "mobile";
  Fax/FAX/F -> "fax"; Home/H -> "home"; unlabelled -> None, except an unlabelled Japanese
  mobile (070/080/090, also written +81 70/80/90) -> "mobile".  Every number is valid
  for its region per the ``phonenumbers`` library.  Licence numbers (DRE #...), postal
  codes, opening hours and years are not phones.
- websites: in printed order, as printed (``"www.acme.com"``, ``"https://www.x.co.jp"``,
  ``"acme.com"``).
- address: the Latin postal address as printed, its lines (or its ``·``-separated parts)
  joined with ", ", a leading ``a:`` label dropped; the country is kept when printed.
  Kanji address lines are not part of it.  None when absent.
"""

US = [
    (
        "b15-01",
        "Marcus D. Whitfield, Esq.\n"
        "Partner\n"
        "Harlan, Whitfield & Rowe LLP\n"
        "1100 Peachtree Street NE, Suite 2400\n"
        "Atlanta, GA 30309\n"
        "T 404.881.3920\n"
        "F 404.881.3921\n"
        "mwhitfield@hwrlaw.com\n"
        "www.hwrlaw.com",
        {
            "name": "Marcus D. Whitfield",
            "given_name": "Marcus",
            "family_name": "Whitfield",
            "title": "Partner",
            "company": "Harlan, Whitfield & Rowe LLP",
            "emails": ["mwhitfield@hwrlaw.com"],
            "phones": [
                {"number": "+14048813920", "kind": "work"},
                {"number": "+14048813921", "kind": "fax"},
            ],
            "websites": ["www.hwrlaw.com"],
            "address": "1100 Peachtree Street NE, Suite 2400, Atlanta, GA 30309",
        },
    ),
    (
        "b15-02",
        "Cedar Valley Family Medicine\n"
        "Ellen M. Okafor, MD, FAAFP\n"
        "Medical Director\n"
        "2207 W. Main Street\n"
        "Bozeman, MT 59718\n"
        "Phone (406) 587-2140\n"
        "Fax (406) 587-2149\n"
        "cedarvalleyfm.org",
        {
            "name": "Ellen M. Okafor",
            "given_name": "Ellen",
            "family_name": "Okafor",
            "title": "Medical Director",
            "company": "Cedar Valley Family Medicine",
            "emails": [],
            "phones": [
                {"number": "+14065872140", "kind": "work"},
                {"number": "+14065872149", "kind": "fax"},
            ],
            "websites": ["cedarvalleyfm.org"],
            "address": "2207 W. Main Street, Bozeman, MT 59718",
        },
    ),
    (
        "b15-03",
        "Jessica Tran-Holloway\n"
        "Broker Associate\n"
        "Coastline Realty Group\n"
        "DRE #01987654\n"
        "M: 949-302-7716\n"
        "O: 949-644-1800\n"
        "jessica@coastlinerealtygroup.com\n"
        "coastlinerealtygroup.com\n"
        "3300 Pacific Coast Hwy, Newport Beach, CA 92663",
        {
            "name": "Jessica Tran-Holloway",
            "given_name": "Jessica",
            "family_name": "Tran-Holloway",
            "title": "Broker Associate",
            "company": "Coastline Realty Group",
            "emails": ["jessica@coastlinerealtygroup.com"],
            "phones": [
                {"number": "+19493027716", "kind": "mobile"},
                {"number": "+19496441800", "kind": "work"},
            ],
            "websites": ["coastlinerealtygroup.com"],
            "address": "3300 Pacific Coast Hwy, Newport Beach, CA 92663",
        },
    ),
    (
        "b15-04",
        "THE SALT CELLAR\n"
        "Oyster Bar & Grill\n"
        "412 Harbor Street\n"
        "Portland, ME 04101\n"
        "Tel (207) 774-3310\n"
        "www.saltcellarportland.com\n"
        "Open Tue-Sun 5pm-11pm",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "THE SALT CELLAR",
            "emails": [],
            "phones": [{"number": "+12077743310", "kind": "work"}],
            "websites": ["www.saltcellarportland.com"],
            "address": "412 Harbor Street, Portland, ME 04101",
        },
    ),
    (
        "b15-05",
        "Westbrook State University\n"
        "Rajiv S. Menon, PhD\n"
        "Associate Professor of Mechanical Engineering\n"
        "2710 College Avenue\n"
        "Corvallis, OR 97330\n"
        "Phone: 541-737-4418\n"
        "rmenon@westbrook.edu",
        {
            "name": "Rajiv S. Menon",
            "given_name": "Rajiv",
            "family_name": "Menon",
            "title": "Associate Professor of Mechanical Engineering",
            "company": "Westbrook State University",
            "emails": ["rmenon@westbrook.edu"],
            "phones": [{"number": "+15417374418", "kind": "work"}],
            "websites": [],
            "address": "2710 College Avenue, Corvallis, OR 97330",
        },
    ),
    (
        "b15-06",
        "dana@loopwise.io | 415.806.2231\nloopwise.io\nDana Kowalczyk\nCo-Founder & CEO\nLoopwise",
        {
            "name": "Dana Kowalczyk",
            "given_name": "Dana",
            "family_name": "Kowalczyk",
            "title": "Co-Founder & CEO",
            "company": "Loopwise",
            "emails": ["dana@loopwise.io"],
            "phones": [{"number": "+14158062231", "kind": None}],
            "websites": ["loopwise.io"],
            "address": None,
        },
    ),
    (
        "b15-07",
        "RIVERSIDE PLUMBING & HEATING, INC.\n"
        "Licensed • Bonded • Insured\n"
        "Tom Brennan Jr.\n"
        "Owner / Master Plumber\n"
        "Cell 614-580-2273\n"
        "Office 614-268-4410\n"
        "Toll-Free 1-800-873-4328\n"
        "PO Box 2281, Columbus, OH 43216\n"
        "riversideplumbingoh.com",
        {
            "name": "Tom Brennan Jr.",
            "given_name": "Tom",
            "family_name": "Brennan",
            "title": "Owner / Master Plumber",
            "company": "RIVERSIDE PLUMBING & HEATING, INC.",
            "emails": [],
            "phones": [
                {"number": "+16145802273", "kind": "mobile"},
                {"number": "+16142684410", "kind": "work"},
                {"number": "+18008734328", "kind": "work"},
            ],
            "websites": ["riversideplumbingoh.com"],
            "address": "PO Box 2281, Columbus, OH 43216",
        },
    ),
    (
        "b15-08",
        "Harbor Lights Literacy Project\n"
        "Angela R. Duarte\n"
        "Director of Development\n"
        "617-427-0850 ext. 12\n"
        "aduarte@harborlightsliteracy.org\n"
        "www.harborlightsliteracy.org\n"
        "45 Dudley Street, Roxbury, MA 02119",
        {
            "name": "Angela R. Duarte",
            "given_name": "Angela",
            "family_name": "Duarte",
            "title": "Director of Development",
            "company": "Harbor Lights Literacy Project",
            "emails": ["aduarte@harborlightsliteracy.org"],
            "phones": [{"number": "+16174270850", "kind": None}],
            "websites": ["www.harborlightsliteracy.org"],
            "address": "45 Dudley Street, Roxbury, MA 02119",
        },
    ),
    (
        "b15-09",
        "Robert T. Hale Jr., CPA\n"
        "Senior Tax Manager\n"
        "Brightwater Advisors, PLLC\n"
        "Tel 312.641.2200 x204\n"
        "Direct 312.641.2264\n"
        "Fax 312.641.2201\n"
        "rhale@brightwateradvisors.com\n"
        "225 W. Wacker Drive, Suite 1650\n"
        "Chicago, IL 60606",
        {
            "name": "Robert T. Hale Jr.",
            "given_name": "Robert",
            "family_name": "Hale",
            "title": "Senior Tax Manager",
            "company": "Brightwater Advisors, PLLC",
            "emails": ["rhale@brightwateradvisors.com"],
            "phones": [
                {"number": "+13126412200", "kind": "work"},
                {"number": "+13126412264", "kind": "work"},
                {"number": "+13126412201", "kind": "fax"},
            ],
            "websites": [],
            "address": "225 W. Wacker Drive, Suite 1650, Chicago, IL 60606",
        },
    ),
    (
        "b15-10",
        "Dr. Samantha Lin, DDS\n"
        "Lakeshore Family Dentistry\n"
        "Gentle care for the whole family\n"
        "8120 N. Lakeshore Blvd.\n"
        "Milwaukee, WI 53217\n"
        "P: 414-352-7788\n"
        "E: frontdesk@lakeshoredentistry.com\n"
        "lakeshoredentistry.com",
        {
            "name": "Samantha Lin",
            "given_name": "Samantha",
            "family_name": "Lin",
            "title": None,
            "company": "Lakeshore Family Dentistry",
            "emails": ["frontdesk@lakeshoredentistry.com"],
            "phones": [{"number": "+14143527788", "kind": "work"}],
            "websites": ["lakeshoredentistry.com"],
            "address": "8120 N. Lakeshore Blvd., Milwaukee, WI 53217",
        },
    ),
    (
        "b15-11",
        "Whitaker Commercial Properties\n"
        "James L. Whitaker III\n"
        "Principal Broker\n"
        "☎ 512-474-3009\n"
        "Cell 512-923-6118\n"
        "✉ james@whitakercp.com\n"
        "⊕ whitakercp.com\n"
        "600 Congress Ave., Suite 1200 · Austin, TX 78701",
        {
            "name": "James L. Whitaker III",
            "given_name": "James",
            "family_name": "Whitaker",
            "title": "Principal Broker",
            "company": "Whitaker Commercial Properties",
            "emails": ["james@whitakercp.com"],
            "phones": [
                {"number": "+15124743009", "kind": "work"},
                {"number": "+15129236118", "kind": "mobile"},
            ],
            "websites": ["whitakercp.com"],
            "address": "600 Congress Ave., Suite 1200, Austin, TX 78701",
        },
    ),
    (
        "b15-12",
        "Insurance Agent\n"
        "KEVIN O'DONNELL\n"
        "Granite State Mutual Insurance\n"
        "Office 603-224-5190 | Cell 603-770-1842\n"
        "kodonnell@granitestatemutual.com\n"
        "17 Pleasant Street\n"
        "Concord, NH 03301",
        {
            "name": "KEVIN O'DONNELL",
            "given_name": "KEVIN",
            "family_name": "O'DONNELL",
            "title": "Insurance Agent",
            "company": "Granite State Mutual Insurance",
            "emails": ["kodonnell@granitestatemutual.com"],
            "phones": [
                {"number": "+16032245190", "kind": "work"},
                {"number": "+16037701842", "kind": "mobile"},
            ],
            "websites": [],
            "address": "17 Pleasant Street, Concord, NH 03301",
        },
    ),
    (
        "b15-13",
        "fernhill studio\n"
        "architecture + interiors\n"
        "priya natarajan, aia\n"
        "principal\n"
        "t 503 228 1174\n"
        "m 503 860 4452\n"
        "priya@fernhillstudio.com\n"
        "fernhillstudio.com\n"
        "1030 nw johnson st, portland or 97209",
        {
            "name": "priya natarajan",
            "given_name": "priya",
            "family_name": "natarajan",
            "title": "principal",
            "company": "fernhill studio",
            "emails": ["priya@fernhillstudio.com"],
            "phones": [
                {"number": "+15032281174", "kind": "work"},
                {"number": "+15038604452", "kind": "mobile"},
            ],
            "websites": ["fernhillstudio.com"],
            "address": "1030 nw johnson st, portland or 97209",
        },
    ),
    (
        "b15-14",
        "Mesa Auto & Tire\n"
        "Complete Auto Repair · Tires · Alignment\n"
        "1845 E. Baseline Rd\n"
        "Mesa, AZ 85204\n"
        "(480) 892-6617\n"
        "service@mesaautotire.com\n"
        "Mon-Fri 7:30-6:00  Sat 8:00-2:00",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Mesa Auto & Tire",
            "emails": ["service@mesaautotire.com"],
            "phones": [{"number": "+14808926617", "kind": None}],
            "websites": [],
            "address": "1845 E. Baseline Rd, Mesa, AZ 85204",
        },
    ),
    (
        "b15-15",
        "Northfield Wealth Partners\n"
        "Catherine A. Ng-Bauer, CFP®, ChFC\n"
        "Senior Wealth Advisor\n"
        "Direct: (952) 841-3307\n"
        "Main: (952) 841-3300\n"
        "Toll Free: (888) 841-3300\n"
        "cng-bauer@northfieldwp.com\n"
        "7900 Xerxes Ave S, Suite 1100\n"
        "Bloomington, MN 55431\n"
        "Securities offered through Compass Point Securities, LLC. Member FINRA/SIPC",
        {
            "name": "Catherine A. Ng-Bauer",
            "given_name": "Catherine",
            "family_name": "Ng-Bauer",
            "title": "Senior Wealth Advisor",
            "company": "Northfield Wealth Partners",
            "emails": ["cng-bauer@northfieldwp.com"],
            "phones": [
                {"number": "+19528413307", "kind": "work"},
                {"number": "+19528413300", "kind": "work"},
                {"number": "+18888413300", "kind": "work"},
            ],
            "websites": [],
            "address": "7900 Xerxes Ave S, Suite 1100, Bloomington, MN 55431",
        },
    ),
    (
        "b15-16",
        "Sinclair Children's Hospital\n"
        "Oluwaseun A. Adebayo, MD, PhD\n"
        "Attending Physician, Pediatric Cardiology\n"
        "Office 216-844-3377 · Fax 216-844-3390\n"
        "oadebayo@sinclairchildrens.org\n"
        "11100 Euclid Avenue, Cleveland, OH 44106",
        {
            "name": "Oluwaseun A. Adebayo",
            "given_name": "Oluwaseun",
            "family_name": "Adebayo",
            "title": "Attending Physician, Pediatric Cardiology",
            "company": "Sinclair Children's Hospital",
            "emails": ["oadebayo@sinclairchildrens.org"],
            "phones": [
                {"number": "+12168443377", "kind": "work"},
                {"number": "+12168443390", "kind": "fax"},
            ],
            "websites": [],
            "address": "11100 Euclid Avenue, Cleveland, OH 44106",
        },
    ),
    (
        "b15-17",
        "p: 646.397.2810\n"
        "e: lucas@brightlinecreative.com\n"
        "w: brightlinecreative.com\n"
        "a: 27 W 24th St, 9th Floor, New York, NY 10010\n"
        "Brightline Creative\n"
        "Lucas Ferreira\n"
        "Creative Director",
        {
            "name": "Lucas Ferreira",
            "given_name": "Lucas",
            "family_name": "Ferreira",
            "title": "Creative Director",
            "company": "Brightline Creative",
            "emails": ["lucas@brightlinecreative.com"],
            "phones": [{"number": "+16463972810", "kind": "work"}],
            "websites": ["brightlinecreative.com"],
            "address": "27 W 24th St, 9th Floor, New York, NY 10010",
        },
    ),
    (
        "b15-18",
        "Honey & Rye Bakery\n"
        "Maria Elena Castillo\n"
        "Owner & Head Baker\n"
        "Cell: 210-419-6652\n"
        "hello@honeyandrye.com\n"
        "@honeyandryebakery\n"
        "1518 S. Presa St., San Antonio, TX 78210",
        {
            "name": "Maria Elena Castillo",
            "given_name": "Maria Elena",
            "family_name": "Castillo",
            "title": "Owner & Head Baker",
            "company": "Honey & Rye Bakery",
            "emails": ["hello@honeyandrye.com"],
            "phones": [{"number": "+12104196652", "kind": "mobile"}],
            "websites": [],
            "address": "1518 S. Presa St., San Antonio, TX 78210",
        },
    ),
    (
        "b15-19",
        "ORBITAL DATA SYSTEMS\n"
        "Nathan J. Greer | Solutions Architect\n"
        "Phone 919.544.0300 Ext 4417\n"
        "Mobile 919.802.3351\n"
        "nathan.greer@orbitaldata.com\n"
        "www.orbitaldata.com\n"
        "4020 Stirrup Creek Drive, Durham, NC 27703",
        {
            "name": "Nathan J. Greer",
            "given_name": "Nathan",
            "family_name": "Greer",
            "title": "Solutions Architect",
            "company": "ORBITAL DATA SYSTEMS",
            "emails": ["nathan.greer@orbitaldata.com"],
            "phones": [
                {"number": "+19195440300", "kind": "work"},
                {"number": "+19198023351", "kind": "mobile"},
            ],
            "websites": ["www.orbitaldata.com"],
            "address": "4020 Stirrup Creek Drive, Durham, NC 27703",
        },
    ),
    (
        "b15-20",
        "Summit Physical Therapy\n"
        "Rachel Goldstein, PT, DPT, OCS\n"
        "Clinic Director\n"
        "Phone 303.733.9120  Fax 303.733.9121\n"
        "rgoldstein@summitptdenver.com\n"
        "summitptdenver.com\n"
        "1550 S. Pearl Street, Unit 4\n"
        "Denver, CO 80210",
        {
            "name": "Rachel Goldstein",
            "given_name": "Rachel",
            "family_name": "Goldstein",
            "title": "Clinic Director",
            "company": "Summit Physical Therapy",
            "emails": ["rgoldstein@summitptdenver.com"],
            "phones": [
                {"number": "+13037339120", "kind": "work"},
                {"number": "+13037339121", "kind": "fax"},
            ],
            "websites": ["summitptdenver.com"],
            "address": "1550 S. Pearl Street, Unit 4, Denver, CO 80210",
        },
    ),
    (
        "b15-21",
        "Harlan County Soil & Water Conservation District\n"
        "Walter P. Simmons\n"
        "District Conservationist\n"
        "P.O. Box 417\n"
        "Harlan, KY 40831\n"
        "Office (606) 573-2210\n"
        "Fax (606) 573-2215",
        {
            "name": "Walter P. Simmons",
            "given_name": "Walter",
            "family_name": "Simmons",
            "title": "District Conservationist",
            "company": "Harlan County Soil & Water Conservation District",
            "emails": [],
            "phones": [
                {"number": "+16065732210", "kind": "work"},
                {"number": "+16065732215", "kind": "fax"},
            ],
            "websites": [],
            "address": "P.O. Box 417, Harlan, KY 40831",
        },
    ),
    (
        "b15-22",
        "Anne-Marie Dubois\n"
        "VICE PRESIDENT, BUSINESS DEVELOPMENT\n"
        "Keystone Logistics Group\n"
        "Direct +1 (717) 920-4481\n"
        "Mobile +1 (717) 645-2290\n"
        "annemarie.dubois@keystonelog.com\n"
        "keystonelog.com\n"
        "2400 Market Street, Harrisburg, PA 17103",
        {
            "name": "Anne-Marie Dubois",
            "given_name": "Anne-Marie",
            "family_name": "Dubois",
            "title": "VICE PRESIDENT, BUSINESS DEVELOPMENT",
            "company": "Keystone Logistics Group",
            "emails": ["annemarie.dubois@keystonelog.com"],
            "phones": [
                {"number": "+17179204481", "kind": "work"},
                {"number": "+17176452290", "kind": "mobile"},
            ],
            "websites": ["keystonelog.com"],
            "address": "2400 Market Street, Harrisburg, PA 17103",
        },
    ),
    (
        "b15-23",
        "Theo Marchetti Photography\n"
        "Theo Marchetti\n"
        "Weddings · Portraits · Events\n"
        "(704) 619-3385 · theo@marchettiphoto.com · marchettiphoto.com",
        {
            "name": "Theo Marchetti",
            "given_name": "Theo",
            "family_name": "Marchetti",
            "title": None,
            "company": "Theo Marchetti Photography",
            "emails": ["theo@marchettiphoto.com"],
            "phones": [{"number": "+17046193385", "kind": None}],
            "websites": ["marchettiphoto.com"],
            "address": None,
        },
    ),
    (
        "b15-24",
        "Gregory S. Albright\n"
        "Attorney at Law\n"
        "Estate Planning · Probate · Elder Law\n"
        "Albright Law Office\n"
        "101 N. Main Street, Suite 3\n"
        "Ann Arbor, MI 48104\n"
        "Tel. 734.662.0418\n"
        "Home 734.971.5526\n"
        "greg@albrightlawaa.com",
        {
            "name": "Gregory S. Albright",
            "given_name": "Gregory",
            "family_name": "Albright",
            "title": "Attorney at Law",
            "company": "Albright Law Office",
            "emails": ["greg@albrightlawaa.com"],
            "phones": [
                {"number": "+17346620418", "kind": "work"},
                {"number": "+17349715526", "kind": "home"},
            ],
            "websites": [],
            "address": "101 N. Main Street, Suite 3, Ann Arbor, MI 48104",
        },
    ),
    (
        "b15-25",
        "GREENLEAF SOLAR CO.\n"
        "Derek Yamamoto-Price\n"
        "Field Operations Manager\n"
        "C 808-294-7713\n"
        "T 808-532-6600\n"
        "derek@greenleafsolar.co\n"
        "greenleafsolar.co\n"
        "91-1185 Renton Rd, Ewa Beach, HI 96706",
        {
            "name": "Derek Yamamoto-Price",
            "given_name": "Derek",
            "family_name": "Yamamoto-Price",
            "title": "Field Operations Manager",
            "company": "GREENLEAF SOLAR CO.",
            "emails": ["derek@greenleafsolar.co"],
            "phones": [
                {"number": "+18082947713", "kind": "mobile"},
                {"number": "+18085326600", "kind": "work"},
            ],
            "websites": ["greenleafsolar.co"],
            "address": "91-1185 Renton Rd, Ewa Beach, HI 96706",
        },
    ),
]

JP = [
    (
        "b15-26",
        "HOSHINO TRADING CO., LTD.\n"
        "Manager, Overseas Sales Dept.\n"
        "Taro YAMADA\n"
        "5-2-1 Ginza, Chuo-ku, Tokyo 104-0061 Japan\n"
        "TEL: +81-3-5512-3408  FAX: +81-3-5512-3409\n"
        "Mobile: +81-90-4127-8853\n"
        "E-mail: t.yamada@hoshino-trading.co.jp\n"
        "https://www.hoshino-trading.co.jp",
        {
            "name": "Taro YAMADA",
            "given_name": "Taro",
            "family_name": "YAMADA",
            "title": "Manager, Overseas Sales Dept.",
            "company": "HOSHINO TRADING CO., LTD.",
            "emails": ["t.yamada@hoshino-trading.co.jp"],
            "phones": [
                {"number": "+81355123408", "kind": "work"},
                {"number": "+81355123409", "kind": "fax"},
                {"number": "+819041278853", "kind": "mobile"},
            ],
            "websites": ["https://www.hoshino-trading.co.jp"],
            "address": "5-2-1 Ginza, Chuo-ku, Tokyo 104-0061 Japan",
        },
    ),
    (
        "b15-27",
        "株式会社ミドリ精機\n"
        "MIDORI SEIKI K.K.\n"
        "SATO Hanako\n"
        "Senior Engineer, R&D Center\n"
        "TEL03-6380-2214\n"
        "FAX03-6380-2215\n"
        "hanako.sato@midoriseiki.co.jp\n"
        "2-14-8 Shibaura, Minato-ku, Tokyo 108-0023",
        {
            "name": "SATO Hanako",
            "given_name": "Hanako",
            "family_name": "SATO",
            "title": "Senior Engineer, R&D Center",
            "company": "MIDORI SEIKI K.K.",
            "emails": ["hanako.sato@midoriseiki.co.jp"],
            "phones": [
                {"number": "+81363802214", "kind": "work"},
                {"number": "+81363802215", "kind": "fax"},
            ],
            "websites": [],
            "address": "2-14-8 Shibaura, Minato-ku, Tokyo 108-0023",
        },
    ),
    (
        "b15-28",
        "Kenji Nakamura\n"
        "General Manager\n"
        "Naniwa Logistics Corporation\n"
        "3-6-1 Nakanoshima, Kita-ku, Osaka 530-0005\n"
        "Tel. 06-6441-7720\n"
        "Mobile 090-3318-2046\n"
        "kenji.nakamura @ naniwa-logi.co.jp",
        {
            "name": "Kenji Nakamura",
            "given_name": "Kenji",
            "family_name": "Nakamura",
            "title": "General Manager",
            "company": "Naniwa Logistics Corporation",
            "emails": ["kenji.nakamura@naniwa-logi.co.jp"],
            "phones": [
                {"number": "+81664417720", "kind": "work"},
                {"number": "+819033182046", "kind": "mobile"},
            ],
            "websites": [],
            "address": "3-6-1 Nakanoshima, Kita-ku, Osaka 530-0005",
        },
    ),
    (
        "b15-29",
        "Yokohama Marine Systems Inc.\n"
        "Director, Business Planning\n"
        "Hiroshi TANAKA\n"
        "T: 045-2O1-8836\n"
        "M: 080-6612-4O93\n"
        "h-tanaka@ymsys.co.jp\n"
        "www.ymsys.co.jp\n"
        "1-1-2 Minatomirai, Nishi-ku, Yokohama 220-0012",
        {
            "name": "Hiroshi TANAKA",
            "given_name": "Hiroshi",
            "family_name": "TANAKA",
            "title": "Director, Business Planning",
            "company": "Yokohama Marine Systems Inc.",
            "emails": ["h-tanaka@ymsys.co.jp"],
            "phones": [
                {"number": "+81452018836", "kind": "work"},
                {"number": "+818066124093", "kind": "mobile"},
            ],
            "websites": ["www.ymsys.co.jp"],
            "address": "1-1-2 Minatomirai, Nishi-ku, Yokohama 220-0012",
        },
    ),
    (
        "b15-30",
        "| ヤマモト\n"
        "Yuki YAMAMOTO\n"
        "| Designer\n"
        "Kumo Design Studio Inc.\n"
        "yuki@kumo-design.jp | www.kumo-design.jp\n"
        "070-2245-9918\n"
        "4-22-7 Jingumae, Shibuya-ku, Tokyo 150-0001",
        {
            "name": "Yuki YAMAMOTO",
            "given_name": "Yuki",
            "family_name": "YAMAMOTO",
            "title": "Designer",
            "company": "Kumo Design Studio Inc.",
            "emails": ["yuki@kumo-design.jp"],
            "phones": [{"number": "+817022459918", "kind": "mobile"}],
            "websites": ["www.kumo-design.jp"],
            "address": "4-22-7 Jingumae, Shibuya-ku, Tokyo 150-0001",
        },
    ),
    (
        "b15-31",
        "© CHUBU PRECISION INDUSTRIES, LTD.\n"
        "ITO Daisuke\n"
        "Assistant Manager, Quality Assurance\n"
        "2-3-15 Meieki, Nakamura-ku, Nagoya 450-0002, Japan\n"
        "Phone +81 52-581-3307\n"
        "Fax +81 52-581-3308\n"
        "daisuke.ito@chubu-precision.co.jp",
        {
            "name": "ITO Daisuke",
            "given_name": "Daisuke",
            "family_name": "ITO",
            "title": "Assistant Manager, Quality Assurance",
            "company": "CHUBU PRECISION INDUSTRIES, LTD.",
            "emails": ["daisuke.ito@chubu-precision.co.jp"],
            "phones": [
                {"number": "+81525813307", "kind": "work"},
                {"number": "+81525813308", "kind": "fax"},
            ],
            "websites": [],
            "address": "2-3-15 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
        },
    ),
    (
        "b15-32",
        "京都 茶寮 みやび\n"
        "Sabo Miyabi\n"
        "Japanese Tea House\n"
        "12 Gionmachi Minamigawa, Higashiyama-ku, Kyoto 605-0074\n"
        "TEL 075-561-2298\n"
        "Open 11:00-18:00 / Closed Wednesdays\n"
        "www.sabo-miyabi.jp",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Sabo Miyabi",
            "emails": [],
            "phones": [{"number": "+81755612298", "kind": "work"}],
            "websites": ["www.sabo-miyabi.jp"],
            "address": "12 Gionmachi Minamigawa, Higashiyama-ku, Kyoto 605-0074",
        },
    ),
    (
        "b15-33",
        "Akiko Mori\n"
        "Sales Representative\n"
        "Hakata Foods Co., Ltd.\n"
        "Tel +81 (0)92-473-6610\n"
        "Cell +81 (0)80-4418-2275\n"
        "@ akiko.mori@hakatafoods.co.jp\n"
        "1-8-5 Hakataekimae, Hakata-ku, Fukuoka 812-0011",
        {
            "name": "Akiko Mori",
            "given_name": "Akiko",
            "family_name": "Mori",
            "title": "Sales Representative",
            "company": "Hakata Foods Co., Ltd.",
            "emails": ["akiko.mori@hakatafoods.co.jp"],
            "phones": [
                {"number": "+81924736610", "kind": "work"},
                {"number": "+818044182275", "kind": "mobile"},
            ],
            "websites": [],
            "address": "1-8-5 Hakataekimae, Hakata-ku, Fukuoka 812-0011",
        },
    ),
    (
        "b15-34",
        "TEL 011-241-6637 / FAX 011-241-6638\n"
        "E-MAIL s.kobayashi@hokkaido-dairy.co.jp\n"
        "Hokkaido Dairy Corporation\n"
        "Shota KOBAYASHI\n"
        "Research Scientist\n"
        "北海道札幌市中央区北3条西4丁目1-1\n"
        "1-1 Kita 3-jo Nishi 4-chome, Chuo-ku, Sapporo 060-0003",
        {
            "name": "Shota KOBAYASHI",
            "given_name": "Shota",
            "family_name": "KOBAYASHI",
            "title": "Research Scientist",
            "company": "Hokkaido Dairy Corporation",
            "emails": ["s.kobayashi@hokkaido-dairy.co.jp"],
            "phones": [
                {"number": "+81112416637", "kind": "work"},
                {"number": "+81112416638", "kind": "fax"},
            ],
            "websites": [],
            "address": "1-1 Kita 3-jo Nishi 4-chome, Chuo-ku, Sapporo 060-0003",
        },
    ),
    (
        "b15-35",
        "Aoi Labs Inc.\n"
        "Ryo Fujimoto\n"
        "Founder & CEO\n"
        "ryo@aoilabs.jp\n"
        "050-3184-7726\n"
        "aoilabs.jp\n"
        "WeWork Otemachi, 1-6-1 Otemachi, Chiyoda-ku, Tokyo 100-0004",
        {
            "name": "Ryo Fujimoto",
            "given_name": "Ryo",
            "family_name": "Fujimoto",
            "title": "Founder & CEO",
            "company": "Aoi Labs Inc.",
            "emails": ["ryo@aoilabs.jp"],
            "phones": [{"number": "+815031847726", "kind": None}],
            "websites": ["aoilabs.jp"],
            "address": "WeWork Otemachi, 1-6-1 Otemachi, Chiyoda-ku, Tokyo 100-0004",
        },
    ),
    (
        "b15-36",
        "TOKAI ELECTRIC POWER SYSTEMS CORPORATION\n"
        "鈴木 一郎 Ichiro SUZUKI\n"
        "Deputy General Manager, International Projects\n"
        "Tel: 03-3277-5104 (direct)\n"
        "Mobile: 090-7783-2519\n"
        "i-suzuki@tokai-eps.co.jp\n"
        "1-3-2 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        {
            "name": "Ichiro SUZUKI",
            "given_name": "Ichiro",
            "family_name": "SUZUKI",
            "title": "Deputy General Manager, International Projects",
            "company": "TOKAI ELECTRIC POWER SYSTEMS CORPORATION",
            "emails": ["i-suzuki@tokai-eps.co.jp"],
            "phones": [
                {"number": "+81332775104", "kind": "work"},
                {"number": "+819077832519", "kind": "mobile"},
            ],
            "websites": [],
            "address": "1-3-2 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        },
    ),
    (
        "b15-37",
        "Kansai Textile Co., Ltd.\n"
        "Export Division Chief\n"
        "OKADA Masato\n"
        "2-4-9 Honmachi, Chuo-ku, Osaka 541-0053\n"
        "Phone 06(6231)4478\n"
        "Fax 06(6231)4479\n"
        "okada@kansai-textile.co.jp",
        {
            "name": "OKADA Masato",
            "given_name": "Masato",
            "family_name": "OKADA",
            "title": "Export Division Chief",
            "company": "Kansai Textile Co., Ltd.",
            "emails": ["okada@kansai-textile.co.jp"],
            "phones": [
                {"number": "+81662314478", "kind": "work"},
                {"number": "+81662314479", "kind": "fax"},
            ],
            "websites": [],
            "address": "2-4-9 Honmachi, Chuo-ku, Osaka 541-0053",
        },
    ),
    (
        "b15-38",
        "・ Ishii & Partners Law Office\n"
        "Kazuki ISHII\n"
        "Attorney-at-Law (Japan)\n"
        "Akasaka Twin Tower 12F, 2-17-22 Akasaka, Minato-ku, Tokyo 107-0052\n"
        "TEL:03 3403 1182\n"
        "FAX:03 3403 1183\n"
        "Mail: k.ishii@ishii-law.jp",
        {
            "name": "Kazuki ISHII",
            "given_name": "Kazuki",
            "family_name": "ISHII",
            "title": "Attorney-at-Law (Japan)",
            "company": "Ishii & Partners Law Office",
            "emails": ["k.ishii@ishii-law.jp"],
            "phones": [
                {"number": "+81334031182", "kind": "work"},
                {"number": "+81334031183", "kind": "fax"},
            ],
            "websites": [],
            "address": "Akasaka Twin Tower 12F, 2-17-22 Akasaka, Minato-ku, Tokyo 107-0052",
        },
    ),
    (
        "b15-39",
        "Emi Watanabe, Ph.D.\n"
        "Senior Researcher, Institute for Advanced Materials\n"
        "Kitanomori University\n"
        "6-6-11 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579\n"
        "Tel +81-22-795-7012\n"
        "e.watanabe@kitanomori-u.ac.jp",
        {
            "name": "Emi Watanabe",
            "given_name": "Emi",
            "family_name": "Watanabe",
            "title": "Senior Researcher, Institute for Advanced Materials",
            "company": "Kitanomori University",
            "emails": ["e.watanabe@kitanomori-u.ac.jp"],
            "phones": [{"number": "+81227957012", "kind": "work"}],
            "websites": [],
            "address": "6-6-11 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8579",
        },
    ),
    (
        "b15-40",
        "Ryokan Hanaikada\n"
        "旅館 花筏\n"
        "Traditional Japanese Inn since 1921\n"
        "1-14 Yumoto, Hakone-machi, Kanagawa 250-0311\n"
        "Tel. 0460-85-5321\n"
        "info@hanaikada.jp\n"
        "www.hanaikada.jp",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "Ryokan Hanaikada",
            "emails": ["info@hanaikada.jp"],
            "phones": [{"number": "+81460855321", "kind": "work"}],
            "websites": ["www.hanaikada.jp"],
            "address": "1-14 Yumoto, Hakone-machi, Kanagawa 250-0311",
        },
    ),
    (
        "b15-41",
        "Sakura Home Solutions K.K.\n"
        "Customer Support Supervisor\n"
        "Mika HAYASHI\n"
        "Free Dial 0120-378-915\n"
        "TEL 03-5789-2260\n"
        "m.hayashi@sakura-home.co.jp\n"
        "3-1-1 Kudan-minami, Chiyoda-ku, Tokyo 102-0074",
        {
            "name": "Mika HAYASHI",
            "given_name": "Mika",
            "family_name": "HAYASHI",
            "title": "Customer Support Supervisor",
            "company": "Sakura Home Solutions K.K.",
            "emails": ["m.hayashi@sakura-home.co.jp"],
            "phones": [
                {"number": "+81120378915", "kind": "work"},
                {"number": "+81357892260", "kind": "work"},
            ],
            "websites": [],
            "address": "3-1-1 Kudan-minami, Chiyoda-ku, Tokyo 102-0074",
        },
    ),
    (
        "b15-42",
        "FUJISAWA AUTOMOTIVE PARTS K.K.\n"
        "藤沢オートモーティブパーツ株式会社\n"
        "Naoki Fujisawa\n"
        "President & CEO\n"
        "Main +81-466-27-3150\n"
        "Direct +81-466-27-3155\n"
        "naoki@fujisawa-ap.co.jp\n"
        "2-9-1 Tsujido-Shinmachi, Fujisawa, Kanagawa 251-0041",
        {
            "name": "Naoki Fujisawa",
            "given_name": "Naoki",
            "family_name": "Fujisawa",
            "title": "President & CEO",
            "company": "FUJISAWA AUTOMOTIVE PARTS K.K.",
            "emails": ["naoki@fujisawa-ap.co.jp"],
            "phones": [
                {"number": "+81466273150", "kind": "work"},
                {"number": "+81466273155", "kind": "work"},
            ],
            "websites": [],
            "address": "2-9-1 Tsujido-Shinmachi, Fujisawa, Kanagawa 251-0041",
        },
    ),
    (
        "b15-43",
        "Japan Foundation for Rural Futures\n"
        "Program Officer\n"
        "KONDO Yui\n"
        "E-mail:y.kondo@jfrf.or.jp\n"
        "Tel:03-3518-4402\n"
        "Mobile:070-1198-3345\n"
        "5F Jimbocho Bldg., 2-3 Kanda Jimbocho, Chiyoda-ku, Tokyo 101-0051",
        {
            "name": "KONDO Yui",
            "given_name": "Yui",
            "family_name": "KONDO",
            "title": "Program Officer",
            "company": "Japan Foundation for Rural Futures",
            "emails": ["y.kondo@jfrf.or.jp"],
            "phones": [
                {"number": "+81335184402", "kind": "work"},
                {"number": "+817011983345", "kind": "mobile"},
            ],
            "websites": [],
            "address": "5F Jimbocho Bldg., 2-3 Kanda Jimbocho, Chiyoda-ku, Tokyo 101-0051",
        },
    ),
    (
        "b15-44",
        "Shinji OGAWA / Chief Engineer\n"
        "Setonaikai Shipbuilding Co., Ltd.\n"
        "広島県呉市昭和町3-1\n"
        "3-1 Showa-cho, Kure, Hiroshima 737-0027\n"
        "T. 0823-26-4471\n"
        "F. 0823-26-4479\n"
        "M. 090-8854-1720\n"
        "ogawa.s@setonaikai-sb.co.jp",
        {
            "name": "Shinji OGAWA",
            "given_name": "Shinji",
            "family_name": "OGAWA",
            "title": "Chief Engineer",
            "company": "Setonaikai Shipbuilding Co., Ltd.",
            "emails": ["ogawa.s@setonaikai-sb.co.jp"],
            "phones": [
                {"number": "+81823264471", "kind": "work"},
                {"number": "+81823264479", "kind": "fax"},
                {"number": "+819088541720", "kind": "mobile"},
            ],
            "websites": [],
            "address": "3-1 Showa-cho, Kure, Hiroshima 737-0027",
        },
    ),
    (
        "b15-45",
        "Kaori INOUE\n"
        "Public Relations\n"
        "Mirai Cosmetics Co., Ltd.\n"
        "kaori.inoue©mirai-cosme.co.jp\n"
        "TEL 03-3470-6621\n"
        "携帯 080-5530-2187\n"
        "6-10-1 Roppongi, Minato-ku, Tokyo 106-6108",
        {
            "name": "Kaori INOUE",
            "given_name": "Kaori",
            "family_name": "INOUE",
            "title": "Public Relations",
            "company": "Mirai Cosmetics Co., Ltd.",
            "emails": ["kaori.inoue@mirai-cosme.co.jp"],
            "phones": [
                {"number": "+81334706621", "kind": "work"},
                {"number": "+818055302187", "kind": "mobile"},
            ],
            "websites": [],
            "address": "6-10-1 Roppongi, Minato-ku, Tokyo 106-6108",
        },
    ),
    (
        "b15-46",
        "Satoshi Kimura\n"
        "Owner Chef\n"
        "Restaurant Kimura\n"
        "1-22-13 Kitanagasa-dori, Chuo-ku, Kobe 650-0012\n"
        "078-331-0928\n"
        "Reservations recommended",
        {
            "name": "Satoshi Kimura",
            "given_name": "Satoshi",
            "family_name": "Kimura",
            "title": "Owner Chef",
            "company": "Restaurant Kimura",
            "emails": [],
            "phones": [{"number": "+81783310928", "kind": None}],
            "websites": [],
            "address": "1-22-13 Kitanagasa-dori, Chuo-ku, Kobe 650-0012",
        },
    ),
    (
        "b15-47",
        "MATSUDA Junko\n"
        "Interpreter / Translator (English - Japanese)\n"
        "Matsuda Language Services\n"
        "jmatsuda@matsuda-ls.com\n"
        "+81 90-2673-4418\n"
        "www.matsuda-ls.com\n"
        "一 ＿ 丨",
        {
            "name": "MATSUDA Junko",
            "given_name": "Junko",
            "family_name": "MATSUDA",
            "title": "Interpreter / Translator (English - Japanese)",
            "company": "Matsuda Language Services",
            "emails": ["jmatsuda@matsuda-ls.com"],
            "phones": [{"number": "+819026734418", "kind": "mobile"}],
            "websites": ["www.matsuda-ls.com"],
            "address": None,
        },
    ),
    (
        "b15-48",
        "Nippon Kogaku Data Corporation\n"
        "Takumi Abe\n"
        "Section Manager, Cloud Infrastructure\n"
        "Tel (Direct): +81-3-6738-2250\n"
        "Cellular: +81-80-3347-9102\n"
        "takumi.abe@nkdata.co.jp\n"
        "Shinagawa Intercity Tower A, 2-15-1 Konan, Minato-ku, Tokyo 108-6015",
        {
            "name": "Takumi Abe",
            "given_name": "Takumi",
            "family_name": "Abe",
            "title": "Section Manager, Cloud Infrastructure",
            "company": "Nippon Kogaku Data Corporation",
            "emails": ["takumi.abe@nkdata.co.jp"],
            "phones": [
                {"number": "+81367382250", "kind": "work"},
                {"number": "+818033479102", "kind": "mobile"},
            ],
            "websites": [],
            "address": ("Shinagawa Intercity Tower A, 2-15-1 Konan, Minato-ku, Tokyo 108-6015"),
        },
    ),
    (
        "b15-49",
        "沖縄 ちゅらうみダイビング\n"
        "Churaumi Diving Tours\n"
        "Daichi HIGA\n"
        "Dive Instructor (PADI)\n"
        "Mob. 090-6859-2214\n"
        "Tel. 098-867-3318\n"
        "daichi@churaumi-dive.com\n"
        "www.churaumi-dive.com\n"
        "2-4-11 Kumoji, Naha, Okinawa 900-0015",
        {
            "name": "Daichi HIGA",
            "given_name": "Daichi",
            "family_name": "HIGA",
            "title": "Dive Instructor (PADI)",
            "company": "Churaumi Diving Tours",
            "emails": ["daichi@churaumi-dive.com"],
            "phones": [
                {"number": "+819068592214", "kind": "mobile"},
                {"number": "+81988673318", "kind": "work"},
            ],
            "websites": ["www.churaumi-dive.com"],
            "address": "2-4-11 Kumoji, Naha, Okinawa 900-0015",
        },
    ),
    (
        "b15-50",
        "Shirokane Medical Center\n"
        "Chief Physician, Department of Dermatology\n"
        "Dr. Haruka SHIMIZU, M.D., Ph.D.\n"
        "5-9-1 Shirokane, Minato-ku, Tokyo 108-0072\n"
        "TEL +81-3-3444-6161 (ext. 3120)\n"
        "FAX +81-3-3444-6170\n"
        "shimizu-h@shirokane-mc.jp",
        {
            "name": "Haruka SHIMIZU",
            "given_name": "Haruka",
            "family_name": "SHIMIZU",
            "title": "Chief Physician, Department of Dermatology",
            "company": "Shirokane Medical Center",
            "emails": ["shimizu-h@shirokane-mc.jp"],
            "phones": [
                {"number": "+81334446161", "kind": "work"},
                {"number": "+81334446170", "kind": "fax"},
            ],
            "websites": [],
            "address": "5-9-1 Shirokane, Minato-ku, Tokyo 108-0072",
        },
    ),
]

INTL = [
    (
        "b15-51",
        "Harcourt & Lyle LLP\n"
        "Oliver Bennett-Shaw\n"
        "Senior Associate\n"
        "T +44 (0)20 7583 4410\n"
        "M +44 (0)7911 238 604\n"
        "E oliver.bennett-shaw@harcourtlyle.co.uk\n"
        "10 Fleet Place, London EC4M 7RB\n"
        "harcourtlyle.co.uk",
        {
            "name": "Oliver Bennett-Shaw",
            "given_name": "Oliver",
            "family_name": "Bennett-Shaw",
            "title": "Senior Associate",
            "company": "Harcourt & Lyle LLP",
            "emails": ["oliver.bennett-shaw@harcourtlyle.co.uk"],
            "phones": [
                {"number": "+442075834410", "kind": "work"},
                {"number": "+447911238604", "kind": "mobile"},
            ],
            "websites": ["harcourtlyle.co.uk"],
            "address": "10 Fleet Place, London EC4M 7RB",
        },
    ),
    (
        "b15-52",
        "Fiona MacLeod CEng MIMechE\n"
        "Principal Engineer\n"
        "Caledon Marine Engineering Ltd\n"
        "Unit 7, Riverside Business Park\n"
        "Aberdeen AB11 5PW\n"
        "Tel: 01224 587 310\n"
        "Mob: 07723 418 905\n"
        "fiona.macleod@caledonmarine.co.uk",
        {
            "name": "Fiona MacLeod",
            "given_name": "Fiona",
            "family_name": "MacLeod",
            "title": "Principal Engineer",
            "company": "Caledon Marine Engineering Ltd",
            "emails": ["fiona.macleod@caledonmarine.co.uk"],
            "phones": [
                {"number": "+441224587310", "kind": "work"},
                {"number": "+447723418905", "kind": "mobile"},
            ],
            "websites": [],
            "address": "Unit 7, Riverside Business Park, Aberdeen AB11 5PW",
        },
    ),
    (
        "b15-53",
        "Dr. Katrin Schäfer\n"
        "Leiterin Vertrieb / Head of Sales\n"
        "Brennwerk Maschinenbau GmbH\n"
        "Industriestraße 14\n"
        "80939 München\n"
        "Tel. +49 89 3187 2240\n"
        "Fax +49 89 3187 2249\n"
        "Mobil +49 151 2847 3316\n"
        "k.schaefer@brennwerk.de\n"
        "www.brennwerk.de",
        {
            "name": "Katrin Schäfer",
            "given_name": "Katrin",
            "family_name": "Schäfer",
            "title": "Leiterin Vertrieb / Head of Sales",
            "company": "Brennwerk Maschinenbau GmbH",
            "emails": ["k.schaefer@brennwerk.de"],
            "phones": [
                {"number": "+498931872240", "kind": "work"},
                {"number": "+498931872249", "kind": "fax"},
                {"number": "+4915128473316", "kind": "mobile"},
            ],
            "websites": ["www.brennwerk.de"],
            "address": "Industriestraße 14, 80939 München",
        },
    ),
    (
        "b15-54",
        "Jonas Weber · Co-Founder & CTO\n"
        "Lumenfeld GmbH\n"
        "Torstraße 109 · 10119 Berlin\n"
        "+49 30 6098 1542 · jonas@lumenfeld.de\n"
        "lumenfeld.de",
        {
            "name": "Jonas Weber",
            "given_name": "Jonas",
            "family_name": "Weber",
            "title": "Co-Founder & CTO",
            "company": "Lumenfeld GmbH",
            "emails": ["jonas@lumenfeld.de"],
            "phones": [{"number": "+493060981542", "kind": None}],
            "websites": ["lumenfeld.de"],
            "address": "Torstraße 109, 10119 Berlin",
        },
    ),
    (
        "b15-55",
        "Tan Wei Ming\n"
        "Regional Director, APAC\n"
        "Meridian Freight Solutions Pte. Ltd.\n"
        "1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616\n"
        "DID: +65 6808 3172\n"
        "HP: +65 9176 4402\n"
        "weiming.tan@meridianfreight.com.sg",
        {
            "name": "Tan Wei Ming",
            "given_name": "Wei Ming",
            "family_name": "Tan",
            "title": "Regional Director, APAC",
            "company": "Meridian Freight Solutions Pte. Ltd.",
            "emails": ["weiming.tan@meridianfreight.com.sg"],
            "phones": [
                {"number": "+6568083172", "kind": "work"},
                {"number": "+6591764402", "kind": "mobile"},
            ],
            "websites": [],
            "address": ("1 Raffles Place, #20-61 One Raffles Place Tower 2, Singapore 048616"),
        },
    ),
    (
        "b15-56",
        "kopi digital\n"
        "Priya Raghavan\n"
        "Senior UX Designer\n"
        "Kopi Digital Pte Ltd\n"
        "M: 8123 4567\n"
        "priya@kopidigital.sg\n"
        "www.kopidigital.sg\n"
        "71 Ayer Rajah Crescent, #06-14\n"
        "Singapore 139951",
        {
            "name": "Priya Raghavan",
            "given_name": "Priya",
            "family_name": "Raghavan",
            "title": "Senior UX Designer",
            "company": "Kopi Digital Pte Ltd",
            "emails": ["priya@kopidigital.sg"],
            "phones": [{"number": "+6581234567", "kind": "mobile"}],
            "websites": ["www.kopidigital.sg"],
            "address": "71 Ayer Rajah Crescent, #06-14, Singapore 139951",
        },
    ),
    (
        "b15-57",
        "Arjun Mehta\n"
        "Vice President - Engineering\n"
        "Tarang Software Pvt. Ltd.\n"
        "4th Floor, Prestige Tech Park, Outer Ring Road\n"
        "Bengaluru 560103, Karnataka, India\n"
        "Ph: +91 80 4718 2250\n"
        "Mob: +91 98450 31276\n"
        "arjun.mehta@tarangsoft.in\n"
        "www.tarangsoft.in",
        {
            "name": "Arjun Mehta",
            "given_name": "Arjun",
            "family_name": "Mehta",
            "title": "Vice President - Engineering",
            "company": "Tarang Software Pvt. Ltd.",
            "emails": ["arjun.mehta@tarangsoft.in"],
            "phones": [
                {"number": "+918047182250", "kind": "work"},
                {"number": "+919845031276", "kind": "mobile"},
            ],
            "websites": ["www.tarangsoft.in"],
            "address": ("4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103, Karnataka, India"),
        },
    ),
    (
        "b15-58",
        "Chloe Nguyen\n"
        "Property Manager\n"
        "Harbourside Realty\n"
        "Level 3, 55 Pitt Street\n"
        "Sydney NSW 2000\n"
        "P (02) 9251 4830\n"
        "M 0412 587 309\n"
        "chloe@harbourside-realty.com.au\n"
        "harbourside-realty.com.au",
        {
            "name": "Chloe Nguyen",
            "given_name": "Chloe",
            "family_name": "Nguyen",
            "title": "Property Manager",
            "company": "Harbourside Realty",
            "emails": ["chloe@harbourside-realty.com.au"],
            "phones": [
                {"number": "+61292514830", "kind": "work"},
                {"number": "+61412587309", "kind": "mobile"},
            ],
            "websites": ["harbourside-realty.com.au"],
            "address": "Level 3, 55 Pitt Street, Sydney NSW 2000",
        },
    ),
    (
        "b15-59",
        "LITTLE BOURKE COFFEE CO.\n"
        "Specialty coffee · Brunch · Catering\n"
        "212 Little Bourke Street, Melbourne VIC 3000\n"
        "(03) 9663 2184\n"
        "hello@littlebourkecoffee.com.au\n"
        "@littlebourkecoffee",
        {
            "name": None,
            "given_name": None,
            "family_name": None,
            "title": None,
            "company": "LITTLE BOURKE COFFEE CO.",
            "emails": ["hello@littlebourkecoffee.com.au"],
            "phones": [{"number": "+61396632184", "kind": None}],
            "websites": [],
            "address": "212 Little Bourke Street, Melbourne VIC 3000",
        },
    ),
    (
        "b15-60",
        "Camille Laurent\n"
        "Directrice Artistique\n"
        "Atelier Verrier & Fils\n"
        "18 rue de Charonne\n"
        "75011 Paris, France\n"
        "Tél. +33 1 43 57 28 14\n"
        "Port. +33 6 72 18 45 93\n"
        "camille.laurent@atelier-verrier.fr\n"
        "www.atelier-verrier.fr",
        {
            "name": "Camille Laurent",
            "given_name": "Camille",
            "family_name": "Laurent",
            "title": "Directrice Artistique",
            "company": "Atelier Verrier & Fils",
            "emails": ["camille.laurent@atelier-verrier.fr"],
            "phones": [
                {"number": "+33143572814", "kind": "work"},
                {"number": "+33672184593", "kind": "mobile"},
            ],
            "websites": ["www.atelier-verrier.fr"],
            "address": "18 rue de Charonne, 75011 Paris, France",
        },
    ),
]
